import { closeSync, mkdirSync, openAsBlob, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { JobCheck, SyncEngine } from '../contact-center/sync-engine.js';
import { csvLine, UTF8_BOM } from '../csv/write-csv.js';
import { escapeMarkdown } from '../i18n/escape-markdown.js';
import { md } from '../i18n/msg.js';
import { type Lang, type Translator, translator } from '../i18n/translate.js';
import type { JobRow, JobStore, RecordRow } from '../jobs/ports.js';
import type { JobCounts, JobListener } from '../jobs/runner.js';
import { describeChange } from '../provisioning/plan.js';
import { FileWriteError, writingFile } from '../storage/errors.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment, renderCard } from './cards.js';
import { explainError } from './explain-error.js';
import { fitMessage } from './fit-message.js';
import { supervisorNotes, syncTally } from './sync-messages.js';

/** Lines a summary section shows; the results file has every user. */
const SUMMARY_LINES = 30;

/** The first lines of a section, and a last line that counts the others. */
function capped<T>(items: T[], total: number, more: (n: number) => T): T[] {
  return total <= items.length ? items : [...items, more(total - items.length)];
}

/** Webex allows 10 edits of a message; the last one is kept for "finished". */
const PROGRESS_EDITS = 9;

function progressText(tr: Translator, job: JobRow, c: JobCounts, end?: 'finished' | 'cancelled'): string {
  const params = { job: job.id, ...c };
  if (end === 'finished') return tr.t('progress.finished', params);
  if (end === 'cancelled') return tr.t('progress.cancelled', params);
  return tr.t('progress.working', params);
}

/**
 * Tells the thread how a job goes: one progress message edited as users are done (within Webex's
 * 10-edit limit), then the processed-records summary card.
 */
export class JobReporter implements JobListener {
  private readonly chains = new Map<string, Promise<void>>();

  constructor(
    private readonly options: {
      botClient: WebexClient;
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

  progress(job: JobRow, counts: JobCounts): Promise<void> {
    const step = Math.max(1, Math.ceil(counts.total / PROGRESS_EDITS));
    if (counts.done === counts.total || counts.done % step !== 0) return Promise.resolve();
    return this.serially(job.id, async () => {
      const fresh = await this.options.store.job(job.id);
      if (!fresh?.progressMessageId || fresh.progressEdits >= PROGRESS_EDITS) return;
      await this.options.store.countProgressEdit(job.id);
      await this.options.botClient.updateMessage(fresh.progressMessageId, fresh.roomId, {
        markdown: progressText(await this.tr(fresh), fresh, counts),
      });
    });
  }

  finished(job: JobRow, counts: JobCounts, cancelled: boolean): Promise<void> {
    return this.serially(job.id, async () => {
      const fresh = (await this.options.store.job(job.id)) ?? job;
      const tr = await this.tr(fresh);
      if (fresh.progressMessageId && fresh.progressEdits < PROGRESS_EDITS + 1) {
        await this.options.store.countProgressEdit(job.id);
        await this.options.botClient
          .updateMessage(fresh.progressMessageId, fresh.roomId, {
            markdown: progressText(tr, fresh, counts, cancelled ? 'cancelled' : 'finished'),
          })
          .catch((error: unknown) =>
            this.options.logger.warn({ err: error, jobId: job.id }, 'could not edit the progress message'),
          );
      }
      const check = await this.checkContactCenter(fresh);
      const notes = await this.afterJobNotes(tr, fresh, counts, check);
      if (cancelled) notes.unshift(tr.t('summary.cancelledNote', { count: counts.total - counts.done }));
      const { store } = this.options;
      const line = check && syncLine(tr, check, this.options.sync!.mode);
      const listed = await summaryRecords(store, fresh.id);
      const { card, fallback } = summaryCard(tr, fresh, counts, notes, cancelled, listed, line);
      await this.options.botClient.createMessage({
        roomId: fresh.roomId,
        parentId: fresh.threadId,
        markdown: fallback,
        attachments: [cardAttachment(card)],
      });
      if (fresh.kind === 'import')
        await this.postResultFiles(tr, fresh, counts).catch(async (error: unknown) => {
          if (!(error instanceof FileWriteError)) throw error;
          this.options.logger.error({ err: error, jobId: job.id }, 'could not write the results file');
          await this.options.botClient.createMessage({
            roomId: fresh.roomId,
            parentId: fresh.threadId,
            markdown: tr.t('results.notWritten', { job: fresh.id, error: explainError(error) }),
          });
        });
    });
  }

  async dequeued(job: JobRow): Promise<void> {
    const { total } = await this.options.store.counts(job.id);
    const message = await this.options.botClient.createMessage({
      roomId: job.roomId,
      parentId: job.threadId,
      markdown: (await this.tr(job)).t('progress.dequeued', { job: job.id, total }),
    });
    await this.options.store.setProgressMessage(job.id, message.id);
  }

  /** The results file (every row) and, when some failed or were not reached, the rows to upload again. */
  private async postResultFiles(tr: Translator, job: JobRow, counts: JobCounts): Promise<void> {
    const { store, botClient, dataDir } = this.options;
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
    const post = async (markdown: string, filename: string, path: string) =>
      botClient.createMessageWithFile(
        { roomId: job.roomId, parentId: job.threadId, markdown },
        { filename, contentType: 'text/csv', data: await openAsBlob(path, { type: 'text/csv' }) },
      );
    const resultRows = async function* (): AsyncGenerator<string[]> {
      for await (const r of store.iterateRecords(job.id)) {
        const outcome = r.outcome ? tr.t(`outcome.${r.outcome}`) : tr.t('outcome.notReached');
        const reason = r.result?.reason ? tr.plain.m(r.result.reason) : r.outcome ? '' : tr.t('results.notReached');
        yield [
          String(r.source?.row ?? ''),
          r.email,
          tr.t(`action.${r.action}`),
          outcome,
          reason,
          r.result?.trackingId ?? '',
        ];
      }
    };
    const header = (['row', 'email', 'action', 'outcome', 'reason', 'trackingId'] as const).map((h) =>
      tr.t(`results.header.${h}`),
    );
    const results = await write('results.csv', header, resultRows());
    await post(tr.t('results.posted', { job: job.id }), `results-${job.id}.csv`, results);
    const redo = counts.failed + (counts.total - counts.done);
    if (redo > 0 && job.headers) {
      const headers = job.headers;
      const errorRows = async function* (): AsyncGenerator<string[]> {
        for await (const r of store.iterateRecords(job.id, true))
          yield r.source?.cells.slice(0, headers.length) ?? [r.email];
      };
      const errors = await write('errors.csv', headers, errorRows());
      await post(tr.t('results.errors', { count: redo }), `errors-${job.id}.csv`, errors);
    }
  }

  /** The Contact Center check of the users the job changed (none when it changed nobody). */
  private async checkContactCenter(job: JobRow): Promise<JobCheck | undefined> {
    const { sync, store, logger } = this.options;
    if (!sync) return undefined;
    const targets = await store.syncTargets(job.id);
    if (targets.length === 0) return undefined;
    try {
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
        notes.push(
          result.counts
            ? tr.t('summary.activationSent', { id: result.id, count: result.counts.userResendInviteSent })
            : tr.t('summary.activation', { id: result.id }),
        );
      } catch (error) {
        notes.push(tr.t('summary.activationFailed', { error: explainError(error) }));
      }
    }
    return notes;
  }

  /** Messages of one job go out in order. */
  private serially(jobId: string, task: () => Promise<void>): Promise<void> {
    const previous = this.chains.get(jobId) ?? Promise.resolve();
    const next = previous
      .then(task)
      .catch((error: unknown) => this.options.logger.warn({ err: error, jobId }, 'reporting on the job failed'));
    this.chains.set(jobId, next);
    return next;
  }
}

type SummaryOutcome = 'failed' | 'created' | 'updated' | 'unchanged';

/** The first records of each outcome, as many as the summary shows. */
async function summaryRecords(store: JobStore, jobId: string): Promise<Record<SummaryOutcome, RecordRow[]>> {
  const [failed, created, updated, unchanged] = await Promise.all(
    (['failed', 'created', 'updated', 'unchanged'] as const).map((o) =>
      store.recordsWithOutcome(jobId, o, SUMMARY_LINES),
    ),
  );
  return { failed: failed!, created: created!, updated: updated!, unchanged: unchanged! };
}

export function summaryCard(
  tr: Translator,
  job: JobRow,
  counts: JobCounts,
  notes: string[],
  cancelled: boolean,
  listed: Record<SummaryOutcome, RecordRow[]>,
  sync: string | undefined,
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
  const lines = (outcome: 'created' | 'updated' | 'unchanged') =>
    capped(
      listed[outcome].map(
        (r) =>
          `${escapeMarkdown(r.email)}: ${tr.m(outcome === 'unchanged' ? describeChange({ after: r.after }) : describeChange(r))}`,
      ),
      counts[outcome],
      (n) => tr.t('summary.moreLines', { count: n, where }),
    );
  const sections = [
    { title: tr.t('card.summary.created'), lines: lines('created') },
    { title: tr.t('card.summary.updated'), lines: lines('updated') },
    { title: tr.t('card.summary.unchanged'), lines: lines('unchanged') },
  ].filter((s) => s.lines.length > 0);
  const headline = cancelled
    ? tr.t('summary.cancelledHeadline', { job: job.id, done: counts.done, total: counts.total })
    : counts.failed === 0
      ? tr.t('summary.doneHeadline', { job: job.id })
      : tr.t('summary.failedHeadline', { job: job.id, count: counts.failed });
  const card = renderCard('summary', tr, {
    headline,
    byline: tr.t('summary.byline', { job: job.id, requestedBy: job.requestedBy, confirmedBy: job.confirmedBy ?? '' }),
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
      tr.t('summary.fallback', {
        headline,
        created: counts.created,
        updated: counts.updated,
        unchanged: counts.unchanged,
        failed: counts.failed,
      }),
      ...(sync ? [sync] : []),
      ...notes,
      ...failed.map((f) => (f.trackingId ? tr.t('summary.failedLineTracking', f) : tr.t('summary.failedLine', f))),
    ],
    (n) => tr.t('summary.moreFallback', { count: n, where }),
  );
  return { card, fallback };
}

/** The summary's Contact Center line: synced, pending, invalid, and what happens next. */
function syncLine(tr: Translator, check: JobCheck, mode: 'endpoint' | 'manual'): string {
  const tally = syncTally(tr, check.counts);
  if (!check.final) return tr.t(mode === 'manual' ? 'sync.line.goingManual' : 'sync.line.going', { tally });
  if (check.counts.invalid > 0) return tr.t('sync.line.invalid', { tally });
  if (check.counts.pending > 0) return tr.t('sync.line.unchecked', { tally });
  return tr.t('sync.line.final', { tally });
}
