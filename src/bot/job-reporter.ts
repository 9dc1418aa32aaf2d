import type { Logger } from 'pino';
import type { JobCounts, JobListener } from '../jobs/runner.js';
import type { JobRow, JobStore, RecordRow } from '../jobs/store.js';
import { describeChange } from '../provisioning/plan.js';
import type { WebexClient } from '../webex/webex-client.js';
import { csvLine, UTF8_BOM } from '../csv/write-csv.js';
import { cardAttachment, renderCard } from './cards.js';
import { explainError } from './explain-error.js';
import { fitMessage } from './fit-message.js';

/** Lines a summary section shows; the results file has every user. */
const SUMMARY_LINES = 30;

function capped<T>(items: T[], more: (n: number) => T): T[] {
  return items.length <= SUMMARY_LINES ? items : [...items.slice(0, SUMMARY_LINES), more(items.length - SUMMARY_LINES)];
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

  finished(job: JobRow, records: RecordRow[], counts: JobCounts, cancelled: boolean): Promise<void> {
    return this.serially(job.id, async () => {
      const fresh = this.options.store.job(job.id) ?? job;
      if (fresh.progressMessageId && fresh.progressEdits < PROGRESS_EDITS + 1) {
        this.options.store.countProgressEdit(job.id);
        await this.options.botClient
          .updateMessage(fresh.progressMessageId, fresh.roomId, { markdown: progressText(fresh, counts, cancelled ? 'cancelled' : 'finished') })
          .catch((error: unknown) => this.options.logger.warn({ err: error, jobId: job.id }, 'could not edit the progress message'));
      }
      const notes = await this.afterJobNotes(fresh, records, counts);
      if (cancelled) notes.unshift(`Cancelled on request: ${counts.total - counts.done} user(s) were not reached and are unchanged.`);
      const { card, fallback } = summaryCard(fresh, records, counts, notes, cancelled);
      await this.options.botClient.createMessage({ roomId: fresh.roomId, parentId: fresh.threadId, markdown: fallback, attachments: [cardAttachment(card)] });
      if (fresh.kind === 'import') await this.postResultFiles(fresh, records);
    });
  }

  async dequeued(job: JobRow): Promise<void> {
    const total = this.options.store.records(job.id).length;
    const message = await this.options.botClient.createMessage({
      roomId: job.roomId,
      parentId: job.threadId,
      markdown: `Starting queued job \`${job.id}\` now: 0 of ${total} users done.`,
    });
    this.options.store.setProgressMessage(job.id, message.id);
  }

  /** The results file (every row) and, when some failed or were not reached, the rows to upload again. */
  private async postResultFiles(job: JobRow, records: RecordRow[]): Promise<void> {
    const post = (markdown: string, filename: string, text: string) =>
      this.options.botClient.createMessageWithFile({ roomId: job.roomId, parentId: job.threadId, markdown }, { filename, contentType: 'text/csv', data: Buffer.from(UTF8_BOM + text, 'utf8') });
    const results = [
      csvLine(['Row', 'Email', 'Action', 'Outcome', 'Reason', 'TrackingId']),
      ...records.map((r) =>
        csvLine([String(r.source?.row ?? ''), r.email, r.action, r.outcome ?? 'not reached', r.result?.reason ?? (r.outcome ? '' : 'The job was cancelled before this user.'), r.result?.trackingId ?? '']),
      ),
    ].join('');
    await post(`Results of job \`${job.id}\`, one row per user of the file.`, `results-${job.id}.csv`, results);
    const redo = records.filter((r) => r.outcome === 'failed' || r.state !== 'done');
    if (redo.length > 0 && job.headers) {
      const errors = [csvLine(job.headers), ...redo.map((r) => csvLine(r.source?.cells.slice(0, job.headers!.length) ?? [r.email]))].join('');
      await post(
        `The ${redo.length} row${redo.length === 1 ? '' : 's'} that did not go through, in the import layout: fix ${redo.length === 1 ? 'it' : 'them'} (see the reasons above) and upload this file again.`,
        `errors-${job.id}.csv`,
        errors,
      );
    }
  }

  private async afterJobNotes(job: JobRow, records: RecordRow[], counts: JobCounts): Promise<string[]> {
    const notes: string[] = [];
    const supervisors = records.filter((r) => r.supervisor && r.outcome !== 'failed').map((r) => r.email);
    if (supervisors.length > 0) {
      notes.push(`Supervisor profile requested for ${supervisors.join(', ')}: it is set in the Contact Center once these users are synchronised.`);
    }
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

export function summaryCard(job: JobRow, records: RecordRow[], counts: JobCounts, notes: string[], cancelled = false): { card: Record<string, unknown>; fallback: string } {
  const allFailures = records
    .filter((r) => r.outcome === 'failed')
    .map((r) => ({ email: r.email, reason: r.result?.reason ?? 'Unknown', advice: r.result?.advice ?? 'Try again.', trackingId: r.result?.trackingId ?? '' }));
  const elsewhere = job.kind === 'import' ? 'the results file' : 'the `history` of each user';
  const failures = capped(allFailures, (n) => ({ email: `…and ${n} more`, reason: `listed in ${elsewhere}.`, advice: 'See there.', trackingId: '' }));
  const lines = (outcome: string) =>
    capped(
      records.filter((r) => r.outcome === outcome).map((r) => (outcome === 'unchanged' ? `${r.email}: ${describeChange({ after: r.after })}` : `${r.email}: ${describeChange(r)}`)),
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
  });
  const fallback = fitMessage(
    [
      `**${headline}**: ${counts.created} created, ${counts.updated} updated, ${counts.unchanged} unchanged, ${counts.failed} failed.`,
      ...notes,
      ...allFailures.map((f) => `- ${f.email}: ${f.reason} What to do: ${f.advice}${f.trackingId ? ` (trackingId ${f.trackingId})` : ''}`),
    ],
    (n) => `…and ${n} more failures (see ${elsewhere}).`,
  );
  return { card, fallback };
}
