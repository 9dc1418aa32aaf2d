import { ContactCenterCatalogue } from './contact-center-catalogue.js';
import type { CcProfileType, CcUserProfile, CcUserRecord, PersonRecord } from './model.js';
import { type Seed, stableUuid } from './seed.js';

/** What the Contact Center reads from the Webex side (Control Hub) when it synchronises its users. */
export interface ControlHubDirectory {
  readonly orgUuid: string;
  readonly people: ReadonlyMap<string, PersonRecord>;
  findPersonByEmail(email: string): PersonRecord | undefined;
  contactCenterOfferOf(person: PersonRecord): 'CJPSTD' | 'CJPPRM' | undefined;
  /** Full Administrator in Control Hub (the sandbox does not model the Contact Center Service Administrator role). */
  isFullAdministrator(person: PersonRecord): boolean;
}

export type InvalidMode = 'once' | 'always';

/**
 * The system default user profile type Control Hub's license and roles map a person to, or undefined
 * when the person is no Contact Center user. Sources: the Management Portal's "User Profiles" help
 * (portal.cjp.cisco.com g_about-user-profile: "When you create a user from Control Hub or change the
 * license or role of a user, the system automatically maps": Standard Agent -> Standard Agent profile,
 * Premium Agent -> Premium Agent profile, Supervisor -> Supervisor profile, Administrator ->
 * Administrator profile); help.webex.com nzmlgqi ("Licensed Administrator: administrator licensed as a
 * premium agent"; "Administrators with standard agent license also get mapped to Standard Agent
 * profile"; "Unlicensed Administrator: administrator without agent license") and n524f2m (Administrator
 * Only users); help 9q7agc ("Premium Agent - Supervisor" on the Premium license).
 */
export function expectedProfileType(
  offer: 'CJPSTD' | 'CJPPRM' | undefined,
  fullAdministrator: boolean,
  supervisor: boolean,
): CcProfileType | undefined {
  if (offer === 'CJPSTD') return 'STANDARD_AGENT';
  if (offer === 'CJPPRM') {
    // No source orders a Premium administrator who is also marked supervisor: the administrator role wins
    // (its profile has every module).
    if (fullAdministrator) return 'ADMINISTRATOR';
    return supervisor ? 'SUPERVISOR' : 'PREMIUM_AGENT';
  }
  return fullAdministrator ? 'ADMINISTRATOR_ONLY' : undefined;
}

const SYSTEM_PROFILES: { key: string; name: string; profileType: CcProfileType }[] = [
  { key: 'standard', name: 'Standard Agent Profile', profileType: 'STANDARD_AGENT' },
  { key: 'premium', name: 'Premium Agent Profile', profileType: 'PREMIUM_AGENT' },
  { key: 'supervisor', name: 'Supervisor Profile', profileType: 'SUPERVISOR' },
  { key: 'administrator', name: 'Administrator Profile', profileType: 'ADMINISTRATOR' },
  { key: 'administrator-only', name: 'Administrator Only Profile', profileType: 'ADMINISTRATOR_ONLY' },
];

/**
 * The Contact Center as the sandbox simulates it: its users, the system user profiles, its sites, teams
 * and profiles, and Control Hub's "Synchronize Users", which brings the users in line with the Webex
 * licenses and roles after a delay, and can fail for some users.
 *
 * How a synchronised user arrives (agentsArrive 'disabled', Webex's behaviour): `contactCenterEnabled`
 * false, no site, teams or desktop profile. Cisco's lab guides (WebexCC-SA / wxcctechsummit lab 1, part 3)
 * have the administrator open each synchronised user, switch Contact Center Enabled on and choose the
 * site, teams and desktop profile; the OpenAPI's `UserDTO` says those fields apply "only when
 * contactCenterEnabled is true".
 */
export class ContactCenterSim {
  readonly users = new Map<string, CcUserRecord>();
  readonly catalogue = new ContactCenterCatalogue(() => this.users.values());
  profiles: CcUserProfile[] = [];
  agentsArrive: Seed['contactCenter']['agentsArrive'] = 'disabled';
  userProfileWrites: Seed['contactCenter']['userProfileWrites'] = 'refused';
  syncDelayMs = 0;
  /** Users whose synchronisation fails: once, or always until fixed. */
  invalid = new Map<string, InvalidMode>();
  /** Addresses whose last synchronisation failed (the "Sync Status" column's Invalid, which no API reports). */
  readonly lastSyncFailed = new Set<string>();
  syncCount = 0;
  private readonly pendingSyncs = new Set<NodeJS.Timeout>();
  /** Told when a delayed synchronisation lands (outside any request). */
  onChange: (() => void) | undefined;

  constructor(private readonly directory: ControlHubDirectory) {}

