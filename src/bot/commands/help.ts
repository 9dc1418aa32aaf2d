import { renderCard } from '../cards.js';
import type { BotContext } from '../context.js';
import { type Command, commandName } from './command.js';

export function helpCommand(
  commands: () => Command[],
  botName: string,
  /** A word on the space, when it acts for several organizations. */
  note?: (ctx: BotContext) => string,
): Command {
  return {
    name: 'help',
    names: { 'pt-BR': 'ajuda' },
    aliases: ['?', 'hello', 'hi', 'oi', 'olá'],
    summary: 'cmd.help.summary',
    example: 'cmd.help.example',
    async run(ctx) {
      const list = commands().map((c) => ({
        name: commandName(c, ctx.tr.lang),
        summary: ctx.t(c.summary),
        example: `@${botName} ${ctx.t(c.example)}`,
      }));
      const spaceNote = note?.(ctx) ?? '';
      const card = renderCard('help', ctx.tr, { botName, commands: list, note: spaceNote });
      const fallback = [
        ctx.t('help.intro', { bot: botName }),
        ...(spaceNote ? [spaceNote] : []),
        '',
        ...list.map((c) => ctx.t('help.line', c)),
      ].join('\n');
      await ctx.replyCard(card, fallback);
    },
  };
}
