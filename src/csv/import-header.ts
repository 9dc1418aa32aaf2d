import { AGENT_FIELDS, type AgentField } from '../contact-center/agent-settings.js';
import { type Msg, msg } from '../i18n/msg.js';
import type { ContactCenterTier } from '../provisioning/license-model.js';
import type { License } from '../webex/types.js';
import {
  AGENT_HEADERS,
  DISPLAY_NAME_HEADER,
  EMAIL_HEADER,
  EMAIL_HEADERS,
  FIRST_NAME_HEADER,
  LAST_NAME_HEADER,
  licenseColumnTier,
  PHONE_HEADER,
  ROLE_HEADER,
} from './control-hub-columns.js';
import { quoteName } from './problem-list.js';

/**
 * A Control Hub export has a few dozen columns (one per license of the organisation); a header far wider or
 * longer is not a user file, and listing its columns back would make an answer no message can hold.
 */
export const MAX_COLUMNS = 200;
export const MAX_HEADER_BYTES = 64 * 1024;
/** Column names quoted back when a header is refused as too wide or too long. */
const NAMES_SHOWN = 5;
/** The places of a repeated column named in its problem; the others are counted. */
const REPEATS_SHOWN = 3;
/** Other services' column names listed in the mode card; the rest are counted. */
const IGNORED_SHOWN = 20;

/** Where each column the import reads is (-1 when absent), and the columns it leaves alone. */
export interface Columns {
  headers: string[];
  /** Cells in the header row, trailing empty ones included: every row must have as many. */
  width: number;
  email: number;
  first: number;
  last: number;
  display: number;
  phone: number;
  role: number;
  /** The Contact Center settings columns (Site, Teams, Desktop Profile...). */
  agent: Record<AgentField, number>;
  licenses: { index: number; header: string; tier: ContactCenterTier }[];
  ignored: string[];
}

export type HeaderRead = { ok: true; columns: Columns; problems: Msg[] } | { ok: false; problem: Msg };

/** The header row: the columns it names, or why it is not the header of a user file. */
export function readHeader(cells: string[], bytes: number, licenses: License[]): HeaderRead {
  const headers = cells.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  if (headers.length > MAX_COLUMNS) {
    return {
      ok: false,
      problem: msg('csv.tooManyColumns', { count: headers.length, max: MAX_COLUMNS, names: firstNames(headers) }),
    };
  }
  if (bytes > MAX_HEADER_BYTES) {
    return {
      ok: false,
      problem: msg('csv.headerTooLong', {
        size: Math.ceil(bytes / 1024),
        max: MAX_HEADER_BYTES / 1024,
        names: firstNames(headers),
      }),
    };
  }
  const find = (names: string[]) => headers.findIndex((h) => names.includes(h.toLowerCase()));
  const email = find(EMAIL_HEADERS);
  if (email === -1) {
    const looksLikeCsv = headers.length > 1 || headers.some((h) => /name|email|user/i.test(h));
    return {
      ok: false,
      problem: looksLikeCsv ? msg('csv.noEmailColumn', { header: EMAIL_HEADER }) : msg('csv.notUsers'),
    };
  }
  const col = (name: string) => find([name.toLowerCase()]);
  const columns: Columns = {
    headers,
    width: cells.length,
    email,
    first: col(FIRST_NAME_HEADER),
    last: col(LAST_NAME_HEADER),
    display: col(DISPLAY_NAME_HEADER),
    phone: col(PHONE_HEADER),
    role: col(ROLE_HEADER),
    agent: Object.fromEntries(AGENT_FIELDS.map((f) => [f, col(AGENT_HEADERS[f])])) as Record<AgentField, number>,
    licenses: [],
    ignored: [],
  };
  const read = [
    columns.email,
    columns.first,
    columns.last,
    columns.display,
    columns.phone,
    columns.role,
    ...Object.values(columns.agent),
  ];
  headers.forEach((header, index) => {
    if (read.includes(index) || header === '') return;
    const tier = licenseColumnTier(header, licenses);
    if (tier) columns.licenses.push({ index, header, tier });
    else columns.ignored.push(header);
  });
  return { ok: true, columns, problems: repeatedColumns(headers) };
}

/**
 * A column named twice (in any case, with any spaces around), or two of the names the email column goes by:
 * which of the two would be read is a guess, so neither is.
 */
function repeatedColumns(headers: string[]): Msg[] {
  const byName = new Map<string, number[]>();
  headers.forEach((header, index) => {
    if (header === '') return;
    const name = header.toLowerCase();
    const key = EMAIL_HEADERS.includes(name) ? EMAIL_HEADERS[0]! : name;
    byName.set(key, [...(byName.get(key) ?? []), index]);
  });
  return [...byName.values()]
    .filter((indexes) => indexes.length > 1)
    .map((indexes) => {
      const named = indexes.slice(0, REPEATS_SHOWN).map((i) => `"${quoteName(headers[i]!)}" (${columnLetter(i)})`);
      const more = indexes.length > REPEATS_SHOWN ? [`… (+${indexes.length - REPEATS_SHOWN})`] : [];
      return msg('csv.repeatedColumn', { columns: { list: [...named, ...more] } });
    });
}

/** Whether the file has any Contact Center settings column. */
export function hasAgentColumns(columns: Columns): boolean {
  return Object.values(columns.agent).some((index) => index >= 0);
}

/** The letter a spreadsheet shows above a column: A to Z, then AA, AB... */
export function columnLetter(index: number): string {
  let letters = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  }
  return letters;
}

/** The name of a column for a message: its header, or its letter when the header cell is blank. */
export function columnName(columns: Columns, index: number): string {
  const header = columns.headers[index] ?? '';
  return header === '' ? columnLetter(index) : quoteName(header);
}

/** Other services' columns as the mode card lists them: the first ones, then how many more. */
export function ignoredForDisplay(ignored: string[]): string[] {
  const shown = ignored.slice(0, IGNORED_SHOWN).map(quoteName);
  return ignored.length > IGNORED_SHOWN ? [...shown, `… (+${ignored.length - IGNORED_SHOWN})`] : shown;
}

function firstNames(headers: string[]): string {
  const names = headers
    .slice(0, NAMES_SHOWN)
    .map((h) => `"${quoteName(h)}"`)
    .join(', ');
  return headers.length > NAMES_SHOWN ? `${names}, …` : names;
}
