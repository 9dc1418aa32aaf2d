import { randomBytes } from 'node:crypto';
import {
  closeSync,
  createWriteStream,
  mkdirSync,
  openAsBlob,
  openSync,
  readFileSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import { writeUsersExport } from '../../csv/export-users.js';
import { type ImportMode, modeLabel, planEntriesFromRows } from '../../csv/import-plan.js';
import { type ImportRow, scanImportFile } from '../../csv/read-import.js';
import { csvLine, UTF8_BOM } from '../../csv/write-csv.js';
import { msg } from '../../i18n/msg.js';
import type { Translator } from '../../i18n/translate.js';
import type { JobRunner } from '../../jobs/runner.js';
import type { JobRow, JobStore } from '../../jobs/store.js';
import { buildCatalogue, contactCenterSeats, tierLabel } from '../../provisioning/license-model.js';
import {
  describeChange,
  newSeatLedger,
  type PlannedUser,
  planEntries,
  type SeatForecast,
  seatForecast,
} from '../../provisioning/plan.js';
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
    names: { 'pt-BR': 'exportar' },
    aliases: [],
    summary: 'cmd.export.summary',
    example: 'cmd.export.example',
    async run(ctx) {
      const [licenses, roles] = await Promise.all([deps.adminClient.listLicenses(), deps.adminClient.listRoles()]);
      const catalogue = buildCatalogue(licenses, roles);
      const profileTypes = new Map<string, string>();
      let ccProblem: string | undefined;
      try {
        for await (const user of deps.ccClient.listUsers())
          if (user.userProfileType) profileTypes.set(user.ciUserId, user.userProfileType);
      } catch (error) {
        ccProblem = (error as Error).message;
      }
      const dir = join(deps.dataDir, 'exports');
      mkdirSync(dir, { recursive: true });
      const filename = `users-${new Date().toISOString().slice(0, 10)}.csv`;
      const path = join(dir, `${randomBytes(4).toString('hex')}-${filename}`);
      const count = await writeUsersExport({
        people: deps.adminClient.listPeople(),
        licenses,
        catalogue,
        profileTypes,
        out: createWriteStream(path),
      });
      await deps.botClient.createMessageWithFile(
        {
          roomId: ctx.roomId,
          parentId: ctx.threadId,
          markdown:
            ccProblem === undefined
              ? ctx.t('export.done', { count })
              : ctx.t('export.noSupervisors', { count, error: ccProblem }),
        },
        { filename, contentType: 'text/csv', data: await openAsBlob(path, { type: 'text/csv' }) },
      );
    },
  };
}

export function importCommand(): Command {
  return {
    name: 'import',
    names: { 'pt-BR': 'importar' },
    aliases: ['upload'],
    summary: 'cmd.import.summary',
    example: 'cmd.import.example',
    async run(ctx) {
      await ctx.reply(ctx.t('import.how'));
    },
  };
}

export function tasksCommand(store: JobStore): Command {
  return {
    name: 'tasks',
    names: { 'pt-BR': 'tarefas' },
    aliases: ['jobs'],
    summary: 'cmd.tasks.summary',
    example: 'cmd.tasks.example',
    async run(ctx) {
      const jobs = store.recentJobs(10);
      if (jobs.length === 0) {
        await ctx.reply(ctx.t('tasks.none'));
        return;
      }
      await ctx.reply(
        [ctx.t('tasks.title'), ...jobs.map((j) => `- ${jobLine(ctx.tr, store, j)}`), ctx.t('tasks.footer')].join('\n'),
      );
    },
  };
}

export function taskCommand(store: JobStore): Command {
  return {
    name: 'task',
    names: { 'pt-BR': 'tarefa' },
    aliases: ['job'],
    summary: 'cmd.task.summary',
    example: 'cmd.task.example',
    async run(ctx) {
      const job = store.job(ctx.args[0] ?? '');
      if (!job) {
        await ctx.reply(ctx.t('task.unknown', { job: ctx.args[0] ?? '' }));
        return;
      }
      const failed = store.recordsWithOutcome(job.id, 'failed', 21);
      const when = { at: Date.parse(job.createdAt) };
      const created = { created: when };
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
          ctx.t('task.title', { job: job.id, line: jobLine(ctx.tr, store, job) }),
          dates,
          ...failed
            .slice(0, 20)
            .map((r) => `- ${r.email}: ${r.result?.reason ? ctx.m(r.result.reason) : ctx.t('outcome.failed')}`),
          ...(failed.length > 20 ? [ctx.t('task.moreFailures', { count: store.counts(job.id).failed - 20 })] : []),
        ].join('\n'),
      );
    },
  };
}

