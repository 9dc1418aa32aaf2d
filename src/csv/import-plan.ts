import type { AgentCatalogue } from '../contact-center/agent-settings.js';
import { type Msg, msg } from '../i18n/msg.js';
import { matchNames, unknownNameText } from '../provisioning/agent-names.js';
import type { DesiredAccess, UserAccess } from '../provisioning/license-model.js';
import type { PlanEntry } from '../provisioning/plan.js';
import type { ImportRow } from './read-import.js';

/**
 * Control Hub's two import modes. "Add services only": TRUE adds, FALSE is ignored. "Add and remove
 * services": TRUE adds, FALSE removes; both Contact Center licenses FALSE removes the Contact Center
 * license. A blank cell always leaves that license as it is.
 */
export type ImportMode = 'add' | 'add-remove';

/** Control Hub's name of a mode, a catalog text. */
export function modeLabel(mode: ImportMode): Msg {
  return msg(`mode.${mode}`);
}

export function desiredForRow(row: ImportRow, mode: ImportMode, current: UserAccess | undefined): DesiredAccess {
  const { standard, premium } = row.licenses;
  let tier: DesiredAccess['tier'];
  if (standard === true) tier = 'standard';
  else if (premium === true) tier = 'premium';
  else if (mode === 'add-remove' && current) {
    if ((current.tier === 'standard' && standard === false) || (current.tier === 'premium' && premium === false))
      tier = 'none';
  }
  let fullAdmin: boolean | undefined;
  if (row.role === 'administrator') {
    fullAdmin = true;
    if (tier === undefined || tier === 'none') tier = 'premium';
  } else if (row.role === 'supervisor') {
    if (tier === undefined || tier === 'none') tier = 'premium';
    if (mode === 'add-remove') fullAdmin = false;
  } else if (row.role === 'agent' && mode === 'add-remove') {
    fullAdmin = false;
  }
  return { tier, fullAdmin, supervisor: row.role === 'supervisor' };
}

/**
 * The rows as users to plan; with the Contact Center's lists, the names of their settings columns are
 * matched to ids (a name it no longer has, deleted since the file was checked, blocks its row).
 */
export function planEntriesFromRows(rows: ImportRow[], mode: ImportMode, agentCatalogue?: AgentCatalogue): PlanEntry[] {
  return rows.map((row) => {
    const matched = agentCatalogue && row.agent ? matchNames(agentCatalogue, row.agent) : undefined;
    return {
      line: row.row,
      email: row.email,
      ...(row.firstName ? { firstName: row.firstName } : {}),
      ...(row.lastName ? { lastName: row.lastName } : {}),
      ...(row.displayName ? { displayName: row.displayName } : {}),
      ...(row.phone ? { phone: row.phone } : {}),
      source: { row: row.row, cells: row.cells },
      desired: (current) => desiredForRow(row, mode, current),
      ...(matched ? { agent: matched.settings } : {}),
      ...(matched && matched.unknown.length > 0 ? { agentProblems: matched.unknown.map(unknownNameText) } : {}),
    };
  });
}
