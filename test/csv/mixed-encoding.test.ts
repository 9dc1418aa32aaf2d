import { describe, expect, it } from 'vitest';
import { decodeCsvBytes } from '../../src/csv/decode.js';
import { utf8Census } from '../../src/csv/mixed-encoding.js';
import { readImportFile } from '../../src/csv/read-import.js';
import { translator } from '../../src/i18n/translate.js';

const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en', 'plain').m(m);
const windows1252 = (value: string): Buffer =>
  Buffer.from(
    [...value].map((ch) => {
      const code = ch.codePointAt(0)!;
      if (code < 0x100) return code;
      throw new Error(`not in this test's Windows-1252: ${ch}`);
    }),
  );
const HEADER = 'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent';
const mixed = (row: number) =>
  `Row ${row} is written in a different text encoding from the rest of the file (UTF-8 mixed with Windows-1252, for example), so its accents would be read wrong, like "FÃ¡tima". Save the whole file again as "CSV UTF-8 (Comma delimited)" and upload that.`;

describe('a file that mixes two encodings', () => {
  it('is refused at the rows with stray bytes when the rest is UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER}\nfatima@acme.example.com,Fátima,Araújo,TRUE\nzoe@acme.example.com,Zoë,Ångström,TRUE\n`),
      windows1252('joao@acme.example.com,João,Conceição,TRUE\n'),
    ]);
    const file = readImportFile(bytes, []);
    expect(file.problems.map(text)).toEqual([mixed(4)]);
    expect(file.rows.map((r) => r.firstName)).toEqual(['Fátima', 'Zoë']);
  });

  it('is refused at the rows with UTF-8 when the rest is Windows-1252, rather than showing "FÃ¡tima"', () => {
    const bytes = Buffer.concat([
      windows1252(`${HEADER}\njoao@acme.example.com,João,Conceição,TRUE\nmarcia@acme.example.com,Márcia,Araújo,TRUE\n`),
      Buffer.from('fatima@acme.example.com,Fátima,Oliveira,TRUE\n'),
    ]);
    expect(readImportFile(bytes, []).problems.map(text)).toEqual([mixed(4)]);
  });

  it('names the row a stray byte is in, even inside a quoted value over several lines', () => {
    const bytes = Buffer.concat([
      Buffer.from(`sep=,\n${HEADER}\nann@acme.example.com,"Ann\nMarie",Lee,TRUE\nbo@acme.example.com,"Bo\nSt`),
      windows1252('é'),
      Buffer.from('phane",Núñez,TRUE\n'),
    ]);
    expect(readImportFile(bytes, []).problems.map(text)).toEqual([mixed(4)]);
  });

  it('is refused when a file with a UTF-8 BOM holds bytes that are not UTF-8', () => {
    const bytes = Buffer.concat([
      Buffer.from(`\ufeff${HEADER}\nann@acme.example.com,Ann,Lee,TRUE\n`),
      windows1252('ines@acme.example.com,Inês,Sá,TRUE\n'),
    ]);
    expect(readImportFile(bytes, []).problems.map(text)).toEqual([mixed(3)]);
  });

  it('is not a Windows-1252 file that is Windows-1252 throughout: it reads as before', () => {
    // 0x93 and 0x94 are Windows-1252's curly quotes.
    const bytes = windows1252(
      `${HEADER}\njoao@acme.example.com,João,Conceição,TRUE\nnina@acme.example.com,Nina \u0093Ní\u0094,Müller,TRUE\n`,
    );
    const decoded = decodeCsvBytes(bytes);
    expect(decoded).toMatchObject({ ok: true, encoding: 'windows-1252' });
    expect(decoded.ok && decoded.oddBytes).toBeFalsy();
    const file = readImportFile(bytes, []);
    expect(file.problems.map(text)).toEqual([]);
    expect(file.rows.map((r) => r.firstName)).toEqual(['João', 'Nina \u201cNí\u201d']);
  });
});

describe('counting UTF-8 sequences and stray bytes', () => {
  it('takes only well-formed sequences as UTF-8: no overlong forms, surrogates or cut sequences', () => {
    expect(utf8Census(Buffer.from('aé€😀'))).toEqual({ multiByte: 3, stray: 0 });
    expect(utf8Census(Buffer.from([0xc0, 0xaf]))).toEqual({ multiByte: 0, stray: 2 });
    expect(utf8Census(Buffer.from([0xe0, 0x80, 0xaf]))).toEqual({ multiByte: 0, stray: 3 });
    expect(utf8Census(Buffer.from([0xed, 0xa0, 0x80]))).toEqual({ multiByte: 0, stray: 3 });
    expect(utf8Census(Buffer.from([0xf4, 0x90, 0x80, 0x80]))).toEqual({ multiByte: 0, stray: 4 });
    expect(utf8Census(Buffer.from([0xe2, 0x82]))).toEqual({ multiByte: 0, stray: 2 });
    expect(utf8Census(windows1252('João Conceição'))).toEqual({ multiByte: 0, stray: 3 });
  });
});
