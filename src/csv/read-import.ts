import { isValidEmail } from '../provisioning/parse-entries.js';
import type { ContactCenterTier } from '../provisioning/license-model.js';
import type { License } from '../webex/types.js';
import {
  DISPLAY_NAME_HEADER,
  EMAIL_HEADER,
  EMAIL_HEADERS,
  FIRST_NAME_HEADER,
  LAST_NAME_HEADER,
  licenseColumnTier,
  parseBoolean,
  parseRole,
  PHONE_HEADER,
  ROLE_HEADER,
  type CsvRole,
} from './control-hub-columns.js';
import { decodeCsvBytes } from './decode.js';
import { parseCsv } from './parse-csv.js';

export const MAX_IMPORT_ROWS = 20_000;
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

/** One user row of an import, as read (before comparing with Webex). */
export interface ImportRow {
  row: number;
  email: string;
  firstName?: string;
  lastName?: string;
  displayName?: string;
  phone?: string;
  /** TRUE/FALSE per Contact Center tier; absent = the cell was blank. */
  licenses: Partial<Record<ContactCenterTier, boolean>>;
  role?: CsvRole;
  /** The row's cells as read, to write the errors-only file in the same layout. */
  cells: string[];
}

export interface ImportFile {
  headers: string[];
  rows: ImportRow[];
  problems: string[];
  ignoredColumns: string[];
  encoding: string;
  separator: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/** Reads an uploaded Control Hub CSV and checks every row; every problem is reported with its row. */
export function readImportFile(bytes: Buffer, licenses: License[]): ImportFile {
  const empty = (problem: string): ImportFile => ({ headers: [], rows: [], problems: [problem], ignoredColumns: [], encoding: '', separator: '' });
  if (bytes.length > MAX_IMPORT_BYTES) {
    return empty(`The file is ${(bytes.length / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_IMPORT_BYTES / 1024 / 1024} MB. Split it into smaller files.`);
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return empty(decoded.problem);
  const csv = parseCsv(decoded.text);
  if (csv.rows.length === 0) return empty('The file has no rows.');
  const [headerRow, ...dataRows] = csv.rows;
  const headers = headerRow!.cells.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const problems: string[] = [];
  if (csv.unterminatedQuoteAtLine !== undefined) {
    problems.push(`Line ${csv.unterminatedQuoteAtLine}: a quoted value is never closed (a " is missing), so the rest of the file cannot be read reliably.`);
  }
  const find = (names: string[]) => headers.findIndex((h) => names.includes(h.toLowerCase()));
  const emailCol = find(EMAIL_HEADERS);
  if (emailCol === -1) {
    const looksLikeCsv = headers.length > 1 || headers.some((h) => /name|email|user/i.test(h));
    return {
      ...empty(
        looksLikeCsv
          ? `The file has no "${EMAIL_HEADER}" column. Start from the file \`export\` gives you (or Control Hub's export) and keep its header row.`
          : 'This does not look like a CSV file of users: its first line is not a header row with a "User ID/Email (Required)" column.',
      ),
      encoding: decoded.encoding,
      separator: csv.separator,
    };
  }
  if (dataRows.length > MAX_IMPORT_ROWS) {
    problems.push(`The file has ${dataRows.length} user rows; Control Hub's limit, which the bot keeps, is ${MAX_IMPORT_ROWS}. Split it into several files.`);
  }
  const col = (name: string) => find([name.toLowerCase()]);
  const firstCol = col(FIRST_NAME_HEADER);
  const lastCol = col(LAST_NAME_HEADER);
  const displayCol = col(DISPLAY_NAME_HEADER);
  const phoneCol = col(PHONE_HEADER);
  const roleCol = col(ROLE_HEADER);
  const licenseCols: { index: number; header: string; tier: ContactCenterTier }[] = [];
  const ignoredColumns: string[] = [];
  headers.forEach((header, index) => {
    if ([emailCol, firstCol, lastCol, displayCol, phoneCol, roleCol].includes(index) || header === '') return;
    const tier = licenseColumnTier(header, licenses);
    if (tier) licenseCols.push({ index, header, tier });
    else ignoredColumns.push(header);
  });

  const rows: ImportRow[] = [];
  const seen = new Map<string, number>();
  for (const { line, cells } of dataRows.slice(0, MAX_IMPORT_ROWS)) {
    const cell = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '');
    const where = `Row ${line}`;
    const rawEmail = cell(emailCol);
    const rowProblems: string[] = [];
    const email = rawEmail.toLowerCase();
    if (!rawEmail) rowProblems.push(`${where}: the email address is missing.`);
    else if (!isValidEmail(email)) rowProblems.push(`${where}: "${truncate(rawEmail)}" is not a valid email address.`);
    else if (seen.has(email)) rowProblems.push(`${where}: ${email} is already on row ${seen.get(email)}; each user can appear once.`);
    for (const [index, header] of [[firstCol, FIRST_NAME_HEADER], [lastCol, LAST_NAME_HEADER], [displayCol, DISPLAY_NAME_HEADER]] as const) {
      const value = cell(index);
      if (FORMULA_START.test(value)) rowProblems.push(`${where}: ${header} "${truncate(value)}" is a spreadsheet formula, not a name.`);
      else if (value.length > 256) rowProblems.push(`${where}: ${header} is longer than 256 characters.`);
    }
    const licensesOfRow: Partial<Record<ContactCenterTier, boolean>> = {};
    for (const lc of licenseCols) {
      const value = parseBoolean(cell(lc.index));
      if (value === 'invalid') {
        rowProblems.push(`${where}: "${truncate(cell(lc.index))}" in "${lc.header}" is not TRUE or FALSE.`);
        continue;
      }
      if (value === undefined) continue;
      // Several subscriptions of one license: TRUE in any of them means the user should hold it.
      licensesOfRow[lc.tier] = (licensesOfRow[lc.tier] ?? false) || value;
    }
    if (licensesOfRow.standard === true && licensesOfRow.premium === true) {
      rowProblems.push(`${where}: both Standard Agent and Premium Agent are TRUE; a Contact Center user holds exactly one of them.`);
    }
    const role = parseRole(cell(roleCol));
    if (role === 'invalid') rowProblems.push(`${where}: "${truncate(cell(roleCol))}" in "${ROLE_HEADER}" is not Agent, Supervisor or Administrator.`);
    else if ((role === 'supervisor' || role === 'administrator') && licensesOfRow.standard === true) {
      rowProblems.push(`${where}: ${role === 'supervisor' ? 'a Supervisor' : 'an Administrator'} needs the Premium Agent license, but Standard Agent is TRUE.`);
    }
    const phone = cell(phoneCol);
    const phoneProblem = phone ? strippedPlus(phone) : undefined;
    if (phoneProblem) rowProblems.push(`${where}: ${phoneProblem}`);
    if (rowProblems.length > 0) {
      problems.push(...rowProblems);
      continue;
    }
    seen.set(email, line);
    rows.push({
      row: line,
      email,
      ...(cell(firstCol) ? { firstName: cell(firstCol) } : {}),
      ...(cell(lastCol) ? { lastName: cell(lastCol) } : {}),
      ...(cell(displayCol) ? { displayName: cell(displayCol) } : {}),
      ...(phone ? { phone } : {}),
      licenses: licensesOfRow,
      ...(role && role !== 'invalid' ? { role } : {}),
      cells,
    });
  }
  if (licenseCols.length === 0 && roleCol === -1) {
    problems.push('The file has no Contact Center license column ("Contact center Standard Agent", "Contact Center Premium Agent") and no "Contact Center Role" column, so there is nothing to change.');
  }
  return { headers, rows, problems, ignoredColumns, encoding: decoded.encoding, separator: csv.separator };
}

/** A phone number a spreadsheet damaged: its leading + removed, or turned into 1.41E+10. */
export function strippedPlus(phone: string): string | undefined {
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(phone)) {
    return `phone number "${phone}" was turned into a number by a spreadsheet; format the column as Text and type the number again with its +.`;
  }
  const digits = phone.replace(/[\s().-]/g, '');
  if (/^\d{11,15}$/.test(digits) && !digits.startsWith('0')) {
    return `phone number "${phone}" looks like an international number whose + a spreadsheet removed; use "+${digits}" (format the column as Text so it stays).`;
  }
  return undefined;
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
