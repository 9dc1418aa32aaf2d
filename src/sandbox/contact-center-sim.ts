import type { CcUserProfile, CcUserRecord, PersonRecord } from './model.js';
import { type Seed, stableUuid } from './seed.js';

/** What the Contact Center reads from the Webex side (Control Hub) when it synchronises its users. */
export interface ControlHubDirectory {
  readonly orgUuid: string;
  readonly people: ReadonlyMap<string, PersonRecord>;
  findPersonByEmail(email: string): PersonRecord | undefined;
  contactCenterOfferOf(person: PersonRecord): 'CJPSTD' | 'CJPPRM' | undefined;
}

export type InvalidMode = 'once' | 'always';

/** A site, team or profile an agent can be given, as the sandbox keeps it. */
export interface CcCatalogueItem {
  id: string;
  name: string;
  /** Teams: AGENT, or CAPACITY (a team that cannot take agents: OpenAPI `UserDTO.teamIds`). */
  teamType?: 'AGENT' | 'CAPACITY';
  /** Teams: the site they belong to. */
  siteId?: string;
}

/** What an agent can be given: the v2 lists of sites, teams, desktop, multimedia and skill profiles. */
export interface CcCatalogue {
  sites: CcCatalogueItem[];
  teams: CcCatalogueItem[];
  agentProfiles: CcCatalogueItem[];
  multimediaProfiles: CcCatalogueItem[];
  skillProfiles: CcCatalogueItem[];
}

/**
 * The seed's sites, teams and profiles: two sites, teams of each (one capacity-based), two desktop
 * profiles, one multimedia and one skill profile. The first of each is what synchronised users get.
 */
function seedCatalogue(orgKey: string): CcCatalogue {
  const item = (kind: string, name: string, extra: Partial<CcCatalogueItem> = {}): CcCatalogueItem => ({
    id: stableUuid(kind, orgKey, name),
    name,
    ...extra,
  });
  const saoPaulo = item('cc-site', 'São Paulo');
  const lisboa = item('cc-site', 'Lisboa');
  return {
    sites: [saoPaulo, lisboa],
    teams: [
      item('cc-team', 'Vendas', { teamType: 'AGENT', siteId: saoPaulo.id }),
      item('cc-team', 'Suporte', { teamType: 'AGENT', siteId: saoPaulo.id }),
      item('cc-team', 'Atendimento', { teamType: 'AGENT', siteId: lisboa.id }),
      item('cc-team', 'Correio de voz', { teamType: 'CAPACITY', siteId: saoPaulo.id }),
    ],
    agentProfiles: [item('cc-agent-profile', 'Padrão'), item('cc-agent-profile', 'Supervisores')],
    multimediaProfiles: [item('cc-multimedia-profile', 'Voz e chat')],
    skillProfiles: [item('cc-skill-profile', 'Idiomas')],
  };
}

/**
 * The Contact Center as the sandbox simulates it: its users, the system user profiles, and Control
 * Hub's "Synchronize Users", which brings the users in line with the Webex licenses after a delay and
 * can leave some Invalid (there, but not enabled for the Agent Desktop).
 */
export class ContactCenterSim {
  readonly users = new Map<string, CcUserRecord>();
  profiles: CcUserProfile[] = [];
  catalogue: CcCatalogue = { sites: [], teams: [], agentProfiles: [], multimediaProfiles: [], skillProfiles: [] };
  siteId = '';
  teamId = '';
  agentProfileId = '';
  syncDelayMs = 0;
  /** Users whose synchronisation comes out Invalid: once, or always until fixed. */
  invalid = new Map<string, InvalidMode>();
  syncCount = 0;
  private readonly pendingSyncs = new Set<NodeJS.Timeout>();
  /** Told when a delayed synchronisation lands (outside any request). */
  onChange: (() => void) | undefined;

  constructor(private readonly directory: ControlHubDirectory) {}

  /** Back to a seed; the Webex side must be loaded first, as the seed's first synchronisation reads it. */
  load(orgKey: string, settings: Seed['contactCenter'], at: number): void {
    this.cancelPendingSyncs();
    this.users.clear();
    this.catalogue = seedCatalogue(orgKey);
    this.siteId = this.catalogue.sites[0]!.id;
    this.teamId = this.catalogue.teams[0]!.id;
    this.agentProfileId = this.catalogue.agentProfiles[0]!.id;
    this.profiles = [
      {
        id: stableUuid('cc-profile', orgKey, 'standard'),
        name: 'Standard Agent Profile',
        profileType: 'STANDARD_AGENT',
        systemDefault: true,
      },
      {
        id: stableUuid('cc-profile', orgKey, 'premium'),
        name: 'Premium Agent Profile',
        profileType: 'PREMIUM_AGENT',
        systemDefault: true,
      },
      {
        id: stableUuid('cc-profile', orgKey, 'supervisor'),
        name: 'Supervisor Profile',
        profileType: 'SUPERVISOR',
        systemDefault: true,
      },
      {
        id: stableUuid('cc-profile', orgKey, 'administrator'),
        name: 'Administrator Profile',
        profileType: 'ADMINISTRATOR',
        systemDefault: true,
      },
    ];
    this.syncDelayMs = settings.syncDelayMs;
    this.invalid = new Map(settings.invalid.map((i) => [i.email.toLowerCase(), i.mode]));
    this.syncCount = 0;
    if (settings.syncedAtStart) this.applySynchronization(at);
  }

