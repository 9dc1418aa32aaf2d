/**
 * Telling a UTF-8 file with a few stray Windows-1252 bytes (or a Windows-1252 file with a pasted UTF-8 name)
 * from a file that is one encoding throughout. Read either way, a mixed file shows "FÃ¡tima" or "F�tima"
 * without a word, so it is refused, naming the rows that differ from the rest.
 */

/** Which bytes are the odd ones out: stray bytes in a UTF-8 file, or UTF-8 sequences in a Windows-1252 one. */
export type OddBytes = 'not-utf-8' | 'utf-8';

export interface Utf8Census {
  /** Well-formed sequences of two to four bytes. */
  multiByte: number;
  /** Bytes at or above 0x80 that are not part of a well-formed sequence. */
  stray: number;
}

/** Counts, in one pass, the well-formed multi-byte UTF-8 sequences and the stray high bytes. */
export function utf8Census(bytes: Uint8Array, start = 0, end = bytes.length): Utf8Census {
  const census = { multiByte: 0, stray: 0 };
  let at = start;
  while (at < end) {
    const b = bytes[at]!;
    if (b < 0x80) {
      at += 1;
      continue;
    }
    const length = sequenceLength(bytes, at, end);
    if (length > 0) {
      census.multiByte += 1;
      at += length;
    } else {
      census.stray += 1;
      at += 1;
    }
  }
  return census;
}

/** Whether `bytes[start, end)` holds the odd bytes of a mixed file. */
export function holdsOddBytes(bytes: Uint8Array, start: number, end: number, odd: OddBytes): boolean {
  const census = utf8Census(bytes, start, end);
  return odd === 'not-utf-8' ? census.stray > 0 : census.multiByte > 0;
}

const isContinuation = (b: number | undefined): boolean => b !== undefined && b >= 0x80 && b <= 0xbf;

/**
 * The length of the well-formed UTF-8 sequence at `at`, or 0. The ranges are those of the Unicode
 * Standard, table 3-7 (no overlong forms, no surrogates, nothing above U+10FFFF).
 */
function sequenceLength(bytes: Uint8Array, at: number, end: number): number {
  const b = bytes[at]!;
  const next = (i: number) => (at + i < end ? bytes[at + i] : undefined);
  const second = next(1);
  if (b >= 0xc2 && b <= 0xdf) return isContinuation(second) ? 2 : 0;
  if (b >= 0xe0 && b <= 0xef) {
    const low = b === 0xe0 ? 0xa0 : 0x80;
    const high = b === 0xed ? 0x9f : 0xbf;
    return second !== undefined && second >= low && second <= high && isContinuation(next(2)) ? 3 : 0;
  }
  if (b >= 0xf0 && b <= 0xf4) {
    const low = b === 0xf0 ? 0x90 : 0x80;
    const high = b === 0xf4 ? 0x8f : 0xbf;
    return second !== undefined && second >= low && second <= high && isContinuation(next(2)) && isContinuation(next(3))
      ? 4
      : 0;
  }
  return 0;
}
