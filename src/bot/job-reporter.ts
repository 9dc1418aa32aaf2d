import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { JobCheck, SyncEngine } from '../contact-center/sync-engine.js';
import { modeLabel } from '../csv/import-plan.js';
import { csvLine, UTF8_BOM } from '../csv/write-csv.js';
import { escapeMarkdown } from '../i18n/escape-markdown.js';
import { type MsgParam, md, msg } from '../i18n/msg.js';
import { type Lang, type Translator, translator } from '../i18n/translate.js';
import type { JobRow, JobStore, NewOutboxEntry, OutgoingMessage, RecordRow } from '../jobs/ports.js';
import type { JobCounts, JobListener } from '../jobs/runner.js';
import { describeAgent } from '../provisioning/agent-plan.js';
import { roleLabel } from '../provisioning/license-model.js';
import { describeChange } from '../provisioning/plan.js';
import { FileWriteError, writingFile } from '../storage/errors.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment, renderCard } from './cards.js';
import { explainError } from './explain-error.js';
import { fitMessage } from './fit-message.js';
import type { Outbox } from './outbox.js';
import { settingsTodoCount, supervisorNotes, syncTally } from './sync-messages.js';

/** Lines a summary section shows; the results file has every user. */
const SUMMARY_LINES = 30;

/** The first lines of a section, and a last line that counts the others. */
function capped<T>(items: T[], total: number, more: (n: number) => T): T[] {
  return total <= items.length ? items : [...items, more(total - items.length)];
}

/**
 * Webex allows 10 edits of a message: up to 8 while users are done, then "finished" (with what the
 * Contact Center check waits for), then "finished" once the check has given its summary.
 */
const PROGRESS_EDITS = 8;
const MESSAGE_EDITS = 10;

/** What became of the users so far, naming only the outcomes that happened ("2 created and 1 unchanged"). */
export function tally(c: Omit<JobCounts, 'total' | 'done'>): MsgParam {
  const parts = (['created', 'updated', 'unchanged', 'failed'] as const)
    .filter((o) => c[o] > 0)
    .map((o) => msg(`tally.${o}`, { count: c[o] }));
  return parts.length > 0 ? { list: parts } : msg('tally.none');
}

function progressText(tr: Translator, job: JobRow, c: JobCounts, end?: 'finished' | 'cancelled'): string {
  const params = { job: job.id, done: c.done, total: c.total, tally: tally(c) };
  if (end === 'finished') return tr.t('progress.finished', params);
  if (end === 'cancelled') return tr.t('progress.cancelled', params);
  return tr.t('progress.working', params);
}

/** The keys of a job's messages in the outbox: each is owed once. */
const keys = {
  queued: (jobId: string) => `${jobId}:queued`,
  progress: (jobId: string) => `${jobId}:progress`,
  summary: (jobId: string) => `${jobId}:summary`,
  results: (jobId: string) => `${jobId}:results`,
  errors: (jobId: string) => `${jobId}:errors`,
  /** The progress message's last edit, after the summary: the check no longer waits. */
  progressEnd: (jobId: string) => `${jobId}:progress-end`,
};

/**
 * Tells the thread how a job goes: one progress message (the answer to Confirm, or the start of a
 * queued import) edited as users are done (within Webex's 10-edit limit), then the processed-records
 * summary card and, for imports, the result files. Every message goes through the outbox: it is owed
 * until Webex takes it, so an outage delays it and a restart does not lose it.
 */
