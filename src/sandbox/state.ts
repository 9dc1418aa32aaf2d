import { createHash, randomUUID } from 'node:crypto';
import { encodeHydraId, hydraKey } from '../webex/hydra-id.js';
import { ContactCenterCatalogue } from './contact-center-catalogue.js';
import type { ContactCenterSim } from './contact-center-sim.js';
import type {
  AttachmentActionRecord,
  CcUserProfile,
  CcUserRecord,
  ContentRecord,
  LicenseRecord,
  MembershipRecord,
  MessageRecord,
  PersonRecord,
  RoleRecord,
  RoomRecord,
  WebhookRecord,
} from './model.js';
import type { RefreshOutcome, SandboxOAuth } from './oauth.js';
import { type CloudDirectory, SandboxOrganization } from './organization.js';
import { PeopleMap } from './people-map.js';
import { type OrganizationSeed, type Seed, type SeedInput, seedSchema, stableUuid } from './seed.js';

export const ROLE_CATALOG: { key: string; name: string }[] = [
  { key: 'id_full_admin', name: 'Full Administrator' },
  { key: 'id_user_admin', name: 'User Administrator' },
  { key: 'id_readonly_admin', name: 'Read-only Administrator' },
  { key: 'id_device_admin', name: 'Device Administrator' },
  { key: 'atlas-portal.support', name: 'Support Administrator' },
  // Control Hub's Contact Center service role (help.webex.com n5jdj19, "Contact Center Service
  // Administrator"). No public source gives the id Webex lists it under, so this key is the sandbox's
  // own; clients find the role by its name in GET /roles. It gives no right over users in Control Hub.
  { key: 'cjp.admin', name: 'Contact Center Service Administrator' },
];

export const CONTACT_CENTER_OFFERS = ['CJPSTD', 'CJPPRM'] as const;

export function nowIso(): string {
  return new Date().toISOString();
}

export interface TrialAccount {
  email: string;
  organizationName: string;
}

/** Everything the sandbox cloud holds. Routes read and change it; nothing here knows HTTP. */
export class SandboxState implements CloudDirectory {
  seed!: Seed;
  /** Every identity of every organisation (each names its organisation in `orgId`). */
  people = new PeopleMap();
  tokens = new Map<string, string>();
  /** Every license of every organisation (each names its organisation in `orgId`). */
  licenses: LicenseRecord[] = [];
  roles: RoleRecord[] = [];
  rooms = new Map<string, RoomRecord>();
  memberships = new Map<string, MembershipRecord>();
  messages = new Map<string, MessageRecord>();
  contents = new Map<string, ContentRecord>();
  attachmentActions = new Map<string, AttachmentActionRecord>();
  webhooks = new Map<string, WebhookRecord>();
  trialAccounts: TrialAccount[] = [];
  /** The space a partner shares with its people and its customers' administrators ('' when none). */
  partnerSpaceId = '';
  /** The key of the organisation each seeded space belongs to (spaces made through the API have none). */
  readonly roomOrganizations = new Map<string, string>();
  /** Activation (welcome) emails Webex would have sent, with the key of the organisation that sent them. */
  activationEmails: { email: string; at: string; org: string }[] = [];
  /**
   * The first organisation: it stays the same object across loads, so what holds its Contact Center or
   * OAuth side (the server's change listener) goes on working after a reset.
   */
  readonly primary: SandboxOrganization = new SandboxOrganization(this);
  /** Every organisation, the first one first. */
  organizations: SandboxOrganization[] = [this.primary];
  /** Told when a delayed synchronisation lands in any organisation's Contact Center. */
  onContactCenterChange: (() => void) | undefined;
  private readonly personIdsByKey = new Map<string, string>();

  constructor(seed: SeedInput) {
    this.load(seed);
  }

  // The first organisation's identity, OAuth side and Contact Center, as before several organisations.
  get orgUuid(): string {
    return this.primary.orgUuid;
  }
  get orgId(): string {
    return this.primary.orgId;
  }
  get orgName(): string {
    return this.primary.name;
  }
  get adminSpaceId(): string {
    return this.primary.adminSpaceId;
  }
  get oauth(): SandboxOAuth {
    return this.primary.oauth;
  }
  /** The first organisation's Contact Center: it reads the people and licenses when it synchronises. */
  get contactCenter(): ContactCenterSim {
    return this.primary.contactCenter;
  }

  get severalOrganizations(): boolean {
    return this.organizations.length > 1;
  }

