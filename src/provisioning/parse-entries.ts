import emailAddresses from 'email-addresses';
import { type Msg, msg } from '../i18n/msg.js';

/**
 * Reads what an administrator typed or pasted in the Add Users card. A line is read as an RFC 5322
 * address list (what Outlook and Gmail put on the clipboard: `Ana Souza <ana@x.com>; Bo <bo@x.com>`,
 * commas or semicolons, quoted names with commas), by the `email-addresses` parser rather than by
 * hand. Two older forms stay because they are unambiguous: bare addresses separated by spaces, commas
 * or semicolons, and one user as `ana@x.com, Ana, Souza` (cells of a spreadsheet row paste with tabs
 * instead of commas). Whatever fits none of these is a problem with its line, never a guess: a pasted
 * list that silently loses a person is worse than a list the admin has to correct.
 */
export const MAX_ENTRIES_PER_PASS = 25;

export type EntryMode = 'emails' | 'names';

export interface UserEntry {
  line: number;
  email: string;
  firstName?: string;
  lastName?: string;
}

export interface ParsedEntries {
  entries: UserEntry[];
  problems: Msg[];
}

const EMAIL_RE =
  /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+$/;

export function isValidEmail(value: string): boolean {
  return value.length <= 254 && EMAIL_RE.test(value);
}

interface Names {
  firstName?: string;
  lastName?: string;
}

/** "Ana Maria Souza" -> Ana Maria / Souza; "Souza, Ana" (the directory order Outlook shows) -> Ana / Souza. */
function splitName(full: string): Names {
  const unquoted = full
    .trim()
    .replace(/^(["'])(.*)\1$/, '$2')
    .trim();
  const comma = unquoted.indexOf(',');
  if (comma > 0) {
    const last = unquoted.slice(0, comma).trim();
    const first = unquoted.slice(comma + 1).trim();
    if (last && first && !first.includes(',')) return { firstName: first, lastName: last };
  }
  const parts = unquoted.split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { firstName: parts[0] };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1] };
}

/** What one line gave: users (address and names as written) or why it could not be read. */
type LineReading = { users: { email: string; names: Names }[] } | { problem: 'noEmail' | 'unreadable' | 'invalid' };

/** Splits at `sep` outside quotes and angle brackets (a quoted name may hold a semicolon). */
function splitOutside(text: string, sep: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let angle = false;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    else if (!quoted && !angle && c === sep) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim()).filter(Boolean);
}

/** An RFC 5322 address list with commas, semicolons or both; undefined when it is not one. */
function addressList(text: string): { email: string; names: Names }[] | undefined {
  const read = (input: string, separator?: string) => {
    const list = emailAddresses.parseAddressList({
      input,
      rfc6532: true,
      ...(separator ? { addressListSeparator: separator } : {}),
    });
    // A group ("Team: a@x;") is not a person; reading it as one would be a guess.
    if (!list || list.length === 0 || list.some((a) => a.type !== 'mailbox')) return undefined;
    return list as emailAddresses.ParsedMailbox[];
  };
  const mailboxes =
    read(text, ';') ??
    (() => {
      const parts = splitOutside(text, ';').map((p) => read(p));
      return parts.every((p) => p !== undefined) ? parts.flat() : undefined;
    })();
  return mailboxes?.map((m) => ({ email: m.address, names: m.name ? splitName(m.name) : {} }));
}

