import { describe, expect, it } from 'vitest';
import { looksLikeFormula } from '../../src/csv/spreadsheet-formula.js';

describe('cells a spreadsheet would run as a formula', () => {
  it('are those starting with = and the formula-like ones starting with +, - or @', () => {
    const formulas = [
      '=HYPERLINK("http://evil.example/x","click")',
      '=1+1',
      ' =A1',
      "+cmd|' /C calc'!A0",
      "-cmd|' /C notepad'!A0",
      '-2+3',
      '+2*3',
      '-10/2^3',
      '@SUM(A1:A10)',
      '@HYPERLINK("x")',
      '+A1',
      '-$B$2',
      '+Sheet1!A1',
      '- SUM (1, 2)',
    ];
    for (const value of formulas) expect(looksLikeFormula(value), value).toBe(true);
  });

  it('are not what people legitimately type: phone numbers, negative numbers, dashes, plain words', () => {
    const values = [
      '+55 11 91234-5678',
      '+1 (408) 555-0101',
      '+44.20.7946.0958',
      '+55 11 91234-5678 ext. 12',
      '-5',
      '-1,5',
      '-2.5%',
      '-',
      '--',
      '- none -',
      '+',
      '=',
      '@',
      '@home',
      '-Ann',
      'TRUE',
      'Agent',
      'dana@acme.example.com',
      '1+1',
      'Novak, Eli',
      '',
    ];
    for (const value of values) expect(looksLikeFormula(value), value).toBe(false);
  });
});
