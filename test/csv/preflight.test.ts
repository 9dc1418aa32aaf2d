import { describe, expect, it } from 'vitest';
import { MESSAGE_BYTES } from '../../src/bot/fit-message.js';
import { MAX_LISTED_PROBLEMS } from '../../src/csv/problem-list.js';
import { readImportFile } from '../../src/csv/read-import.js';
import { type Lang, translator } from '../../src/i18n/translate.js';

/** A catalog text as an administrator reads it, in English unless told. */
const text =
  (lang: Lang = 'en') =>
  (m: Parameters<ReturnType<typeof translator>['m']>[0]): string =>
    translator(lang, 'plain').m(m);

const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent,Contact Center Premium Agent,Contact Center Role';
const csv = (...lines: string[]) => Buffer.from(`${lines.join('\r\n')}\r\n`);
const read = (bytes: Buffer, lang: Lang = 'en') => {
  const file = readImportFile(bytes, []);
  return { ...file, texts: file.problems.map(text(lang)) };
};

describe('the pre-flight of an import file', () => {
  it('passes good files: accents in UTF-8 without a BOM, a phone number with its +, quoted commas', () => {
    const file = read(
      csv(
        HEADER,
        'fatima@acme.example.com,Fátima,Conceição,"Conceição, Fátima",+55 11 91234-5678,FALSE,TRUE,Supervisor',
        'joao@acme.example.com,João,Araújo,João Araújo,+1 (408) 555-0101,TRUE,FALSE,Agent',
      ),
    );
    expect(file.texts).toEqual([]);
    expect(file.problemCount).toBe(0);
    expect(file.rows.map((r) => [r.row, r.firstName, r.displayName, r.phone, r.licenses])).toEqual([
      [2, 'Fátima', 'Conceição, Fátima', '+55 11 91234-5678', { standard: false, premium: true }],
      [3, 'João', 'João Araújo', '+1 (408) 555-0101', { standard: true, premium: false }],
    ]);
  });

  it('refuses a row with more cells than the header, saying an unquoted separator is the likely cause', () => {
    const file = read(
      csv(
        HEADER,
        'ok@acme.example.com,Ok,User,Ok User,,TRUE,FALSE,Agent',
        // "Novak, Eli" without quotes: TRUE lands under Premium Agent, and Standard Agent reads "Novak".
        'eli@acme.example.com,Eli,Novak,Novak, Eli,,TRUE,FALSE,Agent',
      ),
    );
    expect(file.texts).toEqual([
      'Row 3 has 9 values but the header has 8 columns, so its values would land under the wrong columns. A value, such as a name, probably holds an unquoted comma: put that value in quotes.',
    ]);
    expect(file.rows.map((r) => r.email)).toEqual(['ok@acme.example.com']);
  });

  it('refuses a row with fewer cells than the header, naming the separator of the file in either language', () => {
    const semicolons = Buffer.from(
      'User ID/Email (Required);First Name;Contact center Standard Agent\nann@acme.example.com;Ann;TRUE\nbo@acme.example.com;TRUE\n',
    );
    expect(read(semicolons).texts).toEqual([
      'Row 3 has 2 values but the header has 3 columns, so its values would land under the wrong columns: a semicolon between two values is missing, or the row was cut short. Give the row one cell per column (empty where there is nothing).',
    ]);
    expect(read(semicolons, 'pt-BR').texts).toEqual([
      'A linha 3 tem 2 valores, mas o cabeçalho tem 3 colunas, então os valores cairiam nas colunas erradas: falta um ponto e vírgula entre dois valores, ou a linha foi cortada. Dê à linha uma célula por coluna (vazia onde não há nada).',
    ]);
    // The count is the header's as written, trailing empty cells included.
    expect(
      read(csv('User ID/Email (Required),Contact center Standard Agent,', 'a@acme.example.com,TRUE,')).texts,
    ).toEqual([]);
  });

  it('refuses a column named twice (in any case, with spaces around) and two names of the email column', () => {
    const file = read(
      csv(
        'User ID/Email (Required),First Name, first name ,Contact center Standard Agent,Email',
        'a@acme.example.com,Ann,Anne,TRUE,b@acme.example.com',
      ),
    );
    expect(file.texts).toEqual([
      'The header has the same column more than once: "User ID/Email (Required)" (A) and "Email" (E). Keep only one of them, so that it is clear which one to read.',
      'The header has the same column more than once: "First Name" (B) and "first name" (C). Keep only one of them, so that it is clear which one to read.',
    ]);
    expect(
      read(csv('Email,Contact center Standard Agent,email', 'a@acme.example.com,TRUE,a@acme.example.com'), 'pt-BR')
        .texts,
    ).toEqual([
      'O cabeçalho tem a mesma coluna mais de uma vez: "Email" (A) e "email" (C). Mantenha apenas uma delas, para que fique claro qual deve ser lida.',
    ]);
  });

  it('refuses an empty file and a header with no users, so that no mode is offered for nobody', () => {
    expect(read(Buffer.alloc(0)).texts).toEqual(['The file is empty.']);
    const headerOnly = read(csv(HEADER, '', ',,,,,,,'));
    expect(headerOnly.texts).toEqual([
      'The file has no users: there is a header row but no rows under it. Add one row per user and upload the file again.',
    ]);
    expect(headerOnly.rows).toEqual([]);
    expect(read(Buffer.from(HEADER), 'pt-BR').texts).toEqual([
      'O arquivo não tem usuários: há uma linha de cabeçalho, mas nenhuma linha abaixo dela. Adicione uma linha por usuário e envie o arquivo de novo.',
    ]);
  });

  it('refuses a NUL byte anywhere, with its row, also past the first 64 KB', () => {
    const rows = Array.from({ length: 1500 }, (_, i) => `user${i}@acme.example.com,User,${i},,,TRUE,FALSE,Agent`);
    const bytes = csv(HEADER, ...rows, 'late@acme.example.com,La\u0000te,User,,,TRUE,FALSE,Agent');
    expect(bytes.length).toBeGreaterThan(64 * 1024);
    const file = read(bytes);
    expect(file.texts).toEqual([
      'Row 1502 holds a NUL character (a zero byte), which no text file has: the file is damaged or was not saved as text. Export the users again as CSV and upload that file.',
    ]);
    expect(file.rows).toHaveLength(1500);
    expect(read(csv(HEADER, 'a@acme.example.com,A\u0000,B,,,TRUE,FALSE,')).texts[0]).toMatch(/binary data/);
  });

  it('refuses formulas in any column with the row and the column, and keeps a phone number with its +', () => {
    const file = read(
      csv(
        `${HEADER},Extension`,
        'a@acme.example.com,Ann,A,,"=HYPERLINK(""http://evil.example/x"",""call"")",TRUE,FALSE,Agent,',
        "b@acme.example.com,Bo,B,,+cmd|' /C calc'!A0,TRUE,FALSE,Agent,",
        'c@acme.example.com,Cy,C,,+55 11 91234-5678,@SUM(A1:A9),FALSE,Agent,-2+3',
        '=1+2@acme.example.com,Di,D,,,,TRUE,=Agent(),-',
        'e@acme.example.com,Ed,E,,+55 11 91234-5678,TRUE,FALSE,Agent,-',
      ),
    );
    expect(file.texts).toEqual([
      'Row 2: "=HYPERLINK("http://evil.example/x","call")" in "Phone Number" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
      'Row 3: "+cmd|\' /C calc\'!A0" in "Phone Number" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
      'Row 4: "@SUM(A1:A9)" in "Contact center Standard Agent" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
      'Row 4: "-2+3" in "Extension" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
      'Row 5: "=1+2@acme.example.com" in "User ID/Email (Required)" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
      'Row 5: "=Agent()" in "Contact Center Role" is a spreadsheet formula, which a spreadsheet would run when the file is opened. Type the value itself instead.',
    ]);
    expect(file.rows.map((r) => [r.email, r.phone])).toEqual([['e@acme.example.com', '+55 11 91234-5678']]);
  });

  it('refuses 10,000 columns with a short summary, never the list of their names', () => {
    const names = ['User ID/Email (Required)', ...Array.from({ length: 9_999 }, (_, i) => `Column ${i + 1}`)];
    const file = read(csv(names.join(','), ['a@acme.example.com', ...names.slice(1).map(() => '')].join(',')));
    expect(file.texts).toEqual([
      'The header row has 10,000 columns ("User ID/Email (Required)", "Column 1", "Column 2", "Column 3", "Column 4", …); a Control Hub user file has a few dozen, and I read at most 200. This is not a file of users I can import: start from the file `export` gives you (or Control Hub\'s export).',
    ]);
    expect(file.ignoredColumns).toEqual([]);
    const wide = (n: number) =>
      csv(
        [
          'User ID/Email (Required)',
          'Contact center Standard Agent',
          ...Array.from({ length: n - 2 }, (_, i) => `C${i}`),
        ].join(','),
        ['a@acme.example.com', 'TRUE', ...Array.from({ length: n - 2 }, () => 'x')].join(','),
      );
    expect(read(wide(200)).texts).toEqual([]);
    expect(read(wide(201)).texts[0]).toMatch(/^The header row has 201 columns/);
  });

  it('refuses a header row over 64 KB, quoting its names shortened', () => {
    const file = read(csv(`User ID/Email (Required),${'x'.repeat(70_000)}`, 'a@acme.example.com,1'), 'pt-BR');
    expect(file.texts).toEqual([
      `A linha de cabeçalho tem 69 KB ("User ID/Email (Required)", "${'x'.repeat(40)}…"); um cabeçalho do Control Hub é bem menor, e eu leio no máximo 64 KB. Este não é um arquivo de usuários que eu possa importar: comece pelo arquivo que \`exportar\` gera (ou pela exportação do Control Hub).`,
    ]);
  });

  it("lists the first other services' columns by name and counts the rest", () => {
    const others = Array.from({ length: 30 }, (_, i) => (i === 0 ? `Service ${'y'.repeat(100)}` : `Service ${i}`));
    const file = read(
      csv(
        ['User ID/Email (Required)', 'Contact center Standard Agent', ...others].join(','),
        ['a@acme.example.com', 'TRUE', ...others.map(() => '')].join(','),
      ),
    );
    expect(file.texts).toEqual([]);
    expect(file.ignoredColumns).toEqual([
      `Service ${'y'.repeat(32)}…`,
      ...Array.from({ length: 19 }, (_, i) => `Service ${i + 1}`),
      '… (+10)',
    ]);
  });

  it('lists at most 15 problems and counts the rest, so that any answer fits one Webex message', () => {
    // The longest lines there are: repeated columns with long names, and formulas quoted from long cells,
    // all in characters of four bytes.
    const long = (n: number) => '😀'.repeat(n);
    const repeated = Array.from({ length: 20 }, (_, i) => `${long(50)} ${i}`);
    const header = [
      'User ID/Email (Required)',
      'Contact center Standard Agent',
      ...repeated.flatMap((r) => [r, r, r, r]),
    ];
    const rows = Array.from({ length: 200 }, (_, i) =>
      [`u${i}@acme.example.com`, `=${long(200)}`, ...repeated.flatMap(() => ['', '', '', `+${long(200)}|x`])].join(','),
    );
    const bytes = csv(header.join(','), ...rows);
    const count = 20 + 200 * 21;
    for (const lang of ['en', 'pt-BR'] as const) {
      const file = read(bytes, lang);
      expect(file.problemCount).toBe(count);
      expect(file.problems).toHaveLength(MAX_LISTED_PROBLEMS);
      expect(file.texts[0]).toMatch(/^(The header has the same column|O cabeçalho tem a mesma coluna)/);
      expect(file.texts.at(-1)).toMatch(/^(…and 4,206 more problems|…e mais 4.206 problemas)/);
      // As the bot posts it: a title with the file's name, then one line per problem.
      const tr = translator(lang);
      const title = tr.t('import.refused', { file: `${'f'.repeat(251)}.csv`, count: file.problemCount });
      // Escaped as the bot posts it (escapes make a quoted value longer).
      const message = [title, ...file.problems.map((p) => `- ${tr.m(p)}`)].join('\n');
      expect(Buffer.byteLength(message, 'utf8')).toBeLessThanOrEqual(MESSAGE_BYTES);
    }
  });
});
