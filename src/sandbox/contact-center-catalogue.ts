import type {
  CcDesktopProfileRecord,
  CcMultimediaProfileRecord,
  CcRecordBase,
  CcSiteRecord,
  CcSkillProfileRecord,
  CcTeamRecord,
  CcUserRecord,
} from './model.js';
import { type Seed, stableUuid } from './seed.js';

/**
 * The kinds of Contact Center configuration an agent is given, by the path segment of their Contact
 * Center API (`/organization/{orgid}/site`, `.../team`, `.../agent-profile` (desktop profiles),
 * `.../multimedia-profile`, `.../skill-profile`).
 */
export const CATALOGUE_KINDS = ['site', 'team', 'agent-profile', 'multimedia-profile', 'skill-profile'] as const;
export type CatalogueKind = (typeof CATALOGUE_KINDS)[number];

/** The user field that refers to each kind (Contact Center OpenAPI `UserDTO`). */
export const USER_FIELD_OF: Record<
  CatalogueKind,
  'siteId' | 'teamIds' | 'agentProfileId' | 'multimediaProfileId' | 'skillProfileId'
> = {
  site: 'siteId',
  team: 'teamIds',
  'agent-profile': 'agentProfileId',
  'multimedia-profile': 'multimediaProfileId',
  'skill-profile': 'skillProfileId',
};

/**
 * The `name` patterns of the OpenAPI's schemas (`SiteDTO`, `AgentProfileDTO`, `MultimediaProfileDTO`,
 * `SkillProfileDTO`; `TeamDTO` has none), all with at most 80 characters: no accented letters.
 */
const NAME_PATTERNS: Record<CatalogueKind, RegExp | undefined> = {
  site: /^[a-zA-Z\d\-_\s]+$/,
  team: undefined,
  'agent-profile': /^[a-zA-Z0-9._\s\-()]+$/,
  'multimedia-profile': /^[a-zA-Z0-9._\-\s]*$/,
  'skill-profile': /^[a-zA-Z0-9,@_.\-\s]*$/,
};

/** Another entity that refers to a record (what `GET .../{id}/incoming-references` lists). */
export interface IncomingReference {
  type: 'user' | 'site' | 'team';
  id: string;
  name: string;
}

export type CatalogueInput =
  | { kind: 'site'; name: string; multimediaProfileId?: string | undefined }
  | {
      kind: 'team';
      name: string;
      siteId: string;
      teamType: 'AGENT' | 'CAPACITY';
      capacity?: number | undefined;
      dialedNumber?: string | undefined;
    }
  | { kind: 'agent-profile'; name: string; description?: string | undefined }
  | {
      kind: 'multimedia-profile';
      name: string;
      blendingMode?: CcMultimediaProfileRecord['blendingMode'] | undefined;
      telephony?: number | undefined;
      chat?: number | undefined;
      email?: number | undefined;
      social?: number | undefined;
    }
  | { kind: 'skill-profile'; name: string; description?: string | undefined };

/** A change the catalogue refused, with the status the Contact Center API gives it. */
export class CatalogueError extends Error {
  constructor(
    readonly status: 400 | 404 | 409 | 412,
    message: string,
    readonly references: IncomingReference[] = [],
  ) {
    super(message);
  }
}

/** What an agent's defaults name, as ids (the older "ready" arrival and the seed's existing agents). */
export interface AgentDefaults {
  siteId?: string;
  teamIds: string[];
  agentProfileId?: string;
}

/**
 * The organisation's sites, teams and profiles. Records are kept in creation order (lists answer in
 * that order). Removing one that users or other records refer to is refused with 412, as the Contact
 * Center OpenAPI's DELETE operations describe it ("Resource referred in other entity(s)").
 */
export class ContactCenterCatalogue {
  readonly sites = new Map<string, CcSiteRecord>();
  readonly teams = new Map<string, CcTeamRecord>();
  readonly desktopProfiles = new Map<string, CcDesktopProfileRecord>();
  readonly multimediaProfiles = new Map<string, CcMultimediaProfileRecord>();
  readonly skillProfiles = new Map<string, CcSkillProfileRecord>();
  defaults: AgentDefaults = { teamIds: [] };
  private orgKey = '';

