import { createHmac, timingSafeEqual } from 'node:crypto';
import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import type { Webhook } from '../webex/types.js';
import type { WebexClient } from '../webex/webex-client.js';
import { type BotEvent, stripBotMention } from './events.js';

/**
 * The one module that knows webex-node-bot-framework. It registers the webhooks (never deleting
 * webhooks it did not create), verifies every delivery's signature before anything else sees it,
 * turns the framework's triggers into plain BotEvents, and tells whether the webhooks are really there.
 */

// The framework ships no types; these are the few parts used here.
interface FrameworkPerson {
  id: string;
  displayName: string;
  emails: string[];
}
interface FrameworkTrigger {
  type: 'message' | 'attachmentAction';
  id: string;
  person: FrameworkPerson;
  personId: string;
  message?: {
    id: string;
    roomId: string;
    roomType?: 'group' | 'direct';
    parentId?: string;
    raw?: string;
    text?: string;
    html?: string;
    personId: string;
    personEmail?: string;
    files?: string[];
  };
  attachmentAction?: {
    id: string;
    messageId: string;
    roomId: string;
    personId: string;
    inputs?: Record<string, unknown>;
  };
}
interface FrameworkInstance {
  person: FrameworkPerson;
  webhook: { name: string } | false | undefined;
  on(event: 'message' | 'attachmentAction', listener: (bot: unknown, trigger: FrameworkTrigger) => void): void;
  on(event: 'log', listener: (message: string) => void): void;
  start(): Promise<unknown>;
  stop(): Promise<unknown>;
}
type FrameworkConstructor = new (options: Record<string, unknown>) => FrameworkInstance;
type ProcessEvent = (framework: FrameworkInstance, body: unknown) => Promise<unknown>;

export interface AdapterOptions {
  botToken: string;
  /** Base of the Webex REST API the SDK under the framework must use. */
  webexApiBaseUrl: string;
  /** Webhook mode when set, websocket mode otherwise. */
  webhook: { publicUrl: string; secret: string } | undefined;
  botClient: WebexClient;
  logger: Logger;
  onEvent: (event: BotEvent) => Promise<void>;
}

let loadedForApi: string | undefined;

/**
 * The SDK reads its API address from the environment when its module is first evaluated, so the
 * variables are set here, before the framework is loaded; one process talks to one Webex API.
 */
/** Deliveries the framework works on at once (each fetches its message, then our handler runs). */
const MAX_HANDLING = 4;
const HANDLING_TIMEOUT_MS = 60_000;

function loadFramework(webexApiBaseUrl: string): { Framework: FrameworkConstructor; processEvent: ProcessEvent } {
  if (loadedForApi !== undefined && loadedForApi !== webexApiBaseUrl) {
    throw new Error(
      `The bot framework is already loaded for ${loadedForApi}; one process can only talk to one Webex API.`,
    );
  }
  if (loadedForApi === undefined && webexApiBaseUrl !== 'https://webexapis.com/v1') {
    process.env.HYDRA_SERVICE_URL = webexApiBaseUrl;
    process.env.U2C_SERVICE_URL = `${new URL(webexApiBaseUrl).origin}/u2c/api/v1`;
  }
  // The SDK's own console logging would only repeat what the bot's client reports in its structured log.
  process.env.WEBEX_LOG_LEVEL ??= 'silent';
  loadedForApi = webexApiBaseUrl;
  const require = createRequire(import.meta.url);
  return {
    Framework: require('webex-node-bot-framework') as FrameworkConstructor,
    processEvent: require('webex-node-bot-framework/lib/process-event') as ProcessEvent,
  };
}

export type WebhookVerdict = 'accepted' | 'bad-signature' | 'not-json' | 'not-listening';

export class FrameworkAdapter {
  private framework: FrameworkInstance | undefined;
  private processEvent: ProcessEvent | undefined;
  private started = false;

  constructor(private readonly options: AdapterOptions) {}

  get mode(): 'webhook' | 'websocket' {
    return this.options.webhook ? 'webhook' : 'websocket';
  }

  get botPerson(): FrameworkPerson | undefined {
    return this.framework?.person;
  }

  async start(): Promise<void> {
    const { Framework, processEvent } = loadFramework(this.options.webexApiBaseUrl);
    this.processEvent = processEvent;
    const framework = new Framework({
      token: this.options.botToken,
      ...(this.options.webhook
        ? { webhookUrl: this.options.webhook.publicUrl, webhookSecret: this.options.webhook.secret }
        : {}),
      // Never delete webhooks this bot did not create (the framework's default deletes them all).
      removeWebhooksOnStart: false,
      messageFormat: 'markdown',
    });
    framework.on('log', (message) => this.options.logger.debug({ framework: true }, message));
    framework.on('message', (_bot, trigger) => this.dispatch(trigger));
    framework.on('attachmentAction', (_bot, trigger) => this.dispatch(trigger));
    this.framework = framework;
    await framework.start();
    this.started = true;
  }

