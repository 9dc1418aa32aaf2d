import { EventEmitter } from 'node:events';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import express, { type NextFunction, type Request, type Response } from 'express';
import { type ApiName, authenticate, type Exchange, trackRequests } from './api-middleware.js';
import { controlRouter } from './control-api.js';
import { WebhookDispatcher } from './deliveries.js';
import { describeSandbox, type SandboxDescription } from './describe.js';
import { FaultInjector } from './fault-injection.js';
import type { Faults } from './faults.js';
import { newTrackingId, sendCcError, sendWebexError } from './http-helpers.js';
import { pageRouter } from './page.js';
import { activationEmailsRouter } from './routes/activation-emails.js';
import { attachmentActionsRouter } from './routes/attachment-actions.js';
import { contactCenterRouter } from './routes/contact-center.js';
import { contactCenterConfigRouter } from './routes/contact-center-config.js';
import { contentsRouter } from './routes/contents.js';
import { licensesRouter } from './routes/licenses.js';
import { membershipsRouter } from './routes/memberships.js';
import { messagesRouter } from './routes/messages.js';
import { oauthRouter } from './routes/oauth.js';
import { peopleRouter } from './routes/people.js';
import { roomsRouter } from './routes/rooms.js';
import { scimRouter } from './routes/scim.js';
import { webhooksRouter } from './routes/webhooks.js';
import { DEFAULT_SEED, type SeedInput } from './seed.js';
import { SandboxState } from './state.js';

export type { Exchange } from './api-middleware.js';
export type {
  IdentityDescription,
  OrganizationDescription,
  SandboxDescription,
  ServiceAppDescription,
} from './describe.js';

export interface SandboxOptions {
  seed?: SeedInput;
  /** Keep every /v1 and Contact Center exchange in `exchanges` (tests). */
  recordExchanges?: boolean;
}

/** The local Webex-compatible cloud: the Webex and Contact Center APIs, its control API and its browser page. */
export class Sandbox {
  readonly state: SandboxState;
  readonly dispatcher: WebhookDispatcher;
  readonly app = express();
  readonly exchanges: Exchange[] = [];
  /** Requests received and not answered yet, by "METHOD /path" (tests time a crash with it). */
  readonly inFlight = new Map<string, number>();
  private readonly injector = new FaultInjector();
  private server: Server | undefined;
  private defaultSeed: SeedInput;
  /** Emits 'change' after anything changed (the browser page refreshes on it). */
  readonly changes = new EventEmitter();
  private changeTimer: NodeJS.Timeout | undefined;
  url = '';

  constructor(private readonly options: SandboxOptions = {}) {
    this.defaultSeed = options.seed ?? DEFAULT_SEED;
    this.state = new SandboxState(this.defaultSeed);
    this.state.onContactCenterChange = () => this.changed();
    this.dispatcher = new WebhookDispatcher(this.state);
    this.changes.setMaxListeners(100);
    this.build();
  }

  get faults(): Faults {
    return this.injector.faults;
  }

  setFaults(partial: Partial<Faults>): Faults {
    return this.injector.set(partial);
  }

  /** Something changed: tell the watchers once, after a burst of changes settles. */
  changed(): void {
    if (this.changeTimer) return;
    this.changeTimer = setTimeout(() => {
      this.changeTimer = undefined;
      this.changes.emit('change');
    }, 50);
    this.changeTimer.unref();
  }

