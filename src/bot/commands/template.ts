import { AGENT_FIELDS, type AgentField } from '../../contact-center/agent-settings.js';
import { type Msg, type MsgParam, msg } from '../../i18n/msg.js';
import { unknownNameText } from '../../provisioning/agent-names.js';
import type { DefaultField, SetAnswer } from '../../provisioning/services/agent-defaults.js';
import type { ProvisioningServices } from '../../provisioning/services/services.js';
import type { BotContext } from '../context.js';
import type { Command } from './command.js';

/**
 * The words each field answers to, in English and in Portuguese, whatever language the person reads:
 * `template desktop profile Padrão` and `modelo perfil de desktop Padrão` are the same command.
 */
const FIELD_WORDS: Record<AgentField, string[]> = {
  site: ['site', 'local'],
  teams: ['teams', 'team', 'equipes', 'equipe', 'times'],
  desktopProfile: ['desktop profile', 'perfil de desktop', 'perfil do desktop', 'desktop'],
  multimediaProfile: ['multimedia profile', 'perfil multimidia', 'perfil de multimidia', 'multimedia', 'multimidia'],
  skillProfile: ['skill profile', 'perfil de habilidades', 'perfil de habilidade', 'skills', 'habilidades'],
};
const CLEAR_WORDS = ['clear', 'remove', 'limpar', 'remover', 'apagar'];

const plain = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The field named at the start of `words` (the longest phrase that fits), and the words after it. */
function fieldAtStart(words: string[]): { field: AgentField; rest: string[] } | undefined {
  const said = words.map(plain);
  let best: { field: AgentField; length: number } | undefined;
  for (const field of AGENT_FIELDS)
    for (const phrase of FIELD_WORDS[field]) {
      const parts = phrase.split(' ');
      if (parts.every((p, i) => said[i] === p) && parts.length > (best?.length ?? 0))
        best = { field, length: parts.length };
    }
  return best ? { field: best.field, rest: words.slice(best.length) } : undefined;
}

/**
 * `template`: the organisation's defaults for users new to the Contact Center, where each comes from,
 * and how to change them. `template site São Paulo`, `template teams Vendas; Suporte`, `template
 * desktop profile Padrão`, `template multimedia profile ...`, `template skill profile ...` set one
 * (checked against the Contact Center, with the closest names on a typo); `template clear teams`
 * removes one. In Portuguese: `modelo`, `equipes`, `perfil de desktop`, `perfil multimídia`, `perfil
 * de habilidades`, `limpar`.
 */
export function templateCommand(services: Pick<ProvisioningServices, 'template' | 'agentChoices'>): Command {
  return {
    name: 'template',
    names: { 'pt-BR': 'modelo' },
    aliases: ['defaults', 'padrões', 'padrao', 'padrão'],
    summary: 'cmd.template.summary',
    example: 'cmd.template.example',
    async run(ctx) {
      const words = ctx.args;
      if (words.length === 0) {
        await show(ctx, services);
        return;
      }
      const by = ctx.actor.emails[0]!;
      if (CLEAR_WORDS.includes(plain(words[0]!))) {
        const named = fieldAtStart(words.slice(1));
        if (!named || named.rest.length > 0) {
          await ctx.reply(ctx.t('template.usage'));
          return;
        }
        await services.template.clear(named.field, by);
        await ctx.reply(ctx.t('template.cleared', { field: named.field }));
        return;
      }
      const named = fieldAtStart(words);
      if (!named) {
        await ctx.reply(ctx.t('template.usage'));
        return;
      }
      const answer = await services.template.set(named.field, named.rest.join(' '), by);
      await ctx.reply(setReply(ctx, answer));
    },
  };
}

function setReply(ctx: BotContext, answer: SetAnswer): string {
  switch (answer.kind) {
    case 'set':
      return [
        ctx.t('template.set', { field: answer.field, value: { list: answer.value.map((v) => v.name) } }),
        ...answer.warnings.map((w) => `⚠️ ${ctx.m(w)}`),
      ].join('\n');
    case 'unknown':
      return [ctx.t('template.notChanged'), ...answer.unknown.map((u) => `- ${ctx.m(unknownNameText(u))}`)].join('\n');
    case 'capacity':
      return ctx.t('template.capacity', { count: answer.teams.length, teams: { list: answer.teams } });
    case 'empty':
      return ctx.t('template.noValue', { field: answer.field });
    case 'unreadable':
      return ctx.t('template.unreadable', { error: answer.problem });
  }
}

async function show(ctx: BotContext, services: Pick<ProvisioningServices, 'template' | 'agentChoices'>) {
  const choices = await services.agentChoices();
  const view = choices.readable ? choices.defaults : await services.template.view(undefined);
  const lines = [
    ctx.t('template.title'),
    ...view.fields.map((f) => ctx.t('template.line', { field: f.field, value: namesOf(f), source: sourceOf(f) })),
  ];
  if (!choices.readable) lines.push(`⚠️ ${ctx.t('template.notChecked', { error: choices.problem })}`);
  lines.push('', ctx.t('template.usage'));
  await ctx.reply(lines.join('\n'));
}

/** What a default names today: the names, those gone or capacity-based marked. */
function namesOf(f: DefaultField): MsgParam {
  if (f.names.length === 0) return msg('template.none');
  const names: MsgParam[] = (f.resolved ?? f.names.map((name) => ({ name }))).map((r) =>
    f.capacity.includes(r.name) ? msg('template.capacityName', { name: r.name }) : r.name,
  );
  for (const name of f.missing) names.push(msg('template.missingName', { name }));
  return { list: names };
}

/**
 * Where a default comes from, in an administrator's words: the configuration variable behind "the bot's
 * settings" is for whoever runs the bot, and is named in the docs, not in the space.
 */
function sourceOf(f: DefaultField): Msg {
  const by = msg('template.by', { by: f.by ?? '?', at: { at: Date.parse(f.at ?? '') || 0 } });
  switch (f.source) {
    case 'stored':
      return msg('template.source.storedBy', { by });
    case 'environment':
      return msg('template.source.environment');
    case 'cleared':
      return f.configured.length > 0
        ? msg('template.source.clearedOverEnvironment', { by, names: { list: f.configured } })
        : msg('template.source.cleared', { by });
    case 'none':
      return msg('template.source.none');
  }
}
