import { existsSync, openAsBlob } from 'node:fs';
import type { Logger } from 'pino';
import type { NewOutboxEntry, OutboxEntry, OutboxStore, OutgoingMessage } from '../jobs/ports.js';
import { WebexApiError } from '../webex/errors.js';
import type { CardAttachment, Message } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';

/** A message looked for in a thread may carry a time a little off the bot's clock. */
const CLOCK_SLACK_MS = 60_000;
/** With nothing owed, the worker still looks now and then (a store written by another hand). */
const IDLE_MS = 60_000;
/** Entries taken per look at the store. */
const BATCH = 20;

export interface OutboxOptions {
  store: OutboxStore;
  client: WebexClient;
  logger: Logger;
  /** The bot's own person id: a message found in a thread must be the bot's own. */
  botPersonId: string;
  /** First wait before a failed post is tried again; doubled per failure up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
  now?: () => number;
}

/**
 * Posts the messages the bot owes, one at a time, until Webex takes each: what is owed is recorded
 * in the store first, so an outage or a restart delays a message but loses none. A thread's messages
 * go out in the order they were recorded. A post whose outcome is unknown is looked for in the thread
 * before it is posted again (where Webex lets the bot list the thread: not in group spaces).
 */
export class Outbox {
  private running: Promise<void> | undefined;
  private stopping = false;
  private poked = false;
  private wakeUp: (() => void) | undefined;
  private readonly now: () => number;
  private readonly firstRetryMs: number;
  private readonly maxRetryMs: number;

  constructor(private readonly options: OutboxOptions) {
    this.now = options.now ?? Date.now;
    this.firstRetryMs = options.firstRetryMs ?? 1_000;
    this.maxRetryMs = options.maxRetryMs ?? 60_000;
  }

  /** Records messages owed (each key once, however often); returns the keys that were new. */
  async owe(entries: NewOutboxEntry[]): Promise<string[]> {
    const added = await this.options.store.add(entries);
    this.poke();
    return added;
  }

  /** Records the latest text of a message kept up to date: only the latest is posted or edited. */
  async revise(entry: NewOutboxEntry): Promise<'added' | 'replaced' | 'rearmed'> {
    const result = await this.options.store.revise(entry);
    this.poke();
    return result;
  }

  entry(key: string): Promise<OutboxEntry | undefined> {
    return this.options.store.entry(key);
  }

  /** Starts posting, beginning with what a previous run left owed. */
  start(): void {
    if (this.running !== undefined) return;
    this.stopping = false;
    this.running = this.loop();
  }