  /**
   * Back to a seed. `keepWebhooks` keeps the webhooks whose owner still exists (ids are stable for a
   * seed), so a running bot goes on hearing its space after the reset. `keepOAuth` keeps the OAuth
   * client and the tokens it issued (refresh tokens and the access tokens refreshes gave) for the
   * identities that still exist, so a running bot's admin credential goes on working after the reset.
   */
  reset(seed?: SeedInput, options: { keepWebhooks?: boolean; keepOAuth?: boolean } = {}): void {
    const webhooks = options.keepWebhooks ? [...this.state.webhooks.values()] : [];
    // Each organisation's OAuth side is kept, by organisation key.
    const issued = options.keepOAuth
      ? new Map(this.state.organizations.map((o) => [o.key, o.oauth.issued((token) => this.state.tokens.get(token))]))
      : undefined;
    this.state.load(seed ?? this.defaultSeed);
    for (const hook of webhooks) if (this.state.people.has(hook.ownerId)) this.state.webhooks.set(hook.id, hook);
    for (const org of this.state.organizations) {
      const held = issued?.get(org.key);
      if (held)
        org.oauth.restore(
          held,
          (personId) => this.state.people.has(personId),
          (token, personId) => this.state.tokens.set(token, personId),
        );
    }
    this.injector.clear();
    this.exchanges.length = 0;
    this.changed();
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    // A port in use must fail the start (express's listen leaves the 'error' event unheard).
    const server = createServer(this.app);
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, host, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    const address = this.server!.address() as AddressInfo;
    this.url = `http://${host}:${address.port}`;
    return this.url;
  }

  async stop(): Promise<void> {
    this.state.dispose();
    await this.dispatcher.settle();
    if (!this.server) return;
    const server = this.server;
    this.server = undefined;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** The active seed, resolved: ids, tokens and the admin space, as GET /sandbox/seed returns it. */
  describe(): SandboxDescription {
    return describeSandbox(this.state, this.url);
  }

  private build(): void {
    const app = this.app;
    const state = this.state;
    app.disable('x-powered-by');
    app.set('trust proxy', false);

    // The SDK under the bot framework asks for a service catalog; a 404 keeps it on the local URLs.
    app.use('/u2c', (_req, res) => {
      res.status(404).json({ message: 'No service catalog in the sandbox.', errors: [], trackingId: newTrackingId() });
    });

    // Anything but a read may have changed what the browser page shows.
    app.use((req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') res.on('finish', () => this.changed());
      next();
    });
    app.use(controlRouter(this));
    app.use(pageRouter(this.changes));

    const json = express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] });
    const recorded = this.options.recordExchanges ? this.exchanges : undefined;
    // What every API prefix does before its routes: count and record the request, read its body,
    // check its bearer token, and play the injected faults.
    const gate = (api: ApiName) => [
      trackRequests(api, this.inFlight, recorded),
      json,
      authenticate(api, state),
      this.injector.middleware(api),
    ];
    // The token endpoint authenticates with the client's id and secret, not a bearer token.
    app.use(
      '/v1',
      trackRequests('webex', this.inFlight, recorded),
      json,
      oauthRouter(state),
      authenticate('webex', state),
      this.injector.middleware('webex'),
    );
    app.use(
      '/v1',
      peopleRouter(state),
      licensesRouter(state),
      roomsRouter(state, this.dispatcher),
      membershipsRouter(state, this.dispatcher),
      messagesRouter(state, this.dispatcher),
      contentsRouter(state),
      attachmentActionsRouter(state, this.dispatcher),
      webhooksRouter(state),
      activationEmailsRouter(state),
    );
    // SCIM 2 lives beside /v1 on the same host (https://webexapis.com/identity/scim/...).
    app.use('/identity/scim', ...gate('webex'));
    app.use(scimRouter(state));
    app.use('/v1', (req, res) =>
      sendWebexError(res, 404, `The requested resource could not be found: ${req.method} ${req.path}`),
    );

    app.use('/cc', ...gate('contact-center'));
    app.use('/cc', contactCenterRouter(state), contactCenterConfigRouter());
    app.use('/cc', (req, res) => sendCcError(res, 404, `No such resource: ${req.method} ${req.path}`));

    app.use((error: Error & { status?: number; type?: string }, _req: Request, res: Response, _next: NextFunction) => {
      void _next;
      if (error.type === 'entity.parse.failed') {
        sendWebexError(res, 400, 'The request body is not valid JSON.');
        return;
      }
      if (error.type === 'entity.too.large') {
        sendWebexError(res, 413, 'The request body is too large.');
        return;
      }
      sendWebexError(res, 500, 'Internal error in the sandbox.', { descriptions: [error.message] });
    });
  }
}
