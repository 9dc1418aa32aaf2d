import {
  AGENT_FIELDS,
  type AgentCatalogue,
  type AgentField,
  type AgentSettingNames,
  type AgentSettings,
  type NamedId,
} from '../../contact-center/agent-settings.js';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import { type Msg, msg } from '../../i18n/msg.js';
import type { AgentDefaultsStore } from '../agent-defaults-port.js';
import { byId, matchName, splitTeamNames, type UnknownName } from '../agent-names.js';

/** The configuration variable that gives each default first. */
export const AGENT_DEFAULT_VARIABLES: Record<AgentField, string> = {
  site: 'AGENT_DEFAULT_SITE',
  teams: 'AGENT_DEFAULT_TEAMS',
  desktopProfile: 'AGENT_DEFAULT_DESKTOP_PROFILE',
  multimediaProfile: 'AGENT_DEFAULT_MULTIMEDIA_PROFILE',
  skillProfile: 'AGENT_DEFAULT_SKILL_PROFILE',
};

/** One default as `template` shows it: where it comes from, and what it names today. */
export interface DefaultField {
  field: AgentField;
  /** stored: set with `template`; environment: AGENT_DEFAULT_*; cleared: removed with `template`; none. */
  source: 'stored' | 'environment' | 'cleared' | 'none';
  /** The names in force (stored or configured); empty when cleared or none. */
  names: string[];
  /** The configured names (shown beside a stored or cleared value, which wins over them). */
  configured: string[];
  /** The names matched to what the Contact Center has (undefined when it could not be read). */
  resolved?: NamedId[];
  /** Names that no longer exist in the Contact Center. */
  missing: string[];
  /** Capacity-based teams among them: the Contact Center refuses them for agents. */
  capacity: string[];
  by?: string;
  at?: string;
}

export interface DefaultsView {
  fields: DefaultField[];
  /** The defaults matched to ids (empty when the Contact Center could not be read). */
  settings: AgentSettings;
  /** What a preview reports: defaults naming what the Contact Center no longer has. */
  problems: Msg[];
}

export type SetAnswer =
  | { kind: 'set'; field: AgentField; value: NamedId[]; warnings: Msg[] }
  | { kind: 'unknown'; field: AgentField; unknown: UnknownName[] }
  | { kind: 'capacity'; teams: string[] }
  | { kind: 'empty'; field: AgentField }
  | { kind: 'unreadable'; problem: string };

/**
 * The organisation's defaults for agents new to the Contact Center: stored with `template`, else the
 * AGENT_DEFAULT_* configuration, matched by name against the Contact Center's lists each time they are
 * used. A stored default keeps the ids it was set with, so a site or team renamed since is still found.
 */
export class AgentDefaults {
  constructor(
    private readonly deps: {
      store: AgentDefaultsStore;
      configured: AgentSettingNames;
      /** The organisation the defaults belong to (its Contact Center id). */
      orgId: () => Promise<string>;
      cc: Pick<ContactCenterClient, 'catalogue'>;
    },
  ) {}