function readLine(text: string): LineReading {
  const line = text.replace(/[;,\s]+$/, '');
  const list = addressList(line);
  if (list) return { users: list };
  const hasAngle = /[<>"]/.test(line);
  // Bare addresses, whatever separates them (a column pasted from a spreadsheet, a list typed by hand).
  const pieces = line.split(/[,;\s]+/).filter(Boolean);
  if (!hasAngle && pieces.length > 0 && pieces.every((p) => p.includes('@'))) {
    if (pieces.every(isValidEmail)) return { users: pieces.map((email) => ({ email, names: {} })) };
    return { problem: 'invalid' };
  }
  // One user as cells: "ana@x.com, Ana, Souza", or a spreadsheet row "Ana<TAB>Souza<TAB>ana@x.com".
  const cells = (line.includes('\t') ? line.split('\t') : line.split(',')).map((c) => c.trim()).filter(Boolean);
  const withAt = cells.filter((c) => c.includes('@'));
  if (withAt.length === 0) return { problem: 'noEmail' };
  if (hasAngle || withAt.length > 1 || cells.length > 3) return { problem: 'unreadable' };
  const email = withAt[0]!;
  if (/\s/.test(email)) return { problem: 'unreadable' };
  const others = cells.filter((c) => c !== email);
  const names: Names =
    others.length === 2 ? { firstName: others[0]!, lastName: others[1]! } : splitName(others[0] ?? '');
  return { users: [{ email, names }] };
}

export function parseEntries(raw: string, mode: EntryMode): ParsedEntries {
  const problems: Msg[] = [];
  let unread = 0;
  const found: { line: number; email: string; names: Names; written: string }[] = [];
  raw
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .forEach((text, index) => {
      const trimmed = text.trim();
      if (!trimmed) return;
      const line = String(index + 1);
      const reading = readLine(trimmed);
      if ('users' in reading) {
        for (const u of reading.users) found.push({ line: index + 1, ...u, written: trimmed });
        return;
      }
      unread += 1;
      const invalid = trimmed.split(/[\s,;<>"]+/).find((p) => p.includes('@') && !isValidEmail(p)) ?? trimmed;
      if (reading.problem === 'noEmail') problems.push(msg('entries.nameNoEmail', { line, text: trimmed }));
      else if (reading.problem === 'invalid') problems.push(msg('entries.invalidEmail', { line, email: invalid }));
      else
        problems.push(
          msg('entries.unreadable', { line, text: trimmed, example: '"Reis, Paula" <paula.reis@example.com>' }),
        );
    });
  if (found.length === 0 && problems.length === 0) return { entries: [], problems: [msg('entries.none')] };
  // Lines that could not be read count too: they are users the admin meant to give.
  const given = found.length + unread;
  if (given > MAX_ENTRIES_PER_PASS) {
    problems.unshift(msg('entries.tooMany', { count: given, max: MAX_ENTRIES_PER_PASS }));
  }
  const entries: UserEntry[] = [];
  const seen = new Map<string, number>();
  for (const item of found) {
    const line = String(item.line);
    const email = item.email.trim().toLowerCase();
    if (!isValidEmail(email)) {
      problems.push(msg('entries.invalidEmail', { line, email: item.email }));
      continue;
    }
    const firstSeen = seen.get(email);
    if (firstSeen !== undefined) {
      problems.push(
        firstSeen === item.line
          ? msg('entries.duplicateSameLine', { line, email })
          : msg('entries.duplicate', { line, email, first: String(firstSeen) }),
      );
      continue;
    }
    seen.set(email, item.line);
    const { firstName, lastName } = item.names;
    if (mode === 'names' && !firstName && !lastName) {
      const guess = nameFromAddress(email);
      // The full name the address gives, or a neutral example: never a first name from the address with
      // an invented surname ("Carla Souza").
      const example =
        guess.firstName && guess.lastName
          ? `${guess.firstName} ${guess.lastName} <${email}>`
          : 'Ana Souza <ana.souza@example.com>';
      problems.push(msg('entries.noName', { line, email, example }));
      continue;
    }
    entries.push({
      line: item.line,
      email,
      ...(firstName ? { firstName } : {}),
      ...(lastName ? { lastName } : {}),
    });
  }
  return { entries, problems };
}

/**
 * A name taken from an address, when the admin asks for it: `carla.mendes@` -> Carla / Mendes,
 * `carla.mendes2@` -> Carla / Mendes, `carla@` -> Carla. Letters split by a dot, a dash or an
 * underscore, digits at their end dropped; anything else (`c.mendes@`, `ops@`) gives what it can, and
 * nothing when nothing reads as a name.
 */
export function nameFromAddress(email: string): Names {
  const local = email.split('@')[0] ?? '';
  // Digits at the end of a part are a number, not the name: carla.mendes2@ is still Carla Mendes.
  const parts = local
    .split(/[._-]+/)
    .map((p) => p.replace(/\d+$/, ''))
    .filter((p) => /^\p{L}+$/u.test(p) && p.length > 1);
  if (parts.length === 0) return {};
  const cap = (p: string) => p.charAt(0).toUpperCase() + p.slice(1).toLowerCase();
  if (parts.length === 1) return { firstName: cap(parts[0]!) };
  return { firstName: parts.slice(0, -1).map(cap).join(' '), lastName: cap(parts[parts.length - 1]!) };
}
