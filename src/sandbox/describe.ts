import type { InvalidMode } from './contact-center-sim.js';
import type { IdentityKind, PersonRecord } from './model.js';
import type { SandboxOrganization } from './organization.js';
import type { SandboxState, TrialAccount } from './state.js';

/** A seeded identity as `GET /sandbox/seed` shows it, with the token to act as it. */
export interface IdentityDescription {
  /** The seed's key (undefined for people created through the API). */
  key?: string;
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

/** One organisation of the sandbox, as `GET /sandbox/seed` lists it (issue 19: a partner and its customers). */
export interface OrganizationDescription {
  key: string;
  name: string;
  /** The organisation's id as the People API gives it, and the UUID the SCIM and Contact Center paths take. */
  orgId: string;
  orgUuid: string;
  domain: string;
  /** Its administrators' space ('' when the seed gives it none). */
  adminSpaceId: string;
  /** Its Service App, with its own OAuth client and refresh token (undefined when the seed has none). */
  serviceApp: ServiceAppDescription | undefined;
  /** Its people (not the bot nor the Service App). */
  people: IdentityDescription[];
  licenses: { id: string; name: string; offer: string; totalUnits: number; consumedUnits: number }[];
  /** The control API path of its Control Hub "Synchronize Users" (POST). */
  synchronizeUrl: string;
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
    /** The key of the organisation whose space it is (undefined for spaces made through the API). */
    organization: string | undefined;
    members: (string | undefined)[];
  }[];
  trialAccounts: TrialAccount[];
  /** Every organisation, the first one (the one the fields above describe) first. */
  organizations: OrganizationDescription[];
  /** The space the partner shares with its people ('' when the seed has none). */
  partnerSpaceId: string;
  contactCenter: {
    syncDelayMs: number;
    synchronizations: number;
    invalid: { email: string; mode: InvalidMode }[];
    agentsArrive: 'disabled' | 'ready';
    userProfileWrites: 'refused' | 'accepted';
  };
}

export function describeSandbox(s: SandboxState, url: string): SandboxDescription {
  const describePerson = (p: PersonRecord): IdentityDescription => {
    const key = s.personKeyOf(p.id);
    return {
      ...(key ? { key } : {}),
      id: p.id,
      ciUserId: p.uuid,
      kind: p.kind,
      email: p.emails[0]!,
      displayName: p.displayName,
      roles: p.roles.map((id) => s.roles.find((r) => r.id === id)?.name ?? id),
      licenses: p.licenses.map((id) => s.licenses.find((l) => l.id === id)?.name ?? id),
      token: s.tokenFor(p.id),
    };
  };
  const licensesOf = (org: SandboxOrganization) =>
    org.licenses.map((l) => ({
      id: l.id,
      name: l.name,
      offer: l.offer,
      totalUnits: l.totalUnits,
      consumedUnits: s.consumedUnits(l.id),
    }));
  const serviceAppOf = (org: SandboxOrganization, app: IdentityDescription | undefined) =>
    app && {
      ...app,
      oauth: {
        clientId: org.oauth.clientId,
        clientSecret: org.oauth.clientSecret,
        refreshToken: org.oauth.refreshTokensOf(app.id).at(-1),
        tokenUrl: `${url}/v1/access_token`,
      },
    };
  const organizations = s.organizations.map((org): OrganizationDescription => {
    const people = [...org.people.values()].map(describePerson);
    return {
      key: org.key,
      name: org.name,
      orgId: org.orgId,
      orgUuid: org.orgUuid,
      domain: org.domain,
      adminSpaceId: org.adminSpaceId,
      serviceApp: serviceAppOf(
        org,
        people.find((p) => p.kind === 'serviceApp'),
      ),
      people: people.filter((p) => p.kind === 'person'),
      licenses: licensesOf(org),
      synchronizeUrl:
        org === s.primary
          ? '/sandbox/contact-center/synchronize'
          : `/sandbox/contact-center/synchronize?org=${encodeURIComponent(org.key)}`,
    };
  });
  // The top-level fields describe the first organisation, as before several organisations.
  const primary = s.primary;
  const people = [...primary.people.values()].map(describePerson);
  const byKind = (kind: IdentityKind) => people.find((p) => p.kind === kind);
  const cc = s.contactCenter;
  return {
    organization: { id: s.orgId, uuid: s.orgUuid, name: s.orgName },
    webexApiBaseUrl: `${url}/v1`,
    contactCenterApiBaseUrl: `${url}/cc`,
    adminSpaceId: s.adminSpaceId,
    bot: byKind('bot') ?? describeBot(s, describePerson),
    serviceApp: serviceAppOf(primary, byKind('serviceApp')),
    people: people.filter((p) => p.kind === 'person'),
    licenses: licensesOf(primary),
    roles: s.roles.map((r) => ({ id: r.id, name: r.name })),
    rooms: [...s.rooms.values()].map((r) => ({
      id: r.id,
      title: r.title,
      type: r.type,
      // Any organisation's admin space (acme's is also the top-level adminSpaceId).
      adminSpace: s.organizations.some((o) => o.adminSpaceId === r.id),
      organization: s.roomOrganizations.get(r.id),
      members: s.membersOf(r.id).map((m) => s.people.get(m.personId)?.emails[0]),
    })),
    trialAccounts: s.trialAccounts,
    organizations,
    partnerSpaceId: s.partnerSpaceId,
    contactCenter: {
      syncDelayMs: cc.syncDelayMs,
      synchronizations: cc.syncCount,
      invalid: [...cc.invalid].map(([email, mode]) => ({ email, mode })),
      agentsArrive: cc.agentsArrive,
      userProfileWrites: cc.userProfileWrites,
    },
  };
}

/** The one bot identity, wherever the seed put it (it acts in every organisation's spaces). */
function describeBot(
  s: SandboxState,
  describePerson: (p: PersonRecord) => IdentityDescription,
): IdentityDescription | undefined {
  for (const p of s.people.values()) if (p.kind === 'bot') return describePerson(p);
  return undefined;
}
