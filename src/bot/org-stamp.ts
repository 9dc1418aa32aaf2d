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

/** The bot's client for one organization: the same connection and limiter, its cards stamped with the org. */
export class OrgPostingClient extends WebexClient {
  constructor(
    bot: WebexClient,
    private readonly org: string,
  ) {
    super(bot.http);
  }

  override createMessage(message: NewMessage): ReturnType<WebexClient['createMessage']> {
    if (!message.attachments?.length) return super.createMessage(message);
    const attachments = message.attachments.map((a) => ({
      ...a,
      content: stampOrg(a.content, this.org) as Record<string, unknown>,
    }));
    return super.createMessage({ ...message, attachments });
  }
}
