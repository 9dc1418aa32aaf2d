import { randomBytes } from 'node:crypto';
import { closeSync, createWriteStream, mkdirSync, openAsBlob, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import { writeUsersExport } from '../../csv/export-users.js';
import { MODE_LABELS, planEntriesFromRows, type ImportMode } from '../../csv/import-plan.js';
import { scanImportFile, type ImportRow } from '../../csv/read-import.js';
import { csvLine, UTF8_BOM } from '../../csv/write-csv.js';
import type { JobRunner } from '../../jobs/runner.js';
import type { JobRow, JobStore } from '../../jobs/store.js';
import { buildCatalogue, contactCenterSeats } from '../../provisioning/license-model.js';
import { describeChange, newSeatLedger, planEntries, seatForecast, type PlannedUser, type SeatForecast } from '../../provisioning/plan.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { renderCard } from '../cards.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { fitMessage } from '../fit-message.js';
import { lookUpPeople } from './look-up-people.js';

export interface ImportsDeps {
  botClient: WebexClient;
  adminClient: WebexClient;
  ccClient: ContactCenterClient;
  store: JobStore;
  runner: JobRunner;
  dataDir: string;
}

/** How many lines a preview section shows before it points to the plan file. */
const SECTION_LINES = 30;

export function exportCommand(deps: ImportsDeps): Command {
  return {
    name: 'export',
    aliases: ['exportar'],
    summary: 'Every user of the organisation as a CSV file in Control Hub\'s layout, with a Contact Center Role column: edit it and upload it back.',
    example: 'export',
    async run(ctx) {
      const [licenses, roles] = await Promise.all([deps.adminClient.listLicenses(), deps.adminClient.listRoles()]);
      const catalogue = buildCatalogue(licenses, roles);
      const profileTypes = new Map<string, string>();
      let supervisorNote = '';
      try {
        for await (const user of deps.ccClient.listUsers()) if (user.userProfileType) profileTypes.set(user.ciUserId, user.userProfileType);
      } catch (error) {
        supervisorNote = ` Supervisors could not be read from the Contact Center (${(error as Error).message}), so they show as Agent.`;
      }
      const dir = join(deps.dataDir, 'exports');
      mkdirSync(dir, { recursive: true });
      const filename = `users-${new Date().toISOString().slice(0, 10)}.csv`;
      const path = join(dir, `${randomBytes(4).toString('hex')}-${filename}`);
      const count = await writeUsersExport({ people: deps.adminClient.listPeople(), licenses, catalogue, profileTypes, out: createWriteStream(path) });
      await deps.botClient.createMessageWithFile(
        {
          roomId: ctx.roomId,
          parentId: ctx.threadId,
          markdown: `**${count} users**, in Control Hub's CSV layout. Change the TRUE/FALSE cells of the Contact Center licenses and the Contact Center Role column (Agent, Supervisor, Administrator), then upload the file in this space mentioning me.${supervisorNote}`,
        },
        { filename, contentType: 'text/csv', data: await openAsBlob(path, { type: 'text/csv' }) },
      );
    },
  };
}

export function importCommand(): Command {
  return {
    name: 'import',
    aliases: ['importar', 'upload'],
    summary: 'How to import users from a CSV file (Control Hub\'s layout): upload it here mentioning me.',
    example: 'import',
    async run(ctx) {
      await ctx.reply(
        [
          '**Import users from a CSV file**',
          '1. Send `export` to get the current users in Control Hub\'s layout (or use Control Hub\'s own export).',
          '2. Edit it: TRUE/FALSE in the "Contact center Standard Agent" and "Contact Center Premium Agent" columns (blank leaves a license as it is), and Agent, Supervisor or Administrator in "Contact Center Role".',
          '3. Upload the file in this space (here in this thread is fine) and mention me in the same message.',
          'I check every row before anything changes, then ask whether to **add services only** or to **add and remove services**, and show a preview to confirm.',
        ].join('\n'),
      );
    },
  };
}

export function tasksCommand(store: JobStore): Command {
  return {
    name: 'tasks',
    aliases: ['jobs', 'tarefas'],
    summary: 'Recent and running jobs: who, when, what, state and counts.',
    example: 'tasks',
    async run(ctx) {
      const jobs = store.recentJobs(10);
      if (jobs.length === 0) {
        await ctx.reply('No jobs yet.');
        return;
      }
      await ctx.reply(['**Recent jobs** (newest first)', ...jobs.map((j) => `- ${jobLine(store, j)}`), 'Send `task <id>` for one job, `cancel <id>` to stop a queued or running one.'].join('\n'));
    },
  };
}

export function taskCommand(store: JobStore): Command {
  return {
    name: 'task',
    aliases: ['job', 'tarefa'],
    summary: 'The details of one job.',
    example: 'task job-1a2b3c',
    async run(ctx) {
      const job = store.job(ctx.args[0] ?? '');
      if (!job) {
        await ctx.reply(`I know no job "${ctx.args[0] ?? ''}". Send \`tasks\` to see the recent ones.`);
        return;
      }
      const failed = store.recordsWithOutcome(job.id, 'failed', 21);
      await ctx.reply(
        [
          `**Job ${job.id}**: ${jobLine(store, job)}`,
          `Created ${job.createdAt.replace('T', ' ').slice(0, 16)} UTC${job.confirmedAt ? `, confirmed ${job.confirmedAt.replace('T', ' ').slice(0, 16)} UTC by ${job.confirmedBy}` : ''}${job.finishedAt ? `, ended ${job.finishedAt.replace('T', ' ').slice(0, 16)} UTC` : ''}.`,
          ...failed.slice(0, 20).map((r) => `- ${r.email}: ${r.result?.reason ?? 'failed'}`),
          ...(failed.length > 20 ? [`…and ${store.counts(job.id).failed - 20} more failures (see the results file of the job).`] : []),
        ].join('\n'),
      );
    },
  };
}

export function cancelCommand(store: JobStore): Command {
  return {
    name: 'cancel',
    aliases: ['stop', 'cancelar'],
    summary: 'Stops a queued or running job between two users, keeping what was already done.',
    example: 'cancel job-1a2b3c',
    async run(ctx) {
      const id = ctx.args[0] ?? '';
      const result = store.requestCancel(id);
      if (result === 'cancelled') await ctx.reply(`Cancelled job \`${id}\` before it started. Nothing was changed by it.`);
      else if (result === 'stopping') await ctx.reply(`Stopping job \`${id}\` after the user in hand; its summary will say what was done.`);
      else await ctx.reply(store.job(id) ? `Job \`${id}\` is ${store.job(id)!.state}: there is nothing to cancel.` : `I know no job "${id}". Send \`tasks\` to see the recent ones.`);
    },
  };
}

function jobLine(store: JobStore, job: JobRow): string {
  const c = store.counts(job.id);
  const what = job.kind === 'import' ? `import of ${job.filename ?? 'a file'} (${MODE_LABELS[job.mode ?? 'add']})` : 'users by card';
  const queue = job.state === 'queued' ? ` (number ${store.queuePosition(job.id)} in line)` : '';
  return `\`${job.id}\` ${what}, by ${job.requestedBy}, ${job.createdAt.slice(0, 16).replace('T', ' ')} UTC: **${job.state}**${queue}; ${c.total} users: ${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed.`;
}

/** A message with a file: read it, check every row, then ask for the mode. */
export function uploadHandler(deps: ImportsDeps): (ctx: BotContext, files: string[]) => Promise<void> {
  return async (ctx, files) => {
    const file = await deps.botClient.downloadFile(files[0]!);
    const licenses = await deps.adminClient.listLicenses();
    const read = scanImportFile(file.data, licenses, () => undefined);
    if (read.problems.length > 0) {
      const title = `**${file.filename} was not imported: ${read.problems.length} problem${read.problems.length === 1 ? '' : 's'} to fix first.** Nothing was changed.`;
      await ctx.reply(fitMessage([title, ...read.problems.map((p) => `- ${p}`)], (n) => `…and ${n} more problems: fix these first, then upload the file again to see the rest.`));
      return;
    }
    const id = `upload-${randomBytes(4).toString('hex')}`;
    const dir = join(deps.dataDir, 'uploads');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${id}.csv`);
    writeFileSync(path, file.data);
    deps.store.saveUpload({ id, roomId: ctx.roomId, threadId: ctx.threadId, requestedBy: ctx.actor.emails[0]!, filename: file.filename, path, createdAt: new Date().toISOString() });
    const card = renderCard('import-mode', {
      filename: file.filename,
      rows: String(read.rowCount),
      ignored: read.ignoredColumns.join(', '),
      hasIgnored: read.ignoredColumns.length > 0,
      uploadId: id,
    });
    await ctx.replyCard(card, `${file.filename}: ${read.rowCount} rows checked. Choose "Add services only" or "Add and remove services" in the card.`);
  };
}

export function importCardActions(deps: ImportsDeps): Record<string, (ctx: BotContext, inputs: Record<string, unknown>) => Promise<void>> {
  return {
    'import.mode': async (ctx, inputs) => {
      const upload = deps.store.upload(String(inputs.uploadId ?? ''));
      const mode: ImportMode | undefined = inputs.mode === 'add' || inputs.mode === 'add-remove' ? inputs.mode : undefined;
      if (!upload || !mode) {
        await ctx.reply('That button does not belong to an upload I know. Upload the file again.');
        return;
      }
      const [licenses, roles] = await Promise.all([deps.adminClient.listLicenses(), deps.adminClient.listRoles()]);
      const catalogue = buildCatalogue(licenses, roles);
      const seats = contactCenterSeats(licenses);
      const bytes = readFileSync(upload.path);
      // First the header and the addresses, then the file again in chunks: plan, store, forget.
      const emails: string[] = [];
      const header = scanImportFile(bytes, licenses, (row) => emails.push(row.email));
      const existing = await lookUpPeople(deps.adminClient, emails);
      emails.length = 0;
      const job = deps.store.createJob(
        {
          id: `job-${randomBytes(3).toString('hex')}`,
          kind: 'import',
          roomId: ctx.roomId,
          threadId: ctx.threadId,
          requestedBy: ctx.actor.emails[0]!,
          role: undefined,
          welcomeEmail: false,
          catalogue,
          seats: [],
          notes: header.ignoredColumns.length > 0 ? [`Columns of other services were left alone: ${header.ignoredColumns.join(', ')}.`] : [],
          mode,
          filename: upload.filename,
          headers: header.headers,
        },
        [],
      );
      const ledger = newSeatLedger({ standard: seats.standard.free, premium: seats.premium.free });
      const preview = new PreviewTally(join(deps.dataDir, 'results'), job.id);
      let chunk: ImportRow[] = [];
      let seq = 1;
      const flush = () => {
        const plan = planEntries({ entries: planEntriesFromRows(chunk, mode), existing, catalogue, ledger, firstSeq: seq });
        seq += chunk.length;
        deps.store.appendRecords(job.id, plan.users);
        for (const user of plan.users) preview.add(user);
        chunk = [];
      };
      scanImportFile(bytes, licenses, (row) => {
        chunk.push(row);
        if (chunk.length >= 500) flush();
      });
      if (chunk.length > 0) flush();
      preview.close();
      deps.store.updateDetails(job.id, { seats: seatForecast(ledger) });
      const fresh = deps.store.job(job.id)!;
      const rendered = importPreview(fresh, preview, fresh.seats, mode);
      const message = await ctx.replyCard(rendered.card, rendered.fallback);
      deps.store.setPreviewMessage(job.id, message.id);
      if (preview.truncated) {
        await deps.botClient.createMessageWithFile(
          { roomId: ctx.roomId, parentId: ctx.threadId, markdown: `The full plan of job \`${job.id}\`, one row per user.` },
          { filename: `plan-${job.id}.csv`, contentType: 'text/csv', data: await openAsBlob(preview.path, { type: 'text/csv' }) },
        );
      }
    },
  };
}