  load(input: SeedInput): void {
    const seed = seedSchema.parse(input);
    const orgSeeds: OrganizationSeed[] = [
      {
        organization: seed.organization,
        licenses: seed.licenses,
        people: seed.people,
        contactCenter: seed.contactCenter,
      },
      ...seed.organizations,
    ];
    checkUniqueKeys(orgSeeds);
    // A Contact Center configuration that refers to names it does not define is refused before anything changes.
    for (const o of orgSeeds) new ContactCenterCatalogue(() => []).load(o.organization.key, o.contactCenter, 0);
    for (const org of this.organizations) if (org !== this.primary) org.contactCenter.dispose();
    this.seed = seed;
    this.people.clear();
    this.tokens.clear();
    this.personIdsByKey.clear();
    this.rooms.clear();
    this.memberships.clear();
    this.messages.clear();
    this.contents.clear();
    this.attachmentActions.clear();
    this.webhooks.clear();
    this.activationEmails = [];
    this.seatCounts = undefined;
    this.partnerSpaceId = '';
    this.roomOrganizations.clear();
    this.trialAccounts = seed.trialAccounts.map((t) => ({ ...t, email: t.email.toLowerCase() }));
    this.roles = ROLE_CATALOG.map((r) => ({ id: encodeHydraId('ROLE', r.key), key: r.key, name: r.name }));
    this.organizations = orgSeeds.map((_, index) => (index === 0 ? this.primary : new SandboxOrganization(this)));
    this.licenses = [];

    const created = '2026-01-05T09:00:00.000Z';
    orgSeeds.forEach((o, index) => {
      const org = this.organizations[index]!;
      const orgKey = o.organization.key;
      org.key = orgKey;
      org.name = o.organization.name;
      org.domain = o.organization.domain;
      org.orgUuid = stableUuid('org', orgKey);
      org.orgId = encodeHydraId('ORGANIZATION', org.orgUuid);
      org.adminSpaceId = '';
      for (const l of o.licenses) {
        const subscriptionUuid = stableUuid('subscription', orgKey, l.subscription);
        this.licenses.push({
          id: encodeHydraId('LICENSE', `${org.orgUuid}:${l.offer}_${subscriptionUuid}`),
          orgId: org.orgId,
          offer: l.offer,
          name: l.name,
          totalUnits: l.totalUnits,
          subscriptionId: l.subscription,
        });
      }
      for (const p of o.people) {
        const uuid = stableUuid('person', orgKey, p.key);
        const displayName = p.displayName ?? ([p.firstName, p.lastName].filter(Boolean).join(' ') || p.email);
        const record: PersonRecord = {
          uuid,
          id: encodeHydraId('PEOPLE', uuid),
          kind: p.kind,
          emails: [p.email.toLowerCase()],
          displayName,
          firstName: p.firstName,
          lastName: p.lastName,
          nickName: p.firstName,
          phoneNumbers: p.phoneNumbers.map((n) => ({ ...n })),
          roles: p.roles.map((key) => this.roleIdForKey(key)),
          licenses: p.licenses.map((offer) => this.licenseIdForOffer(offer, org.orgId)),
          orgId: org.orgId,
          created,
          lastModified: created,
          invitePending: p.invitePending,
          loginEnabled: true,
          ...(p.supervisor ? { ccSupervisor: true } : {}),
        };
        this.people.set(record.id, record);
        this.personIdsByKey.set(p.key, record.id);
        const secret = createHash('sha256').update(`sandbox-token:${orgKey}:${p.key}`).digest('hex');
        this.tokens.set(`${secret.slice(0, 48)}_P0A1_${org.orgUuid}`, record.id);
      }
    });

    for (const r of seed.rooms) {
      const owner = r.organization === undefined ? this.primary : this.organizationByKey(r.organization);
      if (!owner) throw new Error(`room "${r.key}" names unknown organization "${r.organization}"`);
      const uuid = stableUuid('room', owner.key, r.key);
      const room: RoomRecord = {
        uuid,
        id: encodeHydraId('ROOM', uuid),
        title: r.title,
        type: r.type,
        creatorId: this.personByKey(r.members[0]!).id,
        created,
        lastActivity: created,
        isLocked: false,
      };
      this.rooms.set(room.id, room);
      this.roomOrganizations.set(room.id, owner.key);
      if (r.adminSpace) owner.adminSpaceId = room.id;
      if (r.partnerSpace) this.partnerSpaceId = room.id;
      for (const memberKey of r.members) this.addMembership(room.id, this.personByKey(memberKey).id, created);
    }

    orgSeeds.forEach((o, index) => {
      const org = this.organizations[index]!;
      org.oauth.reset(org.key, org.orgUuid, org.serviceApp()?.id);
      org.contactCenter.onChange = () => this.onContactCenterChange?.();
      org.contactCenter.load(org.key, o.contactCenter, Date.parse(created));
    });
  }

