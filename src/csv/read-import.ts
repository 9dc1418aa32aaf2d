import {
  AGENT_FIELDS,
  type AgentCatalogue,
  type AgentField,
  type AgentSettingNames,
} from '../contact-center/agent-settings.js';
import { type Msg, msg } from '../i18n/msg.js';
import { matchNames, splitTeamNames } from '../provisioning/agent-names.js';
import type { ContactCenterTier } from '../provisioning/license-model.js';
import { isValidEmail } from '../provisioning/parse-entries.js';
import type { License } from '../webex/types.js';
import {
  AGENT_HEADERS,
  type CsvRole,
  DISPLAY_NAME_HEADER,
  FIRST_NAME_HEADER,
  LAST_NAME_HEADER,
  parseBoolean,
  parseRole,
  ROLE_HEADER,
} from './control-hub-columns.js';
import { decodeCsvBytes } from './decode.js';
import { type Columns, columnName, hasAgentColumns, ignoredForDisplay, readHeader } from './import-header.js';
import { holdsOddBytes, type OddBytes } from './mixed-encoding.js';
import { ProblemList, quoteName, quoteValue } from './problem-list.js';
import { type CsvRow, readCsvRows, type Separator } from './read-rows.js';
import { looksLikeFormula } from './spreadsheet-formula.js';

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
  /** Contact Center settings by name; absent = the cell was blank (or the column is not in the file). */
  agent?: AgentSettingNames;
  /** The row's cells as read, to write the errors-only file in the same layout. */
  cells: string[];
}

export interface ImportFile {
  headers: string[];
  rows: ImportRow[];
  /**
   * The first problems found, at most MAX_LISTED_PROBLEMS, the last of them saying how many more there are
   * when the list is cut: what the administrator reads, within one Webex message.
   */
  problems: Msg[];
  /** Every problem found, listed or not. */
  problemCount: number;
  /** Other services' columns, the first ones by name and the rest counted, to show in the mode card. */
  ignoredColumns: string[];
  encoding: string;
  separator: string;
  /** Whether the header has a Contact Center settings column (Site, Teams, Desktop Profile...). */
  agentColumns: boolean;
}

/** A name that starts like a formula is refused whatever follows: Webex would show it as typed. */
const FORMULA_START = /^[=+\-@\t\r]/;

export type ImportSummary = Omit<ImportFile, 'rows'> & { rowCount: number };

/**
 * Reads an uploaded Control Hub CSV and checks every row; every problem is reported with its row. With
 * the Contact Center's lists, the names of its settings columns are checked too.
 */
export function readImportFile(bytes: Buffer, licenses: License[], agentCatalogue?: AgentCatalogue): ImportFile {
  const rows: ImportRow[] = [];
  const { rowCount: _, ...summary } = scanImportFile(bytes, licenses, (row) => rows.push(row), agentCatalogue);
  return { ...summary, rows };
}

/**
 * The same check row by row, handing each good row to `onRow` without keeping it: a 20,000-row file
 * is read in constant memory apart from the set of addresses seen (for duplicates). With
 * `agentCatalogue`, a site, team or profile the Contact Center does not have is a problem of its row,
 * told with the closest names it has.
 */
