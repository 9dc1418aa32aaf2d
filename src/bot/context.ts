import { openAsBlob } from 'node:fs';
import type { Logger } from 'pino';
import type { MsgKey } from '../i18n/en.js';
import type { Msg, MsgParam } from '../i18n/msg.js';
import type { Translator } from '../i18n/translate.js';
import type { AdminRights } from '../provisioning/full-admin-right.js';
import type { Message, Person } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment } from './cards.js';
import type { BotEvent } from './events.js';

/** A file to post: its bytes, or the path of a file on disk (read as it is sent, not into memory first). */
export type OutgoingFile = { filename: string; contentType: string } & ({ data: Buffer | Blob } | { path: string });

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
    /** The actor's language: every text of the answer comes from its catalog. */
    readonly tr: Translator,
    /** What the actor may change beyond provisioning (the Full Administrator role). */
    readonly rights: AdminRights,
  ) {}

  t(key: MsgKey, params?: Record<string, MsgParam>): string {
    return this.tr.t(key, params);
  }

  /** A deferred text (a reason, a problem) in the actor's language. */
  m(message: Msg | string | undefined): string {
    return this.tr.m(message);
  }

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

  /** A message with one file attached, in the event's thread. */
  async replyFile(markdown: string, file: OutgoingFile): Promise<Message> {
    const data = 'path' in file ? await openAsBlob(file.path, { type: file.contentType }) : file.data;
    return this.client.createMessageWithFile(
      { roomId: this.roomId, parentId: this.threadId, markdown },
      { filename: file.filename, contentType: file.contentType, data },
    );
  }

  /** The requester of a job started from this event: its progress and summary come back to this thread. */
  get requester(): { roomId: string; threadId: string; requestedBy: string } {
    return { roomId: this.roomId, threadId: this.threadId, requestedBy: this.actor.emails[0]! };
  }

  /** The card whose button sent this event (undefined for a message). */
  get cardMessageId(): string | undefined {
    return this.event.kind === 'cardSubmit' ? this.event.cardMessageId : undefined;
  }

  /**
   * Deletes the card whose button sent this event, when the answer replaces it: Webex cannot edit a
   * message with attachments (PUT /messages answers 400), and a card left with live-looking buttons
   * misleads. A failure only leaves the old card, whose buttons the bot already refuses.
   */
  async deleteCard(): Promise<void> {
    const id = this.cardMessageId;
    if (!id) return;
    await this.client.deleteMessage(id).catch((error: unknown) => {
      this.log.warn({ err: error, messageId: id }, 'could not delete a replaced card');
    });
  }

  replyCard(card: Record<string, unknown>, fallbackMarkdown: string): Promise<Message> {
    return this.client.createMessage({
      roomId: this.roomId,
      parentId: this.threadId,
      markdown: fallbackMarkdown,
      attachments: [cardAttachment(card)],
    });
  }
}
