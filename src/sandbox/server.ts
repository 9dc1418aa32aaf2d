import { EventEmitter } from 'node:events';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import express, { type NextFunction, type Request, type Response } from 'express';
import { WebhookDispatcher } from './deliveries.js';
import { type Faults, faultsSchema, NO_FAULTS, seededRandom, WindowCounter } from './faults.js';
import { locals, newTrackingId, sendCcError, sendWebexError } from './http-helpers.js';
import { ADMIN_SCOPES, type OAuthSettings, requiredScope } from './oauth.js';
import { activationEmailsRouter } from './routes/activation-emails.js';
import { attachmentActionsRouter } from './routes/attachment-actions.js';
import { ccUserView, contactCenterRouter } from './routes/contact-center.js';
import { contentsRouter } from './routes/contents.js';
import { licensesRouter } from './routes/licenses.js';
import { membershipsRouter } from './routes/memberships.js';
import { messagesRouter } from './routes/messages.js';
import { oauthRouter } from './routes/oauth.js';
import { peopleRouter } from './routes/people.js';
import { roomsRouter } from './routes/rooms.js';
import { webhooksRouter } from './routes/webhooks.js';
import { DEFAULT_SEED, type SeedInput } from './seed.js';
import { SandboxState } from './state.js';

/** One request and its answer, as the sandbox saw them (for the fidelity tests). */
export interface Exchange {
  api: 'webex' | 'contact-center';
  /** Email of the identity whose token made the request (undefined when it had no valid token). */
  actorEmail: string | undefined;
  method: string;
  path: string;
  query: Record<string, unknown>;
  requestContentType: string | undefined;
  requestBody: unknown;
  status: number;
  responseContentType: string | undefined;
  responseBody: unknown;
  /** When the request arrived and when its answer was sent (ms since the epoch; benchmarks). */
  receivedAt: number;
  answeredAt: number;
}

export interface SandboxOptions {
  seed?: SeedInput;
  /** Keep every /v1 and Contact Center exchange in `exchanges` (tests). */
  recordExchanges?: boolean;
}

