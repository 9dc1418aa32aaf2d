import { z } from 'zod';
import { AGENT_FIELDS, type AgentField, type NamedId } from '../../contact-center/agent-settings.js';
import type { Translator } from '../../i18n/translate.js';
import { agentTeams, choicesOf } from '../../provisioning/agent-names.js';
import type { CardAgentChoice } from '../../provisioning/services/preview-batch.js';
import type { AgentChoices } from '../../provisioning/services/services.js';

/** Choices a choice set offers at most: a card stays small enough for Webex whatever the organisation. */
export const MAX_CHOICES = 100;

/**
 * The value of the choice "Leave as is" (or "No default set"): a choice needs a value of its own
 * (Adaptive Cards refuse an empty one), and Contact Center ids are UUIDs.
 */
export const KEEP = 'keep';

/** Which card: `add` preselects the organisation's defaults, `modify` leaves everything as it is. */
export type UsersCardKind = 'add' | 'modify';

/**
 * The Contact Center inputs of the Add Users card: each a choice set's value (ids; teams joined by
 * commas, as Adaptive Cards join a multi-select), and what the card preselected (`preset*`). A value
 * left blank, or left as the card preselected it, is not given: users new to the Contact Center get
 * the organisation's defaults there, users already in it keep what they hold.
 */
export const agentInputs = {
  card: z.enum(['add', 'modify']).optional().catch(undefined),
  site: z.string().optional().catch(undefined),
  teams: z.string().optional().catch(undefined),
  desktopProfile: z.string().optional().catch(undefined),
  multimediaProfile: z.string().optional().catch(undefined),
  skillProfile: z.string().optional().catch(undefined),
  presetSite: z.string().optional().catch(undefined),
  presetTeams: z.string().optional().catch(undefined),
  presetDesktopProfile: z.string().optional().catch(undefined),
  presetMultimediaProfile: z.string().optional().catch(undefined),
  presetSkillProfile: z.string().optional().catch(undefined),
};

type AgentInputs = { [K in keyof typeof agentInputs]?: string | undefined };

const PRESET: Record<AgentField, keyof AgentInputs> = {
  site: 'presetSite',
  teams: 'presetTeams',
  desktopProfile: 'presetDesktopProfile',
  multimediaProfile: 'presetMultimediaProfile',
  skillProfile: 'presetSkillProfile',
};

const ids = (value: string | undefined): string[] =>
  (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '' && v !== KEEP);

/** What the card gives: the fields chosen other than as the card preselected them. */
export function cardAgentChoice(inputs: AgentInputs): CardAgentChoice | undefined {
  const choice: CardAgentChoice = {};
  for (const field of AGENT_FIELDS) {
    const chosen = ids(inputs[field]);
    if (chosen.length === 0) continue;
    const preset = ids(inputs[PRESET[field]]);
    const same = chosen.length === preset.length && chosen.every((id) => preset.includes(id));
    if (!same) choice[field] = chosen;
  }
  return Object.keys(choice).length > 0 ? choice : undefined;
}

/** The card's data for its Contact Center part: choices, preselections and what the card carries back. */
export function agentCardData(tr: Translator, kind: UsersCardKind, choices: AgentChoices): Record<string, unknown> {
  const blank = Object.fromEntries(AGENT_FIELDS.map((f) => [f, f === 'teams' ? '' : KEEP]));
  const empty = { card: kind, presets: blank, values: blank, teamsPlaceholder: '', notes: [] as string[] };
  if (!choices.readable) {
    const none = Object.fromEntries(AGENT_FIELDS.map((f) => [`${f === 'teams' ? 'team' : f}Choices`, []]));
    return { ...empty, ...none, shown: false, problem: tr.t('users.agentUnreadable', { error: choices.problem }) };
  }
  const { catalogue, defaults } = choices;
  const data: Record<string, unknown> = { shown: true, problem: '', card: kind };
  const presets: Record<string, string> = {};
  const values: Record<string, string> = {};
  const notes: string[] = [];
  for (const field of AGENT_FIELDS) {
    const offered = field === 'teams' ? agentTeams(catalogue) : choicesOf(catalogue, field);
    const fieldDefaults =
      field === 'teams'
        ? (defaults.settings.teams ?? []).filter((t) => offered.some((o) => o.id === t.id))
        : [defaults.settings[field]].filter((d): d is NamedId => d !== undefined);
    const defaultIds = new Set(fieldDefaults.map((d) => d.id));
    const kept = [...fieldDefaults, ...offered.filter((o) => !defaultIds.has(o.id))].slice(0, MAX_CHOICES);
    if (offered.length > kept.length)
      notes.push(tr.t('users.agentMore', { field, count: offered.length - kept.length }));
    const listed = kept.map((o) => ({
      title: defaultIds.has(o.id) ? tr.t('users.agentDefault', { name: o.name }) : o.name,
      value: o.id,
    }));
    const preselected = kind === 'add' ? fieldDefaults.map((d) => d.id).join(',') : '';
    // A single choice can always go back to "as it is"; a multi-select does so when nothing is chosen.
    const first =
      field === 'teams' || (kind === 'add' && preselected !== '')
        ? []
        : [{ title: tr.t(kind === 'add' ? 'users.agentNoDefault' : 'users.agentLeaveAsIs'), value: KEEP }];
    data[`${field === 'teams' ? 'team' : field}Choices`] = [...first, ...listed];
    values[field] = preselected || (field === 'teams' ? '' : KEEP);
    presets[field] = preselected;
  }
  return {
    ...data,
    values,
    presets,
    notes,
    teamsPlaceholder: tr.t(kind === 'add' ? 'users.agentNoDefault' : 'users.agentLeaveAsIs'),
  };
}
