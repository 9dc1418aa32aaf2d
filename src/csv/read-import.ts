import { isMsg, type Msg, msg } from '../i18n/msg.js';
import type { ContactCenterTier } from '../provisioning/license-model.js';
import { isValidEmail } from '../provisioning/parse-entries.js';
import type { License } from '../webex/types.js';
import {
  type CsvRole,
  DISPLAY_NAME_HEADER,
  EMAIL_HEADER,
  EMAIL_HEADERS,
  FIRST_NAME_HEADER,
  LAST_NAME_HEADER,
  licenseColumnTier,
  PHONE_HEADER,
  parseBoolean,
  parseRole,
  ROLE_HEADER,
} from './control-hub-columns.js';
import { decodeCsvBytes } from './decode.js';
import { readCsvRows } from './read-rows.js';

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
  problems: Msg[];
  ignoredColumns: string[];
  encoding: string;
  separator: string;
}

const FORMULA_START = /^[=+\-@\t\r]/;

export type ImportSummary = Omit<ImportFile, 'rows'> & { rowCount: number };

/** Reads an uploaded Control Hub CSV and checks every row; every problem is reported with its row. */
export function readImportFile(bytes: Buffer, licenses: License[]): ImportFile {
  const rows: ImportRow[] = [];
  const summary = scanImportFile(bytes, licenses, (row) => rows.push(row));
  return {
    headers: summary.headers,
    rows,
    problems: summary.problems,
    ignoredColumns: summary.ignoredColumns,
    encoding: summary.encoding,
    separator: summary.separator,
  };
}

/**
 * The same check row by row, handing each good row to `onRow` without keeping it: a 20,000-row file
 * is read in constant memory apart from the set of addresses seen (for duplicates).
 */
export function scanImportFile(bytes: Buffer, licenses: License[], onRow: (row: ImportRow) => void): ImportSummary {
  const result: ImportSummary = {
    headers: [],
    problems: [],
    ignoredColumns: [],
    encoding: '',
    separator: '',
    rowCount: 0,
  };
  const fail = (problem: Msg): ImportSummary => ({ ...result, problems: [problem] });
  if (bytes.length > MAX_IMPORT_BYTES) {
    return fail(
      msg('csv.tooBig', {
        size: Math.round((bytes.length / 1024 / 1024) * 10) / 10,
        max: MAX_IMPORT_BYTES / 1024 / 1024,
      }),
    );
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) return fail(decoded.problem);
  result.encoding = decoded.encoding;
  const problems = result.problems;
  let columns: Columns | undefined;
  let headerProblem: Msg | undefined;
  let dataRows = 0;
  const seen = new Map<string, number>();
  const csv = readCsvRows(decoded.utf8, ({ line, cells }) => {
    if (headerProblem) return;
    if (!columns) {
      const found = readHeader(cells, licenses);
      if (isMsg(found)) headerProblem = found;
      else {
        columns = found;
        result.headers = found.headers;
        result.ignoredColumns = found.ignored;
      }
      return;
    }
    dataRows += 1;
    if (dataRows > MAX_IMPORT_ROWS) return;
    const row = checkRow(line, cells, columns, seen, problems);
    if (row) onRow(row);
  });
  result.separator = csv.separator;
  if (!columns && !headerProblem) return { ...result, problems: [csv.quoteProblem ?? msg('csv.noRows')] };
  if (headerProblem) return { ...result, problems: [headerProblem] };
  if (csv.quoteProblem) problems.unshift(csv.quoteProblem);
  if (dataRows > MAX_IMPORT_ROWS) {
    problems.unshift(msg('csv.tooManyRows', { rows: dataRows, max: MAX_IMPORT_ROWS }));
  }
  if (columns!.licenses.length === 0 && columns!.role === -1) {
    problems.push(msg('csv.nothingToChange'));
  }
  result.rowCount = Math.min(dataRows, MAX_IMPORT_ROWS);
  return result;
}

interface Columns {
  headers: string[];
  email: number;
  first: number;
  last: number;
  display: number;
  phone: number;
  role: number;
  licenses: { index: number; header: string; tier: ContactCenterTier }[];
  ignored: string[];
}

