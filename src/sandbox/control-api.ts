import express, { type Request, type Response, type Router } from 'express';
import { CatalogueError, type CatalogueInput, type CatalogueKind } from './contact-center-catalogue.js';
import type { WebhookDispatcher } from './deliveries.js';
import type { SandboxDescription } from './describe.js';
import type { Faults } from './faults.js';
import { NO_FAULTS } from './faults.js';
import { queryString } from './http-helpers.js';
import type { CcRecordBase, PersonRecord } from './model.js';
import { ADMIN_SCOPES, type OAuthSettings } from './oauth.js';
import type { SandboxOrganization } from './organization.js';
import { ccUserView } from './routes/contact-center.js';
import { recordView } from './routes/contact-center-config.js';
import type { SeedInput } from './seed.js';
import type { SandboxState } from './state.js';

/** What the control API drives: the sandbox's state and its faults, and resetting it to a seed. */
export interface ControlledSandbox {
  readonly state: SandboxState;
  readonly dispatcher: WebhookDispatcher;
  readonly faults: Faults;
  setFaults(partial: Partial<Faults>): Faults;
  describe(): SandboxDescription;
  reset(seed?: SeedInput, options?: { keepWebhooks?: boolean; keepOAuth?: boolean }): void;
}

function oauthView(org: SandboxOrganization): Record<string, unknown> {
  const o = org.oauth;
  const app = org.serviceApp();
  return {
    organization: org.key,
    ...o.settings,
    clientId: o.clientId,
    clientSecret: o.clientSecret,
    refreshToken: app ? o.refreshTokensOf(app.id).at(-1) : undefined,
    refreshes: o.refreshCount,
    scopes: app ? (o.scopesOf(app.id) ?? [...ADMIN_SCOPES]) : [],
  };
}

/**
 * The organisation a control call acts on: `?org=<key>` (or `?orgId=<id or UUID>`), the first one when
 * neither is given; undefined after answering 404 for an unknown one.
 */
function organizationFrom(state: SandboxState, req: Request, res: Response): SandboxOrganization | undefined {
  const ref = queryString(req, 'org') ?? queryString(req, 'orgId');
  if (ref === undefined) return state.primary;
  const org = state.organizationNamed(ref);
  if (!org) res.status(404).json({ message: `No organization "${ref}" in the sandbox.` });
  return org;
}

/**
 * A person's Contact Center user with its agent settings by name, as the page shows them; null when the
 * person is not in the Contact Center.
 */
function agentView(org: SandboxOrganization, person: PersonRecord): Record<string, unknown> | null {
  const cc = org.contactCenter;
  const user = cc.userByCiId(person.uuid);
  if (!user) return null;
  const names = cc.catalogue;
  return {
    ...ccUserView(org, user, { profileType: true, siteName: true }),
    agent: {
      enabled: user.contactCenterEnabled,
      active: user.active,
      profileType: cc.profileTypeOf(user) ?? null,
      site: names.nameOf('site', user.siteId) ?? null,
      teams: user.teamIds.map((id) => names.nameOf('team', id) ?? id),
      desktopProfile: names.nameOf('agent-profile', user.agentProfileId) ?? null,
      multimediaProfile: names.nameOf('multimedia-profile', user.multimediaProfileId) ?? null,
      skillProfile: names.nameOf('skill-profile', user.skillProfileId) ?? null,
    },
  };
}

/** The Contact Center's configuration, by kind, as the page offers it. */
function catalogueView(org: SandboxOrganization): Record<string, unknown> {
  const cc = org.contactCenter;
  const c = cc.catalogue;
  const named = (kind: CatalogueKind) => [...c.mapOf(kind).values()].map((r) => ({ id: r.id, name: r.name }));
  return {
    agentsArrive: cc.agentsArrive,
    syncDelayMs: cc.syncDelayMs,
    synchronizations: cc.syncCount,
    sites: named('site'),
    teams: [...c.teams.values()].map((t) => ({
      id: t.id,
      name: t.name,
      teamType: t.teamType,
      site: c.nameOf('site', t.siteId) ?? t.siteId,
    })),
    desktopProfiles: named('agent-profile'),
    multimediaProfiles: named('multimedia-profile'),
    skillProfiles: named('skill-profile'),
  };
}