export class JobReporter implements JobListener {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly options: {
      outbox: Outbox;
      adminClient: WebexClient;
      store: JobStore;
      logger: Logger;
      /** Where result files are written before they are posted. */
      dataDir: string;
      /** Checks that the Contact Center picked up the users a job changed. */
      sync?: SyncEngine;
      /** The language of the person a job belongs to. */
      languageOf: (email: string) => Promise<Lang>;
    },
  ) {}

  /** A job's messages speak the language of the person who asked for it. */
  private async tr(job: JobRow): Promise<Translator> {
    return translator(await this.options.languageOf(job.requestedBy));
  }

  private inThread(job: JobRow, markdown: string): OutgoingMessage {
    return { roomId: job.roomId, parentId: job.threadId, markdown };
  }

  async acknowledge(job: JobRow, reply: string, state: 'running' | 'queued'): Promise<void> {
    const message = this.inThread(job, reply);
    // A running job's answer becomes its progress message; progress already recorded is newer, and stays.
    const key = state === 'queued' ? keys.queued(job.id) : keys.progress(job.id);
    await this.options.outbox.owe([{ key, group: job.id, message }]);
  }

  progress(job: JobRow, counts: JobCounts): Promise<void> {
    const step = Math.max(1, Math.ceil(counts.total / PROGRESS_EDITS));
    if (counts.done === counts.total || counts.done % step !== 0) return Promise.resolve();
    return this.serially(job.id, async () => {
      const fresh = await this.options.store.job(job.id);
      if (!fresh || fresh.progressEdits >= PROGRESS_EDITS) return;
      await this.reviseProgress(fresh, progressText(await this.tr(fresh), fresh, counts));
    });
  }

  /** The latest text of the progress message; an edit of a message already posted is counted against the limit. */
  private async reviseProgress(job: JobRow, markdown: string): Promise<void> {
    const revised = await this.options.outbox.revise({
      key: keys.progress(job.id),
      group: job.id,
      message: this.inThread(job, markdown),
      // A job started by an older version of the bot had its progress message posted directly.
      ...(job.progressMessageId ? { messageId: job.progressMessageId } : {}),
    });
    if (revised === 'rearmed') await this.options.store.countProgressEdit(job.id);
  }

  /**
   * Builds the summary (and the result files) once and records them as owed, together; a failure to
   * build them is the runner's to see, so the job is not marked done without its summary.
   */
  finished(job: JobRow, counts: JobCounts, cancelled: boolean): Promise<void> {
    return this.serially(job.id, async () => {
      const { store, outbox } = this.options;
      // Owed already (the bot stopped before the job was marked done): built once, posted once.
      if (await outbox.entry(keys.summary(job.id))) return;
      const fresh = (await store.job(job.id)) ?? job;
      const tr = await this.tr(fresh);
      const ended = progressText(tr, fresh, counts, cancelled ? 'cancelled' : 'finished');
      let waited = false;
      const check = await this.checkContactCenter(fresh, async (waiting) => {
        // What the check waits for (in manual mode, an administrator's press in Control Hub) and since when.
        if (fresh.progressEdits >= MESSAGE_EDITS - 1) return;
        await this.reviseProgress(fresh, `${ended}\n\n${waiting}`);
        waited = true;
      });
      if (!waited && fresh.progressEdits < MESSAGE_EDITS) await this.reviseProgress(fresh, ended);
      const notes = await this.afterJobNotes(tr, fresh, counts, check);
      if (cancelled) notes.unshift(tr.t('summary.cancelledNote', { count: counts.total - counts.done }));
      const line = check && syncLine(tr, check, this.options.sync!.mode);
      const listed = await summaryRecords(store, fresh.id);
      const todo = check ? syncTodo(check) : 'none';
      const { card, fallback } = summaryCard(tr, fresh, counts, notes, cancelled, listed, line, todo);
      const summary = { ...this.inThread(fresh, fallback), attachments: [cardAttachment(card)] };
      let files: NewOutboxEntry[] = [];
      if (fresh.kind === 'import') {
        try {
          files = await this.resultFiles(tr, fresh, counts);
        } catch (error) {
          if (!(error instanceof FileWriteError)) throw error;
          // The summary still goes out; the thread is told why the files do not follow.
          this.options.logger.error({ err: error, jobId: job.id }, 'could not write the results file');
          const markdown = tr.t('results.notWritten', { job: fresh.id, error: explainError(error) });
          files = [{ key: keys.results(fresh.id), group: fresh.id, message: this.inThread(fresh, markdown) }];
        }
      }
      const end = waited ? await this.endWaiting(fresh, ended) : [];
      await outbox.owe([{ key: keys.summary(fresh.id), group: fresh.id, message: summary }, ...files, ...end]);
    });
  }

  /**
   * The progress message no longer says what the check waits for once the summary is out: its last
   * edit goes after the summary (or, when the message is not out yet, its text is replaced now).
   */
  private async endWaiting(job: JobRow, markdown: string): Promise<NewOutboxEntry[]> {
    const { store, outbox } = this.options;
    const latest = (await store.job(job.id)) ?? job;
    if (latest.progressEdits >= MESSAGE_EDITS) return [];
    const progress = await outbox.entry(keys.progress(job.id));
    const messageId = progress?.messageId ?? latest.progressMessageId;
    if (!messageId || progress?.state === 'pending') {
      await this.reviseProgress(latest, markdown);
      return [];
    }
    await store.countProgressEdit(job.id);
    return [{ key: keys.progressEnd(job.id), group: job.id, message: this.inThread(job, markdown), messageId }];
  }

  async dequeued(job: JobRow): Promise<void> {
    const { total } = await this.options.store.counts(job.id);
    const markdown = (await this.tr(job)).t('progress.dequeued', { job: job.id, total });
    await this.options.outbox.owe([
      { key: keys.progress(job.id), group: job.id, message: this.inThread(job, markdown) },
    ]);
  }

  /**
   * The results file (every row) and, when some failed or were not reached, the rows to upload again:
   * written to disk, and returned as the messages that carry them.
   */
  private async resultFiles(tr: Translator, job: JobRow, counts: JobCounts): Promise<NewOutboxEntry[]> {
    const { store, dataDir } = this.options;
    const dir = join(dataDir, 'results');
    // Written row by row from the store and posted from disk: memory stays flat for 20,000 rows.
    const write = (name: string, header: string[], rows: AsyncIterable<string[]>): Promise<string> =>
      writingFile(dir, async () => {
        mkdirSync(dir, { recursive: true });
        const path = join(dir, `${job.id}-${name}`);
        const fd = openSync(path, 'w');
        try {
          writeSync(fd, UTF8_BOM + csvLine(header));
          for await (const row of rows) writeSync(fd, csvLine(row));
        } finally {
          closeSync(fd);
        }
        return path;
      });
    const entry = (key: string, markdown: string, filename: string, path: string): NewOutboxEntry => ({
      key,
      group: job.id,
      message: { ...this.inThread(job, markdown), file: { path, filename, contentType: 'text/csv' } },
    });
    const resultRows = async function* (): AsyncGenerator<string[]> {
      for await (const r of store.iterateRecords(job.id)) {
        const outcome = r.outcome ? tr.t(`outcome.${r.outcome}`) : tr.t('outcome.notReached');
        const reason = r.result?.reason ? tr.plain.m(r.result.reason) : r.outcome ? '' : tr.t('results.notReached');
        // Before and after as the admin reads them (a Supervisor as such); "after" only once it is true.
        const reached = r.outcome !== undefined && r.outcome !== 'failed';
        const agent = reached ? describeAgent(r) : undefined;
        yield [
          String(r.source?.row ?? ''),
          r.email,
          tr.t(`action.${r.action}`),
          outcome,
          r.before ? tr.plain.m(describeChange({ after: r.before })) : '',
          reached ? tr.plain.m(describeChange({ after: r.after, supervisor: r.supervisor })) : '',
          agent ? tr.plain.m(agent) : '',
          reason,
          r.result?.trackingId ?? '',
        ];
      }
    };
    const columns = [
      'row',
      'email',
      'action',
      'outcome',
      'before',
      'after',
      'settings',
      'reason',
      'trackingId',
    ] as const;
    const header = columns.map((h) => tr.t(`results.header.${h}`));
    const results = await write('results.csv', header, resultRows());
    const entries = [
      entry(keys.results(job.id), tr.t('results.posted', { job: job.id }), `results-${job.id}.csv`, results),
    ];
    const redo = counts.failed + (counts.total - counts.done);
    if (redo > 0 && job.headers) {
      const headers = job.headers;
      const errorRows = async function* (): AsyncGenerator<string[]> {
        for await (const r of store.iterateRecords(job.id, true))
          yield r.source?.cells.slice(0, headers.length) ?? [r.email];
      };
      const errors = await write('errors.csv', headers, errorRows());
      entries.push(entry(keys.errors(job.id), tr.t('results.errors', { count: redo }), `errors-${job.id}.csv`, errors));
    }
    return entries;
  }

  /**
   * The Contact Center check of the users the job changed (none when it changed nobody); `waiting` is
   * told what the check waits for before it starts.
   */
  private async checkContactCenter(
    job: JobRow,
    waiting: (text: string) => Promise<void>,
  ): Promise<JobCheck | undefined> {
    const { sync, store, logger } = this.options;
    if (!sync) return undefined;
    const targets = await store.syncTargets(job.id);
    if (targets.length === 0) return undefined;
    try {
      const tr = await this.tr(job);
      const since = Date.now();
      const params = { since: { at: since }, until: { at: since + sync.settings.summaryWaitMs } };
      await waiting(tr.t(sync.mode === 'manual' ? 'sync.jobWaiting.manual' : 'sync.jobWaiting.endpoint', params));
      return await sync.checkJob(job, targets);
    } catch (error) {
      logger.warn({ err: error, jobId: job.id }, 'the Contact Center check could not start');
      return undefined;
    }
  }

  private async afterJobNotes(
    tr: Translator,
    job: JobRow,
    counts: JobCounts,
    check: JobCheck | undefined,
  ): Promise<string[]> {
    const notes: string[] = check ? supervisorNotes(tr, check.supervisors) : [];
    if (job.welcomeEmail && counts.created > 0) {
      try {
        const me = await this.options.adminClient.me();
        const result = await this.options.adminClient.sendActivationEmails(me.orgId);
        // Webex's job id is a ~100-character base64 string: support finds it in the log, the admin gets the count.
        this.options.logger.info({ jobId: job.id, activationJobId: result.id }, 'activation-email job started');
        notes.push(
          result.counts
            ? tr.t('summary.activationSent', { count: result.counts.userResendInviteSent })
            : tr.t('summary.activation'),
        );
      } catch (error) {
        notes.push(tr.t('summary.activationFailed', { error: explainError(error) }));
      }
    }
    return notes;
  }

  /** A job's messages are recorded in order; the task's own failure is its caller's. */
  private serially(jobId: string, task: () => Promise<void>): Promise<void> {
    const result = (this.chains.get(jobId) ?? Promise.resolve()).then(task);
    const settled = result.catch(() => undefined);
    this.chains.set(jobId, settled);
    void settled.then(() => {
      if (this.chains.get(jobId) === settled) this.chains.delete(jobId);
    });
    return result;
  }
}

