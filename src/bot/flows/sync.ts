import { z } from 'zod';
import { md, msg } from '../../i18n/msg.js';
import type { SyncRequests, SyncSelection } from '../../provisioning/services/sync-requests.js';
import { type CardAction, cardAction } from '../card-action.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';

const checkInputs = z.object({ runId: z.string() });
const alertInputs = z.object({ alertId: z.string() });

function selectionText(ctx: BotContext, selection: SyncSelection, count: number): string {
  if (selection.kind === 'all') return ctx.t('sync.cmd.whatAll');
  if (selection.kind === 'email') return ctx.t('sync.cmd.whatEmail', { email: selection.email });
  return ctx.t('sync.cmd.whatJob', { count, job: selection.job });
}

/** `sync` (the last job), `sync <email>`, `sync <job id>`, `sync all`. */
export function syncCommand(requests: SyncRequests): Command {
  return {
    name: 'sync',
    names: { 'pt-BR': 'sincronizar' },
    aliases: ['synchronize', 'synchronise'],
    summary: 'cmd.sync.summary',
    example: 'cmd.sync.example',
    async run(ctx) {
      const choice = await requests.choose((ctx.args[0] ?? '').toLowerCase().replace(/^mailto:/, ''));
      if (choice.kind === 'refused') {
        await ctx.reply(ctx.m(choice.problem));
        return;
      }
      const { targets, selection } = choice;
      const started = await requests.start(ctx.requester, targets);
      const progress = await ctx.reply(
        ctx.t(started.mode === 'endpoint' ? 'sync.cmd.started' : 'sync.cmd.startedManual', {
          what: md(selectionText(ctx, selection, targets.length)),
          run: started.run.id,
          count: targets.length,
          deadline: { at: started.run.deadlineAt },
        }),
      );
      await started.begin({ id: progress.id, markdown: progress.markdown ?? '' });
    },
  };
}

export function syncCardActions(requests: SyncRequests): Record<string, CardAction> {
  return {
    'sync.check': cardAction(checkInputs, 'sync.check.unknown', async (ctx, { runId }) => {
      const answer = await requests.checkAgain(runId);
      if (answer === 'unknown') await ctx.reply(ctx.t('sync.check.unknown'));
      else if (answer === 'all-synced') await ctx.reply(ctx.t('sync.check.allSynced', { run: runId }));
      else await ctx.reply(ctx.t('sync.check.checking', { name: ctx.actor.displayName, run: runId }));
    }),

    'sync.retry': cardAction(alertInputs, 'sync.alert.unknown', async (ctx, { alertId }) => {
      const retried = await requests.retryAlert(alertId, ctx.cardMessageId);
      if (retried.kind === 'unknown') {
        await ctx.reply(ctx.t('sync.alert.unknown'));
        return;
      }
      const { alert, answer, open } = retried;
      const state = ctx.t(`alert.state.${retried.state}`);
      if (answer === 'closed') await ctx.reply(ctx.t('sync.alert.closed', { alert: alert.id, state }));
      else if (answer === 'busy') await ctx.reply(ctx.t('sync.alert.busy', { alert: alert.id }));
      else
        await ctx.reply(
          ctx.t(requests.mode === 'endpoint' ? 'sync.alert.retrying' : 'sync.alert.retryingManual', {
            name: ctx.actor.displayName,
            count: open,
          }),
        );
    }),

    'sync.dismiss': cardAction(alertInputs, 'sync.alert.unknown', async (ctx, { alertId }) => {
      const dismissed = await requests.dismissAlert(alertId, ctx.cardMessageId, ctx.actor.emails[0]!);
      if (dismissed.kind === 'unknown') await ctx.reply(ctx.t('sync.alert.unknown'));
      else if (!dismissed.dismissed)
        await ctx.reply(
          ctx.t('sync.alert.closedAlready', {
            alert: dismissed.alert.id,
            state: msg(`alert.state.${dismissed.state}`),
          }),
        );
      else await ctx.reply(ctx.t('sync.alert.dismissed', { name: ctx.actor.displayName, alert: dismissed.alert.id }));
    }),
  };
}
