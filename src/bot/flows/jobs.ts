import { z } from 'zod';
import { modeLabel } from '../../csv/import-plan.js';
import { md, msg } from '../../i18n/msg.js';
import type { Translator } from '../../i18n/translate.js';
import type { JobRow } from '../../jobs/ports.js';
import { roleLabel } from '../../provisioning/license-model.js';
import { describeChange } from '../../provisioning/plan.js';
import type { JobDesk, JobOverview } from '../../provisioning/services/job-desk.js';
import { type CardAction, cardAction } from '../card-action.js';
import type { Command } from '../commands/command.js';
import { tally } from '../job-reporter.js';

/** Failures `task` lists before it says how many more there are. */
const FAILURES_SHOWN = 20;

const jobButton = z.object({ jobId: z.string() });

export function tasksCommand(desk: JobDesk): Command {
  return {
    name: 'tasks',
    names: { 'pt-BR': 'tarefas' },
    aliases: ['jobs'],
    summary: 'cmd.tasks.summary',
    example: 'cmd.tasks.example',
    async run(ctx) {
      const jobs = await desk.recent(10);
      if (jobs.length === 0) {
        await ctx.reply(ctx.t('tasks.none'));
        return;
      }
      await ctx.reply(
        [ctx.t('tasks.title'), ...jobs.map((j) => `- ${jobLine(ctx.tr, j)}`), ctx.t('tasks.footer')].join('\n'),
      );
    },
  };
}

export function taskCommand(desk: JobDesk): Command {
  return {
    name: 'task',
    names: { 'pt-BR': 'tarefa' },
    aliases: ['job'],
    summary: 'cmd.task.summary',
    example: 'cmd.task.example',
    async run(ctx) {
      const detail = await desk.detail(ctx.args[0] ?? '', FAILURES_SHOWN);
      if (!detail) {
        await ctx.reply(ctx.t('task.unknown', { job: ctx.args[0] ?? '' }));
        return;
      }
      const { job, failed, counts } = detail;
      const created = { created: { at: Date.parse(job.createdAt) } };
      const confirmed = job.confirmedAt
        ? { confirmed: { at: Date.parse(job.confirmedAt) }, by: job.confirmedBy ?? ctx.t('job.someone') }
        : undefined;
      const ended = job.finishedAt ? { ended: { at: Date.parse(job.finishedAt) } } : undefined;
      const dates = confirmed
        ? ended
          ? ctx.t('task.createdConfirmedEnded', { ...created, ...confirmed, ...ended })
          : ctx.t('task.createdConfirmed', { ...created, ...confirmed })
        : ended
          ? ctx.t('task.createdEnded', { ...created, ...ended })
          : ctx.t('task.created', created);
      await ctx.reply(
        [
          ctx.t('task.title', { job: job.id, line: md(jobLine(ctx.tr, detail)) }),
          dates,
          ...failed
            .slice(0, FAILURES_SHOWN)
            .map((r) => `- ${r.email}: ${r.result?.reason ? ctx.m(r.result.reason) : ctx.t('outcome.failed')}`),
          ...(failed.length > FAILURES_SHOWN
            ? [ctx.t('task.moreFailures', { count: counts.failed - FAILURES_SHOWN })]
            : []),
        ].join('\n'),
      );
    },
  };
}

export function cancelCommand(desk: JobDesk): Command {
  return {
    name: 'cancel',
    names: { 'pt-BR': 'cancelar' },
    aliases: ['stop', 'parar'],
    summary: 'cmd.cancel.summary',
    example: 'cmd.cancel.example',
    async run(ctx) {
      const id = ctx.args[0] ?? '';
      const answer = await desk.requestCancel(id);
      if (answer.kind === 'cancelled') await ctx.reply(ctx.t('cancel.queued', { job: id }));
      else if (answer.kind === 'stopping') await ctx.reply(ctx.t('cancel.stopping', { job: id }));
      else if (answer.kind === 'nothing')
        await ctx.reply(ctx.t('cancel.nothing', { job: id, state: msg(`state.${answer.job.state}`) }));
      else await ctx.reply(ctx.t('task.unknown', { job: id }));
    },
  };
}