type SummaryOutcome = 'failed' | 'created' | 'updated';

/** The first records of each outcome the summary lists, as many as it shows. */
async function summaryRecords(store: JobStore, jobId: string): Promise<Record<SummaryOutcome, RecordRow[]>> {
  const [failed, created, updated] = await Promise.all(
    (['failed', 'created', 'updated'] as const).map((o) => store.recordsWithOutcome(jobId, o, SUMMARY_LINES)),
  );
  return { failed: failed!, created: created!, updated: updated! };
}

/** Who asked, and what: the role as the admin chose it on the card, or the file and its mode. */
function byline(tr: Translator, job: JobRow): string {
  const people = { requestedBy: job.requestedBy, confirmedBy: job.confirmedBy ?? tr.t('job.someone') };
  if (job.kind === 'import')
    return tr.t('summary.bylineImport', {
      file: job.filename ?? msg('tasks.aFile'),
      mode: modeLabel(job.mode ?? 'add'),
      ...people,
    });
  if (job.role) return tr.t('summary.bylineCard', { role: roleLabel(job.role), ...people });
  return tr.t('summary.byline', people);
}

/**
 * Whether the Contact Center still needs the admin after a job without failures, so that the
 * headline never says all is done while the sync line below lists a to-do.
 */
export function syncTodo(check: JobCheck): 'todo' | 'checking' | 'none' {
  if (!check.final) return 'checking';
  const { invalid, needsSettings, pending } = check.counts;
  return invalid > 0 || needsSettings > 0 || pending > 0 ? 'todo' : 'none';
}