  constructor(private readonly users: () => Iterable<CcUserRecord>) {}

  mapOf(kind: CatalogueKind): Map<string, CcRecordBase> {
    switch (kind) {
      case 'site':
        return this.sites;
      case 'team':
        return this.teams;
      case 'agent-profile':
        return this.desktopProfiles;
      case 'multimedia-profile':
        return this.multimediaProfiles;
      case 'skill-profile':
        return this.skillProfiles;
    }
  }

  /** Back to the seed's configuration; a seed that refers to a name it does not define is refused. */
  load(orgKey: string, settings: Seed['contactCenter'], at: number): void {
    this.orgKey = orgKey;
    for (const kind of CATALOGUE_KINDS) this.mapOf(kind).clear();
    const byName = (kind: CatalogueKind, name: string, what: string): string => {
      const found = [...this.mapOf(kind).values()].find((r) => r.name === name);
      if (!found) throw new Error(`The seed's Contact Center ${what} "${name}" is not defined.`);
      return found.id;
    };
    const add = (input: CatalogueInput) => {
      try {
        this.create(input, at);
      } catch (error) {
        throw new Error(`The seed's Contact Center ${input.kind} "${input.name}": ${(error as Error).message}`);
      }
    };
    for (const m of settings.multimediaProfiles) add({ kind: 'multimedia-profile', ...m });
    for (const s of settings.sites)
      add({
        kind: 'site',
        name: s.name,
        multimediaProfileId: s.multimediaProfile
          ? byName('multimedia-profile', s.multimediaProfile, 'multimedia profile')
          : undefined,
      });
    for (const t of settings.teams)
      add({
        kind: 'team',
        name: t.name,
        siteId: byName('site', t.site, 'site'),
        teamType: t.type,
        capacity: t.capacity,
        dialedNumber: t.dialedNumber,
      });
    for (const d of settings.desktopProfiles) add({ kind: 'agent-profile', ...d });
    for (const k of settings.skillProfiles) add({ kind: 'skill-profile', ...k });

    const wanted = settings.agentDefaults;
    const siteId = wanted.site ? byName('site', wanted.site, 'site') : this.sites.keys().next().value;
    const teamIds = wanted.teams
      ? wanted.teams.map((name) => byName('team', name, 'team'))
      : [...this.teams.values()]
          .filter((t) => t.teamType === 'AGENT' && t.siteId === siteId)
          .map((t) => t.id)
          .slice(0, 1);
    for (const id of teamIds)
      if (this.teams.get(id)?.teamType === 'CAPACITY')
        throw new Error(`The seed's agent defaults name the capacity-based team "${this.teams.get(id)?.name}".`);
    const agentProfileId = wanted.desktopProfile
      ? byName('agent-profile', wanted.desktopProfile, 'desktop profile')
      : this.desktopProfiles.keys().next().value;
    this.defaults = {
      teamIds,
      ...(siteId ? { siteId } : {}),
      ...(agentProfileId ? { agentProfileId } : {}),
    };
  }