export function cancelCommand(store: JobStore): Command {
  return {
    name: 'cancel',
    names: { 'pt-BR': 'cancelar' },
    aliases: ['stop', 'parar'],
    summary: 'cmd.cancel.summary',
    example: 'cmd.cancel.example',
    async run(ctx) {
      const id = ctx.args[0] ?? '';
      const result = store.requestCancel(id);
      const job = store.job(id);
      if (result === 'cancelled') await ctx.reply(ctx.t('cancel.queued', { job: id }));
      else if (result === 'stopping') await ctx.reply(ctx.t('cancel.stopping', { job: id }));
      else
        await ctx.reply(
          job
            ? ctx.t('cancel.nothing', { job: id, state: ctx.t(`state.${job.state}`) })
            : ctx.t('task.unknown', { job: id }),
        );
    },
  };
}

function jobLine(tr: Translator, store: JobStore, job: JobRow): string {
  const c = store.counts(job.id);
  const what =
    job.kind === 'import'
      ? tr.t('tasks.whatImport', { file: job.filename ?? tr.t('tasks.aFile'), mode: modeLabel(job.mode ?? 'add') })
      : tr.t('tasks.whatCard');
  const params = {
    job: job.id,
    what,
    by: job.requestedBy,
    at: { at: Date.parse(job.createdAt) },
    state: tr.t(`state.${job.state}`),
    ...c,
  };
  return job.state === 'queued'
    ? tr.t('tasks.lineQueued', { ...params, position: store.queuePosition(job.id) })
    : tr.t('tasks.line', params);
}

/** A message with a file: read it, check every row, then ask for the mode. */
export function uploadHandler(deps: ImportsDeps): (ctx: BotContext, files: string[]) => Promise<void> {
  return async (ctx, files) => {
    const file = await deps.botClient.downloadFile(files[0]!);
    const licenses = await deps.adminClient.listLicenses();
    const read = scanImportFile(file.data, licenses, () => undefined);
    if (read.problems.length > 0) {
      const title = ctx.t('import.refused', { file: file.filename, count: read.problemCount });
      await ctx.reply(
        fitMessage([title, ...read.problems.map((p) => `- ${ctx.m(p)}`)], (n) =>
          ctx.t('import.moreProblems', { count: n }),
        ),
      );
      return;
    }
    const id = `upload-${randomBytes(4).toString('hex')}`;
    const dir = join(deps.dataDir, 'uploads');
    mkdirSync(dir, { recursive: true });
    const path = join(dir, `${id}.csv`);
    writeFileSync(path, file.data);
    deps.store.saveUpload({
      id,
      roomId: ctx.roomId,
      threadId: ctx.threadId,
      requestedBy: ctx.actor.emails[0]!,
      filename: file.filename,
      path,
      createdAt: new Date().toISOString(),
    });
    const card = renderCard('import-mode', ctx.tr, {
      title: ctx.t('importMode.title', { file: file.filename, rows: read.rowCount }),
      ignored:
        read.ignoredColumns.length > 0 ? ctx.t('importMode.ignored', { columns: read.ignoredColumns.join(', ') }) : '',
      uploadId: id,
    });
    await ctx.replyCard(card, ctx.t('import.checked', { file: file.filename, rows: read.rowCount }));
  };
}

export function importCardActions(
  deps: ImportsDeps,
): Record<string, (ctx: BotContext, inputs: Record<string, unknown>) => Promise<void>> {
  return {
    'import.mode': async (ctx, inputs) => {
      const upload = deps.store.upload(String(inputs.uploadId ?? ''));
      const mode: ImportMode | undefined =
        inputs.mode === 'add' || inputs.mode === 'add-remove' ? inputs.mode : undefined;
      if (!upload || !mode) {
        await ctx.reply(ctx.t('import.unknownUpload'));
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
          notes:
            header.ignoredColumns.length > 0
              ? [msg('preview.note.ignoredColumns', { columns: header.ignoredColumns.join(', ') })]
              : [],
          mode,
          filename: upload.filename,
          headers: header.headers,
        },
        [],
      );
      const ledger = newSeatLedger({ standard: seats.standard.free, premium: seats.premium.free });
      const preview = new PreviewTally(ctx.tr, join(deps.dataDir, 'results'), job.id);
      let chunk: ImportRow[] = [];
      let seq = 1;
      const flush = () => {
        const plan = planEntries({
          entries: planEntriesFromRows(chunk, mode),
          existing,
          catalogue,
          ledger,
          firstSeq: seq,
        });
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
      const rendered = importPreview(ctx.tr, fresh, preview, fresh.seats, mode);
      const message = await ctx.replyCard(rendered.card, rendered.fallback);
      deps.store.setPreviewMessage(job.id, message.id);
      if (preview.truncated) {
        await deps.botClient.createMessageWithFile(
          { roomId: ctx.roomId, parentId: ctx.threadId, markdown: ctx.t('preview.planFile', { job: job.id }) },
          {
            filename: `plan-${job.id}.csv`,
            contentType: 'text/csv',
            data: await openAsBlob(preview.path, { type: 'text/csv' }),
          },
        );
      }
    },
  };
}

