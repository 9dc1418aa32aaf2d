import { distance } from 'fastest-levenshtein';
import {
  AGENT_FIELDS,
  type AgentCatalogue,
  type AgentField,
  type AgentSettingNames,
  type AgentSettings,
  type CcTeam,
  type NamedId,
} from '../contact-center/agent-settings.js';
import { type Msg, msg } from '../i18n/msg.js';

/**
 * Names of sites, teams and profiles as administrators write them (card, CSV cells, `template`), matched
 * against what the Contact Center offers: case-insensitively, with the spaces around and inside trimmed.
 * A name that matches nothing comes back with the closest existing names, never with a guess.
 */

/** Suggestions given for a name that matches nothing. */
export const MAX_SUGGESTIONS = 3;

/** The teams of one cell or command: `Vendas; Suporte` or `Vendas | Suporte`. */
export function splitTeamNames(value: string): string[] {
  return value
    .split(/[;|]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/** How a name is compared: lower case, spaces trimmed and collapsed. */
export function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Without accents too: "Padrao" is a typing of "Padrão", the closest of all. */
function looseKey(name: string): string {
  return nameKey(name).normalize('NFD').replace(/\p{M}/gu, '');
}

/**
 * The existing names closest to one that matches nothing: at most MAX_SUGGESTIONS, closest first, and
 * only those reasonably close (an edit for every three letters, at least two; or one name holding the
 * other), so that a name far from everything gets no suggestion rather than a random one.
 */
export function closestNames(name: string, candidates: string[], max = MAX_SUGGESTIONS): string[] {
  const wanted = looseKey(name);
  if (wanted === '') return [];
  const scored: { name: string; score: number; edits: number }[] = [];
  const seen = new Set<string>();
  for (const candidate of candidates) {
    // The same name twice is suggested once; names that differ only by accents are each suggested, as
    // a name matching both is not guessed between (matchName).
    if (seen.has(nameKey(candidate))) continue;
    seen.add(nameKey(candidate));
    const key = looseKey(candidate);
    const edits = distance(wanted, key);
    const allowed = Math.max(2, Math.floor(Math.max(wanted.length, key.length) / 3));
    const contains = wanted.length >= 3 && (key.includes(wanted) || wanted.includes(key));
    if (edits <= allowed || contains)
      scored.push({ name: candidate, score: contains ? Math.min(edits, 1) : edits, edits });
  }
  return scored
    .sort((a, b) => a.score - b.score || a.edits - b.edits || a.name.localeCompare(b.name))
    .slice(0, max)
    .map((s) => s.name);
}

/** What each field is chosen from. */
export function choicesOf(catalogue: AgentCatalogue, field: AgentField): NamedId[] {
  switch (field) {
    case 'site':
      return catalogue.sites;
    case 'teams':
      return catalogue.teams.filter((t) => t.active !== false);
    case 'desktopProfile':
      return catalogue.desktopProfiles;
    case 'multimediaProfile':
      return catalogue.multimediaProfiles;
    case 'skillProfile':
      return catalogue.skillProfiles;
  }
}

/** The teams an agent can be given: active and agent-based (the Contact Center refuses capacity-based ones). */
export function agentTeams(catalogue: AgentCatalogue): CcTeam[] {
  return catalogue.teams.filter((t) => t.active !== false && t.teamType !== 'CAPACITY');
}

export type NameMatch = { found: NamedId } | { closest: string[] };

/** One name of a field, matched. */
export function matchName(catalogue: AgentCatalogue, field: AgentField, name: string): NameMatch {
  const choices = choicesOf(catalogue, field);
  const key = nameKey(name);
  const found = choices.find((c) => nameKey(c.name) === key);
  if (found) return { found: { id: found.id, name: found.name } };
  // Site and desktop profile names cannot hold accents (OpenAPI `SiteDTO.name` and
  // `AgentProfileDTO.name` patterns), yet a Brazilian administrator writes "São Paulo": a name that
  // differs from exactly one existing name only by its accents is that name.
  const loose = choices.filter((c) => looseKey(c.name) === looseKey(name));
  if (loose.length === 1) return { found: { id: loose[0]!.id, name: loose[0]!.name } };
  return {
    closest: closestNames(
      name,
      choices.map((c) => c.name),
    ),
  };
}

/** An item of a field by id (what a card submits, what the Contact Center holds). */
export function byId(catalogue: AgentCatalogue, field: AgentField, id: string): NamedId | undefined {
  const found = choicesOf(catalogue, field).find((c) => c.id === id);
  return found ? { id: found.id, name: found.name } : undefined;
}

/** A name that matches nothing, with the closest existing names. */
export interface UnknownName {
  field: AgentField;
  name: string;
  closest: string[];
}

/** Names -> settings; the names that match nothing are listed apart (nothing is guessed). */
export function matchNames(
  catalogue: AgentCatalogue,
  names: AgentSettingNames,
): { settings: AgentSettings; unknown: UnknownName[] } {
  const settings: AgentSettings = {};
  const unknown: UnknownName[] = [];
  const one = (field: AgentField, name: string): NamedId | undefined => {
    const match = matchName(catalogue, field, name);
    if ('found' in match) return match.found;
    unknown.push({ field, name, closest: match.closest });
    return undefined;
  };
  for (const field of AGENT_FIELDS) {
    if (field === 'teams') {
      if (!names.teams || names.teams.length === 0) continue;
      const teams = names.teams.map((name) => one('teams', name));
      if (teams.every((t): t is NamedId => t !== undefined)) settings.teams = dedupe(teams);
      continue;
    }
    const name = names[field];
    if (name === undefined || name.trim() === '') continue;
    const found = one(field, name);
    if (found) settings[field] = found;
  }
  return { settings, unknown };
}

function dedupe(items: NamedId[]): NamedId[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(i.id) && seen.add(i.id));
}

/** The catalog name of a field ("site", "teams", "desktop profile"...). */
export function fieldLabel(field: AgentField): Msg {
  return msg(`agent.field.${field}`);
}

/** `Team "Vendsa" is not in the Contact Center; the closest names: "Vendas"` as a deferred text. */
export function unknownNameText(unknown: UnknownName): Msg {
  const { field, name } = unknown;
  return unknown.closest.length > 0
    ? msg('agent.unknown.closest', { field, name, closest: { list: unknown.closest.map((c) => `"${c}"`) } })
    : msg('agent.unknown', { field, name });
}
