import {
  AGENT_FIELDS,
  type AgentCatalogue,
  type AgentField,
  type AgentSettings,
  hasAgentSettings,
  type NamedId,
  REQUIRED_AGENT_FIELDS,
} from '../contact-center/agent-settings.js';
import type { CcUser } from '../contact-center/cc-client.js';
import { type Msg, msg } from '../i18n/msg.js';
import { byId } from './agent-names.js';

/** What a Contact Center user holds now, as far as the agent settings go (ids). */
export interface CurrentAgent {
  siteId?: string;
  teamIds: string[];
  desktopProfileId?: string;
  multimediaProfileId?: string;
  skillProfileId?: string;
}

/** The settings of a Contact Center user as the users API gives them (`UserDTO`). */
export function currentAgentOf(user: CcUser): CurrentAgent {
  const text = (value: unknown) => (typeof value === 'string' && value !== '' ? value : undefined);
  const siteId = text(user.siteId);
  const desktopProfileId = text(user.agentProfileId);
  const multimediaProfileId = text(user.multimediaProfileId);
  const skillProfileId = text(user.skillProfileId);
  return {
    ...(siteId ? { siteId } : {}),
    teamIds: Array.isArray(user.teamIds) ? user.teamIds.filter((t): t is string => typeof t === 'string') : [],
    ...(desktopProfileId ? { desktopProfileId } : {}),
    ...(multimediaProfileId ? { multimediaProfileId } : {}),
    ...(skillProfileId ? { skillProfileId } : {}),
  };
}

/** What a Contact Center user holds, named through the catalogue (ids it does not know are left out). */
export function heldSettings(current: CurrentAgent, catalogue: AgentCatalogue): AgentSettings {
  const held: AgentSettings = {};
  const one = (field: Exclude<AgentField, 'teams'>, id: string | undefined) => {
    const found = id ? byId(catalogue, field, id) : undefined;
    if (found) held[field] = found;
  };
  one('site', current.siteId);
  const teams = current.teamIds.map((id) => byId(catalogue, 'teams', id)).filter((t): t is NamedId => !!t);
  if (teams.length > 0) held.teams = teams;
  one('desktopProfile', current.desktopProfileId);
  one('multimediaProfile', current.multimediaProfileId);
  one('skillProfile', current.skillProfileId);
  return held;
}

/** What planning one user's agent settings decided. */
export interface AgentPlan {
  /** What to apply (only what differs from what the Contact Center holds); undefined = nothing. */
  agent?: AgentSettings;
  /** The fields of `agent` that come from the organisation's defaults. */
  fromDefaults?: AgentField[];
  /** What an existing Contact Center user holds now in the fields `agent` changes. */
  held?: AgentSettings;
  /** Required fields a user new to the Contact Center will still lack. */
  missing?: AgentField[];
}

function sameSettings(field: AgentField, a: AgentSettings, b: AgentSettings): boolean {
  if (field === 'teams') {
    const left = new Set((a.teams ?? []).map((t) => t.id));
    const right = new Set((b.teams ?? []).map((t) => t.id));
    return left.size === right.size && [...left].every((id) => right.has(id));
  }
  return a[field]?.id === b[field]?.id;
}

/**
 * One user's agent settings. A user already in the Contact Center gets only the given fields that
 * differ from what it holds (ids it holds that the catalogue does not know are not compared). A user
 * new to the Contact Center gets the given settings with the organisation's defaults in every field
 * not given, when this job brings them in (`newcomer`) or gives them settings; nothing otherwise.
 */
export function planAgent(input: {
  given: AgentSettings | undefined;
  current: CurrentAgent | undefined;
  defaults: AgentSettings;
  catalogue: AgentCatalogue;
  newcomer: boolean;
}): AgentPlan {
  const { given = {}, current, defaults, catalogue } = input;
  if (current) {
    const held = heldSettings(current, catalogue);
    const agent: AgentSettings = {};
    const before: AgentSettings = {};
    for (const field of AGENT_FIELDS) {
      if (given[field] === undefined || sameSettings(field, given, held)) continue;
      Object.assign(agent, { [field]: given[field] });
      if (held[field] !== undefined) Object.assign(before, { [field]: held[field] });
    }
    return hasAgentSettings(agent) ? { agent, ...(hasAgentSettings(before) ? { held: before } : {}) } : {};
  }
  if (!input.newcomer && !hasAgentSettings(given)) return {};
  const agent: AgentSettings = { ...given };
  const fromDefaults: AgentField[] = [];
  for (const field of AGENT_FIELDS) {
    if (agent[field] !== undefined || defaults[field] === undefined) continue;
    Object.assign(agent, { [field]: defaults[field] });
    fromDefaults.push(field);
  }
  const missing = REQUIRED_AGENT_FIELDS.filter((f) => agent[f] === undefined);
  return {
    ...(hasAgentSettings(agent) ? { agent } : {}),
    ...(fromDefaults.length > 0 ? { fromDefaults } : {}),
    ...(missing.length > 0 ? { missing } : {}),
  };
}

