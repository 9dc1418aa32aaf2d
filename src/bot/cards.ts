import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { CardAttachment } from '../webex/types.js';

const require = createRequire(import.meta.url);
// CommonJS package: its Template class expands `${...}` bindings with the data given as $root.
const { Template } = require('adaptivecards-templating') as { Template: new (json: unknown) => { expand(context: { $root: unknown }): unknown } };

export const CARDS_DIR = fileURLToPath(new URL('../../cards/', import.meta.url));
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

/** Expands the card template `cards/<name>.json` with typed data. */
export function renderCard(name: string, data: object): Record<string, unknown> {
  return new Template(template(name)).expand({ $root: data }) as Record<string, unknown>;
}

export function cardAttachment(content: Record<string, unknown>): CardAttachment {
  return { contentType: CARD_CONTENT_TYPE, content };
}
