import type { AgentField } from '../contact-center/agent-settings.js';
import { type ContactCenterTier, tierOfLicense } from '../provisioning/license-model.js';
import type { License } from '../webex/types.js';

/** Control Hub's user CSV layout, as far as this bot reads and writes it. */
export const EMAIL_HEADER = 'User ID/Email (Required)';
export const FIRST_NAME_HEADER = 'First Name';
export const LAST_NAME_HEADER = 'Last Name';
export const DISPLAY_NAME_HEADER = 'Display Name';
export const PHONE_HEADER = 'Phone Number';
/** Not in Control Hub's file: the bot's own column for the Contact Center role. */
export const ROLE_HEADER = 'Contact Center Role';

/**
 * Not in Control Hub's file either: the Contact Center settings of an agent, by name (what the Management
 * Portal's Agent Update Template sets). Teams are separated by `;` or `|`; a blank cell leaves a setting as
 * it is, and a file without these columns changes none.
 */
export const AGENT_HEADERS: Record<AgentField, string> = {
  site: 'Site',
  teams: 'Teams',
  desktopProfile: 'Desktop Profile',
  multimediaProfile: 'Multimedia Profile',
  skillProfile: 'Skill Profile',
};

export const EMAIL_HEADERS = [
  'user id/email (required)',
  'user id/email',
  'email',
  'e-mail',
  'email address',
  'user id',
];

export type CsvRole = 'agent' | 'supervisor' | 'administrator';

/**
 * The role words an administrator types, compared without case, accents, spaces or the "(a)" a Brazilian
 * spreadsheet writes for either gender: "Supervisora", "Supervisor(a)", "Agente", "ADMINISTRADORA".
 */
const ROLE_WORDS: Record<string, CsvRole> = {
  agent: 'agent',
  agente: 'agent',
  atendente: 'agent',
  supervisor: 'supervisor',
  supervisora: 'supervisor',
  administrator: 'administrator',
  admin: 'administrator',
  administrador: 'administrator',
  administradora: 'administrator',
};

export const ROLE_VALUES: Record<CsvRole, string> = {
  agent: 'Agent',
  supervisor: 'Supervisor',
  administrator: 'Administrator',
};

function roleWord(value: string): string {
  return value
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(a\)$|\/a$/, '')
    .replace(/[\s._-]+/g, '');
}

export function parseRole(value: string): CsvRole | undefined | 'invalid' {
  const v = roleWord(value.trim());
  if (v === '') return undefined;
  return ROLE_WORDS[v] ?? 'invalid';
}

const TRUE_WORDS = [
  'true',
  't',
  '1',
  'verdadeiro',
  'vrai',
  'wahr',
  'verdadero',
  'vero',
  'waar',
  'yes',
  'sim',
  'oui',
  'ja',
  'sí',
  'si',
];
const FALSE_WORDS = ['false', 'f', '0', 'falso', 'faux', 'falsch', 'onwaar', 'no', 'não', 'nao', 'non', 'nein'];

/** TRUE/FALSE in any case and the spreadsheet-localised forms; blank = leave as it is. */
export function parseBoolean(value: string): boolean | undefined | 'invalid' {
  const v = value.trim().toLowerCase();
  if (v === '') return undefined;
  if (TRUE_WORDS.includes(v)) return true;
  if (FALSE_WORDS.includes(v)) return false;
  return 'invalid';
}

/** The license a column header names: "<license name>" or "<license name> [<subscription>]". */
export function licenseColumnTier(header: string, licenses: License[]): ContactCenterTier | undefined {
  const name = header
    .replace(/\s*\[[^\]]*\]\s*$/, '')
    .replace(/\s*\(suspended\)\s*$/i, '')
    .trim();
  const exact = licenses.find((l) => l.name.trim().toLowerCase() === name.toLowerCase());
  if (exact) return tierOfLicense(exact);
  return tierOfLicense({ id: '', name });
}

/** Column names for the Contact Center licenses, with the subscription when a license exists in several. */
export function licenseColumns(licenses: License[]): { header: string; tier: ContactCenterTier; licenseId: string }[] {
  const cc = licenses.filter((l) => tierOfLicense(l) !== undefined);
  return cc.map((l) => {
    const several = cc.filter((o) => o.name.trim().toLowerCase() === l.name.trim().toLowerCase()).length > 1;
    return {
      header: several ? `${l.name} [${l.subscriptionId ?? l.id}]` : l.name,
      tier: tierOfLicense(l)!,
      licenseId: l.id,
    };
  });
}
