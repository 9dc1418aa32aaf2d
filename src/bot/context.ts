import type { Logger } from 'pino';
import type { Message, Person } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment } from './cards.js';
import type { BotEvent } from './events.js';

/**
 * Everything a handler needs for one event: who acted, where to answer (always the event's thread),
 * a logger tagged with the event id, and helpers to reply. Handlers never compute roomId or parentId.
 */
export class BotContext {
  constructor(
    readonly event: BotEvent,
    readonly actor: Person,
    readonly threadId: string,
    readonly log: Logger,
    private readonly client: WebexClient,
  ) {}

  get roomId(): string {
    return this.event.roomId;
  }

  /** Words after the command word of a message event. */
  get args(): string[] {
    return this.event.kind === 'message' ? this.event.text.split(' ').slice(1).filter(Boolean) : [];
  }

  reply(markdown: string): Promise<Message> {
    return this.client.createMessage({ roomId: this.roomId, parentId: this.threadId, markdown });
  }

  replyCard(card: Record<string, unknown>, fallbackMarkdown: string): Promise<Message> {
    return this.client.createMessage({ roomId: this.roomId, parentId: this.threadId, markdown: fallbackMarkdown, attachments: [cardAttachment(card)] });
  }
}
