import { escapeMarkdown } from '../i18n/escape-markdown.js';
import type { NewMessage } from '../webex/types.js';
import { WebexClient } from '../webex/webex-client.js';

/**
 * A deployment that serves several organizations: every button of a card the bot posts for one of them
 * carries that organization's key (`org`) in its data, so that a press in a space shared by several
 * organizations runs in the right one. Webex gives a card submission only the card's message id and the
 * inputs (developer.webex.com "Attachment Actions"), so the card has to say it. The key is no authority:
 * whoever presses is checked against the organization it names.
 */
export function stampOrg(card: unknown, org: string): unknown {
  if (Array.isArray(card)) return card.map((item) => stampOrg(item, org));
  if (!card || typeof card !== 'object') return card;
  const node = card as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) out[key] = stampOrg(value, org);
  if (node.type === 'Action.Submit') {
    const data = node.data && typeof node.data === 'object' ? (node.data as Record<string, unknown>) : {};
    out.data = { ...data, org };
  }
  return out;
}

/**
 * The bot's client for one organization: the same connection and limiter as the bot's, its cards
 * stamped with the organization, and, in a space it shares with other organizations, every message and
 * card headed with the organization's name (a partner reading its shared space must never have to guess
 * which customer an answer, a preview or a summary is about). Files it posts carry the key in their name.
 */
export class OrgPostingClient extends WebexClient {
  private readonly heading: string;

  constructor(
    bot: WebexClient,
    private readonly org: { key: string; name: string; sharedRoomIds: string[] },
  ) {
    super(bot.http);
    this.heading = `**${escapeMarkdown(org.name)}**`;
  }

  override createMessage(message: NewMessage): ReturnType<WebexClient['createMessage']> {
    return super.createMessage(this.labelled(message));
  }

  override createMessageWithFile(
    message: NewMessage,
    file: Parameters<WebexClient['createMessageWithFile']>[1],
  ): ReturnType<WebexClient['createMessageWithFile']> {
    return super.createMessageWithFile(this.labelled(message), {
      ...file,
      filename: `${this.org.key}-${file.filename}`,
    });
  }

  override updateMessage(
    messageId: string,
    roomId: string,
    content: Parameters<WebexClient['updateMessage']>[2],
  ): ReturnType<WebexClient['updateMessage']> {
    if (!this.shared(roomId) || !('markdown' in content)) return super.updateMessage(messageId, roomId, content);
    return super.updateMessage(messageId, roomId, { markdown: this.headed(content.markdown) });
  }

  private shared(roomId: string): boolean {
    return this.org.sharedRoomIds.includes(roomId);
  }

  private headed(markdown: string): string {
    return markdown.includes(this.heading) ? markdown : `${this.heading}\n\n${markdown}`;
  }

  private labelled(message: NewMessage): NewMessage {
    const attachments = message.attachments?.map((a) => {
      const stamped = stampOrg(a.content, this.org.key) as Record<string, unknown>;
      return { ...a, content: this.shared(message.roomId) ? withHeading(stamped, this.org.name) : stamped };
    });
    const markdown =
      this.shared(message.roomId) && message.markdown !== undefined ? this.headed(message.markdown) : message.markdown;
    return {
      ...message,
      ...(markdown !== undefined ? { markdown } : {}),
      ...(attachments ? { attachments } : {}),
    };
  }
}

/** A card with the organization's name above its first block. */
function withHeading(card: Record<string, unknown>, name: string): Record<string, unknown> {
  const body = Array.isArray(card.body) ? card.body : [];
  const heading = { type: 'TextBlock', text: name, isSubtle: true, size: 'Small', weight: 'Bolder', wrap: true };
  return { ...card, body: [heading, ...body] };
}