  dispose(): void {
    for (const org of this.organizations) org.contactCenter.dispose();
  }

  // ---- organisations ------------------------------------------------------------------------

  organizationByKey(key: string): SandboxOrganization | undefined {
    return this.organizations.find((o) => o.key === key);
  }

  /** The organisation named by its key, its id or its UUID. */
  organizationNamed(ref: string): SandboxOrganization | undefined {
    return this.organizations.find((o) => o.isNamed(ref));
  }

  /** The organisation a person belongs to (the first one for a person of no loaded organisation). */
  organizationOf(person: PersonRecord): SandboxOrganization {
    return this.organizations.find((o) => o.orgId === person.orgId) ?? this.primary;
  }

  // ---- identities -------------------------------------------------------------------------

  personByKey(key: string): PersonRecord {
    const id = this.personIdsByKey.get(key);
    const person = id ? this.people.get(id) : undefined;
    if (!person) throw new Error(`seed refers to unknown person "${key}"`);
    return person;
  }

  /** The seed's key of an identity (undefined for people created through the API). */
  personKeyOf(personId: string): string | undefined {
    for (const [key, id] of this.personIdsByKey) if (id === personId) return key;
    return undefined;
  }

  /** Who a bearer token belongs to; nobody once it has expired. */
  identityForToken(token: string): PersonRecord | undefined {
    const id = this.tokens.get(token);
    return id && !this.organizations.some((o) => o.oauth.expired(token)) ? this.people.get(id) : undefined;
  }

  /**
   * `POST /v1/access_token` with grant_type=refresh_token: each organisation's Service App has its own
   * client, so the client id says whose token service answers (an unknown client fails as the first's).
   */
  refreshAccessToken(form: Parameters<SandboxOAuth['refresh']>[0]): RefreshOutcome {
    const org = this.organizations.find((o) => o.oauth.clientId === form.client_id) ?? this.primary;
    return org.oauth.refresh(form, (token, personId) => this.tokens.set(token, personId));
  }

  /** The identity's first (seeded, never expiring) token. */
  tokenFor(personId: string): string | undefined {
    for (const [token, id] of this.tokens) if (id === personId) return token;
    return undefined;
  }

  findPersonByEmail(email: string): PersonRecord | undefined {
    return this.people.byEmailAddress(email.toLowerCase());
  }

  roleIdForKey(key: string): string {
    const role = this.roles.find((r) => r.key === key);
    if (!role) throw new Error(`unknown role "${key}"`);
    return role.id;
  }

  /** The license of an offer in an organisation (the first one by default). */
  licenseIdForOffer(offer: string, orgId = this.orgId): string {
    const license = this.licenses.find((l) => l.offer === offer && l.orgId === orgId);
    if (!license) throw new Error(`seed refers to unknown license offer "${offer}"`);
    return license.id;
  }

  /** Admin roles that let a token read admin fields and lists. */
  isAdmin(person: PersonRecord): boolean {
    if (person.kind === 'serviceApp') return true;
    return person.roles.some((id) =>
      ['id_full_admin', 'id_user_admin', 'id_readonly_admin'].includes(hydraKey(id, 'ROLE') ?? ''),
    );
  }

  /** Admin roles that may create, change and delete users and assign licenses. */
  canManageUsers(person: PersonRecord): boolean {
    if (person.kind === 'serviceApp') return true;
    return person.roles.some((id) => ['id_full_admin', 'id_user_admin'].includes(hydraKey(id, 'ROLE') ?? ''));
  }

  // ---- licenses --------------------------------------------------------------------------

  /** Seats in use per license, counted once and then kept up to date by `setLicenses`. */
  private seatCounts: Map<string, number> | undefined;

  consumedUnits(licenseId: string): number {
    if (!this.seatCounts) {
      this.seatCounts = new Map();
      for (const p of this.people.values())
        for (const id of p.licenses) this.seatCounts.set(id, (this.seatCounts.get(id) ?? 0) + 1);
    }
    return this.seatCounts.get(licenseId) ?? 0;
  }

  /** Gives a person these licenses, keeping the seat counts right (every license change goes here). */
  setLicenses(person: PersonRecord, next: string[]): void {
    if (this.seatCounts) {
      for (const id of person.licenses)
        if (!next.includes(id)) this.seatCounts.set(id, (this.seatCounts.get(id) ?? 1) - 1);
      for (const id of next)
        if (!person.licenses.includes(id)) this.seatCounts.set(id, (this.seatCounts.get(id) ?? 0) + 1);
    }
    person.licenses = next;
  }

