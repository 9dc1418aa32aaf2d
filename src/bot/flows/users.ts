import { z } from 'zod';
import type { MsgKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translate.js';
import { type ProvisioningRole, roleLabel } from '../../provisioning/license-model.js';
import { nameFromAddress, parseEntries } from '../../provisioning/parse-entries.js';
import type { ProvisioningServices } from '../../provisioning/services/services.js';
import { type CardAction, cardAction } from '../card-action.js';
import { renderCard } from '../cards.js';
import type { Command } from '../commands/command.js';
import { fitMessage } from '../fit-message.js';
import { agentCardData, agentInputs, cardAgentChoice, type UsersCardKind } from './users-agent-card.js';
import { usersPreviewCard } from './users-preview-card.js';

const ROLE_ORDER: ProvisioningRole[] = [
  'standard',
  'agent',
  'supervisor',
  'administrator',
  'no-admin',
  'remove-license',
];

export type UsersFlowDeps = Pick<ProvisioningServices, 'previewBatch' | 'jobs' | 'agentChoices' | 'pendingActivations'>;
type CardDeps = Pick<UsersFlowDeps, 'agentChoices' | 'pendingActivations'>;

/**
 * What the Add Users card submits. A role left unchosen is not a mismatch: it is told with the
 * entries' problems, so the admin corrects everything at once.
 */
const previewInputs = z.object({
  mode: z.enum(['emails', 'names']).catch('emails'),
  entries: z.string().default(''),
  role: z.enum(ROLE_ORDER).optional().catch(undefined),
  welcome: z.union([z.boolean(), z.string()]).optional(),
  /** "Use names from the addresses": names for the users the list gave none. */
  namesFromAddress: z.string().optional().catch(undefined),
  /** The preview that button was on: it is cancelled, so only the new one can be confirmed. */
  replaces: z.string().optional().catch(undefined),
  ...agentInputs,
});

/** What the card submitted, kept as text so the preview's button can submit it again. */
function retryData(inputs: z.infer<typeof previewInputs>): Record<string, string> {
  const data: Record<string, string> = {};
  for (const [key, value] of Object.entries(inputs)) {
    if (key === 'namesFromAddress' || key === 'replaces' || value === undefined) continue;
    data[key] = String(value);
  }
  return data;
}

async function addUsersCard(
  deps: CardDeps,
  tr: Translator,
  title: string,
  kind: UsersCardKind,
  values: { mode?: string; entries?: string; role?: string } = {},
): Promise<Record<string, unknown>> {
  // The activation emails reach everyone pending, not only the new users: the card says how many now.
  const pending = kind === 'add' ? await deps.pendingActivations() : undefined;
  return renderCard('add-users', tr, {
    title,
    // A modify card creates nobody: its intro says so.
    intro: tr.t(kind === 'add' ? 'users.intro.add' : 'users.intro.modify'),
    agent: agentCardData(tr, kind, await deps.agentChoices()),
    mode: values.mode ?? 'emails',
    entries: values.entries ?? '',
    // The cheapest license first: a card left as it is never takes a Premium seat by accident.
    role: values.role ?? (kind === 'add' ? 'standard' : 'agent'),
    // The roles' meaning once, in a short note: a line per role under the dropdown made the card
    // twice a phone screen tall.
    roles: ROLE_ORDER.map((value) => ({ value, title: tr.m(roleLabel(value)) })),
    roleNote: tr.t('role.note'),
    // Only an add card may create users, so only it offers the activation emails.
    kind,
    welcomeTitle:
      pending === undefined
        ? tr.t('card.addUsers.welcome')
        : pending === 0
          ? tr.t('users.welcomeNewOnly')
          : tr.t('users.welcomeCounted', { count: pending }),
  });
}

/** A command that answers with the Add Users card under a given title. */
function usersCardCommand(
  deps: CardDeps,
  kind: UsersCardKind,
  name: string,
  names: Command['names'],
  aliases: string[],
  summary: MsgKey,
  example: MsgKey,
  title: MsgKey,
): Command {
  return {
    name,
    names,
    aliases,
    summary,
    example,
    async run(ctx) {
      const heading = ctx.t(title);
      await ctx.replyCard(
        await addUsersCard(deps, ctx.tr, heading, kind),
        ctx.t('users.cardFallback', { title: heading }),
      );
    },
  };
}

export function addCommand(deps: CardDeps): Command {
  return usersCardCommand(
    deps,
    'add',
    'add',
    { 'pt-BR': 'adicionar' },
    ['adduser', 'new', 'novo'],
    'cmd.add.summary',
    'cmd.add.example',
    'users.title.add',
  );
}

export function modifyCommand(deps: CardDeps): Command {
  return usersCardCommand(
    deps,
    'modify',
    'modify',
    { 'pt-BR': 'modificar' },
    ['role', 'change', 'alterar', 'função'],
    'cmd.modify.summary',
    'cmd.modify.example',
    'users.title.modify',
  );
}

/** Card actions of the users flow: the card itself, and its preview. */
export function usersCardActions(deps: UsersFlowDeps): Record<string, CardAction> {
  return {
    'users.card': (ctx) => addCommand(deps).run(ctx),

    'users.preview': cardAction(previewInputs, 'bot.unknownCard', async (ctx, inputs) => {
      const parsed = parseEntries(inputs.entries, inputs.mode);
      const namesFromAddress = inputs.namesFromAddress === 'true';
      if (namesFromAddress)
        parsed.entries = parsed.entries.map((e) =>
          e.firstName || e.lastName ? e : { ...e, ...nameFromAddress(e.email) },
        );
      // The preview whose button asked for names is cancelled and goes: only the new one can be confirmed.
      if (inputs.replaces && (await deps.jobs.cancelPreview(inputs.replaces, ctx.cardMessageId)).kind === 'cancelled')
        await ctx.deleteCard();
      const problems = parsed.problems.map((p) => ctx.m(p));
      if (!inputs.role) problems.push(ctx.t('preview.chooseRole'));
      if (problems.length > 0 || !inputs.role) {
        // However many lines were pasted, the answer fits in one Webex message (7,439 bytes at most).
        const lines = [ctx.t('preview.invalid'), ...problems.map((p) => `- ${p}`)];
        await ctx.reply(fitMessage(lines, (n) => ctx.t('bot.more', { count: n })));
        return;
      }
      const agent = cardAgentChoice(inputs);
      const answer = await deps.previewBatch({
        entries: parsed.entries,
        role: inputs.role,
        welcomeEmail: inputs.welcome === true || inputs.welcome === 'true',
        requester: ctx.requester,
        rights: ctx.rights,
        ...(agent ? { agent } : {}),
        ...(inputs.card === 'modify' ? { existingOnly: true } : {}),
      });
      if ('problems' in answer) {
        const lines = [ctx.t('preview.invalid'), ...answer.problems.map((p) => `- ${ctx.m(p)}`)];
        await ctx.reply(fitMessage(lines, (n) => ctx.t('bot.more', { count: n })));
        return;
      }
      const { job, plan } = answer;
      const preview = usersPreviewCard(ctx.tr, job.id, job.requestedBy, plan, job.welcomeEmail, {
        retry: retryData(inputs),
        namesFromAddress,
      });
      const message = await ctx.replyCard(preview.card, preview.fallback);
      await deps.jobs.notePreviewMessage(job.id, message.id);
    }),
  };
}