export function summaryCard(
  tr: Translator,
  job: JobRow,
  counts: JobCounts,
  notes: string[],
  cancelled: boolean,
  listed: Record<SummaryOutcome, RecordRow[]>,
  sync: string | undefined,
  todo: 'todo' | 'checking' | 'none' = 'none',
): { card: Record<string, unknown>; fallback: string } {
  const where = tr.t(job.kind === 'import' ? 'summary.whereFile' : 'summary.whereHistory');
  const failed = listed.failed.map((r) => ({
    email: escapeMarkdown(r.email),
    reason: r.result?.reason ? tr.m(r.result.reason) : tr.t('exec.unknown'),
    advice: r.result?.advice ? tr.m(r.result.advice) : tr.t('exec.tryAgain'),
    trackingId: r.result?.trackingId ?? '',
  }));
  const failures = capped(failed, counts.failed, (n) => ({
    email: tr.t('summary.moreFailures', { count: n }),
    reason: tr.t('summary.moreFailuresWhere', { where }),
    advice: tr.t('summary.seeThere'),
    trackingId: '',
  }));
  const lines = (outcome: 'created' | 'updated') =>
    capped(
      listed[outcome].map((r) => {
        // The Contact Center settings too: for some users they are the whole change.
        const agent = describeAgent(r);
        const change = describeChange(r);
        return `${escapeMarkdown(r.email)}: ${tr.m(agent ? msg('preview.line.agent', { change, agent }) : change)}`;
      }),
      counts[outcome],
      (n) => tr.t('summary.moreLines', { count: n, where }),
    );
  const sections = [
    { title: tr.t('card.summary.created'), lines: lines('created') },
    { title: tr.t('card.summary.updated'), lines: lines('updated') },
    // The unchanged are only counted (the facts above): a 15-row file with one change lists that one.
  ].filter((s) => s.lines.length > 0);
  const headline = cancelled
    ? tr.t('summary.cancelledHeadline', { job: job.id, done: counts.done, total: counts.total })
    : counts.failed === 0
      ? tr.t('summary.doneHeadline', { job: job.id, rest: todo })
      : tr.t('summary.failedHeadline', { job: job.id, count: counts.failed });
  const card = renderCard('summary', tr, {
    headline,
    byline: byline(tr, job),
    created: tr.number(counts.created),
    updated: tr.number(counts.updated),
    unchanged: tr.number(counts.unchanged),
    failed: tr.number(counts.failed),
    failures: failures.map((f) => ({
      ...f,
      advice: tr.t('summary.whatToDo', { advice: md(f.advice) }),
      trackingId: f.trackingId ? tr.t('summary.trackingId', { trackingId: f.trackingId }) : '',
    })),
    sections,
    notes,
    sync: sync ?? '',
  });
  const fallback = fitMessage(
    [
      tr.t('summary.fallback', { headline, tally: tally(counts) }),
      ...(sync ? [sync] : []),
      ...notes,
      ...failed.map((f) => (f.trackingId ? tr.t('summary.failedLineTracking', f) : tr.t('summary.failedLine', f))),
    ],
    (n) => tr.t('summary.moreFallback', { count: n, where }),
  );
  return { card, fallback };
}

/**
 * The summary's Contact Center line: ready, waiting, needing settings, invalid, and what is still to do.
 * Supervisors who only wait for their role in Control Hub have no settings to-do: the line points to
 * the Control Hub steps instead.
 */
export function syncLine(tr: Translator, check: JobCheck, mode: 'endpoint' | 'manual'): string {
  const tally = md(syncTally(tr, check.counts));
  const { invalid, needsSettings, pending } = check.counts;
  const settingsTodo = settingsTodoCount(check.counts, check.supervisors) > 0;
  if (!check.final) return tr.t(mode === 'manual' ? 'sync.line.goingManual' : 'sync.line.going', { tally });
  if (invalid > 0)
    return settingsTodo
      ? `${tr.t('sync.line.invalid', { tally })} ${tr.t('sync.line.alsoTodo')}`
      : tr.t('sync.line.invalid', { tally });
  if (settingsTodo) return tr.t('sync.line.needsSettings', { tally });
  if (needsSettings > 0) return tr.t('sync.line.supervisorStep', { tally });
  if (pending > 0) return tr.t('sync.line.unchecked', { tally });
  return tr.t('sync.line.final', { tally });
}
