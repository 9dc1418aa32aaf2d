import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.js';
import { parseEntries } from '../../src/provisioning/parse-entries.js';

/** A catalog text as an English-speaking administrator reads it. */
const text = (m: Parameters<ReturnType<typeof translator>['m']>[0]): string => translator('en').m(m);

describe('reading the users typed in the card', () => {
  it('accepts the three forms, one per line, and commas between addresses in email mode', () => {
    const parsed = parseEntries(
      'ana@x.com, bo@x.com\nCarla Dias <carla@x.com>\ndan@x.com, Dan, De Souza\n\n',
      'emails',
    );
    expect(parsed.problems.map(text)).toEqual([]);
    expect(parsed.entries).toEqual([
      { line: 1, email: 'ana@x.com' },
      { line: 1, email: 'bo@x.com' },
      { line: 2, email: 'carla@x.com', firstName: 'Carla', lastName: 'Dias' },
      { line: 3, email: 'dan@x.com', firstName: 'Dan', lastName: 'De Souza' },
    ]);
  });

  it('keeps names in names mode', () => {
    const parsed = parseEntries('dan@x.com, Dan, De Souza\n"Eva Maria Lopes" <EVA@X.COM>', 'names');
    expect(parsed.problems.map(text)).toEqual([]);
    expect(parsed.entries).toEqual([
      { line: 1, email: 'dan@x.com', firstName: 'Dan', lastName: 'De Souza' },
      { line: 2, email: 'eva@x.com', firstName: 'Eva Maria', lastName: 'Lopes' },
    ]);
  });

  it('reports every problem with its line', () => {
    const parsed = parseEntries('not-an-email\nJust A Name\nana@x.com\nANA@x.com', 'names');
    expect(parsed.problems.map(text)).toEqual([
      'Line 1: "not-an-email" has a name but no email address.',
      'Line 2: "Just A Name" has a name but no email address.',
      'Line 3: ana@x.com has no name. In "names and email addresses" mode write "First Last <ana@x.com>" or "ana@x.com, First, Last".',
      'Line 4: ana@x.com is already on line 3; each user can appear once.',
    ]);
  });

  it('refuses more than 25 users and an empty list', () => {
    const many = Array.from({ length: 26 }, (_, i) => `u${i}@x.com`).join('\n');
    expect(parseEntries(many, 'emails').problems.map(text)[0]).toMatch(/^26 users given: at most 25/);
    expect(parseEntries(' \n ', 'emails').problems.map(text)).toEqual([
      'No users given: enter at least one email address.',
    ]);
    expect(parseEntries('bad@@x.com', 'emails').problems.map(text)).toEqual([
      'Line 1: "bad@@x.com" is not a valid email address.',
    ]);
  });
});