  /** The defaults with their sources, matched against `catalogue` (when the Contact Center could be read). */
  async view(catalogue: AgentCatalogue | undefined): Promise<DefaultsView> {
    const stored = await this.deps.store.agentDefaults(await this.deps.orgId());
    const settings: AgentSettings = {};
    const problems: Msg[] = [];
    const fields = AGENT_FIELDS.map((field): DefaultField => {
      const configured = configuredNames(this.deps.configured, field);
      const saved = stored[field];
      const base = { field, configured, missing: [] as string[], capacity: [] as string[] };
      const who = saved ? { by: saved.by, at: saved.at } : {};
      if (saved?.value === null) return { ...base, ...who, source: 'cleared', names: [] };
      const source = saved ? 'stored' : configured.length > 0 ? 'environment' : 'none';
      const wanted: { id?: string; name: string }[] = saved?.value ?? configured.map((name) => ({ name }));
      const view: DefaultField = { ...base, ...who, source, names: wanted.map((w) => w.name) };
      if (!catalogue || wanted.length === 0) return view;
      const resolved: NamedId[] = [];
      for (const item of wanted) {
        const match = item.id ? byId(catalogue, field, item.id) : undefined;
        const found =
          match ??
          (() => {
            const byName = matchName(catalogue, field, item.name);
            return 'found' in byName ? byName.found : undefined;
          })();
        if (found) resolved.push(found);
        else view.missing.push(item.name);
      }
      view.resolved = resolved;
      if (field === 'teams')
        view.capacity = resolved
          .filter((t) => catalogue.teams.find((c) => c.id === t.id)?.teamType === 'CAPACITY')
          .map((t) => t.name);
      for (const name of view.missing)
        problems.push(
          msg('agent.defaultMissing', {
            field,
            name,
            // An administrator reads this: the bot's settings, not the variable's name (that is in the docs).
            source: msg(source === 'stored' ? 'template.source.stored' : 'template.source.environment'),
          }),
        );
      if (resolved.length > 0) {
        if (field === 'teams') settings.teams = resolved;
        else settings[field] = resolved[0];
      }
      return view;
    });
    return { fields, settings, problems };
  }

  /**
   * The defaults as ids, for applying them (the sync to-do's "Apply the defaults"): only what the
   * Contact Center has today; a default naming what no longer exists is left out (the preview and
   * `template` report it). Throws when the Contact Center cannot be read.
   */
  async resolved(): Promise<AgentSettings> {
    return (await this.view(await this.deps.cc.catalogue())).settings;
  }

  /** `template teams Vendas; Suporte`: checked against the Contact Center, then stored. */
  async set(field: AgentField, text: string, by: string): Promise<SetAnswer> {
    const names = field === 'teams' ? splitTeamNames(text) : [text.trim()].filter(Boolean);
    if (names.length === 0) return { kind: 'empty', field };
    let catalogue: AgentCatalogue;
    try {
      catalogue = await this.deps.cc.catalogue();
    } catch (error) {
      return { kind: 'unreadable', problem: (error as Error).message };
    }
    const value: NamedId[] = [];
    const unknown: UnknownName[] = [];
    for (const name of names) {
      const match = matchName(catalogue, field, name);
      if ('found' in match) {
        if (!value.some((v) => v.id === match.found.id)) value.push(match.found);
      } else unknown.push({ field, name, closest: match.closest });
    }
    if (unknown.length > 0) return { kind: 'unknown', field, unknown };
    if (field === 'teams') {
      // Contact Center OpenAPI, `UserDTO.teamIds`: a capacity-based team cannot be given to an agent.
      const capacity = value.filter((t) => catalogue.teams.find((c) => c.id === t.id)?.teamType === 'CAPACITY');
      if (capacity.length > 0) return { kind: 'capacity', teams: capacity.map((t) => t.name) };
    }
    await this.deps.store.setAgentDefault(await this.deps.orgId(), field, value, by);
    return { kind: 'set', field, value, warnings: await this.siteWarnings(catalogue) };
  }

  /** `template clear teams`: no default for that field (a configured one is not used either). */
  async clear(field: AgentField, by: string): Promise<void> {
    await this.deps.store.setAgentDefault(await this.deps.orgId(), field, null, by);
  }

  /** Default teams of another site than the default site (allowed, but likely a slip). */
  private async siteWarnings(catalogue: AgentCatalogue): Promise<Msg[]> {
    const { settings } = await this.view(catalogue);
    const site = settings.site;
    if (!site) return [];
    return (settings.teams ?? []).flatMap((t) => {
      const team = catalogue.teams.find((c) => c.id === t.id);
      const teamSite = team?.siteId ? byId(catalogue, 'site', team.siteId) : undefined;
      return teamSite && teamSite.id !== site.id
        ? [msg('template.otherSite', { team: t.name, teamSite: teamSite.name, site: site.name })]
        : [];
    });
  }
}

function configuredNames(configured: AgentSettingNames, field: AgentField): string[] {
  if (field === 'teams') return configured.teams ?? [];
  const name = configured[field];
  return name ? [name] : [];
}
