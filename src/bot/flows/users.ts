import { randomBytes } from 'node:crypto';
import type { JobRunner } from '../../jobs/runner.js';
import type { JobStore } from '../../jobs/store.js';
import { buildCatalogue, contactCenterSeats, ROLE_LABELS, type ProvisioningRole } from '../../provisioning/license-model.js';
import { parseEntries, type EntryMode } from '../../provisioning/parse-entries.js';
import { describeChange, planUsers, type Plan } from '../../provisioning/plan.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { renderCard } from '../cards.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { lookUpPeople } from './look-up-people.js';

export const PREVIEW_TTL_MS = 30 * 60 * 1000;

const ROLE_ORDER: ProvisioningRole[] = ['standard', 'agent', 'supervisor', 'administrator', 'no-admin'];
const ROLE_EXPLANATIONS: Record<ProvisioningRole, string> = {
  standard: 'Standard Agent license.',
  agent: 'Premium Agent license.',
  supervisor: 'Premium Agent license; supervisor profile in the Contact Center once synchronised.',
  administrator: 'Premium Agent license plus the Full Administrator role in Control Hub.',
  'no-admin': 'Removes the Full Administrator role; the license stays as it is.',
};

export interface UsersFlowDeps {
  adminClient: WebexClient;
  store: JobStore;
  runner: JobRunner;
  previewTtlMs?: number;
  now?: () => Date;
}

function addUsersCard(title: string, values: { mode?: string; entries?: string; role?: string } = {}): Record<string, unknown> {
  return renderCard('add-users', {
    title,
    mode: values.mode ?? 'emails',
    entries: values.entries ?? '',
    role: values.role ?? 'agent',
    roles: ROLE_ORDER.map((value) => ({ value, title: ROLE_LABELS[value], explanation: ROLE_EXPLANATIONS[value] })),
  });
}

/** A command that answers with the Add Users card under a given title. */
function usersCardCommand(name: string, aliases: string[], summary: string, title: string): Command {
  return {
    name,
    aliases,
    summary,
    example: name,
    async run(ctx) {
      await ctx.replyCard(addUsersCard(title), `${title}: open this message in a Webex app that shows cards.`);
    },
  };
}

const ADD_TITLE = 'Add or change Contact Center users';

export function addCommand(): Command {
  return usersCardCommand('add', ['adduser', 'new'], 'Add up to 25 users (by email, or by name and email) with a Contact Center role; shows a preview before anything changes.', ADD_TITLE);
}

export function modifyCommand(): Command {
  return usersCardCommand('modify', ['role', 'change'], 'Change the role of existing users: license, administrator privileges granted or removed.', 'Change the role of existing users');
}

