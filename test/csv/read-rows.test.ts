import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/csv/decode.js';
import { readImportFile } from '../../src/csv/read-import.js';
import { readCsvRows } from '../../src/csv/read-rows.js';
import { translator } from '../../src/i18n/translate.js';

const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en', 'plain').m(m);

/** Every non-blank row with its line, and what the reader says about the quotes. */
function read(csv: string | Buffer): { rows: [number, string[]][]; separator: string; problem?: string } {
  const rows: [number, string[]][] = [];
  const result = readCsvRows(Buffer.isBuffer(csv) ? csv : Buffer.from(csv), ({ line, cells }) =>
    rows.push([line, cells]),
  );
  return {
    rows,
    separator: result.separator,
    ...(result.quoteProblem ? { problem: text(result.quoteProblem) } : {}),
  };
}

describe('reading CSV rows', () => {
  it('reads quoted values holding separators, doubled quotes and line breaks, and keeps counting lines', () => {
    const csv =
      'Name,Note,Email\n"Novak, Eli","say ""hi""",eli@x.example\n"Ann","two\nlines\r\nhere",ann@x.example\nBo,,bo@x.example\n';
    expect(read(csv)).toEqual({
      separator: ',',
      rows: [
        [1, ['Name', 'Note', 'Email']],
        [2, ['Novak, Eli', 'say "hi"', 'eli@x.example']],
        [3, ['Ann', 'two\nlines\r\nhere', 'ann@x.example']],
        [6, ['Bo', '', 'bo@x.example']],
      ],
    });
  });

  it('reads LF, CRLF, CR-only (old Mac) and mixed line ends alike', () => {
    const rows = [
      [1, ['h1', 'h2']],
      [2, ['a', 'b']],
      [3, ['c', 'd']],
    ];
    for (const end of ['\n', '\r\n', '\r']) {
      expect(read(`h1,h2${end}a,b${end}c,d${end}`).rows, JSON.stringify(end)).toEqual(rows);
      expect(read(`h1,h2${end}a,b${end}c,d`).rows, JSON.stringify(end)).toEqual(rows);
    }
    expect(read('h1,h2\r\na,b\rc,d\n').rows).toEqual(rows);
  });

  it('skips empty and blank lines but counts them', () => {
    expect(read('h1,h2\n\n   \n,,\n , \na,b\r\n\r\n').rows).toEqual([
      [1, ['h1', 'h2']],
      [6, ['a', 'b']],
    ]);
  });

  it('accepts spaces around a quoted value, as people type them', () => {
    expect(read('h1,h2,h3\na, "b, c" ,d\n').rows[1]).toEqual([2, ['a', 'b, c', 'd']]);
  });

  it('reads a 1 MB cell whole', () => {
    const long = 'x'.repeat(1024 * 1024);
    const quoted = `é${'"",'.repeat(1000)}${long}`;
    const { rows } = read(`h1,h2,h3\na,${long},b\n"${quoted.replaceAll('"', '""')}",c\n`);
    expect(rows.map(([line, cells]) => [line, cells.map((c) => c.length)])).toEqual([
      [1, [2, 2, 2]],
      [2, [1, long.length, 1]],
      [3, [quoted.length, 1]],
    ]);
    expect(rows[2]![1][0]).toBe(quoted);
  });

  it('finds the separator in the header: comma, semicolon or tab, outside quotes', () => {
    expect(read('a;b;"c,d,e"\n1;2;3\n')).toEqual({
      separator: ';',
      rows: [
        [1, ['a', 'b', 'c,d,e']],
        [2, ['1', '2', '3']],
      ],
    });
    expect(read('a\tb\tc\n1\t\t3\n').rows).toEqual([
      [1, ['a', 'b', 'c']],
      [2, ['1', '', '3']],
    ]);
    expect(read('"a;b",c\n').rows).toEqual([[1, ['a;b', 'c']]]);
    expect(read('email\nann@x.example\n').separator).toBe(',');
  });

  it("follows Excel's sep= line and numbers rows as Excel shows them, without it", () => {
    // Excel hides the sep= line: the header is row 1 there and the first data row is row 2.
    expect(read('sep=;\na,b;c\n1,5;2\n')).toEqual({
      separator: ';',
      rows: [
        [1, ['a,b', 'c']],
        [2, ['1,5', '2']],
      ],
    });
    expect(read('SEP=,\r\na;b,c\r\n').rows).toEqual([[1, ['a;b', 'c']]]);
    expect(read('sep=\\t\ra,b\tc\r').rows).toEqual([[1, ['a,b', 'c']]]);
    expect(read('sep=\t\na,b\tc\n').rows).toEqual([[1, ['a,b', 'c']]]);
  });

  it('refuses a quote it would have to guess about, naming the row, and reads nothing after it', () => {
    expect(read('h1,h2\nok,1\n"a"b,2\nlater,3\n')).toEqual({
      separator: ',',
      rows: [
        [1, ['h1', 'h2']],
        [2, ['ok', '1']],
      ],
      problem:
        'Row 3: a " is out of place (text after a closing quote, or a quote in the middle of a value), so the rest of the file cannot be read reliably. Put the whole value in quotes and write each " inside it twice ("").',
    });
    expect(read('h1,h2\n"multi\nline",1\n"a" b,2\n').problem).toMatch(/^Row 4: a " is out of place/);
    expect(read('h1,h2\nJo "JJ" Smith,1\n').problem).toMatch(/^Row 2: a " is out of place/);
    expect(read('h1,h2\r\nok,1\r\nx,"never closed\r\nlater,3\r\n').problem).toMatch(
      /^Line 3: a quoted value is never closed/,
    );
  });
});

describe('decoding the bytes a spreadsheet saved', () => {
  const utf8 = (bytes: Buffer) => {
    const decoded = decodeCsvBytes(bytes);
    if (!decoded.ok) throw new Error(text(decoded.problem));
    return [decoded.encoding, decoded.utf8.toString('utf8')];
  };

  it('drops the BOM of UTF-8 and UTF-16 and hands UTF-8 on unchanged', () => {
    expect(utf8(Buffer.from('\ufeffFirst Name,Zoë\n'))).toEqual(['utf-8', 'First Name,Zoë\n']);
    expect(utf8(Buffer.from('First Name,Zoë\n'))).toEqual(['utf-8', 'First Name,Zoë\n']);
    expect(utf8(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Zoë;€\n', 'utf16le')]))).toEqual([
      'utf-16le',
      'Zoë;€\n',
    ]);
    const be = Buffer.from('Łukasz\t€\n', 'utf16le').swap16();
    expect(utf8(Buffer.concat([Buffer.from([0xfe, 0xff]), be]))).toEqual(['utf-16be', 'Łukasz\t€\n']);
  });

  it('reads bytes that are not UTF-8 as Windows-1252, the code page of Excel in the Americas and Europe', () => {
    // 0x80 is the euro sign and 0x93/0x94 curly quotes in Windows-1252; Latin-1 has control codes there.
    expect(utf8(Buffer.from([0x4a, 0x6f, 0xe3, 0x6f, 0x3b, 0x80, 0x93, 0x94, 0x0a]))).toEqual([
      'windows-1252',
      'João;€\u201c\u201d\n',
    ]);
  });

  it('keeps a UTF-16 character whole across the pieces it is re-encoded in', () => {
    const names = 'Ångström😀,'.repeat(50_000);
    expect(utf8(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(names, 'utf16le')]))[1]).toBe(names);
  });
});

describe('a misplaced quote in an import file', () => {
  it('is a pre-flight problem with its row, after the problems of the rows before it', () => {
    const csv = [
      'User ID/Email (Required),First Name,Contact Center Role',
      'not-an-address,Ann,Agent',
      '"bo@acme.example.com"x,Bo,Agent',
      'cy@acme.example.com,Cy,Agent',
    ].join('\r\n');
    const file = readImportFile(Buffer.from(csv), []);
    expect(file.problems.map(text)).toEqual([
      expect.stringMatching(/^Row 3: a " is out of place/),
      'Row 2: "not-an-address" is not a valid email address.',
    ]);
    expect(file.rows).toEqual([]);
  });

  it('in the header row is the one problem reported', () => {
    const file = readImportFile(Buffer.from('"User ID/Email (Required)"x,First Name\na@acme.example.com,Ann\n'), []);
    expect(file.problems.map(text)).toEqual([expect.stringMatching(/^Row 1: a " is out of place/)]);
  });
});