  /** A person left (or the people changed wholesale): seats are counted afresh next time. */
  forgetSeatCounts(): void {
    this.seatCounts = undefined;
  }

  hasFreeSeat(licenseId: string): boolean {
    const license = this.licenses.find((l) => l.id === licenseId);
    return !!license && this.consumedUnits(licenseId) < license.totalUnits;
  }

  offerOf(licenseId: string): string | undefined {
    return this.licenses.find((l) => l.id === licenseId)?.offer;
  }

  /**
   * Best-effort assignment, as Webex does for POST and PUT /people: licenses that exist and have a
   * free seat (or are already held) are kept, the others are silently dropped.
   */
  grantableLicenses(requested: string[], currentlyHeld: string[], orgId?: string): string[] {
    const result: string[] = [];
    const ccGroup = CONTACT_CENTER_OFFERS as readonly string[];
    for (const id of requested) {
      if (result.includes(id)) continue;
      // A license of another organisation's subscription is as unknown as a made-up id.
      if (orgId !== undefined && this.licenses.find((l) => l.id === id)?.orgId !== orgId) continue;
      const offer = this.offerOf(id);
      if (offer === undefined) continue;
      // Only one license of the Contact Center agent group can be held: a second one is dropped.
      if (ccGroup.includes(offer) && result.some((held) => ccGroup.includes(this.offerOf(held) ?? ''))) continue;
      if (currentlyHeld.includes(id) || this.hasFreeSeat(id)) result.push(id);
    }
    return result;
  }

  // ---- rooms and memberships ---------------------------------------------------------------

  addMembership(roomId: string, personId: string, created = nowIso()): MembershipRecord {
    const existing = this.membershipOf(roomId, personId);
    if (existing) return existing;
    const membership: MembershipRecord = {
      id: encodeHydraId('MEMBERSHIP', `${personId}:${hydraKey(roomId, 'ROOM') ?? roomId}`),
      roomId,
      personId,
      isModerator: false,
      created,
    };
    this.memberships.set(membership.id, membership);
    return membership;
  }

  membershipOf(roomId: string, personId: string): MembershipRecord | undefined {
    for (const m of this.memberships.values()) if (m.roomId === roomId && m.personId === personId) return m;
    return undefined;
  }

  membersOf(roomId: string): MembershipRecord[] {
    return [...this.memberships.values()].filter((m) => m.roomId === roomId);
  }

  newMessageId(): string {
    return encodeHydraId('MESSAGE', randomUUID());
  }

  // ---- Contact Center ------------------------------------------------------------------------

  /** The Contact Center license a person holds (Premium over Standard); it decides their CC user profile. */
  contactCenterOfferOf(person: PersonRecord): 'CJPSTD' | 'CJPPRM' | undefined {
    const offers = person.licenses.map((id) => this.offerOf(id));
    if (offers.includes('CJPPRM')) return 'CJPPRM';
    if (offers.includes('CJPSTD')) return 'CJPSTD';
    return undefined;
  }

  isFullAdministrator(person: PersonRecord): boolean {
    return person.roles.some((id) => hydraKey(id, 'ROLE') === 'id_full_admin');
  }

  // Shortcuts into the simulation for the end-to-end tests, which read the sandbox's state directly.

  ccUserByCiId(ciUserId: string): CcUserRecord | undefined {
    return this.contactCenter.userByCiId(ciUserId);
  }

  get ccProfiles(): CcUserProfile[] {
    return this.contactCenter.profiles;
  }

  get ccSyncCount(): number {
    return this.contactCenter.syncCount;
  }
}

/**
 * Organisation keys are unique, and a person key or an address belongs to one organisation only (an
 * address is one Webex user). Within one organisation the seed stays as tolerant as before.
 */
function checkUniqueKeys(orgs: OrganizationSeed[]): void {
  const orgKeys = new Set<string>();
  const personKeys = new Map<string, string>();
  const emails = new Map<string, string>();
  for (const o of orgs) {
    const orgKey = o.organization.key;
    if (orgKeys.has(orgKey)) throw new Error(`organization key "${orgKey}" is used twice`);
    orgKeys.add(orgKey);
    for (const p of o.people) {
      const email = p.email.toLowerCase();
      const keyOwner = personKeys.get(p.key) ?? orgKey;
      const emailOwner = emails.get(email) ?? orgKey;
      if (keyOwner !== orgKey) throw new Error(`person key "${p.key}" is used in "${keyOwner}" and "${orgKey}"`);
      if (emailOwner !== orgKey) throw new Error(`the address ${email} is seeded in "${emailOwner}" and "${orgKey}"`);
      personKeys.set(p.key, orgKey);
      emails.set(email, orgKey);
    }
  }
}
