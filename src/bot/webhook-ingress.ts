import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Logger } from 'pino';
import type { Person, Webhook } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';
import { type BotEvent, messageEvent } from './events.js';
import type { Ingress, WebhookVerdict } from './ingress.js';

/**
 * Webhook mode without the bot framework in the path: every delivery is verified against the raw
 * bytes Webex signed, acknowledged at once, and then read through the bot's own Webex client (rate
 * limited, retried on 429 and 5xx, typed errors), so a throttled or failing Webex can delay an event
 * but never end the process. The framework's own event processing had neither limits nor retries,
 * and one 429 on its person look-up was an unhandled rejection.
 *
 * Webex's webhook model: developer.webex.com "Webhooks" guide (firehose `resource: all, event: all`;
 * card submissions only through a separate `attachmentActions` webhook; `X-Spark-Signature` is the
 * hex HMAC-SHA1 of the body with the webhook's secret; a delivery carries only ids, the content is
 * read with the bot's token: GET /messages/{id}, GET /attachment/actions/{id}).
 */

/** Deliveries handled at once; more wait their turn, so a burst never starves the acknowledgements. */
const MAX_HANDLING = 4;
/** Longest a delivery keeps its slot; its handler goes on after that, beside the next ones. */
const SLOT_TIMEOUT_MS = 60_000;
/** Rounds of reading a delivery's content before giving up on it (each round is itself retried). */
const READ_ROUNDS = 5;

interface Delivery {
  resource?: string;
  event?: string;
  data?: { id?: string; personId?: string; roomId?: string };
}

export interface WebhookIngressOptions {
  botClient: WebexClient;
  /** The bot itself (GET /people/me), for its mention and to ignore its own messages. */
  bot: Person;
  publicUrl: string;
  secret: string;
  logger: Logger;
  onEvent: (event: BotEvent) => Promise<void>;
  /**
   * Several replicas (DATABASE_URL): runs the registration while no other replica registers, so the
   * second one finds the first one's webhooks and leaves them (no duplicates deleted under a replica).
   */
  exclusive?: <T>(work: () => Promise<T>) => Promise<T>;
  /** Waits between attempts (registration, reading a delivery); tests shorten them. */
  retryMs?: { first: number; max: number };
}

export class WebhookIngress implements Ingress {
  readonly mode = 'webhook' as const;
  private readonly name: string;
  private readonly pending: Delivery[] = [];
  private handling = 0;
  private draining = false;
  private stopped = false;
  private registered = false;
  private registrationProblem: string | undefined = 'webhooks not registered yet';
  private retryTimer: NodeJS.Timeout | undefined;
  private readonly inFlight = new Set<Promise<void>>();

  constructor(private readonly options: WebhookIngressOptions) {
    // The name the bot framework gave its webhooks (base64 of "host botEmail"): webhooks created by an
    // earlier version of this bot are recognised and reused, never duplicated.
    const host = new URL(options.publicUrl).host;
    this.name = Buffer.from(`${host} ${options.bot.emails[0] ?? ''}`).toString('base64');
  }

  /**
   * Registers the two webhooks. A Webex that fails or throttles does not stop the start: the
   * registration is tried again in the background, with a growing wait, until it works.
   */
  async start(): Promise<void> {
    this.stopped = false;
    await this.register(this.options.retryMs?.first ?? 2_000);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    await Promise.allSettled([...this.inFlight]);
  }

