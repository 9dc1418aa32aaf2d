import { createRequire } from 'node:module';
import type * as AdaptiveCards from 'adaptivecards';

const require = createRequire(import.meta.url);
// The bundled UMD build loads in plain Node (the ESM files use extension-less imports).
const AC = require('adaptivecards/dist/adaptivecards.js') as typeof AdaptiveCards;

/** Webex renders Adaptive Cards 1.3. */
export const WEBEX_CARD_VERSION = '1.3';

/**
 * Problems the adaptivecards object model finds in a card when read as Adaptive Cards 1.3: unknown
 * elements, properties newer than 1.3, inputs without ids, duplicate ids, empty choice sets.
 */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = card as { type?: string; version?: string };
  if (json.type !== 'AdaptiveCard') problems.push('type is not AdaptiveCard');
  if (json.version !== WEBEX_CARD_VERSION)
    problems.push(`version is ${json.version}, Webex renders ${WEBEX_CARD_VERSION}`);
  const context = new AC.SerializationContext(AC.Versions.v1_3);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i += 1) {
    const event = context.getEventAt(i);
    problems.push(`parse: ${event.message}`);
  }
  for (const event of parsed.validateProperties().validationEvents) problems.push(`validate: ${event.message}`);
  if (JSON.stringify(card).includes('${')) problems.push('an unexpanded ${...} binding is left in the card');
  return problems;
}