export function historyCommand(desk: JobDesk): Command {
  return {
    name: 'history',
    names: { 'pt-BR': 'histórico' },
    aliases: [],
    summary: 'cmd.history.summary',
    example: 'cmd.history.example',
    async run(ctx) {
      const email = (ctx.args[0] ?? '').toLowerCase().replace(/^mailto:/, '');
      if (!email.includes('@')) {
        await ctx.reply(ctx.t('history.ask'));
        return;
      }
      const rows = await desk.history(email);
      if (rows.length === 0) {
        await ctx.reply(ctx.t('history.none', { email }));
        return;
      }
      // A Supervisor holds a Premium Agent license: the job's role tells them apart, as the admin chose it.
      const supervisorJobs = new Set<string>();
      for (const jobId of new Set(rows.map((r) => r.jobId)))
        if ((await desk.detail(jobId, 0))?.job.role === 'supervisor') supervisorJobs.add(jobId);
      const lines = rows.map((r) => {
        const supervisor = r.supervisor === true || supervisorJobs.has(r.jobId);
        const change = r.afterAccess
          ? describeChange({ ...(r.beforeAccess ? { before: r.beforeAccess } : {}), after: r.afterAccess, supervisor })
          : undefined;
        const outcome = msg(`outcome.${r.outcome as 'created' | 'updated' | 'unchanged' | 'failed'}`);
        const detail =
          r.outcome === 'failed'
            ? msg('history.failed', { reason: r.reason ?? msg('history.seeSummary') })
            : change
              ? msg('history.outcome', { outcome, change })
              : outcome;
        const params = {
          at: { at: Date.parse(r.at) },
          job: r.jobId,
          detail,
          requestedBy: r.requestedBy,
          confirmedBy: r.confirmedBy,
        };
        return r.trackingId
          ? ctx.t('history.lineTracking', { ...params, trackingId: r.trackingId })
          : ctx.t('history.line', params);
      });
      await ctx.reply([ctx.t('history.title', { email }), ...lines].join('\n'));
    },
  };
}

/** The Confirm and Cancel buttons of a preview card (of a card batch or of a file). */
export function jobCardActions(desk: JobDesk): Record<string, CardAction> {
  return {
    'job.confirm': cardAction(jobButton, 'job.unknownButton', async (ctx, { jobId }) => {
      const answer = await desk.confirm(jobId, ctx.cardMessageId, ctx.actor.emails[0]!, ctx.rights);
      if (answer.kind === 'unknown') await ctx.reply(ctx.t('job.unknownButton'));
      else if (answer.kind === 'fullAdminOnly') {
        ctx.log.warn({ jobId: answer.job.id }, 'refused a Confirm: the job changes Full Administrators');
        await ctx.reply(ctx.t('job.fullAdminOnly', { job: answer.job.id }));
      } else if (answer.kind === 'expired')
        await ctx.reply(ctx.t('job.expired', { job: answer.job.id, minutes: answer.minutes }));
      else if (answer.kind === 'handled') await ctx.reply(alreadyHandled(ctx.tr, answer.job));
      else if (answer.kind === 'queued') {
        ctx.log.info({ jobId: answer.job.id, started: 'queued' }, 'job confirmed');
        await answer.acknowledge(ctx.t('job.queued', { job: answer.job.id, position: answer.position }));
      } else {
        ctx.log.info({ jobId: answer.job.id, started: 'running' }, 'job confirmed');
        await answer.acknowledge(ctx.t('job.started', { job: answer.job.id, total: answer.total }));
      }
    }),

    'job.cancel': cardAction(jobButton, 'job.unknownButton', async (ctx, { jobId }) => {
      const answer = await desk.cancelPreview(jobId, ctx.cardMessageId);
      if (answer.kind === 'unknown') await ctx.reply(ctx.t('job.unknownButton'));
      else if (answer.kind === 'handled') await ctx.reply(alreadyHandled(ctx.tr, answer.job));
      else await ctx.reply(ctx.t('job.cancelledPreview', { job: jobId }));
    }),
  };
}

function alreadyHandled(tr: Translator, job: JobRow): string {
  const by = job.confirmedBy ?? tr.t('job.someone');
  if (job.state === 'cancelled') return tr.t('job.handled.cancelled', { job: job.id });
  if (job.state === 'expired') return tr.t('job.handled.expired', { job: job.id });
  const key =
    job.state === 'done' ? 'job.handled.done' : job.state === 'queued' ? 'job.handled.queued' : 'job.handled.running';
  return tr.t(key, { job: job.id, by });
}

function jobLine(tr: Translator, { job, counts, position }: JobOverview): string {
  const what =
    job.kind === 'import'
      ? msg('tasks.whatImport', { file: job.filename ?? msg('tasks.aFile'), mode: modeLabel(job.mode ?? 'add') })
      : job.role
        ? msg('tasks.whatCard', { role: roleLabel(job.role) })
        : msg('tasks.whatCardAny');
  const params = {
    job: job.id,
    what,
    by: job.requestedBy,
    at: { at: Date.parse(job.createdAt) },
    state: msg(`state.${job.state}`),
    total: counts.total,
    tally: tally(counts),
  };
  return position !== undefined ? tr.t('tasks.lineQueued', { ...params, position }) : tr.t('tasks.line', params);
}