  receiveWebhook(rawBody: Buffer, signature: string | undefined): WebhookVerdict {
    if (this.stopped) return 'not-listening';
    if (!signature || !validSignature(rawBody, signature, this.options.secret)) return 'bad-signature';
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return 'not-json';
    }
    if (typeof body !== 'object' || body === null) return 'not-json';
    this.pending.push(body as Delivery);
    this.scheduleNext();
    return 'accepted';
  }

  async webhooksRegistered(): Promise<{ ok: boolean; problem?: string }> {
    if (!this.registered) return { ok: false, problem: this.registrationProblem ?? 'webhooks not registered' };
    let hooks: Webhook[];
    try {
      hooks = await this.options.botClient.listWebhooks();
    } catch (error) {
      return { ok: false, problem: `listing webhooks failed: ${(error as Error).message}` };
    }
    const mine = hooks.filter((h) => h.name === this.name && h.targetUrl === this.options.publicUrl);
    for (const resource of ['all', 'attachmentActions']) {
      const found = mine.find((h) => h.resource === resource);
      if (!found) return { ok: false, problem: `the "${resource}" webhook is not registered` };
      if (found.status !== 'active') return { ok: false, problem: `the "${resource}" webhook is ${found.status}` };
    }
    return { ok: true };
  }

  // ---- registration ------------------------------------------------------------------------------

  private async register(waitMs: number): Promise<void> {
    try {
      const exclusive = this.options.exclusive ?? ((work) => work());
      await exclusive(() => this.ensureWebhooks());
      this.registered = true;
      this.registrationProblem = undefined;
    } catch (error) {
      this.registered = false;
      this.registrationProblem = `registering the webhooks failed: ${(error as Error).message}`;
      if (this.stopped) return;
      const max = this.options.retryMs?.max ?? 60_000;
      this.options.logger.error(
        { err: error, retryInMs: waitMs },
        'registering the webhooks failed; trying again (the bot hears nothing until then)',
      );
      this.retryTimer = setTimeout(() => void this.register(Math.min(waitMs * 2, max)), waitMs);
      this.retryTimer.unref();
    }
  }

  /**
   * The firehose webhook and the card-submission webhook, aimed at this bot's URL with its secret:
   * left as they are when they already aim at this URL with this secret and are active (another replica,
   * or an earlier start, registered them), updated in place when they exist otherwise, created when they
   * do not. Webhooks of the same token that this deployment did not create are left alone.
   */
  private async ensureWebhooks(): Promise<void> {
    const client = this.options.botClient;
    const hooks = await client.listWebhooks();
    const mine = hooks.filter((h) => h.name === this.name);
    const wanted = [
      { resource: 'all', event: 'all' },
      { resource: 'attachmentActions', event: 'created' },
    ];
    const kept = new Set<string>();
    for (const want of wanted) {
      const existing = mine.find((h) => h.resource === want.resource && h.event === want.event && !kept.has(h.id));
      const body = { name: this.name, targetUrl: this.options.publicUrl, secret: this.options.secret };
      if (existing) {
        const same =
          existing.targetUrl === body.targetUrl && existing.secret === body.secret && existing.status === 'active';
        if (!same) await client.updateWebhook(existing.id, { ...body, status: 'active' });
        kept.add(existing.id);
      } else {
        const created = await client.createWebhook({ ...body, ...want });
        kept.add(created.id);
      }
    }
    // Older copies of this bot's own webhooks would deliver every event twice.
    for (const extra of mine.filter((h) => !kept.has(h.id))) await client.deleteWebhook(extra.id);
  }

  // ---- deliveries --------------------------------------------------------------------------------

  private scheduleNext(): void {
    if (this.draining || this.pending.length === 0 || this.handling >= MAX_HANDLING) return;
    this.draining = true;
    // One delivery starts per turn of the event loop: deliveries that arrive together all get their
    // 200 before the work for any of them starts.
    setImmediate(() => {
      this.draining = false;
      const delivery = this.pending.shift();
      if (delivery !== undefined) {
        this.handling += 1;
        let freed = false;
        const free = () => {
          if (freed) return;
          freed = true;
          this.handling -= 1;
          this.scheduleNext();
        };
        // A handler that takes very long (a large file being planned) does not hold its slot for ever.
        setTimeout(free, SLOT_TIMEOUT_MS).unref();
        const work = this.handle(delivery)
          .catch((error: unknown) =>
            this.options.logger.error({ err: error }, 'a webhook delivery could not be handled'),
          )
          .finally(() => {
            this.inFlight.delete(work);
            free();
          });
        this.inFlight.add(work);
      }
      this.scheduleNext();
    });
  }

  private async handle(delivery: Delivery): Promise<void> {
    const id = delivery.data?.id;
    if (typeof id !== 'string') return;
    let event: BotEvent | undefined;
    if (delivery.resource === 'messages' && delivery.event === 'created') {
      if (delivery.data?.personId === this.options.bot.id) return;
      event = await this.read(`message ${id}`, () => this.messageEvent(id));
    } else if (delivery.resource === 'attachmentActions' && delivery.event === 'created') {
      event = await this.read(`card submission ${id}`, () => this.cardEvent(id));
    }
    if (!event || this.stopped) return;
    await this.options.onEvent(event);
  }

  /**
   * Reads what a delivery points to, in a few rounds: the client already retries each call, and a
   * Webex that is down for a while gets more time before the event is given up (and logged).
   */
  private async read<T>(what: string, fn: () => Promise<T | undefined>): Promise<T | undefined> {
    let wait = this.options.retryMs?.first ?? 2_000;
    for (let round = 1; ; round += 1) {
      try {
        return await fn();
      } catch (error) {
        const status = (error as { status?: number }).status;
        // 404: deleted before it could be read; 401/403: this token may not read it. Neither improves.
        if (round >= READ_ROUNDS || status === 404 || status === 401 || status === 403 || this.stopped) {
          this.options.logger.error({ err: error, what }, 'could not read what a webhook delivery points to');
          return undefined;
        }
        this.options.logger.warn({ err: error, what, retryInMs: wait }, 'reading a webhook delivery failed; retrying');
        await new Promise((resolve) => setTimeout(resolve, wait));
        wait = Math.min(wait * 2, this.options.retryMs?.max ?? 60_000);
      }
    }
  }

  private async messageEvent(id: string): Promise<BotEvent | undefined> {
    const m = await this.options.botClient.getMessage(id);
    if (m.personId === this.options.bot.id) return undefined;
    return messageEvent(m, m.personEmail, this.options.bot);
  }

  private async cardEvent(id: string): Promise<BotEvent> {
    const action = await this.options.botClient.getAttachmentAction(id);
    // An attachment action names its person by id only.
    const person = await this.options.botClient.getPerson(action.personId);
    return {
      kind: 'cardSubmit',
      eventId: action.id,
      roomId: action.roomId,
      cardMessageId: action.messageId,
      personId: action.personId,
      personEmail: person.emails[0] ?? '',
      inputs: action.inputs ?? {},
    };
  }
}

export function validSignature(rawBody: Buffer, signature: string, secret: string): boolean {
  const expected = createHmac('sha1', secret).update(rawBody).digest();
  const given = Buffer.from(signature.trim(), 'hex');
  return given.length === expected.length && timingSafeEqual(given, expected);
}