function readHeader(cells: string[], licenses: License[]): Columns | Msg {
  const headers = cells.map((h) => h.trim());
  while (headers.length > 0 && headers[headers.length - 1] === '') headers.pop();
  const find = (names: string[]) => headers.findIndex((h) => names.includes(h.toLowerCase()));
  const email = find(EMAIL_HEADERS);
  if (email === -1) {
    const looksLikeCsv = headers.length > 1 || headers.some((h) => /name|email|user/i.test(h));
    return looksLikeCsv ? msg('csv.noEmailColumn', { header: EMAIL_HEADER }) : msg('csv.notUsers');
  }
  const col = (name: string) => find([name.toLowerCase()]);
  const columns: Columns = {
    headers,
    email,
    first: col(FIRST_NAME_HEADER),
    last: col(LAST_NAME_HEADER),
    display: col(DISPLAY_NAME_HEADER),
    phone: col(PHONE_HEADER),
    role: col(ROLE_HEADER),
    licenses: [],
    ignored: [],
  };
  headers.forEach((header, index) => {
    if (
      [columns.email, columns.first, columns.last, columns.display, columns.phone, columns.role].includes(index) ||
      header === ''
    )
      return;
    const tier = licenseColumnTier(header, licenses);
    if (tier) columns.licenses.push({ index, header, tier });
    else columns.ignored.push(header);
  });
  return columns;
}

function checkRow(
  line: number,
  cells: string[],
  c: Columns,
  seen: Map<string, number>,
  problems: Msg[],
): ImportRow | undefined {
  const cell = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '');
  const row = String(line);
  const rawEmail = cell(c.email);
  const rowProblems: Msg[] = [];
  const email = rawEmail.toLowerCase();
  if (!rawEmail) rowProblems.push(msg('row.emailMissing', { row }));
  else if (!isValidEmail(email)) rowProblems.push(msg('row.invalidEmail', { row, email: truncate(rawEmail) }));
  else if (seen.has(email)) rowProblems.push(msg('row.duplicate', { row, email, first: String(seen.get(email)) }));
  for (const [index, header] of [
    [c.first, FIRST_NAME_HEADER],
    [c.last, LAST_NAME_HEADER],
    [c.display, DISPLAY_NAME_HEADER],
  ] as const) {
    const value = cell(index);
    if (FORMULA_START.test(value)) rowProblems.push(msg('row.formula', { row, header, value: truncate(value) }));
    else if (value.length > 256) rowProblems.push(msg('row.tooLong', { row, header }));
  }
  const licensesOfRow: Partial<Record<ContactCenterTier, boolean>> = {};
  for (const lc of c.licenses) {
    const value = parseBoolean(cell(lc.index));
    if (value === 'invalid') {
      rowProblems.push(msg('row.notBoolean', { row, value: truncate(cell(lc.index)), header: lc.header }));
      continue;
    }
    if (value === undefined) continue;
    // Several subscriptions of one license: TRUE in any of them means the user should hold it.
    licensesOfRow[lc.tier] = (licensesOfRow[lc.tier] ?? false) || value;
  }
  if (licensesOfRow.standard === true && licensesOfRow.premium === true) {
    rowProblems.push(msg('row.bothLicenses', { row }));
  }
  const role = parseRole(cell(c.role));
  if (role === 'invalid')
    rowProblems.push(msg('row.unknownRole', { row, value: truncate(cell(c.role)), header: ROLE_HEADER }));
  else if ((role === 'supervisor' || role === 'administrator') && licensesOfRow.standard === true) {
    rowProblems.push(
      msg(role === 'supervisor' ? 'row.supervisorNeedsPremium' : 'row.administratorNeedsPremium', { row }),
    );
  }
  const phone = cell(c.phone);
  const phoneProblem = phone ? strippedPlus(phone, row) : undefined;
  if (phoneProblem) rowProblems.push(phoneProblem);
  if (rowProblems.length > 0) {
    problems.push(...rowProblems);
    return undefined;
  }
  seen.set(email, line);
  return {
    row: line,
    email,
    ...(cell(c.first) ? { firstName: cell(c.first) } : {}),
    ...(cell(c.last) ? { lastName: cell(c.last) } : {}),
    ...(cell(c.display) ? { displayName: cell(c.display) } : {}),
    ...(phone ? { phone } : {}),
    licenses: licensesOfRow,
    ...(role && role !== 'invalid' ? { role } : {}),
    cells: cells.slice(0, c.headers.length),
  };
}

/** A phone number a spreadsheet damaged: its leading + removed, or turned into 1.41E+10. */
export function strippedPlus(phone: string, row: string): Msg | undefined {
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(phone)) {
    return msg('row.phoneNumber', { row, phone });
  }
  const digits = phone.replace(/[\s().-]/g, '');
  if (/^\d{11,15}$/.test(digits) && !digits.startsWith('0')) {
    return msg('row.phonePlus', { row, phone, digits });
  }
  return undefined;
}

function truncate(value: string): string {
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
