import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readImportFile } from '../../src/csv/read-import.js';
import { translator } from '../../src/i18n/translate.js';
import { encodeHydraId } from '../../src/webex/hydra-id.js';
import type { License } from '../../src/webex/types.js';

/** A catalog text as an English-speaking administrator reads it. */
const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en', 'plain').m(m);

const fixture = (name: string) => readFileSync(new URL(`../fixtures/csv/${name}`, import.meta.url));
const org = 'e5ad1c47-fdee-5056-ae84-2197c9022dcf';
const licenses: License[] = [
  {
    id: encodeHydraId('LICENSE', `${org}:CJPSTD_s1`),
    name: 'Contact center Standard Agent',
    totalUnits: 20,
    consumedUnits: 2,
  },
  {
    id: encodeHydraId('LICENSE', `${org}:CJPPRM_s1`),
    name: 'Contact Center Premium Agent',
    totalUnits: 10,
    consumedUnits: 2,
  },
  { id: encodeHydraId('LICENSE', `${org}:EE_s2`), name: 'Webex Meetings Suite', totalUnits: 50, consumedUnits: 2 },
  { id: encodeHydraId('LICENSE', `${org}:MS_s2`), name: 'Advanced Messaging', totalUnits: 100, consumedUnits: 7 },
];

describe('reading Control Hub CSV files as spreadsheets save them', () => {
  it("reads a Control Hub export: BOM, quotes, CRLF, blank lines, other services' columns ignored", () => {
    const file = readImportFile(fixture('control-hub-export.csv'), licenses);
    expect(file.problems.map(text)).toEqual([]);
    expect(file.encoding).toBe('utf-8');
    expect(file.ignoredColumns).toEqual(['User Status', 'Extension', 'Webex Meetings Suite', 'Advanced Messaging']);
    expect(file.rows.map((r) => [r.row, r.email, r.licenses, r.role])).toEqual([
      [2, 'dana.agent@acme.example.com', { standard: true, premium: false }, 'agent'],
      [3, 'eli.agent@acme.example.com', { standard: false, premium: true }, 'agent'],
      [4, 'hana.new@acme.example.com', { standard: true }, 'agent'],
      [5, 'ivo.new@acme.example.com', { premium: true }, 'supervisor'],
      [7, 'gus.nolicense@acme.example.com', { standard: false, premium: false }, undefined],
    ]);
    expect(file.rows[1]!.displayName).toBe('Novak, Eli');
  });

  it('reads a Brazilian Excel file: semicolons, VERDADEIRO/FALSO, Windows-1252 accents', () => {
    const file = readImportFile(fixture('brazil-semicolon-windows-1252.csv'), licenses);
    expect(file.problems.map(text)).toEqual([]);
    expect(file.encoding).toBe('windows-1252');
    expect(file.separator).toBe(';');
    expect(file.rows.map((r) => [r.firstName, r.lastName, r.licenses, r.role])).toEqual([
      ['João', 'Conceição', { standard: true, premium: false }, 'agent'],
      ['Fátima', 'Oliveira', { standard: false, premium: true }, 'administrator'],
      ['Márcia', 'Araújo', { standard: false, premium: true }, 'supervisor'],
    ]);
  });

  it('reads UTF-16 with tabs and German and French booleans', () => {
    const file = readImportFile(fixture('utf16-tabs.csv'), licenses);
    expect(file.problems.map(text)).toEqual([]);
    expect(file.encoding).toBe('utf-16le');
    expect(file.rows.map((r) => [r.firstName, r.lastName, r.licenses])).toEqual([
      ['Zoë', 'Ångström', { standard: true, premium: false }],
      ['Yan', 'Łukasz', { standard: false, premium: true }],
    ]);
  });

  it('takes the role words a Brazilian administrator types, and numbers rows as Excel shows them under sep=', () => {
    const file = readImportFile(
      Buffer.from(
        [
          'sep=;',
          'User ID/Email (Required);Contact Center Premium Agent;Contact Center Role',
          'ana@acme.example.com;VERDADEIRO;Supervisora',
          'bia@acme.example.com;VERDADEIRO;Supervisor(a)',
          'caio@acme.example.com;VERDADEIRO;ADMINISTRADORA',
          'duda@acme.example.com;VERDADEIRO;agente',
          'eva@acme.example.com;VERDADEIRO;Gerente',
        ].join('\r\n'),
      ),
      licenses,
    );
    // Excel hides the sep= line: the first user is on row 2 there, and Eva on row 6.
    expect(file.problems.map(text)).toEqual([
      'Row 6: "Gerente" in "Contact Center Role" is not a role I know. Write Agent, Supervisor or Administrator (or the Portuguese Agente, Supervisora, Administradora...), or leave the cell blank.',
    ]);
    expect(file.rows.map((r) => [r.row, r.role])).toEqual([
      [2, 'supervisor'],
      [3, 'supervisor'],
      [4, 'administrator'],
      [5, 'agent'],
    ]);
  });

  it('catches phone numbers whose + a spreadsheet removed and says what to use instead', () => {
    const file = readImportFile(fixture('stripped-plus.csv'), licenses);
    expect(file.problems.map(text)).toEqual([
      'Row 2: phone number "14085550199" looks like an international number whose + a spreadsheet removed; use "+14085550199" (format the column as Text so it stays).',
      'Row 3: phone number "1.40856E+10" was turned into a number by a spreadsheet; format the column as Text and type the number again with its +.',
    ]);
    expect(file.rows.map((r) => r.email)).toEqual(['max.phone@acme.example.com', 'ned.phone@acme.example.com']);
  });

  it('lists every problem of a hostile file with its row', () => {
    const file = readImportFile(fixture('hostile.csv'), licenses);
    expect(file.problems.map(text)).toEqual([
      'Row 3: "=HYPERLINK("http://evil.example/x","click")" is not a valid email address.',
      'Row 4: both Standard Agent and Premium Agent are TRUE; a Contact Center user holds exactly one of them.',
      'Row 5: "Chief" in "Contact Center Role" is not a role I know. Write Agent, Supervisor or Administrator (or the Portuguese Agente, Supervisora, Administradora...), or leave the cell blank.',
      'Row 6: "maybe" in "Contact center Standard Agent" is not TRUE or FALSE.',
      'Row 7: First Name "=cmd|\' /C calc\'!A0" is a spreadsheet formula, not a name.',
      'Row 8: ok.user@acme.example.com is already on row 2; each user can appear once.',
      'Row 9: an Administrator needs the Premium Agent license, but Standard Agent is TRUE.',
      'Row 10: the email address is missing.',
    ]);
    expect(file.rows.map((r) => r.email)).toEqual(['ok.user@acme.example.com']);
  });

  it('says clearly what is wrong with files that are not usable', () => {
    expect(readImportFile(fixture('workbook.xlsx'), licenses).problems.map(text)[0]).toMatch(
      /Excel workbook \(\.xlsx\).*not a CSV file/,
    );
    expect(readImportFile(fixture('no-email-column.csv'), licenses).problems.map(text)).toEqual([
      'The file has no "User ID/Email (Required)" column. Start from the file `export` gives you (or Control Hub\'s export) and keep its header row.',
    ]);
    expect(readImportFile(fixture('not-a-csv.txt'), licenses).problems.map(text)[0]).toMatch(
      /does not look like a CSV file of users/,
    );
    expect(readImportFile(fixture('unterminated-quote.csv'), licenses).problems.map(text)[0]).toMatch(
      /^Line 2: a quoted value is never closed/,
    );
    expect(readImportFile(Buffer.alloc(0), licenses).problems.map(text)).toEqual(['The file is empty.']);
    expect(readImportFile(Buffer.from([0x41, 0x00, 0x42, 0x0a]), licenses).problems.map(text)[0]).toMatch(
      /binary data/,
    );
  });

  it('refuses more than 20,000 rows and files over the size limit', () => {
    const many = [
      'User ID/Email (Required),Contact center Standard Agent',
      ...Array.from({ length: 20_001 }, (_, i) => `u${i}@acme.example.com,TRUE`),
    ].join('\n');
    expect(readImportFile(Buffer.from(many), licenses).problems.map(text)[0]).toMatch(
      /20,001 user rows; Control Hub's limit, which the bot keeps, is 20,000/,
    );
    expect(readImportFile(Buffer.alloc(21 * 1024 * 1024, 0x41), licenses).problems.map(text)[0]).toMatch(
      /the limit is 20 MB/,
    );
  });
});