  /** Back to a seed; the Webex side must be loaded first, as the seed's first synchronisation reads it. */
  load(orgKey: string, settings: Seed['contactCenter'], at: number): void {
    this.cancelPendingSyncs();
    this.users.clear();
    this.lastSyncFailed.clear();
    this.profiles = SYSTEM_PROFILES.map((p) => ({
      id: stableUuid('cc-profile', orgKey, p.key),
      name: p.name,
      profileType: p.profileType,
      systemDefault: true,
    }));
    this.catalogue.load(orgKey, settings, at);
    this.agentsArrive = settings.agentsArrive;
    this.userProfileWrites = settings.userProfileWrites;
    this.syncDelayMs = settings.syncDelayMs;
    this.invalid = new Map(settings.invalid.map((i) => [i.email.toLowerCase(), i.mode]));
    this.syncCount = 0;
    // The organisation's existing agents are configured and enabled already.
    if (settings.syncedAtStart) this.applySynchronization(at, { existingAgents: true });
  }

  dispose(): void {
    this.cancelPendingSyncs();
  }

  profile(type: CcProfileType): CcUserProfile {
    return this.profiles.find((p) => p.profileType === type && p.systemDefault)!;
  }

  profileTypeOf(user: CcUserRecord): CcProfileType | undefined {
    return this.profiles.find((p) => p.id === user.userProfileId)?.profileType;
  }

  userByCiId(ciUserId: string): CcUserRecord | undefined {
    for (const u of this.users.values()) if (u.ciUserId === ciUserId) return u;
    return undefined;
  }

  /** The Control Hub supervisor mark, which belongs to the Premium Agent license (help 9q7agc). */
  isSupervisor(person: PersonRecord): boolean {
    return person.ccSupervisor === true && this.directory.contactCenterOfferOf(person) === 'CJPPRM';
  }

  /**
   * Control Hub's "Premium Agent - Supervisor" on a person's Premium Agent license (help 9q7agc): it
   * changes nothing in the Contact Center until the next synchronisation. Refused (a sentence) when the
   * person holds no Premium Agent license.
   */
  setSupervisor(person: PersonRecord, supervisor: boolean): string | undefined {
    if (supervisor && this.directory.contactCenterOfferOf(person) !== 'CJPPRM')
      return `${person.emails[0]} holds no Contact Center Premium Agent license: Supervisor is given with that license.`;
    person.ccSupervisor = supervisor;
    return undefined;
  }

  /** Control Hub's "Synchronize Users": takes the configured delay, then brings the CC users in line. */
  requestSynchronization(): { scheduledInMs: number } {
    const delay = this.syncDelayMs;
    if (delay === 0) {
      this.applySynchronization(Date.now());
    } else {
      const timer = setTimeout(() => {
        this.pendingSyncs.delete(timer);
        this.applySynchronization(Date.now());
        this.onChange?.();
      }, delay);
      timer.unref();
      this.pendingSyncs.add(timer);
    }
    return { scheduledInMs: delay };
  }

  private cancelPendingSyncs(): void {
    for (const timer of this.pendingSyncs) clearTimeout(timer);
    this.pendingSyncs.clear();
  }

  /**
   * Makes a user's synchronisation fail at the next synchronisations ('once' or 'always'), or fixes it
   * ('off'). With agentsArrive 'ready' (the older model, where a failed user is there but not enabled), a
   * fixed user who is licensed is enabled at once; otherwise the next synchronisation brings them in.
   */
  setInvalid(email: string, mode: InvalidMode | 'off'): void {
    const key = email.toLowerCase();
    if (mode !== 'off') {
      this.invalid.set(key, mode);
      return;
    }
    this.invalid.delete(key);
    if (this.agentsArrive !== 'ready') return;
    this.lastSyncFailed.delete(key);
    const person = this.directory.findPersonByEmail(key);
    const user = person ? this.userByCiId(person.uuid) : undefined;
    if (person && user && this.directory.contactCenterOfferOf(person) && !user.contactCenterEnabled) {
      user.contactCenterEnabled = true;
      this.touch(user, Date.now());
    }
  }