  dispose(): void {
    this.cancelPendingSyncs();
  }

  profile(type: CcUserProfile['profileType']): CcUserProfile {
    return this.profiles.find((p) => p.profileType === type && p.systemDefault)!;
  }

  userByCiId(ciUserId: string): CcUserRecord | undefined {
    for (const u of this.users.values()) if (u.ciUserId === ciUserId) return u;
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
   * Makes a user come out Invalid at the next synchronisations ('once' or 'always'), or fixes them
   * ('off'): a fixed user who is licensed is enabled in the Contact Center at once.
   */
  setInvalid(email: string, mode: InvalidMode | 'off'): void {
    const key = email.toLowerCase();
    if (mode !== 'off') {
      this.invalid.set(key, mode);
      return;
    }
    this.invalid.delete(key);
    const person = this.directory.findPersonByEmail(key);
    const user = person ? this.userByCiId(person.uuid) : undefined;
    if (person && user && this.directory.contactCenterOfferOf(person) && !user.contactCenterEnabled) {
      user.contactCenterEnabled = true;
      user.version += 1;
      user.lastUpdatedTime = Date.now();
    }
  }

  applySynchronization(at: number): void {
    this.syncCount += 1;
    const licensed = new Set<string>();
    for (const person of this.directory.people.values()) {
      if (person.kind !== 'person') continue;
      const offer = this.directory.contactCenterOfferOf(person);
      if (!offer) continue;
      licensed.add(person.uuid);
      const existing = this.userByCiId(person.uuid);
      const licenseProfile = this.profile(offer === 'CJPPRM' ? 'PREMIUM_AGENT' : 'STANDARD_AGENT');
      if (!existing) {
        const id = stableUuid('cc-user', this.directory.orgUuid, person.uuid);
        this.users.set(id, {
          id,
          ciUserId: person.uuid,
          version: 0,
          ...ccNames(person),
          email: person.emails[0]!,
          userProfileId: licenseProfile.id,
          contactCenterEnabled: true,
          active: true,
          siteId: this.siteId,
          teamIds: [this.teamId],
          agentProfileId: this.agentProfileId,
          createdTime: at,
          lastUpdatedTime: at,
        });
        continue;
      }
      const current = this.profiles.find((p) => p.id === existing.userProfileId);
      // A Standard license cannot carry a Premium-level profile; a Premium license keeps a supervisor
      // or administrator profile that was set on purpose.
      const profileFits =
        offer === 'CJPSTD'
          ? current?.profileType === 'STANDARD_AGENT'
          : current !== undefined && current.profileType !== 'STANDARD_AGENT';
      const changed =
        !profileFits ||
        !existing.active ||
        !existing.contactCenterEnabled ||
        existing.email !== person.emails[0] ||
        existing.firstName !== ccNames(person).firstName ||
        existing.lastName !== ccNames(person).lastName;
      if (changed) {
        if (!profileFits) existing.userProfileId = licenseProfile.id;
        existing.active = true;
        existing.contactCenterEnabled = true;
        existing.email = person.emails[0]!;
        Object.assign(existing, ccNames(person));
        existing.version += 1;
        existing.lastUpdatedTime = at;
      }
    }
    for (const [id, user] of this.users) if (!licensed.has(user.ciUserId)) this.users.delete(id);
    // Backend failures: these users are there, but not enabled for the Agent Desktop (sync status Invalid).
    for (const [email, mode] of this.invalid) {
      const person = this.directory.findPersonByEmail(email);
      const user = person ? this.userByCiId(person.uuid) : undefined;
      if (!user) continue;
      user.contactCenterEnabled = false;
      user.version += 1;
      user.lastUpdatedTime = at;
      if (mode === 'once') this.invalid.delete(email);
    }
  }
}

/**
 * The names the Contact Center gives a user. It requires both (the users API refuses an empty last
 * name), so a Control Hub user without names is given its display name (the address, when none was set).
 */
function ccNames(person: PersonRecord): { firstName: string; lastName: string } {
  return { firstName: person.firstName || person.displayName, lastName: person.lastName || person.displayName };
}