function isRemoval(u: PlannedUser): boolean {
  return (
    !!u.before && ((u.before.tier !== 'none' && u.after.tier === 'none') || (u.before.fullAdmin && !u.after.fullAdmin))
  );
}

/**
 * What the preview of a large file needs, gathered user by user: counts, the first lines of each
 * section, and the full plan written to a file.
 */
class PreviewTally {
  readonly path: string;
  readonly counts = { create: 0, update: 0, unchanged: 0, blocked: 0, removals: 0 };
  readonly sections = {
    removals: [] as string[],
    create: [] as string[],
    update: [] as string[],
    blocked: [] as string[],
  };
  truncated = false;
  private readonly fd: number;

  constructor(
    private readonly tr: Translator,
    dir: string,
    jobId: string,
  ) {
    mkdirSync(dir, { recursive: true });
    this.path = join(dir, `${jobId}-plan.csv`);
    this.fd = openSync(this.path, 'w');
    const h = (key: 'row' | 'email' | 'action' | 'change') => tr.t(`results.header.${key}`);
    writeSync(this.fd, `${UTF8_BOM}${csvLine([h('row'), h('email'), h('action'), h('change')])}`);
  }

  add(u: PlannedUser): void {
    const { tr } = this;
    const what = u.action === 'blocked' ? tr.m(u.reason) : tr.m(describeChange(u));
    const bare = `${u.email}: ${what}`;
    const line = u.source ? tr.t('preview.line.row', { row: String(u.source.row), line: bare }) : bare;
    writeSync(this.fd, csvLine([String(u.source?.row ?? ''), u.email, tr.t(`action.${u.action}`), what]));
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

function more(tr: Translator, lines: string[], total: number): string[] {
  return total > lines.length ? [...lines, tr.t('preview.morePlan', { count: total - lines.length })] : lines;
}

function importPreview(
  tr: Translator,
  job: JobRow,
  tally: PreviewTally,
  seats: SeatForecast[],
  mode: ImportMode,
): { card: Record<string, unknown>; fallback: string } {
  const { create, update, unchanged, blocked, removals } = tally.counts;
  const sections = [
    {
      title: tr.t('preview.section.removals', { count: removals }),
      lines: more(tr, tally.sections.removals, removals),
    },
    { title: tr.t('preview.section.create', { count: create }), lines: more(tr, tally.sections.create, create) },
    {
      title: tr.t('preview.section.update', { count: update - removals }),
      lines: more(tr, tally.sections.update, update - removals),
    },
    { title: tr.t('preview.section.blocked', { count: blocked }), lines: more(tr, tally.sections.blocked, blocked) },
  ].filter((s) => s.lines.length > 0);
  const headline = tr.t(blocked > 0 ? 'preview.importHeadlineBlocked' : 'preview.importHeadline', {
    create,
    update,
    count: removals,
    unchanged,
    blocked,
  });
  const toChange = create + update;
  const notes = [
    tr.t(mode === 'add' ? 'preview.note.modeAdd' : 'preview.note.modeAddRemove'),
    ...job.notes.map((n) => tr.m(n)),
  ];
  const card = renderCard('preview', tr, {
    title: tr.t('preview.title', { headline }),
    subtitle: tr.t('preview.subtitle', {
      role: tr.t('preview.fromFile', { file: job.filename ?? tr.t('tasks.aFile'), mode: modeLabel(mode) }),
      job: job.id,
      requestedBy: job.requestedBy,
    }),
    jobId: job.id,
    sections,
    seats: seats.map((s) => ({
      title: tr.t('preview.seats.title', { tier: tierLabel(s.tier) }),
      value: tr.t('preview.seats.file', { free: s.free, needed: s.needed }),
    })),
    warnings: seats
      .filter((s) => s.short.length > 0)
      .map((s) => tr.t('preview.notEnoughFile', { tier: tierLabel(s.tier), count: s.short.length })),
    notes,
    canConfirm: toChange > 0,
    confirmLabel:
      removals > 0
        ? tr.t('preview.confirmRemovals', { changes: toChange, count: removals })
        : tr.t('preview.confirm', { count: toChange }),
  });
  const fallback = fitMessage(
    [
      tr.t('preview.fallbackImport', { job: job.id, mode: modeLabel(mode), headline }),
      ...sections.flatMap((s) => [`**${s.title}**`, ...s.lines.map((l) => `- ${l}`)]),
    ],
    (n) => tr.t('preview.moreInCard', { count: n }),
  );
  return { card, fallback };
}
