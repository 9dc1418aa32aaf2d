import { createHash, randomUUID } from 'node:crypto';
import { encodeHydraId, hydraKey } from '../webex/hydra-id.js';
import { ContactCenterCatalogue } from './contact-center-catalogue.js';
import { ContactCenterSim } from './contact-center-sim.js';
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
import { type RefreshOutcome, SandboxOAuth } from './oauth.js';
import { PeopleMap } from './people-map.js';
import { type Seed, type SeedInput, seedSchema, stableUuid } from './seed.js';

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
export class SandboxState {
  seed!: Seed;
  orgUuid = '';
  orgId = '';
  orgName = '';
  people = new PeopleMap();
  tokens = new Map<string, string>();
  /** Client credentials, refresh tokens, expiring access tokens and narrowed scopes. */
  readonly oauth = new SandboxOAuth();
  licenses: LicenseRecord[] = [];
  roles: RoleRecord[] = [];
  rooms = new Map<string, RoomRecord>();
  memberships = new Map<string, MembershipRecord>();
  messages = new Map<string, MessageRecord>();
  contents = new Map<string, ContentRecord>();
  attachmentActions = new Map<string, AttachmentActionRecord>();
  webhooks = new Map<string, WebhookRecord>();
  trialAccounts: TrialAccount[] = [];
  adminSpaceId = '';
  /** Activation (welcome) emails Webex would have sent. */
  activationEmails: { email: string; at: string }[] = [];
  /** The Contact Center beside this Webex organisation: it reads the people and licenses when it synchronises. */
  readonly contactCenter = new ContactCenterSim(this);

  constructor(seed: SeedInput) {
    this.load(seed);
  }

  load(input: SeedInput): void {
    const seed = seedSchema.parse(input);
    // A Contact Center configuration that refers to names it does not define is refused before anything changes.
    new ContactCenterCatalogue(() => []).load(seed.organization.key, seed.contactCenter, 0);
    this.seed = seed;
    this.people.clear();
    this.tokens.clear();
    this.rooms.clear();
    this.memberships.clear();
    this.messages.clear();
    this.contents.clear();
    this.attachmentActions.clear();
    this.webhooks.clear();
    this.activationEmails = [];
    this.seatCounts = undefined;

    const orgKey = seed.organization.key;
    this.orgUuid = stableUuid('org', orgKey);
    this.orgId = encodeHydraId('ORGANIZATION', this.orgUuid);
    this.orgName = seed.organization.name;
    this.trialAccounts = seed.trialAccounts.map((t) => ({ ...t, email: t.email.toLowerCase() }));

    this.roles = ROLE_CATALOG.map((r) => ({ id: encodeHydraId('ROLE', r.key), key: r.key, name: r.name }));
    this.licenses = seed.licenses.map((l) => {
      const subscriptionUuid = stableUuid('subscription', orgKey, l.subscription);
      return {
        id: encodeHydraId('LICENSE', `${this.orgUuid}:${l.offer}_${subscriptionUuid}`),
        offer: l.offer,
        name: l.name,
        totalUnits: l.totalUnits,
        subscriptionId: l.subscription,
      };
    });

    const created = '2026-01-05T09:00:00.000Z';
    for (const p of seed.people) {
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
        licenses: p.licenses.map((offer) => this.licenseIdForOffer(offer)),
        orgId: this.orgId,
        created,
        lastModified: created,
        invitePending: p.invitePending,
        loginEnabled: true,
        ...(p.supervisor ? { ccSupervisor: true } : {}),
      };
      this.people.set(record.id, record);
      const secret = createHash('sha256').update(`sandbox-token:${orgKey}:${p.key}`).digest('hex');
      this.tokens.set(`${secret.slice(0, 48)}_P0A1_${this.orgUuid}`, record.id);
    }

    for (const r of seed.rooms) {
      const uuid = stableUuid('room', orgKey, r.key);
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
      if (r.adminSpace) this.adminSpaceId = room.id;
      for (const memberKey of r.members) this.addMembership(room.id, this.personByKey(memberKey).id, created);
    }

    this.oauth.reset(orgKey, this.orgUuid, [...this.people.values()].find((p) => p.kind === 'serviceApp')?.id);
    this.contactCenter.load(orgKey, seed.contactCenter, Date.parse(created));
  }

  dispose(): void {
    this.contactCenter.dispose();
  }

  // ---- identities -------------------------------------------------------------------------

  personByKey(key: string): PersonRecord {
    const uuid = stableUuid('person', this.seed.organization.key, key);
    const person = this.people.get(encodeHydraId('PEOPLE', uuid));
    if (!person) throw new Error(`seed refers to unknown person "${key}"`);
    return person;
  }

  /** Who a bearer token belongs to; nobody once it has expired. */
  identityForToken(token: string): PersonRecord | undefined {
    const id = this.tokens.get(token);
    return id && !this.oauth.expired(token) ? this.people.get(id) : undefined;
  }

  /** `POST /v1/access_token` with grant_type=refresh_token. */
  refreshAccessToken(form: Parameters<SandboxOAuth['refresh']>[0]): RefreshOutcome {
    return this.oauth.refresh(form, (token, personId) => this.tokens.set(token, personId));
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

  licenseIdForOffer(offer: string): string {
    const license = this.licenses.find((l) => l.offer === offer);
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
  grantableLicenses(requested: string[], currentlyHeld: string[]): string[] {
    const result: string[] = [];
    const ccGroup = CONTACT_CENTER_OFFERS as readonly string[];
    for (const id of requested) {
      if (result.includes(id)) continue;
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
