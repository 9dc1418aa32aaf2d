import { createRequire } from 'node:module';
import type { Logger } from 'pino';
import { type BotEvent, messageEvent } from './events.js';
import type { Ingress, WebhookVerdict } from './ingress.js';

/**
 * The one module that knows webex-node-bot-framework, used for websocket mode only (a bot without a
 * public URL): it turns the framework's triggers into plain BotEvents. Webhook mode does not go
 * through the framework (webhook-ingress.ts).
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
  on(event: 'message' | 'attachmentAction', listener: (bot: unknown, trigger: FrameworkTrigger) => void): void;
  on(event: 'log', listener: (message: string) => void): void;
  start(): Promise<unknown>;
  stop(): Promise<unknown>;
}
type FrameworkConstructor = new (options: Record<string, unknown>) => FrameworkInstance;

export interface WebsocketIngressOptions {
  botToken: string;
  /** Base of the Webex REST API the SDK under the framework must use. */
  webexApiBaseUrl: string;
  logger: Logger;
  onEvent: (event: BotEvent) => Promise<void>;
  /** Waits between connection attempts; tests shorten them. */
  retryMs?: { first: number; max: number };
}

let loadedForApi: string | undefined;

/**
 * The SDK reads its API address from the environment when its module is first evaluated, so the
 * variables are set here, before the framework is loaded; one process talks to one Webex API.
 */
function loadFramework(webexApiBaseUrl: string): { Framework: FrameworkConstructor } {
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
  };
}

/**
 * The framework is pinned to one exact version in package.json: this adapter relies on how its SDK
 * reads the API address and on its events' shapes; test/bot/bot-framework-pin.test.ts checks them.
 *
 * Websocket mode (no public URL): the framework's connection to Webex. Its start is retried in the
 * background while Webex fails or throttles, and every callback it makes is guarded, so nothing the
 * framework or its SDK does can end the process.
 */
export class WebsocketIngress implements Ingress {
  readonly mode = 'websocket' as const;
  private framework: FrameworkInstance | undefined;
  private started = false;
  private stopped = false;
  private problem = 'the websocket connection is not started';
  private retryTimer: NodeJS.Timeout | undefined;

  constructor(private readonly options: WebsocketIngressOptions) {}

  async start(): Promise<void> {
    const { Framework } = loadFramework(this.options.webexApiBaseUrl);
    const framework = new Framework({
      token: this.options.botToken,
      // Never delete webhooks this bot did not create (the framework's default deletes them all).
      removeWebhooksOnStart: false,
      messageFormat: 'markdown',
    });
    framework.on('log', (message) => this.options.logger.debug({ framework: true }, message));
    framework.on('message', (_bot, trigger) => this.dispatch(trigger));
    framework.on('attachmentAction', (_bot, trigger) => this.dispatch(trigger));
    this.framework = framework;
    this.stopped = false;
    await this.connect(this.options.retryMs?.first ?? 2_000);
  }

  private async connect(waitMs: number): Promise<void> {
    try {
      await this.framework!.start();
      this.started = true;
    } catch (error) {
      this.problem = `the websocket connection failed: ${(error as Error).message}`;
      if (this.stopped) return;
      this.options.logger.error({ err: error, retryInMs: waitMs }, 'connecting to Webex failed; trying again');
      const max = this.options.retryMs?.max ?? 60_000;
      this.retryTimer = setTimeout(() => void this.connect(Math.min(waitMs * 2, max)), waitMs);
      this.retryTimer.unref();
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    if (!this.framework || !this.started) return;
    this.started = false;
    await this.framework
      .stop()
      .catch((error: unknown) => this.options.logger.warn({ err: error }, 'stopping the bot framework failed'));
  }

  receiveWebhook(): WebhookVerdict {
    return 'not-listening';
  }

  async webhooksRegistered(): Promise<{ ok: boolean; problem?: string }> {
    return this.started ? { ok: true } : { ok: false, problem: this.problem };
  }

  private dispatch(trigger: FrameworkTrigger): void {
    try {
      const event = this.toEvent(trigger);
      if (!event) return;
      void this.options
        .onEvent(event)
        .catch((error: unknown) => this.options.logger.error({ err: error }, 'an event handler failed'));
    } catch (error) {
      this.options.logger.error({ err: error }, 'an event from the bot framework could not be read');
    }
  }

  private toEvent(trigger: FrameworkTrigger): BotEvent | undefined {
    const email = trigger.person?.emails?.[0] ?? '';
    if (trigger.type === 'message' && trigger.message) {
      const m = trigger.message;
      // The framework keeps the text as Webex sent it in `raw`.
      return messageEvent({ ...m, text: m.raw ?? m.text ?? '' }, m.personEmail ?? email, this.framework!.person);
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