export function historyCommand(store: JobStore): Command {
  return {
    name: 'history',
    aliases: [],
    summary: 'What the bot changed for one user: when, who asked and confirmed, before and after, trackingId.',
    example: 'history ana.souza@example.com',
    async run(ctx) {
      const email = (ctx.args[0] ?? '').toLowerCase().replace(/^mailto:/, '');
      if (!email.includes('@')) {
        await ctx.reply('Say whose history you want, for example `history ana.souza@example.com`.');
        return;
      }
      const rows = store.history(email);
      if (rows.length === 0) {
        await ctx.reply(`I have not changed ${email} (no entry in my audit trail).`);
        return;
      }
      const lines = rows.map((r) => {
        const change = r.beforeAccess && r.afterAccess ? describeChange({ before: r.beforeAccess, after: r.afterAccess }) : (r.afterAccess ? describeChange({ after: r.afterAccess }) : '');
        const detail = r.outcome === 'failed' ? `failed: ${r.reason ?? 'see the job summary'}` : `${r.outcome}${change ? `: ${change}` : ''}`;
        return `- ${r.at.replace('T', ' ').slice(0, 16)} UTC, job \`${r.jobId}\`: ${detail}. Asked by ${r.requestedBy}, confirmed by ${r.confirmedBy}${r.trackingId ? `, trackingId \`${r.trackingId}\`` : ''}.`;
      });
      await ctx.reply([`**History of ${email}** (newest first)`, ...lines].join('\n'));
    },
  };
}

/** Card actions of the users flow: preview, confirm, cancel. */
export function usersCardActions(deps: UsersFlowDeps): Record<string, (ctx: BotContext, inputs: Record<string, unknown>) => Promise<void>> {
  const now = deps.now ?? (() => new Date());
  const ttl = deps.previewTtlMs ?? PREVIEW_TTL_MS;
  return {
    'users.card': (ctx) => addCommand().run(ctx),

    'users.preview': async (ctx, inputs) => {
      const mode: EntryMode = inputs.mode === 'names' ? 'names' : 'emails';
      const role = ROLE_ORDER.includes(inputs.role as ProvisioningRole) ? (inputs.role as ProvisioningRole) : undefined;
      const parsed = parseEntries(String(inputs.entries ?? ''), mode);
      const problems = [...parsed.problems];
      if (!role) problems.push('Choose a Contact Center role.');
      if (problems.length > 0) {
        await ctx.reply(['**Nothing was changed.** Please correct the card and press Preview again:', ...problems.map((p) => `- ${p}`)].join('\n'));
        return;
      }
      const plan = await planFromWebex(deps.adminClient, parsed.entries, role!);
      const jobId = `job-${randomBytes(3).toString('hex')}`;
      const job = deps.store.createJob(
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
      const preview = previewCard(job.id, ctx.actor.emails[0]!, plan.plan, job.welcomeEmail);
      const message = await ctx.replyCard(preview.card, preview.fallback);
      deps.store.setPreviewMessage(job.id, message.id);
    },

    'job.confirm': async (ctx, inputs) => {
      const job = deps.store.job(String(inputs.jobId ?? ''));
      if (!job || ctx.event.kind !== 'cardSubmit' || job.previewMessageId !== ctx.event.cardMessageId) {
        await ctx.reply('That button does not belong to a job I know. Nothing was changed.');
        return;
      }
      if (job.state === 'previewed' && now().getTime() - Date.parse(job.createdAt) > ttl) {
        deps.store.expire(job.id);
        await ctx.reply(`This preview (job \`${job.id}\`) expired after ${Math.round(ttl / 60000)} minutes, because Webex may have changed since. Nothing was changed: send \`add\` again for a fresh preview.`);
        return;
      }
      const started = deps.store.confirm(job.id, ctx.actor.emails[0]!);
      if (!started) {
        await ctx.reply(alreadyHandled(deps.store, job.id));
        return;
      }
      ctx.log.info({ jobId: job.id, started }, 'job confirmed');
      if (started === 'queued') {
        await ctx.reply(
          `Queued: one import runs at a time, as in Control Hub. Job \`${job.id}\` is number ${deps.store.queuePosition(job.id)} in line and starts when the import before it finishes. \`cancel ${job.id}\` takes it out of the queue.`,
        );
        return;
      }
      const progress = await ctx.reply(`Working on job \`${job.id}\`: 0 of ${deps.store.counts(job.id).total} users done.`);
      deps.store.setProgressMessage(job.id, progress.id);
      void deps.runner.run(job.id);
    },

    'job.cancel': async (ctx, inputs) => {
      const job = deps.store.job(String(inputs.jobId ?? ''));
      if (!job || ctx.event.kind !== 'cardSubmit' || job.previewMessageId !== ctx.event.cardMessageId) {
        await ctx.reply('That button does not belong to a job I know. Nothing was changed.');
        return;
      }
      if (!deps.store.cancel(job.id)) {
        await ctx.reply(alreadyHandled(deps.store, job.id));
        return;
      }
      await ctx.reply(`Cancelled job \`${job.id}\`. Nothing was changed.`);
    },
  };
}

export function alreadyHandled(store: JobStore, jobId: string): string {
  const job = store.job(jobId)!;
  const what =
    job.state === 'cancelled'
      ? 'was cancelled'
      : job.state === 'expired'
        ? 'expired'
        : `was already confirmed by ${job.confirmedBy ?? 'someone'}${job.state === 'done' ? ' and has finished' : job.state === 'queued' ? ' and is queued' : ' and is running'}`;
  return `Already handled: job \`${job.id}\` ${what}. Nothing more was done.`;
}