  /** Finishes the post in hand; what is still owed waits in the store for the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    this.poke();
    await this.running;
    this.running = undefined;
  }

  private poke(): void {
    this.poked = true;
    this.wakeUp?.();
  }

  private nap(ms: number): Promise<void> {
    if (this.poked || this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const done = () => {
        clearTimeout(timer);
        this.wakeUp = undefined;
        resolve();
      };
      const timer = setTimeout(done, ms);
      this.wakeUp = done;
    });
  }

  private async loop(): Promise<void> {
    const { store, logger } = this.options;
    while (!this.stopping) {
      this.poked = false;
      try {
        const due = await store.due(this.now(), BATCH);
        for (const entry of due) {
          if (this.stopping) return;
          await this.send(entry);
        }
        if (due.length > 0) continue;
        const next = await store.nextDueAt();
        await this.nap(next === undefined ? IDLE_MS : Math.max(0, next - this.now()));
      } catch (error) {
        logger.error({ err: error }, 'the outbox could not be read; trying again shortly');
        await this.nap(this.firstRetryMs);
      }
    }
  }

  private async send(entry: OutboxEntry): Promise<void> {
    const { store, logger } = this.options;
    const log = logger.child({ outbox: entry.key });
    let sent = false;
    try {
      if (entry.messageId) {
        // Edits are idempotent: repeating one after a crash costs nothing but the edit.
        await this.options.client.updateMessage(entry.messageId, entry.message.roomId, {
          markdown: entry.message.markdown,
        });
        await store.markPosted(entry.id, entry.version, entry.messageId);
        return;
      }
      if (entry.message.file && !existsSync(entry.message.file.path)) {
        // Waiting will not bring back a file the data directory lost.
        log.error({ path: entry.message.file.path }, 'the file to post is gone; the message is not posted');
        await store.markFailed(entry.id, entry.version, `the file ${entry.message.file.path} is gone`);
        return;
      }
      if (entry.sendingSince !== undefined) {
        const found = await this.lookFor(entry.message, entry.sendingSince);
        if (found) {
          log.info({ messageId: found.id }, 'the message had been posted already; it is recorded, not posted again');
          await store.markPosted(entry.id, entry.version, found.id);
          return;
        }
      } else {
        await store.markSending(entry.id, this.now());
      }
      sent = true;
      const posted = await this.post(entry.message);
      await store.markPosted(entry.id, entry.version, posted.id);
      if (entry.attempts > 0) log.info({ attempts: entry.attempts + 1 }, 'posted after earlier attempts failed');
    } catch (error) {
      await this.failed(entry, error, sent, log);
    }
  }

  private async failed(entry: OutboxEntry, error: unknown, sent: boolean, log: Logger): Promise<void> {
    const { store } = this.options;
    const webex = error instanceof WebexApiError ? error : undefined;
    if (webex && !webex.retryable) {
      // Waiting will not change a refusal (a space the bot left, a message Webex will not take).
      log.error({ err: error }, 'the message was refused and is not posted');
      await store.markFailed(entry.id, entry.version, (error as Error).message);
      return;
    }
    const base = Math.min(this.maxRetryMs, this.firstRetryMs * 2 ** Math.min(entry.attempts, 20));
    const waitMs = Math.round(base * (0.75 + Math.random() * 0.25));
    // A throttled post was not acted on; any other failure after sending may have been applied.
    const uncertain = entry.sendingSince !== undefined || (sent && webex?.code !== 'rate_limited');
    log.warn({ err: error, retryInMs: waitMs, attempts: entry.attempts + 1 }, 'posting failed; it is tried again');
    await store.retryLater(entry.id, this.now() + waitMs, (error as Error).message, uncertain && !entry.messageId);
  }

  private async post(message: OutgoingMessage): Promise<Message> {
    const { client } = this.options;
    const head = {
      roomId: message.roomId,
      ...(message.parentId ? { parentId: message.parentId } : {}),
      markdown: message.markdown,
    };
    if (message.file) {
      const { path, filename, contentType } = message.file;
      return client.createMessageWithFile(head, {
        filename,
        contentType,
        data: await openAsBlob(path, { type: contentType }),
      });
    }
    return client.createMessage({
      ...head,
      ...(message.attachments ? { attachments: message.attachments as CardAttachment[] } : {}),
    });
  }

  /** The bot's message with this text in the thread since `since`, newest first, if Webex lets the bot look. */
  private async lookFor(message: OutgoingMessage, since: number): Promise<Message | undefined> {
    const query = { roomId: message.roomId, ...(message.parentId ? { parentId: message.parentId } : {}), max: 50 };
    try {
      // The thread is read through the same client's transport: one paged list, newest first.
      for await (const m of this.options.client.http.paginate<Message>('/messages', query)) {
        if (Date.parse(m.created) < since - CLOCK_SLACK_MS) return undefined;
        // The client may head a message with its organization's name (a space shared by several).
        const same =
          m.markdown === message.markdown || (!!message.markdown && !!m.markdown?.endsWith(`\n\n${message.markdown}`));
        if (m.personId === this.options.botPersonId && same) return m;
      }
      return undefined;
    } catch (error) {
      // In a group space a bot may only list the messages that mention it: there, it can only post again.
      if (error instanceof WebexApiError && error.code === 'forbidden') return undefined;
      throw error;
    }
  }
}