const require = createRequire(import.meta.url);
const ADAPTIVE_CARDS_JS = require.resolve('adaptivecards/dist/adaptivecards.min.js');
// The page's files sit beside this module in src/; a compiled build (dist/src/sandbox) reads them from src/.
const UI_DIR =
  [new URL('./ui/', import.meta.url), new URL('../../../src/sandbox/ui/', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((dir) => existsSync(dir)) ?? fileURLToPath(new URL('./ui/', import.meta.url));

const UNAUTHORIZED = 'The request requires a valid access token set in the Authorization request header.';

export class Sandbox {
  readonly state: SandboxState;
  readonly dispatcher: WebhookDispatcher;
  readonly app = express();
  readonly exchanges: Exchange[] = [];
  /** Requests received and not answered yet, by "METHOD /path" (tests time a crash with it). */
  readonly inFlight = new Map<string, number>();
  faults: Faults = NO_FAULTS;
  private random = seededRandom(NO_FAULTS.randomSeed);
  private readonly perSecond = new WindowCounter(1_000);
  private readonly perMinute = new WindowCounter(60_000);
  private server: Server | undefined;
  private defaultSeed: SeedInput;
  /** Emits 'change' after anything changed (the browser page refreshes on it). */
  readonly changes = new EventEmitter();
  private changeTimer: NodeJS.Timeout | undefined;
  url = '';

  constructor(private readonly options: SandboxOptions = {}) {
    this.defaultSeed = options.seed ?? DEFAULT_SEED;
    this.state = new SandboxState(this.defaultSeed);
    this.state.onChange = () => this.changed();
    this.dispatcher = new WebhookDispatcher(this.state);
    this.changes.setMaxListeners(100);
    this.build();
  }

  setFaults(partial: Partial<Faults>): Faults {
    this.faults = faultsSchema.parse({ ...this.faults, ...partial });
    this.random = seededRandom(this.faults.randomSeed);
    this.perSecond.reset();
    this.perMinute.reset();
    return this.faults;
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
   * seed), so a running bot goes on hearing its space after the reset.
   */
  reset(seed?: SeedInput, options: { keepWebhooks?: boolean } = {}): void {
    const webhooks = options.keepWebhooks ? [...this.state.webhooks.values()] : [];
    this.state.load(seed ?? this.defaultSeed);
    for (const hook of webhooks) if (this.state.people.has(hook.ownerId)) this.state.webhooks.set(hook.id, hook);
    this.faults = NO_FAULTS;
    this.random = seededRandom(NO_FAULTS.randomSeed);
    this.perSecond.reset();
    this.perMinute.reset();
    this.exchanges.length = 0;
    this.changed();
  }

  async start(port = 0, host = '127.0.0.1'): Promise<string> {
    await new Promise<void>((resolve, reject) => {
      this.server = this.app.listen(port, host, (error?: Error) => (error ? reject(error) : resolve()));
    });
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

  private oauthView(): Record<string, unknown> {
    const o = this.state.oauth;
    const app = [...this.state.people.values()].find((p) => p.kind === 'serviceApp');
    return {
      ...o.settings,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      refreshToken: app ? o.refreshTokensOf(app.id).at(-1) : undefined,
      refreshes: o.refreshCount,
      scopes: app ? (o.scopesOf(app.id) ?? [...ADMIN_SCOPES]) : [],
    };
  }

  /** The active seed, resolved: ids, tokens and the admin space, as GET /sandbox/seed returns it. */
  describe(): Record<string, unknown> {
    const s = this.state;
    const people = [...s.people.values()].map((p) => ({
      id: p.id,
      ciUserId: p.uuid,
      kind: p.kind,
      email: p.emails[0],
      displayName: p.displayName,
      roles: p.roles.map((id) => s.roles.find((r) => r.id === id)?.name ?? id),
      licenses: p.licenses.map((id) => s.licenses.find((l) => l.id === id)?.name ?? id),
      token: s.tokenFor(p.id),
    }));
    const byKind = (kind: string) => people.find((p) => p.kind === kind);
    return {
      organization: { id: s.orgId, uuid: s.orgUuid, name: s.orgName },
      webexApiBaseUrl: `${this.url}/v1`,
      contactCenterApiBaseUrl: `${this.url}/cc`,
      adminSpaceId: s.adminSpaceId,
      bot: byKind('bot'),
      serviceApp: byKind('serviceApp') && {
        ...byKind('serviceApp'),
        // What the Service App's owner holds after a Full Admin authorised it: client credentials and a refresh token.
        oauth: {
          clientId: s.oauth.clientId,
          clientSecret: s.oauth.clientSecret,
          refreshToken: s.oauth.refreshTokensOf(byKind('serviceApp')!.id).at(-1),
          tokenUrl: `${this.url}/v1/access_token`,
        },
      },
      people: people.filter((p) => p.kind === 'person'),
      licenses: s.licenses.map((l) => ({
        id: l.id,
        name: l.name,
        offer: l.offer,
        totalUnits: l.totalUnits,
        consumedUnits: s.consumedUnits(l.id),
      })),
      roles: s.roles.map((r) => ({ id: r.id, name: r.name })),
      rooms: [...s.rooms.values()].map((r) => ({
        id: r.id,
        title: r.title,
        type: r.type,
        adminSpace: r.id === s.adminSpaceId,
        members: s.membersOf(r.id).map((m) => s.people.get(m.personId)?.emails[0]),
      })),
      trialAccounts: s.trialAccounts,
      contactCenter: {
        syncDelayMs: s.ccSyncDelayMs,
        synchronizations: s.ccSyncCount,
        invalid: [...s.ccInvalid].map(([email, mode]) => ({ email, mode })),
      },
    };
  }

  private build(): void {
    const app = this.app;
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
    app.use(this.controlRouter());
    app.use(this.pageRouter());

    const json = express.json({ limit: '2mb', type: ['application/json', 'application/*+json'] });
    // The token endpoint authenticates with the client's id and secret, not a bearer token.
    app.use(
      '/v1',
      this.common('webex'),
      json,
      oauthRouter(this.state),
      this.authenticate('webex'),
      this.injectFaults('webex'),
    );
    app.use(
      '/v1',
      peopleRouter(this.state),
      licensesRouter(this.state),
      roomsRouter(this.state, this.dispatcher),
      membershipsRouter(this.state, this.dispatcher),
      messagesRouter(this.state, this.dispatcher),
      contentsRouter(this.state),
      attachmentActionsRouter(this.state, this.dispatcher),
      webhooksRouter(this.state),
      activationEmailsRouter(this.state),
    );
    app.use('/v1', (req, res) =>
      sendWebexError(res, 404, `The requested resource could not be found: ${req.method} ${req.path}`),
    );

    app.use(
      '/cc',
      this.common('contact-center'),
      json,
      this.authenticate('contact-center'),
      this.injectFaults('contact-center'),
    );
    app.use('/cc', contactCenterRouter(this.state));
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

  /** Tracking id header on every answer, and the exchange recorder. */
  private common(api: Exchange['api']) {
    return (req: Request, res: Response, next: NextFunction): void => {
      const supplied = req.get('TrackingID');
      const trackingId =
        supplied && /^[\w:.-]{1,128}$/.test(supplied)
          ? supplied
          : newTrackingId(api === 'webex' ? 'ROUTER' : 'ccconfig');
      res.locals.trackingId = trackingId;
      res.setHeader('Trackingid', trackingId);
      const key = `${req.method} ${req.baseUrl}${req.path}`;
      this.inFlight.set(key, (this.inFlight.get(key) ?? 0) + 1);
      res.on('close', () => this.inFlight.set(key, (this.inFlight.get(key) ?? 1) - 1));
      res.setHeader('Cache-Control', 'no-cache');
      if (this.options.recordExchanges) {
        const receivedAt = Date.now();
        const originalJson = res.json.bind(res);
        let responseBody: unknown;
        res.json = (body: unknown) => {
          responseBody = body;
          return originalJson(body);
        };
        // 'close' also fires when the client went away before the answer (a killed bot): record it too.
        res.on('close', () => {
          this.exchanges.push({
            api,
            actorEmail: (res.locals as { actor?: { emails: string[] } }).actor?.emails[0],
            method: req.method,
            path: req.baseUrl + req.path,
            query: { ...req.query },
            requestContentType: req.get('content-type'),
            requestBody: req.body,
            status: res.statusCode,
            responseContentType: res.get('content-type') as string | undefined,
            responseBody,
            receivedAt,
            answeredAt: Date.now(),
          });
        });
      }
      next();
    };
  }

  private authenticate(api: Exchange['api']) {
    return (req: Request, res: Response, next: NextFunction): void => {
      const header = req.get('authorization') ?? '';
      const match = /^Bearer\s+(\S+)$/i.exec(header);
      const actor = match ? this.state.identityForToken(match[1]!) : undefined;
      if (!actor) {
        if (api === 'webex') sendWebexError(res, 401, UNAUTHORIZED);
        else sendCcError(res, 401, UNAUTHORIZED);
        return;
      }
      locals(res).actor = actor;
      const scope = requiredScope(api, req.method, req.path);
      if (scope && !this.state.oauth.hasScope(actor.id, scope)) {
        const reason = `The server understood the request, but refused to fulfill it because the access token is missing required scopes (${scope}).`;
        if (api === 'webex') sendWebexError(res, 403, reason);
        else sendCcError(res, 403, reason);
        return;
      }
      next();
    };
  }

  private injectFaults(api: Exchange['api']) {
    return async (req: Request, res: Response, next: NextFunction): Promise<void> => {
      const f = this.faults;
      const token = (req.get('authorization') ?? '').slice(7);
      const route = `${req.method} ${req.baseUrl}${req.path}`;
      const targeted = f.pathPattern === '' || new RegExp(f.pathPattern).test(route);
      if (targeted && f.latencyMs > 0) await new Promise((resolve) => setTimeout(resolve, f.latencyMs));
      const reject = (status: number, reason: string, retryAfter?: number): void => {
        if (api === 'webex')
          sendWebexError(res, status, reason, retryAfter === undefined ? {} : { retryAfterSeconds: retryAfter });
        else sendCcError(res, status, reason, retryAfter);
      };
      if (api === 'webex' && f.rateLimitPerSecond > 0) {
        const verdict = this.perSecond.tryHit(token, f.rateLimitPerSecond);
        if (!verdict.allowed) {
          reject(
            429,
            'Too Many Requests. Please retry after the time given in the Retry-After header.',
            Math.max(f.retryAfterSeconds, Math.ceil(verdict.waitMs / 1000)),
          );
          return;
        }
      }
      if (api === 'contact-center' && f.ccRateLimitPerMinute > 0) {
        const verdict = this.perMinute.tryHit(token, f.ccRateLimitPerMinute);
        if (!verdict.allowed) {
          reject(
            429,
            'Too many requests for this client.',
            Math.max(f.retryAfterSeconds, Math.ceil(verdict.waitMs / 1000)),
          );
          return;
        }
      }
      if (targeted && f.throttleRate > 0 && this.random() < f.throttleRate) {
        reject(
          429,
          'Too Many Requests. Please retry after the time given in the Retry-After header.',
          f.retryAfterSeconds,
        );
        return;
      }
      if (targeted && f.errorRate > 0 && this.random() < f.errorRate) {
        reject(f.errorStatus, 'An unexpected error occurred in the service (injected by the sandbox).');
        return;
      }
      next();
    };
  }

  /** The browser page (`/ui/`), its Adaptive Cards renderer, and the live change feed it listens to. */
  private pageRouter(): express.Router {
    const router = express.Router();
    router.get('/', (_req, res) => res.redirect('/ui/'));
    router.get('/favicon.ico', (_req, res) => res.status(204).end());
    router.get('/ui/vendor/adaptivecards.js', (_req, res) => res.sendFile(ADAPTIVE_CARDS_JS));
    router.use('/ui', express.static(UI_DIR, { index: 'index.html', maxAge: 0 }));
    router.get('/sandbox/events', (req, res) => {
      res.writeHead(200, {
        'Content-Type': 'text/event-stream',
        'Cache-Control': 'no-cache',
        Connection: 'keep-alive',
      });
      res.write('retry: 1000\n\n');
      const send = () => res.write(`event: change\ndata: ${Date.now()}\n\n`);
      const ping = setInterval(() => res.write(': ping\n\n'), 15_000);
      this.changes.on('change', send);
      req.on('close', () => {
        clearInterval(ping);
        this.changes.off('change', send);
      });
    });
    return router;
  }

  private controlRouter(): express.Router {
    const router = express.Router();
    const json = express.json({ limit: '5mb' });
    router.get('/sandbox/seed', (_req, res) => {
      res.json(this.describe());
    });
    router.post('/sandbox/reset', json, (req, res) => {
      const body = req.body as SeedInput | Record<string, never> | undefined;
      try {
        this.reset(body && Object.keys(body).length > 0 ? (body as SeedInput) : undefined, {
          keepWebhooks: req.query.keepWebhooks === 'true',
        });
      } catch (error) {
        res.status(400).json({ message: 'The seed is not valid.', detail: String((error as Error).message) });
        return;
      }
      res.json(this.describe());
    });
    router.get('/sandbox/oauth', (_req, res) => {
      res.json(this.oauthView());
    });
    // Token lifetimes, rotation, and a refresh call that fails (invalid_grant or unavailable).
    router.put('/sandbox/oauth', json, (req, res) => {
      const body = (req.body ?? {}) as Partial<OAuthSettings>;
      const settings = { ...this.state.oauth.settings, ...body };
      if (
        !(settings.accessTokenLifetimeSeconds > 0) ||
        !['none', 'invalid_grant', 'unavailable'].includes(settings.refreshFailure)
      ) {
        res.status(400).json({
          message:
            'accessTokenLifetimeSeconds must be above 0; refreshFailure one of none, invalid_grant, unavailable.',
        });
        return;
      }
      this.state.oauth.settings = settings;
      res.json(this.oauthView());
    });
    router.post('/sandbox/oauth/expire', (_req, res) => {
      res.json({ expired: this.state.oauth.expireAccessTokens() });
    });
    router.post('/sandbox/oauth/revoke', (_req, res) => {
      const app = [...this.state.people.values()].find((p) => p.kind === 'serviceApp');
      if (app) this.state.oauth.revokeRefreshTokens(app.id);
      res.json(this.oauthView());
    });
    // The Service App's scopes: a list narrows them (a missing one answers 403), null gives all back.
    router.put('/sandbox/oauth/scopes', json, (req, res) => {
      const scopes = (req.body as { scopes?: unknown } | undefined)?.scopes;
      if (scopes !== null && !(Array.isArray(scopes) && scopes.every((x) => typeof x === 'string'))) {
        res.status(400).json({ message: 'scopes must be a list of scope names, or null for all of them.' });
        return;
      }
      const app = [...this.state.people.values()].find((p) => p.kind === 'serviceApp');
      if (app) this.state.oauth.restrictScopes(app.id, scopes as string[] | null);
      res.json(this.oauthView());
    });
    router.get('/sandbox/faults', (_req, res) => {
      res.json(this.faults);
    });
    router.put('/sandbox/faults', json, (req, res) => {
      try {
        res.json(this.setFaults((req.body ?? {}) as Partial<Faults>));
      } catch (error) {
        res.status(400).json({ message: 'The faults are not valid.', detail: String((error as Error).message) });
      }
    });
    router.delete('/sandbox/faults', (_req, res) => {
      res.json(this.setFaults(NO_FAULTS));
    });
    router.post('/sandbox/contact-center/synchronize', (_req, res) => {
      res.status(202).json(this.state.requestSynchronization());
    });
    router.put('/sandbox/contact-center/settings', json, (req, res) => {
      const delay = (req.body as { syncDelayMs?: unknown } | undefined)?.syncDelayMs;
      if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0) {
        res.status(400).json({ message: 'Give {"syncDelayMs": <whole milliseconds>}.' });
        return;
      }
      this.state.ccSyncDelayMs = delay;
      res.json({ syncDelayMs: delay });
    });
    router.put('/sandbox/contact-center/invalid', json, (req, res) => {
      const body = (req.body ?? {}) as { email?: unknown; mode?: unknown };
      if (typeof body.email !== 'string' || !['once', 'always', 'off'].includes(String(body.mode))) {
        res.status(400).json({ message: 'Give {"email": "...", "mode": "once" | "always" | "off"}.' });
        return;
      }
      this.state.setInvalid(body.email, body.mode as 'once' | 'always' | 'off');
      res.json({ email: body.email.toLowerCase(), mode: body.mode });
    });
    router.put('/sandbox/licenses/:offer', json, (req, res) => {
      const license = this.state.licenses.find((l) => l.offer === req.params.offer);
      const total = (req.body as { totalUnits?: unknown } | undefined)?.totalUnits;
      if (!license || typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
        res.status(400).json({ message: 'Give a known license offer code and a whole totalUnits.' });
        return;
      }
      license.totalUnits = total;
      res.json({ offer: license.offer, name: license.name, totalUnits: license.totalUnits });
    });
    router.get('/sandbox/state', (_req, res) => {
      const s = this.state;
      res.json({
        people: [...s.people.values()]
          .filter((p) => p.kind === 'person')
          .map((p) => {
            const cc = s.ccUserByCiId(p.uuid);
            return {
              id: p.id,
              email: p.emails[0],
              displayName: p.displayName,
              roles: p.roles.map((id) => s.roles.find((r) => r.id === id)?.name ?? id),
              licenses: p.licenses.map((id) => s.licenses.find((l) => l.id === id)?.name ?? id),
              invitePending: p.invitePending,
              activationEmailsSent: s.activationEmails.filter((a) => a.email === p.emails[0]).length,
              contactCenter: cc ? ccUserView(s, cc) : null,
            };
          }),
        webhooks: [...s.webhooks.values()].map((h) => ({
          id: h.id,
          name: h.name,
          targetUrl: h.targetUrl,
          resource: h.resource,
          event: h.event,
          status: h.status,
          owner: s.people.get(h.ownerId)?.emails[0],
        })),
        deliveries: this.dispatcher.log.slice(-50),
      });
    });
    return router;
  }
}
