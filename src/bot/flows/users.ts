import { randomBytes } from 'node:crypto';
import type { MsgKey } from '../../i18n/en.js';
import type { Translator } from '../../i18n/translate.js';
import type { JobStore } from '../../jobs/ports.js';
import type { JobRunner } from '../../jobs/runner.js';
import {
  buildCatalogue,
  contactCenterSeats,
  type ProvisioningRole,
  roleLabel,
  tierLabel,
} from '../../provisioning/license-model.js';
import { type EntryMode, parseEntries } from '../../provisioning/parse-entries.js';
import { describeChange, type Plan, planUsers } from '../../provisioning/plan.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { renderCard } from '../cards.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { lookUpPeople } from './look-up-people.js';

export const PREVIEW_TTL_MS = 30 * 60 * 1000;

const ROLE_ORDER: ProvisioningRole[] = ['standard', 'agent', 'supervisor', 'administrator', 'no-admin'];

export interface UsersFlowDeps {
  adminClient: WebexClient;
  store: JobStore;
  runner: JobRunner;
  previewTtlMs?: number;
  now?: () => Date;
}

function addUsersCard(
  tr: Translator,
  title: string,
  values: { mode?: string; entries?: string; role?: string } = {},
): Record<string, unknown> {
  return renderCard('add-users', tr, {
    title,
    mode: values.mode ?? 'emails',
    entries: values.entries ?? '',
    role: values.role ?? 'agent',
    roles: ROLE_ORDER.map((value) => ({
      value,
      title: tr.m(roleLabel(value)),
      explanation: tr.t(`role.explain.${value}`),
    })),
  });
}

/** A command that answers with the Add Users card under a given title. */
function usersCardCommand(
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
      await ctx.replyCard(addUsersCard(ctx.tr, heading), ctx.t('users.cardFallback', { title: heading }));
    },
  };
}

export function addCommand(): Command {
  return usersCardCommand(
    'add',
    { 'pt-BR': 'adicionar' },
    ['adduser', 'new', 'novo'],
    'cmd.add.summary',
    'cmd.add.example',
    'users.title.add',
  );
}

export function modifyCommand(): Command {
  return usersCardCommand(
    'modify',
    { 'pt-BR': 'modificar' },
    ['role', 'change', 'alterar', 'função'],
    'cmd.modify.summary',
    'cmd.modify.example',
    'users.title.modify',
  );
}

