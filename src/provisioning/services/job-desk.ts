import type { JobDispatch } from '../../jobs/dispatch.js';
import type { AuditRow, JobRow, JobStore, RecordRow } from '../../jobs/ports.js';
import type { JobRunner } from '../../jobs/runner.js';
import { type AdminRights, writesFullAdmin } from '../full-admin-right.js';

/** How long a preview may wait for its Confirm button before it expires. */
export const PREVIEW_TTL_MS = 30 * 60 * 1000;

export type DeskStore = Pick<
  JobStore,
  | 'job'
  | 'recentJobs'
  | 'counts'
  | 'queuePosition'
  | 'recordsWithOutcome'
  | 'iterateRecords'
  | 'history'
  | 'setPreviewMessage'
  | 'confirm'
  | 'cancel'
  | 'expire'
  | 'requestCancel'
>;

export type JobCounts = Awaited<ReturnType<JobStore['counts']>>;

/** A job with what its one-line summary shows. */
export interface JobOverview {
  job: JobRow;
  counts: JobCounts;
  /** Its place in the queue, while queued. */
  position?: number;
}

export type ConfirmAnswer =
  | { kind: 'unknown' }
  | { kind: 'expired'; job: JobRow; minutes: number }
  | { kind: 'handled'; job: JobRow }
  /** The job grants or removes the Full Administrator role and the confirmer is not one: nothing ran. */
  | { kind: 'fullAdminOnly'; job: JobRow }
  /**
   * The job is recorded as queued or running (and running already): `acknowledge` hands over the
   * answer to the Confirm, which the thread is owed; the job does not wait for it to be posted.
   */
  | { kind: 'queued'; job: JobRow; position: number; acknowledge: (reply: string) => Promise<void> }
  | { kind: 'started'; job: JobRow; total: number; acknowledge: (reply: string) => Promise<void> };

export type CancelPreviewAnswer = { kind: 'unknown' } | { kind: 'handled'; job: JobRow } | { kind: 'cancelled' };

export type CancelAnswer = { kind: 'cancelled' | 'stopping' } | { kind: 'nothing'; job: JobRow } | { kind: 'unknown' };

/**
 * Jobs as administrators see and decide them: lists, details, a preview's Confirm and Cancel buttons,
 * and stopping a job. A button only acts on the job whose preview card carried it.
 */
export class JobDesk {
  private readonly now: () => Date;
  private readonly ttlMs: number;

  constructor(
    private readonly deps: {
      store: DeskStore;
      runner: Pick<JobRunner, 'run' | 'acknowledge'>;
      /** How a confirmed job reaches a runner (several replicas: a PostgreSQL queue); default: `runner`. */
      dispatch?: Pick<JobDispatch, 'confirmed'>;
      previewTtlMs?: number;
      now?: () => Date;
    },
  ) {
    this.now = deps.now ?? (() => new Date());
    this.ttlMs = deps.previewTtlMs ?? PREVIEW_TTL_MS;
  }

  async overview(job: JobRow): Promise<JobOverview> {
    const { store } = this.deps;
    const counts = await store.counts(job.id);
    return job.state === 'queued' ? { job, counts, position: await store.queuePosition(job.id) } : { job, counts };
  }

  async recent(limit: number): Promise<JobOverview[]> {
    const jobs = await this.deps.store.recentJobs(limit);
    return Promise.all(jobs.map((job) => this.overview(job)));
  }

  /** A job with its first failures (up to `failures`, plus one to tell whether there are more). */
  async detail(id: string, failures: number): Promise<(JobOverview & { failed: RecordRow[] }) | undefined> {
    const job = await this.deps.store.job(id);
    if (!job) return undefined;
    const failed = await this.deps.store.recordsWithOutcome(job.id, 'failed', failures + 1);
    return { ...(await this.overview(job)), failed };
  }

  async history(email: string): Promise<AuditRow[]> {
    return this.deps.store.history(email);
  }

  /** The preview card's message: only buttons on that card act on the job. */
  async notePreviewMessage(jobId: string, messageId: string): Promise<void> {
    await this.deps.store.setPreviewMessage(jobId, messageId);
  }

  /**
   * The preview's Confirm, pressed by `confirmedBy` with their `rights`. Whoever confirms need not be
   * who previewed: a job that would grant or remove the Full Administrator role waits for a Full
   * Administrator's Confirm, and a Full Administrator's Confirm runs only what the preview planned.
   */
  async confirm(
    jobId: string,
    cardMessageId: string | undefined,
    confirmedBy: string,
    rights: AdminRights,
  ): Promise<ConfirmAnswer> {
    const { store, runner } = this.deps;
    const job = await this.previewed(jobId, cardMessageId);
    if (!job) return { kind: 'unknown' };
    if (job.state === 'previewed' && this.now().getTime() - Date.parse(job.createdAt) > this.ttlMs) {
      await store.expire(job.id);
      return { kind: 'expired', job, minutes: Math.round(this.ttlMs / 60000) };
    }
    if (job.state === 'previewed' && !rights.fullAdmin && (await this.writesFullAdmin(job.id))) {
      return { kind: 'fullAdminOnly', job };
    }
    const started = await store.confirm(job.id, confirmedBy);
    if (!started) return { kind: 'handled', job: (await store.job(job.id))! };
    const acknowledge = (reply: string) => runner.acknowledge(job.id, reply, started);
    const { dispatch } = this.deps;
    // The job starts from the store: nothing said in the thread (or not) holds it back.
    if (dispatch) void dispatch.confirmed(job.id, started);
    if (started === 'queued') return { kind: 'queued', job, position: await store.queuePosition(job.id), acknowledge };
    if (!dispatch) void runner.run(job.id);
    return { kind: 'started', job, total: (await store.counts(job.id)).total, acknowledge };
  }

  async cancelPreview(jobId: string, cardMessageId: string | undefined): Promise<CancelPreviewAnswer> {
    const { store } = this.deps;
    const job = await this.previewed(jobId, cardMessageId);
    if (!job) return { kind: 'unknown' };
    if (!(await store.cancel(job.id))) return { kind: 'handled', job: (await store.job(job.id))! };
    return { kind: 'cancelled' };
  }

  /** `cancel <job>`: a queued job is cancelled at once; a running one stops after the users in hand. */
  async requestCancel(jobId: string): Promise<CancelAnswer> {
    const { store } = this.deps;
    const result = await store.requestCancel(jobId);
    if (result) return { kind: result };
    const job = await store.job(jobId);
    return job ? { kind: 'nothing', job } : { kind: 'unknown' };
  }

  private async writesFullAdmin(jobId: string): Promise<boolean> {
    for await (const record of this.deps.store.iterateRecords(jobId)) if (writesFullAdmin(record)) return true;
    return false;
  }

  private async previewed(jobId: string, cardMessageId: string | undefined): Promise<JobRow | undefined> {
    const job = await this.deps.store.job(jobId);
    return job && cardMessageId !== undefined && job.previewMessageId === cardMessageId ? job : undefined;
  }
}
