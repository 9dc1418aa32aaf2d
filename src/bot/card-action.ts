import type { z } from 'zod';
import type { MsgKey } from '../i18n/en.js';
import type { BotContext } from './context.js';

/** A card submission's handler, by the `action` its button carries. */
export type CardAction = (ctx: BotContext, inputs: Record<string, unknown>) => Promise<void>;

/**
 * A card action that runs only on inputs its schema accepts. Cards stay in a space for months: a card
 * from an older version of the bot, or inputs a client sent differently, get `mismatch` as the answer
 * in the thread rather than a run on guessed values.
 */
export function cardAction<S extends z.ZodType>(
  schema: S,
  mismatch: MsgKey,
  run: (ctx: BotContext, inputs: z.output<S>) => Promise<void>,
): CardAction {
  return async (ctx, inputs) => {
    const parsed = schema.safeParse(inputs);
    if (!parsed.success) {
      const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(inputs)'}: ${i.message}`);
      ctx.log.warn({ issues }, 'the card inputs do not match the action');
      await ctx.reply(ctx.t(mismatch));
      return;
    }
    await run(ctx, parsed.data);
  };
}
