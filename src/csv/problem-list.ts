import { type Msg, msg } from '../i18n/msg.js';

/**
 * The pre-flight's problems, bounded: an answer has to fit in one Webex message (about 7,000 bytes), and
 * a file where every one of 20,000 rows is wrong must not become 20,000 lines. The first problems are kept,
 * the others only counted.
 */
export const MAX_LISTED_PROBLEMS = 15;

/** Longest value quoted back from a cell, and longest column name, so that one problem stays one short line. */
const VALUE_CHARS = 60;
const VALUE_BYTES = 120;
const NAME_CHARS = 40;
const NAME_BYTES = 80;

export class ProblemList {
  /** Problems about the whole file, listed before those of the rows whatever the order they were found in. */
  private readonly first: Msg[] = [];
  private readonly rows: Msg[] = [];
  private count = 0;

  /** A problem of a row or a column, in the order of the file. */
  add(problem: Msg): void {
    this.count += 1;
    if (this.rows.length < MAX_LISTED_PROBLEMS) this.rows.push(problem);
  }

  /** A problem about the whole file, which is listed first. */
  addFirst(problem: Msg): void {
    this.count += 1;
    this.first.unshift(problem);
  }

  get total(): number {
    return this.count;
  }

  /**
   * At most MAX_LISTED_PROBLEMS problems; when there were more, the last line of the list says how many
   * more there are (`import.moreProblems`) and stands in for one of them.
   */
  listed(): Msg[] {
    const all = [...this.first, ...this.rows];
    if (this.count <= MAX_LISTED_PROBLEMS) return all;
    const kept = all.slice(0, MAX_LISTED_PROBLEMS - 1);
    return [...kept, msg('import.moreProblems', { count: this.count - kept.length })];
  }
}

/** A cell's value quoted back in a message: short enough for one line whatever it holds. */
export function quoteValue(value: string): string {
  return shorten(value, VALUE_CHARS, VALUE_BYTES);
}

/** A column name quoted back in a message. */
export function quoteName(name: string): string {
  return shorten(name, NAME_CHARS, NAME_BYTES);
}

function shorten(value: string, chars: number, bytes: number): string {
  // Whole code points, so that an emoji is never cut in half; a 1 MB cell is not split whole for it.
  let kept = [...value.slice(0, 2 * chars)].slice(0, chars);
  while (Buffer.byteLength(kept.join(''), 'utf8') > bytes) kept = kept.slice(0, -1);
  const shortened = kept.join('');
  return shortened.length < value.length ? `${shortened}…` : value;
}
