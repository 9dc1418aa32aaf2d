/**
 * Every text the bot shows, in English, assembled from one file per area under `en/`. `pt-br.ts` has
 * the same keys (a test compares them, and its types make a missing or extra one a compile error).
 *
 * Each entry is an ICU message (https://unicode-org.github.io/icu/userguide/format_parse/messages/):
 * `{name}` is a parameter, `{count, plural, one {# user} other {# users}}` agrees with a number and
 * `{state, select, ...}` chooses by a word. An apostrophe only quotes when it stands before `{`, `}`,
 * `#` in a plural, or another apostrophe, so "Control Hub's" needs no escaping; `<...>` is plain text.
 * Keys starting with `card.` are the fixed words of the card templates (`${$root.t.summary.created}`
 * in `cards/summary.json`): plain text, never ICU.
 */
import { conversation } from './en/conversation.js';
import { csv } from './en/csv.js';
import { jobs } from './en/jobs.js';
import { licenses } from './en/licenses.js';
import { orgs } from './en/orgs.js';
import { preview } from './en/preview.js';
import { provisioning } from './en/provisioning.js';
import { sync } from './en/sync.js';

/** The areas, apart, so a test can tell that no key is written in two of them. */
export const EN_AREAS = [conversation, licenses, provisioning, preview, csv, jobs, sync, orgs] as const;

export const en = { ...conversation, ...licenses, ...provisioning, ...preview, ...csv, ...jobs, ...sync, ...orgs };

export type MsgKey = keyof typeof en;