async function planFromWebex(adminClient: WebexClient, entries: { email: string; firstName?: string; lastName?: string; line: number }[], role: ProvisioningRole) {
  const [licenses, roles] = await Promise.all([adminClient.listLicenses(), adminClient.listRoles()]);
  const catalogue = buildCatalogue(licenses, roles);
  const seats = contactCenterSeats(licenses);
  const existing = await lookUpPeople(adminClient, entries.map((e) => e.email));
  const plan = planUsers({ entries, role, existing, catalogue, freeSeats: { standard: seats.standard.free, premium: seats.premium.free } });
  return { plan, catalogue };
}

const TIER_NAME = { standard: 'Standard Agent', premium: 'Premium Agent' } as const;

function nameOf(u: { email: string; firstName?: string; lastName?: string }): string {
  const name = [u.firstName, u.lastName].filter(Boolean).join(' ');
  return name ? `${u.email} (${name})` : u.email;
}

function previewCard(jobId: string, requestedBy: string, plan: Plan, welcome: boolean): { card: Record<string, unknown>; fallback: string } {
  const by = (action: string) => plan.users.filter((u) => u.action === action);
  const create = by('create');
  const update = by('update');
  const unchanged = by('unchanged');
  const blocked = by('blocked');
  const headline = [
    `${create.length} to create`,
    `${update.length} to update`,
    `${unchanged.length} unchanged`,
    ...(blocked.length > 0 ? [`${blocked.length} cannot be done`] : []),
  ].join(', ');
  const sections = [
    { title: `Will be created (${create.length})`, lines: create.map((u) => `${nameOf(u)}: ${describeChange(u)}`) },
    { title: `Will be updated (${update.length})`, lines: update.map((u) => `${u.email}: ${describeChange(u)}`) },
    { title: `Unchanged (${unchanged.length})`, lines: unchanged.map((u) => `${u.email}: already ${describeChange({ after: u.after })}`) },
    { title: `Cannot be done (${blocked.length})`, lines: blocked.map((u) => `${u.email}: ${u.reason}`) },
  ].filter((s) => s.lines.length > 0);
  const seats = plan.seats.map((s) => ({ title: `${TIER_NAME[s.tier]} seats`, value: `${s.free} free, ${s.needed} needed by this batch` }));
  const warnings = plan.seats
    .filter((s) => s.short.length > 0)
    .map((s) => `Not enough ${TIER_NAME[s.tier]} seats: these users would not get one and will not be changed: ${s.short.join(', ')}.`);
  const notes: string[] = [];
  if (plan.users.some((u) => u.supervisor && u.action !== 'blocked')) {
    notes.push('Supervisors get the Premium Agent license now; their supervisor profile is set in the Contact Center once the users are synchronised.');
  }
  if (plan.role !== 'administrator' && plan.role !== 'no-admin' && plan.users.some((u) => u.before?.fullAdmin)) {
    notes.push('Existing administrator privileges are kept; choose "No admin privileges" to remove them.');
  }
  if (create.length > 0) {
    notes.push(
      welcome
        ? 'After the new users are created I will start Webex\'s activation-email job, which emails every user of the organisation whose activation is still pending.'
        : 'No activation email is requested by me; whether Webex sends its own depends on the organisation\'s "Automatic activation emails" setting in Control Hub.',
    );
  }
  const toChange = create.length + update.length;
  const card = renderCard('preview', {
    headline,
    roleLabel: plan.role ? ROLE_LABELS[plan.role] : 'as each row of the file says',
    jobId,
    requestedBy,
    sections,
    seats,
    warnings,
    notes,
    canConfirm: toChange > 0,
    confirmLabel: `Confirm: change ${toChange} user${toChange === 1 ? '' : 's'}`,
  });
  const fallback = [`**Preview of job ${jobId}**: ${headline}.`, ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)]), ...warnings].join('\n');
  return { card, fallback };
}
