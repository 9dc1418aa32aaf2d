import { CsvError, parse } from 'csv-parse/sync';
import { type Msg, msg } from '../i18n/msg.js';

/**
 * CSV bytes (UTF-8) -> rows of cells with csv-parse underneath, plus what spreadsheets add around it: the
 * separator (comma, semicolon or tab, or the one Excel's `sep=;` first line names) and the line of each row.
 */
export type Separator = ',' | ';' | '\t';

export interface CsvRows {
  separator: Separator;
  /** A quote that makes the file ambiguous; the rows from that one on were not read. */
  quoteProblem?: Msg;
}

const SEPARATORS: readonly string[] = [',', ';', '\t'];
const SEP_LINE = /^sep=(\\t|.)(\r\n|\r|\n)/i;
const LINE_BREAK = /\r\n|\r|\n/g;
/** A header row longer than this is not a header a spreadsheet wrote; the separator is guessed from its start. */
const FIRST_LINE_SAMPLE = 64 * 1024;

/** A non-blank row: the line of the file (1-based) it starts on, its cells, and the bytes it spans. */
export interface CsvRow {
  line: number;
  cells: string[];
  /** Byte offsets in the buffer read, `end` past the row's line break. */
  start: number;
  end: number;
  /** The separator the file is read with. */
  separator: Separator;
}

/**
 * Reads the rows one by one without keeping them: `onRow` gets each non-blank row with the line of the file
 * it starts on (not counting an Excel sep= line, which Excel hides), the number an administrator looks for.
 */
export function readCsvRows(utf8: Buffer, onRow: (row: CsvRow) => void): CsvRows {
  let body = utf8;
  let line = 1;
  /** The bytes before `body` (Excel's sep= line), for offsets in `utf8`. */
  let skipped = 0;
  let offset = 0;
  let separator: Separator | undefined;
  const sepLine = SEP_LINE.exec(utf8.subarray(0, 8).toString('latin1'));
  if (sepLine) {
    const named = sepLine[1] === '\\t' ? '\t' : sepLine[1]!;
    if (SEPARATORS.includes(named)) separator = named as Separator;
    body = utf8.subarray(sepLine[0].length);
    // Excel reads the sep= line as a setting and does not show it: the header stays row 1 there, and
    // rows are numbered as the spreadsheet the administrator has open shows them.
    skipped = sepLine[0].length;
    offset = skipped;
  }
  separator ??= detectSeparator(firstLine(body));
  const delimiter = separator;
  try {
    parse(body, {
      delimiter,
      // Any mix of CRLF, LF and CR-only (old Mac) line ends: files pass through several systems' editors.
      record_delimiter: ['\r\n', '\n', '\r'],
      // Spaces around a quoted value (`a, "b, c"`) as people type them; the cells are trimmed anyway.
      ltrim: true,
      rtrim: true,
      relax_column_count: true,
      // `"a"b` or a quote inside an unquoted value is refused, never a guess at what was meant.
      relax_quotes: false,
      on_record: (cells: string[], context: { bytes: number }) => {
        const start = line;
        const from = offset;
        // csv-parse counts a CRLF inside quotes as two lines, so the line breaks are counted here.
        line += 1 + lineBreaks(cells);
        // csv-parse counts the bytes of the buffer it reads, whatever they decode to.
        offset = skipped + context.bytes;
        if (cells.some((c) => c.trim() !== ''))
          onRow({ line: start, cells, start: from, end: offset, separator: delimiter });
        return null;
      },
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    switch (error.code) {
      case 'CSV_QUOTE_NOT_CLOSED':
        return { separator, quoteProblem: msg('csv.unclosedQuote', { line: String(line) }) };
      case 'CSV_INVALID_CLOSING_QUOTE':
      case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      case 'INVALID_OPENING_QUOTE':
        return { separator, quoteProblem: msg('csv.misplacedQuote', { row: String(line) }) };
      default:
        throw error;
    }
  }
  return { separator };
}

function firstLine(body: Buffer): string {
  const sample = body.subarray(0, FIRST_LINE_SAMPLE);
  const ends = [sample.indexOf(0x0a), sample.indexOf(0x0d)].filter((at) => at !== -1);
  return sample.subarray(0, ends.length > 0 ? Math.min(...ends) : sample.length).toString('utf8');
}

function detectSeparator(header: string): Separator {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of header) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  const best = (Object.entries(counts) as [Separator, number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

function lineBreaks(cells: string[]): number {
  let count = 0;
  for (const cell of cells) {
    if (cell.includes('\n') || cell.includes('\r')) count += cell.match(LINE_BREAK)?.length ?? 0;
  }
  return count;
}