  async stop(): Promise<void> {
    if (!this.framework || !this.started) return;
    this.started = false;
    await this.framework
      .stop()
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'stopping the bot framework failed'));
  }

  /**
   * A webhook delivery: verified against the raw bytes Webex signed (hex HMAC-SHA1 with the
   * secret), then handed to the framework. Nothing unsigned or wrongly signed goes further.
   */
  receiveWebhook(rawBody: Buffer, signature: string | undefined): WebhookVerdict {
    const webhook = this.options.webhook;
    if (!webhook || !this.framework || !this.processEvent || !this.started) return 'not-listening';
    if (!signature || !validSignature(rawBody, signature, webhook.secret)) return 'bad-signature';
    let body: unknown;
    try {
      body = JSON.parse(rawBody.toString('utf8'));
    } catch {
      return 'not-json';
    }
    // Answered first, handled after, one event per turn of the event loop: deliveries that arrive
    // together all get their 200 before the framework's work for them starts, and a burst of events
    // never holds up the acknowledgement of the next delivery by more than one event's start.
    this.pending.push(body);
    this.scheduleNext();
    return 'accepted';
  }

  private readonly pending: unknown[] = [];
  private draining = false;
  /** Events the framework is working on (fetching, then our handler), at most MAX_HANDLING at once. */
  private handling = 0;
  /** Handlers running, by event id: their end frees the slot of the delivery that caused them. */
  private readonly handlerEnds = new Map<string, Promise<void>>();

  /**
   * Starts the framework's work for the next delivery, one per turn of the event loop and a few at a
   * time: a burst of deliveries then never keeps the acknowledgement of the next one waiting behind
   * the work for all the others.
   */
  private scheduleNext(): void {
    if (this.draining || this.pending.length === 0 || this.handling >= MAX_HANDLING) return;
    this.draining = true;
    setImmediate(() => {
      this.draining = false;
      const body = this.pending.shift();
      if (this.framework && this.processEvent && body !== undefined) {
        this.handling += 1;
        const id = (body as { data?: { id?: unknown } }).data?.id;
        let freed = false;
        const free = () => {
          if (freed) return;
          freed = true;
          this.handling -= 1;
          this.scheduleNext();
        };
        // A handler that never ends does not hold its slot for ever.
        setTimeout(free, HANDLING_TIMEOUT_MS).unref();
        this.processEvent(this.framework, body)
          .catch((error: unknown) =>
            this.options.logger.error({ err: error }, 'the bot framework failed on a delivery'),
          )
          .finally(() => {
            const handler = typeof id === 'string' ? this.handlerEnds.get(id) : undefined;
            if (typeof id === 'string') this.handlerEnds.delete(id);
            if (handler) void handler.finally(free);
            else free();
          });
      }
      this.scheduleNext();
    });
  }

  /** Whether both webhooks this bot needs are registered, active and aimed at its URL. */
  async webhooksRegistered(): Promise<{ ok: boolean; problem?: string }> {
    if (this.mode === 'websocket')
      return this.started ? { ok: true } : { ok: false, problem: 'the websocket connection is not started' };
    const hook = this.framework?.webhook;
    if (!this.started || !hook) return { ok: false, problem: 'the bot framework could not register its webhooks' };
    let hooks: Webhook[];
    try {
      hooks = await this.options.botClient.listWebhooks();
    } catch (error) {
      return { ok: false, problem: `listing webhooks failed: ${(error as Error).message}` };
    }
    const mine = hooks.filter((h) => h.name === hook.name && h.targetUrl === this.options.webhook!.publicUrl);
    for (const resource of ['all', 'attachmentActions']) {
      const found = mine.find((h) => h.resource === resource);
      if (!found) return { ok: false, problem: `the "${resource}" webhook is not registered` };
      if (found.status !== 'active') return { ok: false, problem: `the "${resource}" webhook is ${found.status}` };
    }
    return { ok: true };
  }

  private dispatch(trigger: FrameworkTrigger): void {
    const event = this.toEvent(trigger);
    if (!event) return;
    const handled = this.options
      .onEvent(event)
      .catch((error: unknown) => this.options.logger.error({ err: error }, 'an event handler failed'));
    if (this.mode !== 'webhook') return;
    this.handlerEnds.set(event.eventId, handled);
    void handled.finally(() => {
      if (this.handlerEnds.get(event.eventId) === handled) this.handlerEnds.delete(event.eventId);
    });
  }

  private toEvent(trigger: FrameworkTrigger): BotEvent | undefined {
    const email = trigger.person?.emails?.[0] ?? '';
    if (trigger.type === 'message' && trigger.message) {
      const m = trigger.message;
      const bot = this.framework!.person;
      return {
        kind: 'message',
        eventId: m.id,
        roomId: m.roomId,
        roomType: m.roomType ?? 'group',
        messageId: m.id,
        ...(m.parentId ? { parentId: m.parentId } : {}),
        personId: m.personId,
        personEmail: m.personEmail ?? email,
        text: stripBotMention(m.raw ?? m.text ?? '', m.html, { id: bot.id, displayName: bot.displayName }),
        files: m.files ?? [],
      };
    }
    if (trigger.type === 'attachmentAction' && trigger.attachmentAction) {
      const a = trigger.attachmentAction;
      return {
        kind: 'cardSubmit',
        eventId: a.id,
        roomId: a.roomId,
        cardMessageId: a.messageId,
        personId: a.personId,
        personEmail: email,
        inputs: a.inputs ?? {},
      };
    }
    return undefined;
  }
}

export function validSignature(rawBody: Buffer, signature: string, secret: string): boolean {
  const expected = createHmac('sha1', secret).update(rawBody).digest();
  let given: Buffer;
  try {
    given = Buffer.from(signature.trim(), 'hex');
  } catch {
    return false;
  }
  return given.length === expected.length && timingSafeEqual(given, expected);
}