export function scanImportFile(
  bytes: Buffer,
  licenses: License[],
  onRow: (row: ImportRow) => void,
  agentCatalogue?: AgentCatalogue,
): ImportSummary {
  const result = {
    headers: [] as string[],
    ignoredColumns: [] as string[],
    encoding: '',
    separator: '',
    rowCount: 0,
    agentColumns: false,
  };
  const problems = new ProblemList();
  const done = (): ImportSummary => ({ ...result, problems: problems.listed(), problemCount: problems.total });
  if (bytes.length > MAX_IMPORT_BYTES) {
    problems.add(
      msg('csv.tooBig', {
        size: Math.round((bytes.length / 1024 / 1024) * 10) / 10,
        max: MAX_IMPORT_BYTES / 1024 / 1024,
      }),
    );
    return done();
  }
  const decoded = decodeCsvBytes(bytes);
  if (!decoded.ok) {
    problems.add(decoded.problem);
    return done();
  }
  result.encoding = decoded.encoding;
  let columns: Columns | undefined;
  let headerProblem: Msg | undefined;
  let dataRows = 0;
  const seen = new Map<string, number>();
  const csv = readCsvRows(decoded.utf8, (read) => {
    if (headerProblem) return;
    if (columns) {
      dataRows += 1;
      if (dataRows > MAX_IMPORT_ROWS) return;
    }
    // A row whose bytes cannot be trusted is refused for that alone: its other problems may be echoes of it.
    const damaged = damage(read, decoded.utf8, decoded.oddBytes);
    for (const problem of damaged) problems.add(problem);
    if (!columns) {
      const header = readHeader(read.cells, read.end - read.start, licenses);
      if (!header.ok) {
        headerProblem = header.problem;
        return;
      }
      columns = header.columns;
      result.headers = columns.headers;
      result.agentColumns = hasAgentColumns(columns);
      result.ignoredColumns = ignoredForDisplay(columns.ignored);
      for (const problem of header.problems) problems.add(problem);
      return;
    }
    if (damaged.length > 0) return;
    const row = checkRow(read, columns, seen, problems, agentCatalogue);
    if (row) onRow(row);
  });
  result.separator = csv.separator;
  if (headerProblem) {
    problems.add(headerProblem);
    return done();
  }
  if (!columns) {
    problems.add(csv.quoteProblem ?? msg('csv.noRows'));
    return done();
  }
  if (csv.quoteProblem) problems.addFirst(csv.quoteProblem);
  if (dataRows > MAX_IMPORT_ROWS) {
    problems.addFirst(msg('csv.tooManyRows', { rows: dataRows, max: MAX_IMPORT_ROWS }));
  }
  // A header alone would show the mode buttons for an import of nobody.
  if (dataRows === 0 && !csv.quoteProblem) problems.add(msg('csv.noUsers'));
  if (columns.licenses.length === 0 && columns.role === -1 && !result.agentColumns) {
    problems.add(msg('csv.nothingToChange'));
  }
  result.rowCount = Math.min(dataRows, MAX_IMPORT_ROWS);
  return done();
}

/** What makes a row unreadable whatever its columns: a NUL byte, or text in the file's other encoding. */
function damage(read: CsvRow, utf8: Buffer, oddBytes: OddBytes | undefined): Msg[] {
  const row = String(read.line);
  const found: Msg[] = [];
  if (read.cells.some((cell) => cell.includes('\u0000'))) found.push(msg('row.nul', { row }));
  if (oddBytes && holdsOddBytes(utf8, read.start, read.end, oddBytes)) found.push(msg('row.mixedEncoding', { row }));
  return found;
}

