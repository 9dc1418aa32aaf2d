import { type Msg, msg } from '../i18n/msg.js';

/**
 * Reads what an administrator typed in the Add Users card: one entry per line (or separated by commas
 * or semicolons in "email addresses" mode), each `ana@x.com`, `Ana Souza <ana@x.com>` or
 * `ana@x.com, Ana, Souza`. Every problem is reported at once, with its line.
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

function splitName(full: string): { firstName?: string; lastName?: string } {
  const parts = full.trim().split(/\s+/).filter(Boolean);
  if (parts.length === 0) return {};
  if (parts.length === 1) return { firstName: parts[0] };
  return { firstName: parts.slice(0, -1).join(' '), lastName: parts[parts.length - 1] };
}

function parseLine(text: string): { email?: string; firstName?: string; lastName?: string; looksLikeEmail: boolean } {
  const angle = /^(.*)<\s*([^>]+?)\s*>\s*$/.exec(text);
  if (angle)
    return { email: angle[2]!, ...splitName(angle[1]!.trim().replace(/^["']|["']$/g, '')), looksLikeEmail: true };
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean);
  const emailIndex = parts.findIndex((p) => p.includes('@'));
  if (emailIndex === -1) return { ...splitName(parts.join(' ')), looksLikeEmail: false };
  const others = parts.filter((_, i) => i !== emailIndex);
  const names =
    others.length >= 2 ? { firstName: others[0], lastName: others.slice(1).join(' ') } : splitName(others[0] ?? '');
  return { email: parts[emailIndex]!, ...names, looksLikeEmail: true };
}

export function parseEntries(raw: string, mode: EntryMode): ParsedEntries {
  const problems: Msg[] = [];
  const entries: UserEntry[] = [];
  const lines = raw.replace(/\r\n?/g, '\n').split('\n');
  const items: { line: number; text: string }[] = [];
  lines.forEach((text, index) => {
    const trimmed = text.trim();
    if (!trimmed) return;
    const pieces = trimmed.split(/[,;\s]+/).filter(Boolean);
    // A line of addresses only is a list; a line with names is one user ("ana@x.com, Ana, Souza").
    if (mode === 'emails' && !trimmed.includes('<') && pieces.every((p) => p.includes('@'))) {
      for (const piece of pieces) items.push({ line: index + 1, text: piece });
    } else {
      items.push({ line: index + 1, text: trimmed.replace(/;$/, '') });
    }
  });
  if (items.length === 0) {
    return { entries, problems: [msg('entries.none')] };
  }
  if (items.length > MAX_ENTRIES_PER_PASS) {
    problems.push(msg('entries.tooMany', { count: items.length, max: MAX_ENTRIES_PER_PASS }));
  }
  const seen = new Map<string, number>();
  for (const item of items) {
    const parsed = parseLine(item.text);
    const line = String(item.line);
    if (!parsed.email) {
      problems.push(msg('entries.nameNoEmail', { line, text: item.text }));
      continue;
    }
    const email = parsed.email.trim().toLowerCase();
    if (!isValidEmail(email)) {
      problems.push(msg('entries.invalidEmail', { line, email: parsed.email }));
      continue;
    }
    const firstSeen = seen.get(email);
    if (firstSeen !== undefined) {
      problems.push(msg('entries.duplicate', { line, email, first: String(firstSeen) }));
      continue;
    }
    seen.set(email, item.line);
    if (mode === 'names' && !parsed.firstName && !parsed.lastName) {
      problems.push(msg('entries.noName', { line, email }));
      continue;
    }
    entries.push({
      line: item.line,
      email,
      ...(parsed.firstName ? { firstName: parsed.firstName } : {}),
      ...(parsed.lastName ? { lastName: parsed.lastName } : {}),
    });
  }
  return { entries, problems };
}
