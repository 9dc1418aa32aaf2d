import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.js';
import { nameFromAddress, parseEntries } from '../../src/provisioning/parse-entries.js';

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

  it('suggests the name an address gives, whole, and never mixes it with an invented surname', () => {
    const parsed = parseEntries('carla.mendesen390@x.com\ncarla@x.com', 'names');
    expect(parsed.problems.map(text)).toEqual([
      'Line 1: carla.mendesen390@x.com has no name. With "Names and email addresses", write the name before the address, like Carla Mendesen &lt;carla.mendesen390@x.com&gt;.',
      'Line 2: carla@x.com has no name. With "Names and email addresses", write the name before the address, like Ana Souza &lt;ana.souza@example.com&gt;.',
    ]);
  });

  it('reports every problem with its line', () => {
    const parsed = parseEntries('not-an-email\nJust A Name\nana@x.com\nANA@x.com', 'names');
    expect(parsed.problems.map(text)).toEqual([
      'Line 1: "not-an-email" has a name but no email address.',
      'Line 2: "Just A Name" has a name but no email address.',
      'Line 3: ana@x.com has no name. With "Names and email addresses", write the name before the address, like Ana Souza &lt;ana.souza@example.com&gt;.',
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

  it('reads an Outlook paste (semicolons) as two users with their names', () => {
    const parsed = parseEntries(
      'Otavio Nunes <otavio.nunes@acme.example.com>; Paula Reis <paula.reis@acme.example.com>;',
      'names',
    );
    expect(parsed.problems.map(text)).toEqual([]);
    expect(parsed.entries).toEqual([
      { line: 1, email: 'otavio.nunes@acme.example.com', firstName: 'Otavio', lastName: 'Nunes' },
      { line: 1, email: 'paula.reis@acme.example.com', firstName: 'Paula', lastName: 'Reis' },
    ]);
  });

  it('reads the same list with commas, and a Gmail paste with quoted "Last, First" names', () => {
    expect(
      parseEntries('Otavio Nunes <otavio.nunes@acme.example.com>, Paula Reis <paula.reis@acme.example.com>', 'emails')
        .entries,
    ).toEqual([
      { line: 1, email: 'otavio.nunes@acme.example.com', firstName: 'Otavio', lastName: 'Nunes' },
      { line: 1, email: 'paula.reis@acme.example.com', firstName: 'Paula', lastName: 'Reis' },
    ]);
    const gmail = parseEntries(
      '"Reis, Paula" <paula.reis@acme.example.com>, "Otávio Nunes" <otavio.nunes@acme.example.com>, carla.mendes@acme.example.com',
      'emails',
    );
    expect(gmail.problems.map(text)).toEqual([]);
    expect(gmail.entries).toEqual([
      { line: 1, email: 'paula.reis@acme.example.com', firstName: 'Paula', lastName: 'Reis' },
      { line: 1, email: 'otavio.nunes@acme.example.com', firstName: 'Otávio', lastName: 'Nunes' },
      { line: 1, email: 'carla.mendes@acme.example.com' },
    ]);
  });

  it('reads an Excel paste: a column of addresses, and rows of cells split by tabs', () => {
    expect(parseEntries('ana@x.com\r\nbo@x.com\r\n', 'emails').entries).toEqual([
      { line: 1, email: 'ana@x.com' },
      { line: 2, email: 'bo@x.com' },
    ]);
    expect(parseEntries('Ana Souza\tana@x.com\nbo@x.com\tBo\tLima', 'names').entries).toEqual([
      { line: 1, email: 'ana@x.com', firstName: 'Ana', lastName: 'Souza' },
      { line: 2, email: 'bo@x.com', firstName: 'Bo', lastName: 'Lima' },
    ]);
  });

  it('refuses what it could only guess: an unquoted name with a comma, a name run into an address', () => {
    const parsed = parseEntries('Reis, Paula <paula@x.com>\nAna Souza ana@x.com\nana@x.com; ana@x.com', 'emails');
    expect(parsed.entries).toEqual([{ line: 3, email: 'ana@x.com' }]);
    expect(parsed.problems.map(text)).toEqual([
      'Line 1: "Reis, Paula &lt;paula@x.com&gt;" cannot be read as a list of addresses. Write each user as a name and address, like "Reis, Paula" &lt;paula.reis@example.com&gt;, or as the address alone, separated by commas or semicolons. A name that holds a comma goes in quotes.',
      'Line 2: "Ana Souza ana@x.com" cannot be read as a list of addresses. Write each user as a name and address, like "Reis, Paula" &lt;paula.reis@example.com&gt;, or as the address alone, separated by commas or semicolons. A name that holds a comma goes in quotes.',
      'Line 3: ana@x.com appears twice on this line; each user can appear once.',
    ]);
  });

  it('takes a name from an address only as far as it reads as one', () => {
    expect(nameFromAddress('carla.mendes@x.com')).toEqual({ firstName: 'Carla', lastName: 'Mendes' });
    expect(nameFromAddress('ana_maria.souza@x.com')).toEqual({ firstName: 'Ana Maria', lastName: 'Souza' });
    expect(nameFromAddress('carla@x.com')).toEqual({ firstName: 'Carla' });
    expect(nameFromAddress('carla.mendesen390@x.com')).toEqual({ firstName: 'Carla', lastName: 'Mendesen' });
    expect(nameFromAddress('1234@x.com')).toEqual({});
  });
});