/**
 * An organisation's people and their Contact Center users, its activation emails, and the cloud's
 * webhooks and last deliveries, as the browser page lists them.
 */
function stateView(sandbox: ControlledSandbox, org: SandboxOrganization): Record<string, unknown> {
  const s = sandbox.state;
  return {
    organization: { key: org.key, name: org.name, orgId: org.orgId },
    organizations: s.organizations.map((o) => ({ key: o.key, name: o.name, orgId: o.orgId })),
    people: [...org.people.values()]
      .filter((p) => p.kind === 'person')
      .map((p) => ({
        id: p.id,
        email: p.emails[0],
        displayName: p.displayName,
        roles: p.roles.map((id) => s.roles.find((r) => r.id === id)?.name ?? id),
        licenses: p.licenses.map((id) => s.licenses.find((l) => l.id === id)?.name ?? id),
        /** "Premium Agent - Supervisor" on the Premium Agent license in Control Hub. */
        supervisor: org.contactCenter.isSupervisor(p),
        invitePending: p.invitePending,
        activationEmailsSent: s.activationEmails.filter((a) => a.email === p.emails[0]).length,
        /** The last synchronisation failed for this person (the Contact Center's "Sync Status" Invalid). */
        syncFailed: org.contactCenter.lastSyncFailed.has(p.emails[0]!),
        contactCenter: agentView(org, p),
      })),
    contactCenter: catalogueView(org),
    activationEmails: s.activationEmails.filter((a) => a.org === org.key),
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

/** A record of `kind` named by id or (case-insensitively) by name. */
function findRecord(org: SandboxOrganization, kind: CatalogueKind, ref: unknown): CcRecordBase | undefined {
  if (typeof ref !== 'string') return undefined;
  const map = org.contactCenter.catalogue.mapOf(kind);
  return map.get(ref) ?? [...map.values()].find((r) => r.name.toLowerCase() === ref.trim().toLowerCase());
}

const optionalInt = (value: unknown, min: number, max: number): number | undefined | false =>
  value === undefined
    ? undefined
    : typeof value === 'number' && Number.isInteger(value) && value >= min && value <= max
      ? value
      : false;

/**
 * What `POST /sandbox/contact-center/<path>` creates, from its JSON body; a sentence when the body is
 * not right.
 */
function catalogueInput(s: SandboxOrganization, path: string, body: Record<string, unknown>): CatalogueInput | string {
  const name = typeof body.name === 'string' ? body.name : '';
  if (!name.trim()) return 'Give a "name".';
  const description = typeof body.description === 'string' ? body.description : undefined;
  switch (path) {
    case 'sites': {
      if (body.multimediaProfile === undefined) return { kind: 'site', name };
      const profile = findRecord(s, 'multimedia-profile', body.multimediaProfile);
      return profile ? { kind: 'site', name, multimediaProfileId: profile.id } : 'No such multimedia profile.';
    }
    case 'teams': {
      const site = findRecord(s, 'site', body.site);
      if (!site) return 'Give the team\'s "site" (a site name or id).';
      const teamType = body.teamType ?? 'AGENT';
      if (teamType !== 'AGENT' && teamType !== 'CAPACITY') return '"teamType" is AGENT or CAPACITY.';
      const capacity = optionalInt(body.capacity, 1, 10_000);
      if (capacity === false) return '"capacity" is a whole number of contacts.';
      const dialedNumber = typeof body.dialedNumber === 'string' ? body.dialedNumber : undefined;
      return { kind: 'team', name, siteId: site.id, teamType, capacity, dialedNumber };
    }
    case 'desktop-profiles':
      return { kind: 'agent-profile', name, description };
    case 'skill-profiles':
      return { kind: 'skill-profile', name, description };
    case 'multimedia-profiles': {
      const blendingMode = body.blendingMode ?? 'BLENDED';
      if (blendingMode !== 'BLENDED' && blendingMode !== 'BLENDED_REALTIME' && blendingMode !== 'EXCLUSIVE')
        return '"blendingMode" is BLENDED, BLENDED_REALTIME or EXCLUSIVE.';
      const telephony = optionalInt(body.telephony, 0, 1);
      const chat = optionalInt(body.chat, 0, 5);
      const email = optionalInt(body.email, 0, 5);
      const social = optionalInt(body.social, 0, 5);
      if (telephony === false || chat === false || email === false || social === false)
        return '"telephony" is 0 or 1; "chat", "email" and "social" 0 to 5 (MultimediaProfileDTO).';
      return { kind: 'multimedia-profile', name, blendingMode, telephony, chat, email, social };
    }
    default:
      return 'Unknown kind.';
  }
}

const CATALOGUE_PATHS: Record<string, CatalogueKind> = {
  sites: 'site',
  teams: 'team',
  'desktop-profiles': 'agent-profile',
  'multimedia-profiles': 'multimedia-profile',
  'skill-profiles': 'skill-profile',
};

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
        keepOAuth: req.query.keepOAuth === 'true',
      });
    } catch (error) {
      res.status(400).json({ message: 'The seed is not valid.', detail: String((error as Error).message) });
      return;
    }
    res.json(sandbox.describe());
  });
  // The OAuth side of each organisation's Service App: the first organisation's unless `?org=<key>`.
  router.get('/sandbox/oauth', (req, res) => {
    const org = organizationFrom(state, req, res);
    if (org) res.json(oauthView(org));
  });
  // Token lifetimes, rotation, and a refresh call that fails (invalid_grant or unavailable).
  router.put('/sandbox/oauth', json, (req, res) => {
    const org = organizationFrom(state, req, res);
    if (!org) return;
    const body = (req.body ?? {}) as Partial<OAuthSettings>;
    const settings = { ...org.oauth.settings, ...body };
    if (
      !(settings.accessTokenLifetimeSeconds > 0) ||
      !['none', 'invalid_grant', 'unavailable'].includes(settings.refreshFailure)
    ) {
      res.status(400).json({
        message: 'accessTokenLifetimeSeconds must be above 0; refreshFailure one of none, invalid_grant, unavailable.',
      });
      return;
    }
    org.oauth.settings = settings;
    res.json(oauthView(org));
  });
  router.post('/sandbox/oauth/expire', (req, res) => {
    const org = organizationFrom(state, req, res);
    if (org) res.json({ expired: org.oauth.expireAccessTokens() });
  });
  router.post('/sandbox/oauth/revoke', (req, res) => {
    const org = organizationFrom(state, req, res);
    if (!org) return;
    const app = org.serviceApp();
    if (app) org.oauth.revokeRefreshTokens(app.id);
    res.json(oauthView(org));
  });
  // The Service App's scopes: a list narrows them (a missing one answers 403), null gives all back.
  router.put('/sandbox/oauth/scopes', json, (req, res) => {
    const scopes = (req.body as { scopes?: unknown } | undefined)?.scopes;
    if (scopes !== null && !(Array.isArray(scopes) && scopes.every((x) => typeof x === 'string'))) {
      res.status(400).json({ message: 'scopes must be a list of scope names, or null for all of them.' });
      return;
    }
    const org = organizationFrom(state, req, res);
    if (!org) return;
    const app = org.serviceApp();
    if (app) org.oauth.restrictScopes(app.id, scopes as string[] | null);
    res.json(oauthView(org));
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
  // Control Hub's "Synchronize Users" of one organisation (the first one unless `?org=<key>`): its
  // Contact Center reads only that organisation's people and licenses.
  router.post('/sandbox/contact-center/synchronize', (req, res) => {
    const org = organizationFrom(state, req, res);
    if (org) res.status(202).json(org.contactCenter.requestSynchronization());
  });
  // How long "Synchronize Users" takes, and how newly synchronised users arrive ('disabled' or 'ready').
  router.put('/sandbox/contact-center/settings', json, (req, res) => {
    const org = organizationFrom(state, req, res);
    if (!org) return;
    const body = (req.body ?? {}) as { syncDelayMs?: unknown; agentsArrive?: unknown };
    const delay = body.syncDelayMs;
    const delayOk = delay === undefined || (typeof delay === 'number' && Number.isInteger(delay) && delay >= 0);
    const arriveOk =
      body.agentsArrive === undefined || body.agentsArrive === 'disabled' || body.agentsArrive === 'ready';
    if (!delayOk || !arriveOk || (delay === undefined && body.agentsArrive === undefined)) {
      res
        .status(400)
        .json({ message: 'Give {"syncDelayMs": <whole milliseconds>} and/or {"agentsArrive": "disabled" | "ready"}.' });
      return;
    }
    const cc = org.contactCenter;
    if (typeof delay === 'number') cc.syncDelayMs = delay;
    if (body.agentsArrive === 'disabled' || body.agentsArrive === 'ready') cc.agentsArrive = body.agentsArrive;
    res.json({ syncDelayMs: cc.syncDelayMs, agentsArrive: cc.agentsArrive });
  });
  // Sites, teams (AGENT or CAPACITY), desktop, multimedia and skill profiles, as the Management Portal
  // creates them.
  router.post('/sandbox/contact-center/:kind', json, (req, res, next) => {
    const kind = CATALOGUE_PATHS[req.params.kind];
    if (!kind) {
      next();
      return;
    }
    const org = organizationFrom(state, req, res);
    if (!org) return;
    const body = req.body;
    const input =
      typeof body === 'object' && body !== null && !Array.isArray(body)
        ? catalogueInput(org, req.params.kind, body as Record<string, unknown>)
        : 'Give a JSON object.';
    if (typeof input === 'string') {
      res.status(400).json({ message: input });
      return;
    }
    try {
      const record = org.contactCenter.catalogue.create(input);
      res.status(201).json(recordView(org, kind, record));
    } catch (error) {
      if (!(error instanceof CatalogueError)) throw error;
      res.status(error.status).json({ message: error.message });
    }
  });
  // Control Hub's supervisor step: "Premium Agent - Supervisor" on the person's Premium Agent license
  // (help 9q7agc). No public API does it; the next synchronisation gives the SUPERVISOR profile.
  router.post('/sandbox/control-hub/supervisor', json, (req, res) => {
    const body = (req.body ?? {}) as { email?: unknown; supervisor?: unknown };
    if (typeof body.email !== 'string' || typeof body.supervisor !== 'boolean') {
      res.status(400).json({ message: 'Give {"email": "...", "supervisor": true | false}.' });
      return;
    }
    const person = state.findPersonByEmail(body.email);
    if (person?.kind !== 'person') {
      res.status(404).json({ message: `Nobody in the organisation has the address ${body.email}.` });
      return;
    }
    // The person's own organisation's Control Hub.
    const cc = state.organizationOf(person).contactCenter;
    const refused = cc.setSupervisor(person, body.supervisor);
    if (refused) {
      res.status(409).json({ message: refused });
      return;
    }
    const supervisor = cc.isSupervisor(person);
    const premium = state.contactCenterOfferOf(person) === 'CJPPRM';
    res.json({
      email: person.emails[0],
      supervisor,
      license: supervisor ? 'Premium Agent - Supervisor' : premium ? 'Premium Agent' : null,
    });
  });
  router.put('/sandbox/contact-center/invalid', json, (req, res) => {
    const body = (req.body ?? {}) as { email?: unknown; mode?: unknown };
    if (typeof body.email !== 'string' || !['once', 'always', 'off'].includes(String(body.mode))) {
      res.status(400).json({ message: 'Give {"email": "...", "mode": "once" | "always" | "off"}.' });
      return;
    }
    const org = organizationFrom(state, req, res);
    if (!org) return;
    org.contactCenter.setInvalid(body.email, body.mode as 'once' | 'always' | 'off');
    res.json({ email: body.email.toLowerCase(), mode: body.mode });
  });
  router.put('/sandbox/licenses/:offer', json, (req, res) => {
    const org = organizationFrom(state, req, res);
    if (!org) return;
    const license = org.licenses.find((l) => l.offer === req.params.offer);
    const total = (req.body as { totalUnits?: unknown } | undefined)?.totalUnits;
    if (!license || typeof total !== 'number' || !Number.isInteger(total) || total < 0) {
      res.status(400).json({ message: 'Give a known license offer code and a whole totalUnits.' });
      return;
    }
    license.totalUnits = total;
    res.json({ offer: license.offer, name: license.name, totalUnits: license.totalUnits });
  });
  // The users table of one organisation (the first one unless `?org=<key>`).
  router.get('/sandbox/state', (req, res) => {
    const org = organizationFrom(state, req, res);
    if (org) res.json(stateView(sandbox, org));
  });
  return router;
}
