/**
 * Cells a spreadsheet would run as a formula when the file is opened (CSV injection, as OWASP's guidance
 * describes it: a cell starting with =, +, - or @). Only formula-like content is caught, so that what people
 * legitimately type at the start of a cell still reads: a phone number's +, a negative number, a dash for "none".
 */

/** A phone number as people type it: it starts with + and holds only digits, spaces and ( ) . - */
const PHONE = /^\+[\d\s().-]+$/;
/** A function call: `HYPERLINK(`, `SUM (`. */
const FUNCTION_CALL = /[A-Za-z_][\w.]*\s*\(/;
/** A DDE command (`cmd|' /C calc'!A0`) or a reference to another sheet (`Sheet1!A1`). */
const DDE_OR_SHEET = /[|!]/;
/** A cell reference right after the sign: `+A1`, `-$B$2`, `@AA10`. */
const CELL_REFERENCE = /^\$?[A-Za-z]{1,3}\$?\d+(?![\w@.])/;
/** Arithmetic on numbers: `2+3`, `1*(2-3)`, `10/2^3` (what a spreadsheet would compute and show instead). */
const ARITHMETIC = /^[\d.,\s()]*\d[\d.,\s()]*(?:[-+*/^&%][\d.,\s()]*\d[\d.,\s()]*)+$/;

export function looksLikeFormula(cell: string): boolean {
  const value = cell.trim();
  const sign = value[0];
  const rest = value.slice(1).trim();
  if (rest === '') return false;
  if (sign === '=') return true;
  if (sign !== '+' && sign !== '-' && sign !== '@') return false;
  if (sign === '+' && PHONE.test(value)) return false;
  return FUNCTION_CALL.test(rest) || DDE_OR_SHEET.test(rest) || CELL_REFERENCE.test(rest) || ARITHMETIC.test(rest);
}