  /**
   * A new record (the control API and the seed); names follow the OpenAPI's `name` pattern of the kind and
   * are unique per kind (409, "Similar entity is already present", as the API's POST answers).
   */
  create(input: CatalogueInput, at = Date.now()): CcRecordBase {
    const name = input.name.trim();
    if (!name) throw new CatalogueError(400, 'name: must not be blank.');
    const pattern = NAME_PATTERNS[input.kind];
    if (name.length > 80 || (pattern && !pattern.test(name)))
      throw new CatalogueError(
        400,
        `name: "${name}" must be at most 80 characters${pattern ? ` matching ${pattern.source}` : ''}.`,
      );
    const map = this.mapOf(input.kind);
    if ([...map.values()].some((r) => r.name.toLowerCase() === name.toLowerCase()))
      throw new CatalogueError(409, `name: a ${input.kind} named "${name}" already exists.`);
    const base: CcRecordBase = {
      id: stableUuid(`cc-${input.kind}`, this.orgKey, name),
      name,
      version: 0,
      createdTime: at,
      lastUpdatedTime: at,
    };
    switch (input.kind) {
      case 'multimedia-profile': {
        const record: CcMultimediaProfileRecord = {
          ...base,
          blendingMode: input.blendingMode ?? 'BLENDED',
          telephony: input.telephony ?? 1,
          chat: input.chat ?? 0,
          email: input.email ?? 0,
          social: input.social ?? 0,
        };
        this.multimediaProfiles.set(record.id, record);
        return record;
      }
      case 'site': {
        // SiteDTO requires a multimedia profile.
        const multimediaProfileId = input.multimediaProfileId ?? this.multimediaProfiles.keys().next().value;
        if (!multimediaProfileId || !this.multimediaProfiles.has(multimediaProfileId))
          throw new CatalogueError(400, 'multimediaProfileId: not found for given orgId.');
        const record: CcSiteRecord = { ...base, multimediaProfileId };
        this.sites.set(record.id, record);
        return record;
      }
      case 'team': {
        if (!this.sites.has(input.siteId)) throw new CatalogueError(400, 'siteId: not found for given orgId.');
        const record: CcTeamRecord = {
          ...base,
          teamType: input.teamType,
          siteId: input.siteId,
          // TeamResponseDTO: capacity and dialedNumber apply only to capacity-based teams.
          ...(input.teamType === 'CAPACITY'
            ? { capacity: input.capacity ?? 1, ...(input.dialedNumber ? { dialedNumber: input.dialedNumber } : {}) }
            : {}),
        };
        this.teams.set(record.id, record);
        return record;
      }
      case 'agent-profile': {
        const record: CcDesktopProfileRecord = {
          ...base,
          ...(input.description ? { description: input.description } : {}),
        };
        this.desktopProfiles.set(record.id, record);
        return record;
      }
      case 'skill-profile': {
        const record: CcSkillProfileRecord = {
          ...base,
          ...(input.description ? { description: input.description } : {}),
          // SkillProfileDTO: "at least one skill is mandatory".
          skillIds: [stableUuid('cc-skill', this.orgKey, name)],
        };
        this.skillProfiles.set(record.id, record);
        return record;
      }
    }
  }

  /** Who refers to a record: users (by their user field), teams and sites. */
  references(kind: CatalogueKind, id: string): IncomingReference[] {
    const refs: IncomingReference[] = [];
    const field = USER_FIELD_OF[kind];
    for (const u of this.users()) {
      const value = u[field];
      if (Array.isArray(value) ? value.includes(id) : value === id)
        refs.push({ type: 'user', id: u.id, name: `${u.firstName} ${u.lastName}` });
    }
    if (kind === 'site')
      for (const t of this.teams.values()) if (t.siteId === id) refs.push({ type: 'team', id: t.id, name: t.name });
    if (kind === 'multimedia-profile') {
      for (const s of this.sites.values())
        if (s.multimediaProfileId === id) refs.push({ type: 'site', id: s.id, name: s.name });
      for (const t of this.teams.values())
        if (t.multiMediaProfileId === id) refs.push({ type: 'team', id: t.id, name: t.name });
    }
    if (kind === 'skill-profile')
      for (const t of this.teams.values())
        if (t.skillProfileId === id) refs.push({ type: 'team', id: t.id, name: t.name });
    return refs;
  }

  /** `DELETE .../{kind}/{id}`: 404 when unknown, 412 while anything refers to it. */
  remove(kind: CatalogueKind, id: string): void {
    const map = this.mapOf(kind);
    if (!map.has(id)) throw new CatalogueError(404, `${kind} ${id} not found for given orgId.`);
    const refs = this.references(kind, id);
    if (refs.length > 0)
      throw new CatalogueError(
        412,
        `Resource referred in other entity(s). Please get all the reference entities info by invoking Get incoming-references api.`,
        refs,
      );
    map.delete(id);
    if (this.defaults.siteId === id) delete this.defaults.siteId;
    if (this.defaults.agentProfileId === id) delete this.defaults.agentProfileId;
    this.defaults.teamIds = this.defaults.teamIds.filter((t) => t !== id);
  }

  nameOf(kind: CatalogueKind, id: string | undefined): string | undefined {
    return id === undefined ? undefined : this.mapOf(kind).get(id)?.name;
  }
}