  applySynchronization(at: number, options: { existingAgents?: boolean } = {}): void {
    this.syncCount += 1;
    const seen = new Set<string>();
    for (const person of this.directory.people.values()) {
      if (person.kind !== 'person') continue;
      const offer = this.directory.contactCenterOfferOf(person);
      // The supervisor mark goes with the Premium Agent license it was ticked on.
      if (person.ccSupervisor && offer !== 'CJPPRM') delete person.ccSupervisor;
      const type = expectedProfileType(offer, this.directory.isFullAdministrator(person), this.isSupervisor(person));
      const existing = this.userByCiId(person.uuid);
      // Nothing to synchronise for someone who is no Contact Center user and was none.
      if (!type && !existing) continue;
      const email = person.emails[0]!;
      const mode = this.invalid.get(email);
      if (mode === 'once') this.invalid.delete(email);
      if (mode && this.agentsArrive !== 'ready') {
        // A failed synchronisation leaves the user out of the Contact Center, or as they were there: only
        // the users page's "Sync Status" column says Invalid, and no API reports it (developer.webex.com
        // "Users"; the OpenAPI has no synchronisation endpoint).
        this.lastSyncFailed.add(email);
        if (existing) seen.add(person.uuid);
        continue;
      }
      if (mode) this.lastSyncFailed.add(email);
      else this.lastSyncFailed.delete(email);
      if (!type) continue;
      seen.add(person.uuid);
      const profile = this.profile(type);
      if (!existing) {
        this.users.set(...this.newUser(person, profile, at, options.existingAgents === true));
        if (mode) this.disable(this.userByCiId(person.uuid)!, at);
        continue;
      }
      let changed = false;
      // A custom profile of the right type stays; a profile of another type is replaced by the system one
      // (the Management Portal's "User Profiles" help: the type must match the role in Control Hub).
      if (this.profileTypeOf(existing) !== type) {
        existing.userProfileId = profile.id;
        changed = true;
      }
      if (!existing.active) {
        existing.active = true;
        changed = true;
      }
      const names = ccNames(person);
      if (existing.email !== email || existing.firstName !== names.firstName || existing.lastName !== names.lastName) {
        Object.assign(existing, names, { email });
        changed = true;
      }
      // The older model re-enabled every licensed user at each synchronisation.
      if (this.agentsArrive === 'ready' && !mode && !existing.contactCenterEnabled && type !== 'ADMINISTRATOR_ONLY') {
        existing.contactCenterEnabled = true;
        changed = true;
      }
      if (changed) this.touch(existing, at);
      if (mode) this.disable(existing, at);
    }
    // A user whose license (or person) is gone stays, inactive ("A removed license shows as active:
    // false"); nothing says contactCenterEnabled or the settings change, so they stay as they were.
    for (const user of this.users.values()) {
      if (seen.has(user.ciUserId) || !user.active) continue;
      user.active = false;
      this.touch(user, at);
    }
  }

  private newUser(
    person: PersonRecord,
    profile: CcUserProfile,
    at: number,
    existingAgent: boolean,
  ): [string, CcUserRecord] {
    const id = stableUuid('cc-user', this.directory.orgUuid, person.uuid);
    const agent = profile.profileType !== 'ADMINISTRATOR_ONLY';
    const configured = agent && (existingAgent || this.agentsArrive === 'ready');
    const defaults = this.catalogue.defaults;
    return [
      id,
      {
        id,
        ciUserId: person.uuid,
        version: 0,
        ...ccNames(person),
        email: person.emails[0]!,
        userProfileId: profile.id,
        contactCenterEnabled: configured,
        active: true,
        teamIds: configured ? [...defaults.teamIds] : [],
        ...(configured && defaults.siteId ? { siteId: defaults.siteId } : {}),
        ...(configured && defaults.agentProfileId ? { agentProfileId: defaults.agentProfileId } : {}),
        createdTime: at,
        lastUpdatedTime: at,
      },
    ];
  }

  /** The older model's failed synchronisation: the user is there, but not enabled for the Agent Desktop. */
  private disable(user: CcUserRecord, at: number): void {
    user.contactCenterEnabled = false;
    this.touch(user, at);
  }

  /**
   * The older users API (`userProfileWrites: 'accepted'`, not Webex's behaviour): a profile written
   * through PUT is taken as if the administrator had made the matching Control Hub change, so the next
   * synchronisation keeps it.
   */
  acceptLegacyProfileChange(user: CcUserRecord, profileId: string): void {
    user.userProfileId = profileId;
    const type = this.profileTypeOf(user);
    const person = [...this.directory.people.values()].find((p) => p.uuid === user.ciUserId);
    if (person && (type === 'SUPERVISOR' || type === 'PREMIUM_AGENT'))
      this.setSupervisor(person, type === 'SUPERVISOR');
  }

  /** Every accepted change bumps the version and the update time. */
  touch(user: CcUserRecord, at: number): void {
    user.version += 1;
    user.lastUpdatedTime = at;
  }
}

/**
 * The names the Contact Center gives a user. It requires both (the users API refuses an empty last
 * name), so a Control Hub user without names is given its display name (the address, when none was set).
 */
function ccNames(person: PersonRecord): { firstName: string; lastName: string } {
  return { firstName: person.firstName || person.displayName, lastName: person.lastName || person.displayName };
}
