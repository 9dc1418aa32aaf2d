import type { InvalidMode } from './contact-center-sim.js';
import type { IdentityKind } from './model.js';
import type { SandboxState, TrialAccount } from './state.js';

/** A seeded identity as `GET /sandbox/seed` shows it, with the token to act as it. */
export interface IdentityDescription {
  id: string;
  ciUserId: string;
  kind: IdentityKind;
  email: string;
  displayName: string;
  /** Role and license names. */
  roles: string[];
  licenses: string[];
  /** Undefined for people created through the API: only the seed's identities hold a token. */
  token: string | undefined;
}

export interface ServiceAppDescription extends IdentityDescription {
  /** What the Service App's owner holds after a Full Admin authorised it: client credentials and a refresh token. */
  oauth: { clientId: string; clientSecret: string; refreshToken: string | undefined; tokenUrl: string };
}

/** The active seed, resolved: ids, tokens and the admin space (`GET /sandbox/seed`). */
export interface SandboxDescription {
  organization: { id: string; uuid: string; name: string };
  webexApiBaseUrl: string;
  contactCenterApiBaseUrl: string;
  adminSpaceId: string;
  /** Undefined when the seed has none. */
  bot: IdentityDescription | undefined;
  serviceApp: ServiceAppDescription | undefined;
  people: IdentityDescription[];
  licenses: { id: string; name: string; offer: string; totalUnits: number; consumedUnits: number }[];
  roles: { id: string; name: string }[];
  /** Members by email (undefined for a member who has left the organisation). */
  rooms: {
    id: string;
    title: string;
    type: 'group' | 'direct';
    adminSpace: boolean;
    members: (string | undefined)[];
  }[];
  trialAccounts: TrialAccount[];
  contactCenter: {
    syncDelayMs: number;
    synchronizations: number;
    invalid: { email: string; mode: InvalidMode }[];
    agentsArrive: 'disabled' | 'ready';
    userProfileWrites: 'refused' | 'accepted';
  };
}

export function describeSandbox(s: SandboxState, url: string): SandboxDescription {
  const people = [...s.people.values()].map(
    (p): IdentityDescription => ({
      id: p.id,
      ciUserId: p.uuid,
      kind: p.kind,
      email: p.emails[0]!,
      displayName: p.displayName,
      roles: p.roles.map((id) => s.roles.find((r) => r.id === id)?.name ?? id),
      licenses: p.licenses.map((id) => s.licenses.find((l) => l.id === id)?.name ?? id),
      token: s.tokenFor(p.id),
    }),
  );
  const byKind = (kind: IdentityKind) => people.find((p) => p.kind === kind);
  const serviceApp = byKind('serviceApp');
  const cc = s.contactCenter;
  return {
    organization: { id: s.orgId, uuid: s.orgUuid, name: s.orgName },
    webexApiBaseUrl: `${url}/v1`,
    contactCenterApiBaseUrl: `${url}/cc`,
    adminSpaceId: s.adminSpaceId,
    bot: byKind('bot'),
    serviceApp: serviceApp && {
      ...serviceApp,
      oauth: {
        clientId: s.oauth.clientId,
        clientSecret: s.oauth.clientSecret,
        refreshToken: s.oauth.refreshTokensOf(serviceApp.id).at(-1),
        tokenUrl: `${url}/v1/access_token`,
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
      syncDelayMs: cc.syncDelayMs,
      synchronizations: cc.syncCount,
      invalid: [...cc.invalid].map(([email, mode]) => ({ email, mode })),
      agentsArrive: cc.agentsArrive,
      userProfileWrites: cc.userProfileWrites,
    },
  };
}
