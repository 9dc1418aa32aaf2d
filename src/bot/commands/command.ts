import type { MsgKey } from '../../i18n/en.js';
import type { Lang } from '../../i18n/translate.js';
import type { BotContext } from '../context.js';

/** A command administrators type, with what help shows about it (catalog texts). */
export interface Command {
  /** The English name; `names` has the name in other languages, `aliases` other words for it. */
  name: string;
  names?: Partial<Record<Lang, string>>;
  aliases: string[];
  summary: MsgKey;
  example: MsgKey;
  run(ctx: BotContext): Promise<void>;
}

/** The name help shows in a language. */
export function commandName(command: Command, lang: Lang): string {
  return command.names?.[lang] ?? command.name;
}

/** Every word a command answers to, in any language, with and without accents. */
export function commandWords(command: Command): string[] {
  const words = [command.name, ...Object.values(command.names ?? {}), ...command.aliases].map((w) => w.toLowerCase());
  return [...new Set([...words, ...words.map((w) => w.normalize('NFD').replace(/\p{M}/gu, ''))])];
}
