/**
 * CSV text -> rows of cells: quoted fields (with "" for a quote and line breaks inside), CRLF or LF,
 * and the separator spreadsheets use: comma, semicolon or tab, or the one named by Excel's `sep=;` line.
 */
export interface CsvScan {
  separator: ',' | ';' | '\t';
  unterminatedQuoteAtLine?: number;
}

function detectSeparator(firstLine: string): ',' | ';' | '\t' {
  const counts = { ',': 0, ';': 0, '\t': 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === ',' || ch === ';' || ch === '\t')) counts[ch] += 1;
  }
  const best = (Object.entries(counts) as [',' | ';' | '\t', number][]).sort((a, b) => b[1] - a[1])[0]!;
  return best[1] > 0 ? best[0] : ',';
}

/**
 * Reads the rows one by one without keeping them: `onRow` gets each non-blank row with its line number
 * in the file (1-based).
 */
export function scanCsv(text: string, onRow: (row: { line: number; cells: string[] }) => void): CsvScan {
  let body = text;
  let lineOffset = 0;
  let separator: ',' | ';' | '\t' | undefined;
  const sepLine = /^sep=(.)\r?\n/i.exec(body);
  if (sepLine) {
    const named = sepLine[1] === '\\' ? '\t' : sepLine[1];
    if (named === ',' || named === ';' || named === '\t') separator = named;
    body = body.slice(sepLine[0].length);
    lineOffset = 1;
  }
  separator ??= detectSeparator(body.slice(0, body.search(/\r?\n/) === -1 ? body.length : body.search(/\r?\n/)));

  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  let line = 1 + lineOffset;
  let rowLine = line;
  let quoteStart = 0;
  const endRow = () => {
    cells.push(cell);
    if (cells.some((c) => c.trim() !== '')) onRow({ line: rowLine, cells });
    cells = [];
    cell = '';
  };
  for (let i = 0; i < body.length; i += 1) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"') {
        if (body[i + 1] === '"') {
          cell += '"';
          i += 1;
        } else quoted = false;
      } else {
        if (ch === '\n') line += 1;
        cell += ch;
      }
      continue;
    }
    if (ch === '"' && cell.trim() === '') {
      quoted = true;
      cell = '';
      quoteStart = line;
    } else if (ch === separator) {
      cells.push(cell);
      cell = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i += 1;
      endRow();
      line += 1;
      rowLine = line;
    } else {
      cell += ch;
    }
  }
  if (cell !== '' || cells.length > 0) endRow();
  return { separator, ...(quoted ? { unterminatedQuoteAtLine: quoteStart } : {}) };
}
