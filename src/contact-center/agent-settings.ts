/**
 * An agent's Contact Center settings: what the Management Portal's user page (and its Agent Update
 * Template) sets after a synchronisation, and what an agent needs before the Agent Desktop lets them
 * log in. Contact Center OpenAPI `UserDTO`: `siteId`, `teamIds`, `agentProfileId` (the desktop
 * profile), `multimediaProfileId`, `skillProfileId`, each "applicable only when contactCenterEnabled is
 * true"; Cisco's lab guides (WebexCC-SA lab 1, part 3) and help article nzk6tpp: an agent needs a
 * site, a team and a desktop profile.
 */

/** The settings, by field, in the order an administrator reads them. */
export const AGENT_FIELDS = ['site', 'teams', 'desktopProfile', 'multimediaProfile', 'skillProfile'] as const;
export type AgentField = (typeof AGENT_FIELDS)[number];

/** What an agent needs to log in to the Agent Desktop (the optional profiles are not required). */
export const REQUIRED_AGENT_FIELDS: readonly AgentField[] = ['site', 'teams', 'desktopProfile'];

/**
 * Settings to apply, as Contact Center ids. A field left out is left as it is; the names go with the
 * ids so that a message can say what was meant without another look-up.
 */
export interface AgentSettings {
  site?: NamedId;
  teams?: NamedId[];
  desktopProfile?: NamedId;
  multimediaProfile?: NamedId;
  skillProfile?: NamedId;
}

export interface NamedId {
  id: string;
  name: string;
}

/** Settings as an administrator writes them (card choices, CSV cells, `template`): names. */
export interface AgentSettingNames {
  site?: string;
  teams?: string[];
  desktopProfile?: string;
  multimediaProfile?: string;
  skillProfile?: string;
}

/** A Contact Center team; a capacity-based team cannot take agents (OpenAPI `UserDTO.teamIds`). */
export interface CcTeam extends NamedId {
  teamType: 'AGENT' | 'CAPACITY';
  siteId?: string;
  active?: boolean;
}

/** What the organisation's Contact Center offers to choose from (read once per preview). */
export interface AgentCatalogue {
  sites: NamedId[];
  teams: CcTeam[];
  desktopProfiles: NamedId[];
  multimediaProfiles: NamedId[];
  skillProfiles: NamedId[];
}

/** The Contact Center user fields each setting is written to (bulk `PATCH /user/bulk`, `PUT /user/{id}`). */
export function toUserFields(settings: AgentSettings): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  if (settings.site) fields.siteId = settings.site.id;
  if (settings.teams) fields.teamIds = settings.teams.map((t) => t.id);
  if (settings.desktopProfile) fields.agentProfileId = settings.desktopProfile.id;
  if (settings.multimediaProfile) fields.multimediaProfileId = settings.multimediaProfile.id;
  if (settings.skillProfile) fields.skillProfileId = settings.skillProfile.id;
  return fields;
}

/** Whether settings name anything at all. */
export function hasAgentSettings(settings: AgentSettings | undefined): settings is AgentSettings {
  return settings !== undefined && AGENT_FIELDS.some((f) => settings[f] !== undefined);
}