export function historyCommand(store: JobStore): Command {
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
      const rows = await store.history(email);
      if (rows.length === 0) {
        await ctx.reply(ctx.t('history.none', { email }));
        return;
      }
      const lines = rows.map((r) => {
        const change = r.afterAccess
          ? ctx.m(describeChange({ ...(r.beforeAccess ? { before: r.beforeAccess } : {}), after: r.afterAccess }))
          : '';
        const outcome = ctx.t(`outcome.${r.outcome as 'created' | 'updated' | 'unchanged' | 'failed'}`);
        const detail =
          r.outcome === 'failed'
            ? ctx.t('history.failed', { reason: r.reason ? ctx.m(r.reason) : ctx.t('history.seeSummary') })
            : change
              ? ctx.t('history.outcome', { outcome, change })
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

/** Card actions of the users flow: preview, confirm, cancel. */
export function usersCardActions(
  deps: UsersFlowDeps,
): Record<string, (ctx: BotContext, inputs: Record<string, unknown>) => Promise<void>> {
  const now = deps.now ?? (() => new Date());
  const ttl = deps.previewTtlMs ?? PREVIEW_TTL_MS;
  return {
    'users.card': (ctx) => addCommand().run(ctx),

    'users.preview': async (ctx, inputs) => {
      const mode: EntryMode = inputs.mode === 'names' ? 'names' : 'emails';
      const role = ROLE_ORDER.includes(inputs.role as ProvisioningRole) ? (inputs.role as ProvisioningRole) : undefined;
      const parsed = parseEntries(String(inputs.entries ?? ''), mode);
      const problems = parsed.problems.map((p) => ctx.m(p));
      if (!role) problems.push(ctx.t('preview.chooseRole'));
      if (problems.length > 0) {
        await ctx.reply([ctx.t('preview.invalid'), ...problems.map((p) => `- ${p}`)].join('\n'));
        return;
      }
      const plan = await planFromWebex(deps.adminClient, parsed.entries, role!);
      const jobId = `job-${randomBytes(3).toString('hex')}`;
      const job = await deps.store.createJob(
        {
          id: jobId,
          kind: 'users',
          roomId: ctx.roomId,
          threadId: ctx.threadId,
          requestedBy: ctx.actor.emails[0]!,
          role: role!,
          welcomeEmail: inputs.welcome === 'true' || inputs.welcome === true,
          catalogue: plan.catalogue,
          seats: plan.plan.seats,
          notes: [],
        },
        plan.plan.users,
      );
      const preview = previewCard(ctx.tr, job.id, ctx.actor.emails[0]!, plan.plan, job.welcomeEmail);
      const message = await ctx.replyCard(preview.card, preview.fallback);
      await deps.store.setPreviewMessage(job.id, message.id);
    },

    'job.confirm': async (ctx, inputs) => {
      const job = await deps.store.job(String(inputs.jobId ?? ''));
      if (!job || ctx.event.kind !== 'cardSubmit' || job.previewMessageId !== ctx.event.cardMessageId) {
        await ctx.reply(ctx.t('job.unknownButton'));
        return;
      }
      if (job.state === 'previewed' && now().getTime() - Date.parse(job.createdAt) > ttl) {
        await deps.store.expire(job.id);
        await ctx.reply(ctx.t('job.expired', { job: job.id, minutes: Math.round(ttl / 60000) }));
        return;
      }
      const started = await deps.store.confirm(job.id, ctx.actor.emails[0]!);
      if (!started) {
        await ctx.reply(await alreadyHandled(ctx.tr, deps.store, job.id));
        return;
      }
      ctx.log.info({ jobId: job.id, started }, 'job confirmed');
      if (started === 'queued') {
        await ctx.reply(ctx.t('job.queued', { job: job.id, position: await deps.store.queuePosition(job.id) }));
        return;
      }
      const { total } = await deps.store.counts(job.id);
      const progress = await ctx.reply(ctx.t('job.started', { job: job.id, total }));
      await deps.store.setProgressMessage(job.id, progress.id);
      void deps.runner.run(job.id);
    },

    'job.cancel': async (ctx, inputs) => {
      const job = await deps.store.job(String(inputs.jobId ?? ''));
      if (!job || ctx.event.kind !== 'cardSubmit' || job.previewMessageId !== ctx.event.cardMessageId) {
        await ctx.reply(ctx.t('job.unknownButton'));
        return;
      }
      if (!(await deps.store.cancel(job.id))) {
        await ctx.reply(await alreadyHandled(ctx.tr, deps.store, job.id));
        return;
      }
      await ctx.reply(ctx.t('job.cancelledPreview', { job: job.id }));
    },
  };
}

export async function alreadyHandled(tr: Translator, store: JobStore, jobId: string): Promise<string> {
  const job = (await store.job(jobId))!;
  const by = job.confirmedBy ?? tr.t('job.someone');
  if (job.state === 'cancelled') return tr.t('job.handled.cancelled', { job: job.id });
  if (job.state === 'expired') return tr.t('job.handled.expired', { job: job.id });
  const key =
    job.state === 'done' ? 'job.handled.done' : job.state === 'queued' ? 'job.handled.queued' : 'job.handled.running';
  return tr.t(key, { job: job.id, by });
}

async function planFromWebex(
  adminClient: WebexClient,
  entries: { email: string; firstName?: string; lastName?: string; line: number }[],
  role: ProvisioningRole,
) {
  const [licenses, roles] = await Promise.all([adminClient.listLicenses(), adminClient.listRoles()]);
  const catalogue = buildCatalogue(licenses, roles);
  const seats = contactCenterSeats(licenses);
  const existing = await lookUpPeople(
    adminClient,
    entries.map((e) => e.email),
  );
  const plan = planUsers({
    entries,
    role,
    existing,
    catalogue,
    freeSeats: { standard: seats.standard.free, premium: seats.premium.free },
  });
  return { plan, catalogue };
}

function nameOf(u: { email: string; firstName?: string; lastName?: string }): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
  return name ? `${u.email} (${name})` : u.email;
}

function previewCard(
  tr: Translator,
  jobId: string,
  requestedBy: string,
  plan: Plan,
  welcome: boolean,
): { card: Record<string, unknown>; fallback: string } {
  const by = (action: string) => plan.users.filter((u) => u.action === action);
  const create = by('create');
  const update = by('update');
  const unchanged = by('unchanged');
  const blocked = by('blocked');
  const counts = { create: create.length, update: update.length, unchanged: unchanged.length, blocked: blocked.length };
  const headline = tr.t(blocked.length > 0 ? 'preview.headlineBlocked' : 'preview.headline', counts);
  const sections = [
    {
      title: tr.t('preview.section.create', { count: create.length }),
      lines: create.map((u) => `${nameOf(u)}: ${tr.m(describeChange(u))}`),
    },
    {
      title: tr.t('preview.section.update', { count: update.length }),
      lines: update.map((u) => `${u.email}: ${tr.m(describeChange(u))}`),
    },
    {
      title: tr.t('preview.section.unchanged', { count: unchanged.length }),
      lines: unchanged.map((u) =>
        tr.t('preview.line.unchanged', { email: u.email, access: describeChange({ after: u.after }) }),
      ),
    },
    {
      title: tr.t('preview.section.blocked', { count: blocked.length }),
      lines: blocked.map((u) => `${u.email}: ${tr.m(u.reason)}`),
    },
  ].filter((s) => s.lines.length > 0);
  const seats = plan.seats.map((s) => ({
    title: tr.t('preview.seats.title', { tier: tierLabel(s.tier) }),
    value: tr.t('preview.seats.batch', { free: s.free, needed: s.needed }),
  }));
  const warnings = plan.seats
    .filter((s) => s.short.length > 0)
    .map((s) =>
      tr.t('preview.notEnough', { tier: tierLabel(s.tier), users: s.short.join(', '), count: s.short.length }),
    );
  const notes: string[] = [];
  if (plan.users.some((u) => u.supervisor && u.action !== 'blocked')) notes.push(tr.t('preview.note.supervisor'));
  if (plan.role !== 'administrator' && plan.role !== 'no-admin' && plan.users.some((u) => u.before?.fullAdmin))
    notes.push(tr.t('preview.note.keepAdmin'));
  if (create.length > 0) notes.push(tr.t(welcome ? 'preview.note.welcome' : 'preview.note.noWelcome'));
  const toChange = create.length + update.length;
  const card = renderCard('preview', tr, {
    title: tr.t('preview.title', { headline }),
    subtitle: tr.t('preview.subtitle', {
      role: plan.role ? roleLabel(plan.role) : tr.t('preview.asFile'),
      job: jobId,
      requestedBy,
    }),
    jobId,
    sections,
    seats,
    warnings,
    notes,
    canConfirm: toChange > 0,
    confirmLabel: tr.t('preview.confirm', { count: toChange }),
  });
  const fallback = [
    tr.t('preview.fallback', { job: jobId, headline }),
    ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)]),
    ...warnings,
  ].join('\n');
  return { card, fallback };
}
