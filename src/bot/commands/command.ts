import type { BotContext } from '../context.js';

/** A command administrators type, with what help shows about it. */
export interface Command {
  name: string;
  aliases: string[];
  summary: string;
  example: string;
  run(ctx: BotContext): Promise<void>;
}