function checkRow(
  read: CsvRow,
  c: Columns,
  seen: Map<string, number>,
  problems: ProblemList,
  agentCatalogue: AgentCatalogue | undefined,
): ImportRow | undefined {
  const { line, cells } = read;
  const row = String(line);
  if (cells.length !== c.width) {
    // Cells shifted by a stray separator land under the wrong headers (a name's comma turning Standard into
    // Premium), so nothing else of the row is read.
    const counts = { row, cells: cells.length, columns: c.width, separator: SEPARATOR_NAMES[read.separator] };
    problems.add(msg(cells.length > c.width ? 'row.moreCells' : 'row.fewerCells', counts));
    return undefined;
  }
  const cell = (index: number) => (index >= 0 ? (cells[index] ?? '').trim() : '');
  const rowProblems: Msg[] = [];
  const formula = (index: number) =>
    rowProblems.push(msg('row.formulaCell', { row, value: quoteValue(cell(index)), header: columnName(c, index) }));
  const rawEmail = cell(c.email);
  const email = rawEmail.toLowerCase();
  if (!rawEmail) rowProblems.push(msg('row.emailMissing', { row }));
  else if (!isValidEmail(email)) rowProblems.push(msg('row.invalidEmail', { row, email: quoteValue(rawEmail) }));
  else if (looksLikeFormula(rawEmail)) formula(c.email);
  else if (seen.has(email)) {
    rowProblems.push(msg('row.duplicate', { row, email: quoteValue(email), first: String(seen.get(email)) }));
  }
  for (const [index, header] of [
    [c.first, FIRST_NAME_HEADER],
    [c.last, LAST_NAME_HEADER],
    [c.display, DISPLAY_NAME_HEADER],
  ] as const) {
    const value = cell(index);
    if (FORMULA_START.test(value)) rowProblems.push(msg('row.formula', { row, header, value: quoteValue(value) }));
    else if (value.length > 256) rowProblems.push(msg('row.tooLong', { row, header }));
  }
  const licensesOfRow: Partial<Record<ContactCenterTier, boolean>> = {};
  for (const lc of c.licenses) {
    if (looksLikeFormula(cell(lc.index))) {
      formula(lc.index);
      continue;
    }
    const value = parseBoolean(cell(lc.index));
    if (value === 'invalid') {
      rowProblems.push(msg('row.notBoolean', { row, value: quoteValue(cell(lc.index)), header: quoteName(lc.header) }));
      continue;
    }
    if (value === undefined) continue;
    // Several subscriptions of one license: TRUE in any of them means the user should hold it.
    licensesOfRow[lc.tier] = (licensesOfRow[lc.tier] ?? false) || value;
  }
  if (licensesOfRow.standard === true && licensesOfRow.premium === true) {
    rowProblems.push(msg('row.bothLicenses', { row }));
  }
  const roleFormula = looksLikeFormula(cell(c.role));
  const role = roleFormula ? undefined : parseRole(cell(c.role));
  if (roleFormula) formula(c.role);
  else if (role === 'invalid')
    rowProblems.push(msg('row.unknownRole', { row, value: quoteValue(cell(c.role)), header: ROLE_HEADER }));
  else if ((role === 'supervisor' || role === 'administrator') && licensesOfRow.standard === true) {
    rowProblems.push(
      msg(role === 'supervisor' ? 'row.supervisorNeedsPremium' : 'row.administratorNeedsPremium', { row }),
    );
  }
  const phone = cell(c.phone);
  if (looksLikeFormula(phone)) formula(c.phone);
  else {
    const phoneProblem = phone ? strippedPlus(phone, row) : undefined;
    if (phoneProblem) rowProblems.push(phoneProblem);
  }
  const agent: AgentSettingNames = {};
  for (const field of AGENT_FIELDS) {
    const index = c.agent[field];
    const value = cell(index);
    if (value === '') continue;
    if (looksLikeFormula(value)) formula(index);
    else if (value.length > 256) rowProblems.push(msg('row.tooLong', { row, header: AGENT_HEADERS[field] }));
    else if (field !== 'teams') agent[field] = value;
    else if (splitTeamNames(value).length > 0) agent.teams = splitTeamNames(value);
  }
  if (agentCatalogue)
    for (const unknown of matchNames(agentCatalogue, agent).unknown) rowProblems.push(unknownInRow(row, unknown));
  // The columns of other services are not imported, but they go back into the errors-only file.
  const imported = new Set([
    c.email,
    c.first,
    c.last,
    c.display,
    c.phone,
    c.role,
    ...Object.values(c.agent),
    ...c.licenses.map((l) => l.index),
  ]);
  cells.forEach((value, index) => {
    if (!imported.has(index) && looksLikeFormula(value)) formula(index);
  });
  for (const problem of rowProblems) problems.add(problem);
  if (rowProblems.length > 0) return undefined;
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
    ...(Object.keys(agent).length > 0 ? { agent } : {}),
    cells: cells.slice(0, c.headers.length),
  };
}

/** `Row 4: Team "Vendsa" is not in the Contact Center; the closest names: "Vendas"`. */
function unknownInRow(row: string, unknown: { field: AgentField; name: string; closest: string[] }): Msg {
  const { field, closest } = unknown;
  const name = quoteValue(unknown.name);
  return closest.length > 0
    ? msg('row.agentUnknownClosest', { row, field, name, closest: { list: closest.map((n) => `"${quoteName(n)}"`) } })
    : msg('row.agentUnknown', { row, field, name });
}

/** The separator as the messages name it (an ICU select). */
const SEPARATOR_NAMES: Record<Separator, string> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

/** A phone number a spreadsheet damaged: its leading + removed, or turned into 1.41E+10. */
export function strippedPlus(phone: string, row: string): Msg | undefined {
  if (/^\d+(?:[.,]\d+)?E\+?\d+$/i.test(phone)) {
    return msg('row.phoneNumber', { row, phone: quoteValue(phone) });
  }
  const digits = phone.replace(/[\s().-]/g, '');
  if (/^\d{11,15}$/.test(digits) && !digits.startsWith('0')) {
    return msg('row.phonePlus', { row, phone: quoteValue(phone), digits });
  }
  return undefined;
}
