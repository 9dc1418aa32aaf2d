import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Translator } from '../i18n/translate.js';
import type { CardAttachment } from '../webex/types.js';

const require = createRequire(import.meta.url);
// CommonJS package: its Template class expands `${...}` bindings with the data given as $root.
const { Template } = require('adaptivecards-templating') as {
  Template: new (json: unknown) => { expand(context: { $root: unknown }): unknown };
};

// The templates sit at the project's root; a compiled build (dist/src/bot) reads them from there too.
export const CARDS_DIR =
  [new URL('../../cards/', import.meta.url), new URL('../../../cards/', import.meta.url)]
    .map((u) => fileURLToPath(u))
    .find((dir) => existsSync(`${dir}help.json`)) ?? fileURLToPath(new URL('../../cards/', import.meta.url));
export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const templates = new Map<string, unknown>();

function template(name: string): unknown {
  let json = templates.get(name);
  if (!json) {
    json = JSON.parse(readFileSync(`${CARDS_DIR}${name}.json`, 'utf8'));
    templates.set(name, json);
  }
  return json;
}

/** Catalog bindings the templating left as they were: a text missing from the catalog. */
const UNRESOLVED = /\$\{\$root\.t\.[^}]*\}/;

/**
 * Expands the card template `cards/<name>.json` with typed data and the fixed words of the reader's
 * language (`${$root.t.<card>.<text>}`). A binding left unresolved (a key missing from the catalog) throws:
 * a card never shows `${...}` to an administrator.
 */
export function renderCard(name: string, tr: Translator, data: object): Record<string, unknown> {
  const card = new Template(template(name)).expand({ $root: { ...data, t: tr.cardTexts() } }) as Record<
    string,
    unknown
  >;
  const json = JSON.stringify(card);
  const unresolved = UNRESOLVED.exec(json);
  if (unresolved) throw new Error(`The card "${name}" (${tr.lang}) has an unresolved binding ${unresolved[0]}.`);
  return card;
}

export function cardAttachment(content: Record<string, unknown>): CardAttachment {
  return { contentType: CARD_CONTENT_TYPE, content };
}