function isRemoval(u: PlannedUser): boolean {
  return !!u.before && ((u.before.tier !== 'none' && u.after.tier === 'none') || (u.before.fullAdmin && !u.after.fullAdmin));
}

/**
 * What the preview of a large file needs, gathered user by user: counts, the first lines of each
 * section, and the full plan written to a file.
 */
class PreviewTally {
  readonly path: string;
  readonly counts = { create: 0, update: 0, unchanged: 0, blocked: 0, removals: 0 };
  readonly sections = { removals: [] as string[], create: [] as string[], update: [] as string[], blocked: [] as string[] };
  truncated = false;
  private readonly fd: number;

  constructor(dir: string, jobId: string) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${jobId}-plan.csv`);
    this.fd = openSync(this.path, 'w');
    writeSync(this.fd, `${UTF8_BOM}${csvLine(['Row', 'Email', 'Action', 'Change'])}`);
  }

  add(u: PlannedUser): void {
    const where = u.source ? `Row ${u.source.row}, ` : '';
    const line = u.action === 'blocked' ? `${where}${u.email}: ${u.reason}` : `${where}${u.email}: ${describeChange(u)}`;
    writeSync(this.fd, csvLine([String(u.source?.row ?? ''), u.email, u.action, u.action === 'blocked' ? (u.reason ?? '') : describeChange(u)]));
    const removal = u.action === 'update' && isRemoval(u);
    if (removal) this.counts.removals += 1;
    if (u.action === 'unchanged') {
      this.counts.unchanged += 1;
      return;
    }
    this.counts[u.action] += 1;
    const section = removal ? this.sections.removals : this.sections[u.action];
    if (section.length < SECTION_LINES) section.push(line);
    else this.truncated = true;
  }

  close(): void {
    closeSync(this.fd);
  }
}

function more(lines: string[], total: number): string[] {
  return total > lines.length ? [...lines, `…and ${total - lines.length} more (all in the plan file below).`] : lines;
}

function importPreview(job: JobRow, t: PreviewTally, seats: SeatForecast[], mode: ImportMode): { card: Record<string, unknown>; fallback: string } {
  const { create, update, unchanged, blocked, removals } = t.counts;
  const sections = [
    { title: `Removals (${removals}): confirm only if intended`, lines: more(t.sections.removals, removals) },
    { title: `Will be created (${create})`, lines: more(t.sections.create, create) },
    { title: `Will be updated (${update - removals})`, lines: more(t.sections.update, update - removals) },
    { title: `Cannot be done (${blocked})`, lines: more(t.sections.blocked, blocked) },
  ].filter((s) => s.lines.length > 0);
  const headline = `${create} to create, ${update} to update (${removals} removal${removals === 1 ? '' : 's'}), ${unchanged} unchanged${blocked > 0 ? `, ${blocked} cannot be done` : ''}`;
  const toChange = create + update;
  const notes = [
    mode === 'add'
      ? 'Mode "Add services only": TRUE adds a license; FALSE is ignored; nothing is removed.'
      : 'Mode "Add and remove services": TRUE adds a license, FALSE removes it, both Contact Center licenses FALSE removes the Contact Center license; Agent or Supervisor in the role column removes administrator privileges.',
    ...job.notes,
  ];
  const card = renderCard('preview', {
    headline,
    roleLabel: `from ${job.filename ?? 'the file'}, ${MODE_LABELS[mode]}`,
    jobId: job.id,
    requestedBy: job.requestedBy,
    sections,
    seats: seats.map((s) => ({ title: `${s.tier === 'standard' ? 'Standard' : 'Premium'} Agent seats`, value: `${s.free} free, ${s.needed} needed by this file` })),
    warnings: seats.filter((s) => s.short.length > 0).map((s) => `Not enough ${s.tier === 'standard' ? 'Standard' : 'Premium'} Agent seats for ${s.short.length} user(s): they will not be changed.`),
    notes,
    canConfirm: toChange > 0,
    confirmLabel: removals > 0 ? `Confirm: change ${toChange} users, including ${removals} removal${removals === 1 ? '' : 's'}` : `Confirm: change ${toChange} user${toChange === 1 ? '' : 's'}`,
  });
  const fallback = fitMessage(
    [`**Preview of job ${job.id}** (${MODE_LABELS[mode]}): ${headline}.`, ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)])],
    (n) => `…and ${n} more lines in the card and the plan file.`,
  );
  return { card, fallback };
}
