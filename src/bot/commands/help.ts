import { renderCard } from '../cards.js';
import type { Command } from './command.js';

export function helpCommand(commands: () => Command[], botName: string): Command {
  return {
    name: 'help',
    aliases: ['?', 'hello', 'hi'],
    summary: 'What I do and the commands I understand.',
    example: 'help',
    async run(ctx) {
      const list = commands().map((c) => ({ name: c.name, summary: c.summary, example: `@${botName} ${c.example}` }));
      const card = renderCard('help', { botName, commands: list });
      const fallback = [
        `**${botName}** provisions Webex Contact Center agents, supervisors and administrators from this space.`,
        '',
        ...list.map((c) => `- **${c.name}**: ${c.summary} Example: \`${c.example}\``),
      ].join('\n');
      await ctx.replyCard(card, fallback);
    },
  };
}
