import express, { type Router } from 'express';
import type { WebhookDispatcher } from './deliveries.js';
import type { SandboxDescription } from './describe.js';
import type { Faults } from './faults.js';
import { NO_FAULTS } from './faults.js';
import { ADMIN_SCOPES, type OAuthSettings } from './oauth.js';
import { ccUserView } from './routes/contact-center.js';
import type { SeedInput } from './seed.js';
import type { SandboxState } from './state.js';

/** What the control API drives: the sandbox's state and its faults, and resetting it to a seed. */
export interface ControlledSandbox {
  readonly state: SandboxState;
  readonly dispatcher: WebhookDispatcher;
  readonly faults: Faults;
  setFaults(partial: Partial<Faults>): Faults;
  describe(): SandboxDescription;
  reset(seed?: SeedInput, options?: { keepWebhooks?: boolean }): void;
}

function oauthView(state: SandboxState): Record<string, unknown> {
  const o = state.oauth;
  const app = serviceAppOf(state);
  return {
    ...o.settings,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    refreshToken: app ? o.refreshTokensOf(app.id).at(-1) : undefined,
    refreshes: o.refreshCount,
    scopes: app ? (o.scopesOf(app.id) ?? [...ADMIN_SCOPES]) : [],
  };
}

function serviceAppOf(state: SandboxState) {
  return [...state.people.values()].find((p) => p.kind === 'serviceApp');
}

/** People, their Contact Center users, webhooks and the last deliveries, as the browser page lists them. */
function stateView(sandbox: ControlledSandbox): Record<string, unknown> {
  const s = sandbox.state;
  return {
    people: [...s.people.values()]
      .filter((p) => p.kind === 'person')
      .map((p) => {
        const cc = s.contactCenter.userByCiId(p.uuid);
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
    deliveries: sandbox.dispatcher.log.slice(-50),
  };
}

/** The sandbox's own API (`/sandbox/...`), with no token: seed and reset, OAuth, faults, the Contact Center. */
export function controlRouter(sandbox: ControlledSandbox): Router {
  const router = express.Router();
  const state = sandbox.state;
  const json = express.json({ limit: '5mb' });
  router.get('/sandbox/seed', (_req, res) => {
    res.json(sandbox.describe());
  });
  router.post('/sandbox/reset', json, (req, res) => {
    const body = req.body as SeedInput | Record<string, never> | undefined;
    try {
      sandbox.reset(body && Object.keys(body).length > 0 ? (body as SeedInput) : undefined, {
        keepWebhooks: req.query.keepWebhooks === 'true',
      });
    } catch (error) {
      res.status(400).json({ message: 'The seed is not valid.', detail: String((error as Error).message) });
      return;
    }
    res.json(sandbox.describe());
  });
  router.get('/sandbox/oauth', (_req, res) => {
    res.json(oauthView(state));
  });
  // Token lifetimes, rotation, and a refresh call that fails (invalid_grant or unavailable).
  router.put('/sandbox/oauth', json, (req, res) => {
    const body = (req.body ?? {}) as Partial<OAuthSettings>;
    const settings = { ...state.oauth.settings, ...body };
    if (
      !(settings.accessTokenLifetimeSeconds > 0) ||
      !['none', 'invalid_grant', 'unavailable'].includes(settings.refreshFailure)
    ) {
      res.status(400).json({
        message: 'accessTokenLifetimeSeconds must be above 0; refreshFailure one of none, invalid_grant, unavailable.',
      });
      return;
    }
    state.oauth.settings = settings;
    res.json(oauthView(state));
  });
  router.post('/sandbox/oauth/expire', (_req, res) => {
    res.json({ expired: state.oauth.expireAccessTokens() });
  });
  router.post('/sandbox/oauth/revoke', (_req, res) => {
    const app = serviceAppOf(state);
    if (app) state.oauth.revokeRefreshTokens(app.id);
    res.json(oauthView(state));
  });
  // The Service App's scopes: a list narrows them (a missing one answers 403), null gives all back.
  router.put('/sandbox/oauth/scopes', json, (req, res) => {
    const scopes = (req.body as { scopes?: unknown } | undefined)?.scopes;
    if (scopes !== null && !(Array.isArray(scopes) && scopes.every((x) => typeof x === 'string'))) {
      res.status(400).json({ message: 'scopes must be a list of scope names, or null for all of them.' });
      return;
    }
    const app = serviceAppOf(state);
    if (app) state.oauth.restrictScopes(app.id, scopes as string[] | null);
    res.json(oauthView(state));
  });
  router.get('/sandbox/faults', (_req, res) => {
    res.json(sandbox.faults);
  });
  router.put('/sandbox/faults', json, (req, res) => {
    try {
      res.json(sandbox.setFaults((req.body ?? {}) as Partial<Faults>));
    } catch (error) {
      res.status(400).json({ message: 'The faults are not valid.', detail: String((error as Error).message) });
    }
  });
  router.delete('/sandbox/faults', (_req, res) => {
    res.json(sandbox.setFaults(NO_FAULTS));
  });
  router.post('/sandbox/contact-center/synchronize', (_req, res) => {
    res.status(202).json(state.contactCenter.requestSynchronization());
  });
  router.put('/sandbox/contact-center/settings', json, (req, res) => {
    const delay = (req.body as { syncDelayMs?: unknown } | undefined)?.syncDelayMs;
    if (typeof delay !== 'number' || !Number.isInteger(delay) || delay < 0) {
      res.status(400).json({ message: 'Give {"syncDelayMs": <whole milliseconds>}.' });
      return;
    }
    state.contactCenter.syncDelayMs = delay;
    res.json({ syncDelayMs: delay });
  });
  router.put('/sandbox/contact-center/invalid', json, (req, res) => {
    const body = (req.body ?? {}) as { email?: unknown; mode?: unknown };
    if (typeof body.email !== 'string' || !['once', 'always', 'off'].includes(String(body.mode))) {
      res.status(400).json({ message: 'Give {"email": "...", "mode": "once" | "always" | "off"}.' });
      return;
    }
    state.contactCenter.setInvalid(body.email, body.mode as 'once' | 'always' | 'off');
    res.json({ email: body.email.toLowerCase(), mode: body.mode });
  });
  router.put('/sandbox/licenses/:offer', json, (req, res) => {
    const license = state.licenses.find((l) => l.offer === req.params.offer);
    const total = (req.body as { totalUnits?: unknown } | undefined)?.totalUnits;
    if (!license || typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
      res.status(400).json({ message: 'Give a known license offer code and a whole totalUnits.' });
      return;
    }
    license.totalUnits = total;
    res.json({ offer: license.offer, name: license.name, totalUnits: license.totalUnits });
  });
  router.get('/sandbox/state', (_req, res) => {
    res.json(stateView(sandbox));
  });
  return router;
}
