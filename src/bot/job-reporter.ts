import { closeSync, mkdirSync, openAsBlob, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import type { Logger } from 'pino';
import type { JobCounts, JobListener } from '../jobs/runner.js';
import type { JobRow, JobStore, RecordRow } from '../jobs/store.js';
import { describeChange } from '../provisioning/plan.js';
import type { WebexClient } from '../webex/webex-client.js';
import { csvLine, UTF8_BOM } from '../csv/write-csv.js';
import { cardAttachment, renderCard } from './cards.js';
import { explainError } from './explain-error.js';
import { fitMessage } from './fit-message.js';
import type { JobCheck, SyncEngine } from '../contact-center/sync-engine.js';
import { supervisorNotes, syncTally } from './sync-messages.js';

/** Lines a summary section shows; the results file has every user. */
const SUMMARY_LINES = 30;

/** The first lines of a section, and a last line that counts the others. */
function capped<T>(items: T[], total: number, more: (n: number) => T): T[] {
  return total <= items.length ? items : [...items, more(total - items.length)];
}

/** Webex allows 10 edits of a message; the last one is kept for "finished". */
const PROGRESS_EDITS = 9;

function progressText(job: JobRow, c: JobCounts, end?: 'finished' | 'cancelled'): string {
  const tally = `${c.created} created, ${c.updated} updated, ${c.unchanged} unchanged, ${c.failed} failed`;
  if (end === 'finished') return `Finished job \`${job.id}\`: ${c.done} of ${c.total} users done (${tally}). The summary follows.`;
  if (end === 'cancelled') return `Cancelled job \`${job.id}\` after ${c.done} of ${c.total} users (${tally}). The summary follows.`;
  return `Working on job \`${job.id}\`: ${c.done} of ${c.total} users done (${tally}).`;
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
    },
  ) {}

  progress(job: JobRow, counts: JobCounts): Promise<void> {
    const step = Math.max(1, Math.ceil(counts.total / PROGRESS_EDITS));
    if (counts.done === counts.total || counts.done % step !== 0) return Promise.resolve();
    return this.serially(job.id, async () => {
      const fresh = this.options.store.job(job.id);
      if (!fresh?.progressMessageId || fresh.progressEdits >= PROGRESS_EDITS) return;
      this.options.store.countProgressEdit(job.id);
      await this.options.botClient.updateMessage(fresh.progressMessageId, fresh.roomId, { markdown: progressText(fresh, counts) });
    });
  }

  finished(job: JobRow, counts: JobCounts, cancelled: boolean): Promise<void> {
    return this.serially(job.id, async () => {
      const fresh = this.options.store.job(job.id) ?? job;
      if (fresh.progressMessageId && fresh.progressEdits < PROGRESS_EDITS + 1) {
        this.options.store.countProgressEdit(job.id);
        await this.options.botClient
          .updateMessage(fresh.progressMessageId, fresh.roomId, { markdown: progressText(fresh, counts, cancelled ? 'cancelled' : 'finished') })
          .catch((error: unknown) => this.options.logger.warn({ err: error, jobId: job.id }, 'could not edit the progress message'));
      }
      const check = await this.checkContactCenter(fresh);
      const notes = await this.afterJobNotes(fresh, counts, check);
      if (cancelled) notes.unshift(`Cancelled on request: ${counts.total - counts.done} user(s) were not reached and are unchanged.`);
      const { store } = this.options;
      const { card, fallback } = summaryCard(fresh, counts, notes, cancelled, (outcome, limit) => store.recordsWithOutcome(fresh.id, outcome, limit), check && syncLine(check, this.options.sync!.mode));
      await this.options.botClient.createMessage({ roomId: fresh.roomId, parentId: fresh.threadId, markdown: fallback, attachments: [cardAttachment(card)] });
      if (fresh.kind === 'import') await this.postResultFiles(fresh, counts);
    });
  }

  async dequeued(job: JobRow): Promise<void> {
    const total = this.options.store.counts(job.id).total;
    const message = await this.options.botClient.createMessage({
      roomId: job.roomId,
      parentId: job.threadId,
      markdown: `Starting queued job \`${job.id}\` now: 0 of ${total} users done.`,
    });
    this.options.store.setProgressMessage(job.id, message.id);
  }

  /** The results file (every row) and, when some failed or were not reached, the rows to upload again. */
  private async postResultFiles(job: JobRow, counts: JobCounts): Promise<void> {
    const { store, botClient, dataDir } = this.options;
    const dir = join(dataDir, 'results');
    mkdirSync(dir, { recursive: true });
    // Written row by row from the store and posted from disk: memory stays flat for 20,000 rows.
    const write = (name: string, header: string[], rows: Iterable<string[]>): string => {
      const path = join(dir, `${job.id}-${name}`);
      const fd = openSync(path, 'w');
      try {
        writeSync(fd, UTF8_BOM + csvLine(header));
        for (const row of rows) writeSync(fd, csvLine(row));
      } finally {
        closeSync(fd);
      }
      return path;
    };
    const post = async (markdown: string, filename: string, path: string) =>
      botClient.createMessageWithFile({ roomId: job.roomId, parentId: job.threadId, markdown }, { filename, contentType: 'text/csv', data: await openAsBlob(path, { type: 'text/csv' }) });
    const resultRows = function* (): Generator<string[]> {
      for (const r of store.iterateRecords(job.id)) {
        yield [String(r.source?.row ?? ''), r.email, r.action, r.outcome ?? 'not reached', r.result?.reason ?? (r.outcome ? '' : 'The job was cancelled before this user.'), r.result?.trackingId ?? ''];
      }
    };
    const results = write('results.csv', ['Row', 'Email', 'Action', 'Outcome', 'Reason', 'TrackingId'], resultRows());
    await post(`Results of job \`${job.id}\`, one row per user of the file.`, `results-${job.id}.csv`, results);
    const redo = counts.failed + (counts.total - counts.done);
    if (redo > 0 && job.headers) {
      const headers = job.headers;
      const errorRows = function* (): Generator<string[]> {
        for (const r of store.iterateRecords(job.id, true)) yield r.source?.cells.slice(0, headers.length) ?? [r.email];
      };
      const errors = write('errors.csv', headers, errorRows());
      await post(
        `The ${redo} row${redo === 1 ? '' : 's'} that did not go through, in the import layout: fix ${redo === 1 ? 'it' : 'them'} (see the reasons above) and upload this file again.`,
        `errors-${job.id}.csv`,
        errors,
      );
    }
  }

  /** The Contact Center check of the users the job changed (none when it changed nobody). */
  private async checkContactCenter(job: JobRow): Promise<JobCheck | undefined> {
    const { sync, store, logger } = this.options;
    if (!sync) return undefined;
    const targets = store.syncTargets(job.id);
    if (targets.length === 0) return undefined;
    try {
      return await sync.checkJob(job, targets);
    } catch (error) {
      logger.warn({ err: error, jobId: job.id }, 'the Contact Center check could not start');
      return undefined;
    }
  }

  private async afterJobNotes(job: JobRow, counts: JobCounts, check: JobCheck | undefined): Promise<string[]> {
    const notes: string[] = check ? supervisorNotes(check.users) : [];
    if (job.welcomeEmail && counts.created > 0) {
      try {
        const me = await this.options.adminClient.me();
        const result = await this.options.adminClient.sendActivationEmails(me.orgId);
        notes.push(`Activation emails: Webex's activation-email job ${result.id} was started${result.counts ? ` and sent ${result.counts.userResendInviteSent} email(s) to users whose activation is pending` : ''}.`);
      } catch (error) {
        notes.push(`Activation emails could not be requested: ${explainError(error)}`);
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

export function summaryCard(
  job: JobRow,
  counts: JobCounts,
  notes: string[],
  cancelled: boolean,
  recordsWith: (outcome: string, limit: number) => RecordRow[],
  sync: string | undefined,
): { card: Record<string, unknown>; fallback: string } {
  const elsewhere = job.kind === 'import' ? 'the results file' : 'the `history` of each user';
  const failed = recordsWith('failed', SUMMARY_LINES).map((r) => ({
    email: r.email,
    reason: r.result?.reason ?? 'Unknown',
    advice: r.result?.advice ?? 'Try again.',
    trackingId: r.result?.trackingId ?? '',
  }));
  const failures = capped(failed, counts.failed, (n) => ({ email: `…and ${n} more`, reason: `listed in ${elsewhere}.`, advice: 'See there.', trackingId: '' }));
  const lines = (outcome: 'created' | 'updated' | 'unchanged') =>
    capped(
      recordsWith(outcome, SUMMARY_LINES).map((r) => (outcome === 'unchanged' ? `${r.email}: ${describeChange({ after: r.after })}` : `${r.email}: ${describeChange(r)}`)),
      counts[outcome],
      (n) => `…and ${n} more (see ${elsewhere}).`,
    );
  const sections = [
    { title: 'Created', lines: lines('created') },
    { title: 'Updated', lines: lines('updated') },
    { title: 'Unchanged', lines: lines('unchanged') },
  ].filter((s) => s.lines.length > 0);
  const headline = cancelled
    ? `Job ${job.id} finished early: cancelled after ${counts.done} of ${counts.total} users`
    : counts.failed === 0
      ? `Job ${job.id} finished: every user is done`
      : `Job ${job.id} finished with ${counts.failed} failure${counts.failed === 1 ? '' : 's'}`;
  const card = renderCard('summary', {
    headline,
    jobId: job.id,
    requestedBy: job.requestedBy,
    confirmedBy: job.confirmedBy ?? '',
    created: String(counts.created),
    updated: String(counts.updated),
    unchanged: String(counts.unchanged),
    failed: String(counts.failed),
    failures,
    sections,
    notes,
    sync: sync ?? '',
  });
  const fallback = fitMessage(
    [
      `**${headline}**: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed.`,
      ...(sync ? [sync] : []),
      ...notes,
      ...failed.map((f) => `- ${f.email}: ${f.reason} What to do: ${f.advice}${f.trackingId ? ` (trackingId ${f.trackingId})` : ''}`),
    ],
    (n) => `…and ${n} more lines (see ${elsewhere}).`,
  );
  return { card, fallback };
}

/** The summary's Contact Center line: synced, pending, invalid, and what happens next. */
function syncLine(check: JobCheck, mode: 'endpoint' | 'manual'): string {
  const { counts } = check;
  const line = `Contact Center: ${syncTally(counts)}`;
  if (!check.final) {
    const waiting = mode === 'manual' ? ' Waiting for "Synchronize Users" in Control Hub (see above);' : '';
    return `${line} so far.${waiting} I keep checking and post the result in this thread.`;
  }
  if (counts.invalid > 0) return `${line}. The alert posted in this space says what to do.`;
  if (counts.pending > 0) return `${line}. Pending users could not be checked; \`sync\` checks them again.`;
  return `${line}: every changed user is in the Contact Center as Control Hub says.`;
}
