import { renderCard } from '../cards.js';
import { type Command, commandName } from './command.js';

export function helpCommand(commands: () => Command[], botName: string): Command {
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
      const card = renderCard('help', ctx.tr, { botName, commands: list });
      const fallback = [ctx.t('help.intro', { bot: botName }), '', ...list.map((c) => ctx.t('help.line', c))].join(
        '\n',
      );
      await ctx.replyCard(card, fallback);
    },
  };
}
