/** Writing CSV that spreadsheets open safely and Control Hub reads back. */

const PHONE = /^\+[\d\s().-]+$/;

/** A cell a spreadsheet would run as a formula gets a leading apostrophe; phone numbers keep their +. */
export function neutralise(value: string): string {
  if (/^[=+\-@\t\r]/.test(value) && !PHONE.test(value)) return `'${value}`;
  return value;
}

export function csvCell(value: string): string {
  const safe = neutralise(value);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvLine(cells: string[]): string {
  return `${cells.map(csvCell).join(',')}\r\n`;
}

/** UTF-8 with a BOM, so that Excel opens accents correctly. */
export const UTF8_BOM = '\uFEFF';