/** Users named in one warning; the rest are counted. */
const USERS_NAMED = 5;

interface Tally {
  count: number;
  users: string[];
}

/**
 * What the preview warns about agent settings, gathered user by user (a large file chunk by chunk) and
 * told once per team or per kind, with the first users it concerns.
 */
export class AgentWarnings {
  private readonly capacity = new Map<string, Tally & { team: string }>();
  private readonly otherSite = new Map<string, Tally & { team: string; teamSite: string; site: string }>();
  private readonly missing = new Map<string, Tally & { fields: AgentField[] }>();

  constructor(private readonly catalogue: AgentCatalogue) {}

  /** Checks the settings one user ends up with (teams of their site, no capacity-based team). */
  add(email: string, plan: AgentPlan, current: CurrentAgent | undefined): void {
    const { agent, missing } = plan;
    if (missing && missing.length > 0) {
      const key = missing.join(',');
      note(this.missing, key, { fields: missing }, email);
    }
    if (!agent || (agent.site === undefined && agent.teams === undefined)) return;
    const siteId = agent.site?.id ?? current?.siteId;
    const teamIds = agent.teams?.map((t) => t.id) ?? current?.teamIds ?? [];
    const siteName = (id: string | undefined) => (id ? byId(this.catalogue, 'site', id)?.name : undefined);
    for (const id of teamIds) {
      const team = this.catalogue.teams.find((t) => t.id === id);
      if (!team) continue;
      if (team.teamType === 'CAPACITY') {
        // Contact Center OpenAPI, `UserDTO.teamIds`: "You can't assign this profile to a capacity-based team."
        note(this.capacity, team.id, { team: team.name }, email);
        continue;
      }
      // No public source says that the Contact Center refuses a team of another site than the agent's
      // (the OpenAPI is silent on it), so this is a warning that lets the job go on, not a refusal.
      const site = siteName(siteId);
      const teamSite = siteName(team.siteId);
      if (site && teamSite && team.siteId !== siteId)
        note(this.otherSite, `${team.id}/${siteId}`, { team: team.name, teamSite, site }, email);
    }
  }

  messages(): Msg[] {
    const users = (t: Tally) => ({
      count: t.count,
      users: { list: t.count > t.users.length ? [...t.users, `… (+${t.count - t.users.length})`] : t.users },
    });
    return [
      ...[...this.capacity.values()].map((t) => msg('agent.warn.capacity', { team: t.team, ...users(t) })),
      ...[...this.otherSite.values()].map((t) =>
        msg('agent.warn.otherSite', { team: t.team, teamSite: t.teamSite, site: t.site, ...users(t) }),
      ),
      ...[...this.missing.values()].map((t) =>
        msg('agent.warn.missing', { fields: { list: t.fields.map((f) => msg(`agent.field.${f}`)) }, ...users(t) }),
      ),
    ];
  }
}

function note<T extends Tally>(map: Map<string, T>, key: string, about: Omit<T, keyof Tally>, email: string): void {
  const entry = map.get(key) ?? ({ ...about, count: 0, users: [] } as unknown as T);
  entry.count += 1;
  if (entry.users.length < USERS_NAMED) entry.users.push(email);
  map.set(key, entry);
}

/**
 * "Contact Center: site São Paulo (default) · teams Vendas and Suporte · desktop profile Padrão (now
 * Supervisores)" for a preview line; undefined when the user's settings do not change.
 */
export function describeAgent(user: {
  agent?: AgentSettings;
  agentFromDefaults?: AgentField[];
  agentHeld?: AgentSettings;
}): Msg | undefined {
  const { agent } = user;
  if (!hasAgentSettings(agent)) return undefined;
  const value = (settings: AgentSettings, field: AgentField) =>
    field === 'teams' ? { list: (settings.teams ?? []).map((t) => t.name) } : (settings[field]?.name ?? '');
  const parts: Msg[] = [];
  for (const field of AGENT_FIELDS) {
    if (agent[field] === undefined) continue;
    const part = msg('agent.part', { field, value: value(agent, field) });
    if (user.agentFromDefaults?.includes(field)) parts.push(msg('agent.part.default', { part }));
    else if (user.agentHeld?.[field] !== undefined)
      parts.push(msg('agent.part.was', { part, held: value(user.agentHeld, field) }));
    else parts.push(part);
  }
  // Parts are set apart with a dot, as a team list inside one of them is joined with "and".
  const joined = parts.slice(1).reduce((all, part) => msg('agent.join', { first: all, next: part }), parts[0]!);
  return msg('agent.line', { parts: joined });
}
