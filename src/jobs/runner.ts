import type { Logger } from 'pino';
import { hasAgentSettings } from '../contact-center/agent-settings.js';
import { msg } from '../i18n/msg.js';
import { type PeopleApi, provisionUser, type UserResult } from '../provisioning/execute-user.js';
import { ConfirmerRight } from '../provisioning/full-admin-right.js';
import { OutageWait } from './outage-wait.js';
import type { JobCounts, JobRow, JobStore, RecordRow } from './ports.js';
import { applyRolesInBulk } from './role-bulk.js';

/** Waits before a job that stopped with an error is tried again: from 5 s, doubling to 5 minutes. */
const RETRY_FIRST_MS = 5_000;
const RETRY_MAX_MS = 300_000;

export type { JobCounts };

/** What the conversation does with a job's life: progress in the thread, the summary at the end. */
export interface JobListener {
  /**
   * The answer to the Confirm that started (`running`) or queued the job. The job does not wait for
   * it: it starts from the store, and the answer is owed to the thread until Webex takes it.
   */
  acknowledge?(job: JobRow, reply: string, state: 'running' | 'queued'): Promise<void>;
  progress(job: JobRow, counts: JobCounts): Promise<void>;
  /** `cancelled`: the job stopped on request; records not reached are still pending. */
  finished(job: JobRow, counts: JobCounts, cancelled: boolean): Promise<void>;
  /** A queued import starts because the one before it finished. */
  dequeued?(job: JobRow): Promise<void>;
}

/** Times a user may meet Webex failing for it alone (while others go through) before it counts as failed. */
const STRIKES_FOR_ONE_USER = 4;

/**
 * Runs confirmed jobs: every user through `provisionUser`, a few at a time (the shared rate limiter
 * paces the calls), each outcome stored before the next step. After a restart, `resume` picks up the
 * jobs that were running; a user whose write may have reached Webex is read back before anything else.
 * While Webex does not answer, the job waits (users are failed only for reasons about them), and a
 * user another job changed since the preview is read before anything is sent.
 */
export class JobRunner {
  private readonly active = new Map<string, Promise<void>>();
  private stopping = false;

  constructor(
    private readonly options: {
      store: JobStore;
      api: PeopleApi;
      listener: JobListener;
      logger: Logger;
      concurrency?: number;
      /**
       * The admin credential, when it can be renewed: a user whose calls Webex refused for the
       * credential waits (not failed) until it works again, and so does the rest of the job.
       */
      credential?: { whenUsable(): Promise<void>; readonly problem: unknown };
      /** How long a job waits for Webex to answer again: the first wait, doubled up to the longest. */
      outageWait?: { firstMs: number; maxMs: number };
    },
  ) {}
  private wakeOnStop: (() => void) | undefined;
  private readonly stopped = new Promise<void>((resolve) => (this.wakeOnStop = resolve));

  /** Takes up the jobs that were running when the bot stopped, then the queue. */
  async resume(): Promise<void> {
    for (const job of await this.options.store.jobsInState('running')) {
      this.options.logger.info({ jobId: job.id }, 'resuming a job that was running when the bot stopped');
      void this.run(job.id);
    }
    await this.startQueued();
  }

  /** Starts the next queued import if none is running. */
  private async startQueued(): Promise<void> {
    if (this.stopping) return;
    const { store, listener, logger } = this.options;
    const next = await store.startNextQueued();
    if (!next) return;
    const job = (await store.job(next))!;
    void (listener.dequeued?.(job) ?? Promise.resolve())
      .catch((error: unknown) => logger.warn({ err: error, jobId: next }, 'could not announce the queued job'))
      .then(() => this.run(next));
  }

  /** Waits before a job that stopped with an error is taken up again, by job. */
  private readonly retries = new Map<string, { wait: number; timer?: NodeJS.Timeout }>();

  /**
   * A job that stopped with an error (the store refusing writes, most often) is not left for the next
   * start: it is taken up again after a growing wait, and picks up where it stopped (users in flight
   * are read back first). A store that recovers sooner resumes it at once (`resume`).
   */
  private tryAgainLater(jobId: string, error: unknown): void {
    const retry = this.retries.get(jobId) ?? { wait: RETRY_FIRST_MS };
    this.options.logger.error({ err: error, jobId, retryInMs: retry.wait }, 'job stopped with an error; trying again');
    if (this.stopping) return;
    retry.timer = setTimeout(() => void this.run(jobId), retry.wait);
    retry.timer.unref();
    retry.wait = Math.min(retry.wait * 2, RETRY_MAX_MS);
    this.retries.set(jobId, retry);
  }

  /** Runs a job (once, however often it is asked) and resolves when it is finished. */
  run(jobId: string): Promise<void> {
    if (this.stopping) return Promise.resolve();
    let running = this.active.get(jobId);
    if (!running) {
      running = this.execute(jobId, undefined)
        .then(
          () => {
            this.retries.delete(jobId);
          },
          (error: unknown) => this.tryAgainLater(jobId, error),
        )
        .finally(() => {
          this.active.delete(jobId);
          this.startQueued().catch((error: unknown) =>
            this.options.logger.error(
              { err: error },
              'could not start the next queued job; it starts at the next start',
            ),
          );
        });
      this.active.set(jobId, running);
    }
    return running;
  }

  /**
   * Runs a job for a queue worker (src/jobs/pg-boss-dispatch.ts): the same path as `run` (users in flight
   * read back first, each outcome stored before the next user), but until `until` (epoch ms) at most, then
   * it stops between users and says `paused`; `stopped` when the runner stops first. It neither retries on
   * an error (it throws: the queue retries) nor starts the next queued import (the queue does).
   */
  async runSlice(jobId: string, until: number): Promise<'finished' | 'paused' | 'stopped'> {
    if (this.stopping) return 'stopped';
    // A job this runner still has in hand (a slice not yet ended) is not run beside itself.
    while (this.active.has(jobId)) await this.active.get(jobId);
    const running = this.execute(jobId, until);
    this.active.set(
      jobId,
      running.then(
        () => undefined,
        () => undefined,
      ),
    );
    try {
      const outcome = await running;
      return this.stopping && outcome === 'paused' ? 'stopped' : outcome;
    } finally {
      this.active.delete(jobId);
    }
  }

  /** Tells the conversation a queued import starts now (a queue worker started it from the store). */
  async announceDequeued(jobId: string): Promise<void> {
    const job = await this.options.store.job(jobId);
    if (job)
      await (this.options.listener.dequeued?.(job) ?? Promise.resolve()).catch((error: unknown) =>
        this.options.logger.warn({ err: error, jobId }, 'could not announce the queued job'),
      );
  }

  /** Passes the answer to a Confirm on to the conversation; the job runs whether or not it is posted. */
  async acknowledge(jobId: string, reply: string, state: 'running' | 'queued'): Promise<void> {
    const job = await this.options.store.job(jobId);
    if (job) await this.options.listener.acknowledge?.(job, reply, state);
  }

  /** No new job or user starts from now on; resolves when the users in hand are finished. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const retry of this.retries.values()) clearTimeout(retry.timer);
    this.wakeOnStop?.();
    await this.idle();
  }

  /** Resolves when every job started so far has finished. */
  async idle(): Promise<void> {
    while (this.active.size > 0) await Promise.allSettled([...this.active.values()]);
  }

  /** Waits `ms`, or less when the runner stops (or `ended` settles) meanwhile. */
  private pauseFor(ms: number, ended: Promise<void> = this.stopped): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      void ended.then(() => {
        clearTimeout(timer);
        resolve();
      });
    });
  }

  /**
   * Runs the job until it is done, or until `until` (epoch ms) or the runner stops: then it ends between
   * users (`paused`) and the job stays running, to be taken up where it stopped.
   */
  private async execute(jobId: string, until: number | undefined): Promise<'finished' | 'paused'> {
    const { store, logger } = this.options;
    const job = await store.job(jobId);
    if (job?.state !== 'running') return 'finished';
    const log = logger.child({ jobId });
    // The end of a slice counts as a stop for this job: waits end, no new user starts.
    let deadline: NodeJS.Timeout | undefined;
    const ended =
      until === undefined
        ? this.stopped
        : Promise.race([
            this.stopped,
            new Promise<void>((resolve) => {
              deadline = setTimeout(resolve, Math.max(0, until - Date.now()));
              deadline.unref();
            }),
          ]);
    const ending = () => this.stopping || (until !== undefined && Date.now() >= until);
    try {
      return await this.executeUntil(job, ended, ending, log);
    } finally {
      clearTimeout(deadline);
    }
  }

  private async executeUntil(
    job: JobRow,
    ended: Promise<void>,
    ending: () => boolean,
    log: Logger,
  ): Promise<'finished' | 'paused'> {
    const { store, api, listener } = this.options;
    const jobId = job.id;
    // Records are read a page at a time, so a 20,000-user job does not sit in memory.
    const page: RecordRow[] = [];
    let lastSeq = 0;
    let exhausted = false;
    // One read of the next page at a time: workers that find the page empty wait for the same read,
    // so no record is handed out twice.
    let fetching: Promise<void> | undefined;
    const take = async (): Promise<RecordRow | undefined> => {
      while (page.length === 0 && !exhausted) {
        fetching ??= store
          .pendingRecords(jobId, lastSeq, 200)
          .then((rows) => {
            if (rows.length === 0) exhausted = true;
            else lastSeq = rows[rows.length - 1]!.seq;
            page.push(...rows);
          })
          .finally(() => {
            fetching = undefined;
          });
        await fetching;
      }
      return page.shift();
    };
    const pickLicense = (tier: 'standard' | 'premium') => job.catalogue.licenseIds[tier][0];
    // Read at each start and resume: a confirmer who lost the Full Administrator role since Confirm
    // no longer grants or removes it.
    const confirmerRight = new ConfirmerRight(api, job.confirmedBy, job.catalogue);
    const report = () =>
      store
        .counts(jobId)
        .then((counts) => listener.progress(job, counts))
        .catch((e: unknown) => log.warn({ err: e }, 'progress report failed'));
    const outage = new OutageWait({
      firstMs: this.options.outageWait?.firstMs ?? 2_000,
      maxMs: this.options.outageWait?.maxMs ?? 60_000,
      // A read any working Webex answers, about nobody the job changes (a user Webex keeps failing
      // for must not hold the whole job).
      probe: () => api.findPersonByEmail(job.confirmedBy ?? job.requestedBy),
      shouldEnd: async () => ending() || (await store.job(jobId))!.cancelRequested,
      sleep: (ms) => this.pauseFor(ms, ended),
      log,
    });
    // Users Webex answered for in this run, and per user the failures it met while others went through.
    let answered = 0;
    let refusedWait = 1_000;
    const strikes = new Map<number, { count: number; answered: number }>();
    const failingForItAlone = (record: RecordRow): boolean => {
      const last = strikes.get(record.seq);
      const count = (last?.count ?? 0) + (last === undefined || answered > last.answered ? 1 : 0);
      strikes.set(record.seq, { count, answered });
      return count >= STRIKES_FOR_ONE_USER;
    };

    // Role changes of many users go first, in SCIM Bulk requests (see applyRolesInBulk for why a crash
    // neither loses nor repeats them); the users whose role went through come back here by seq.
    const rolesApplied = await applyRolesInBulk({
      api,
      store,
      job,
      refusal: (record) => confirmerRight.refusal(record),
      shouldStop: async () => ending() || (await store.job(jobId))!.cancelRequested,
      log,
    });

    const work = async (record: RecordRow): Promise<void> => {
      const refusal = await confirmerRight.refusal(record);
      let result: UserResult;
      // What the preview planned may be out of date when another job changed the user since.
      const changedElsewhere =
        !refusal &&
        record.action !== 'blocked' &&
        record.state === 'pending' &&
        (await store.changedElsewhere(job, record.email));
      if (refusal) result = refusal;
      else if (record.action === 'blocked') {
        result = {
          outcome: 'failed',
          reason: record.reason ?? msg('exec.unknown'),
          advice: record.advice ?? msg('advice.blocked'),
        };
      } else if (record.action === 'unchanged' && record.state === 'pending' && !changedElsewhere) {
        result = {
          outcome: 'unchanged',
          ...(record.personId ? { personId: record.personId } : {}),
          ...(record.held ? { before: record.held, after: record.held } : {}),
        };
      } else {
        const bulk = rolesApplied.get(record.seq);
        rolesApplied.delete(record.seq);
        result = await provisionUser(
          api,
          job.catalogue,
          {
            email: record.email,
            ...(record.firstName ? { firstName: record.firstName } : {}),
            ...(record.lastName ? { lastName: record.lastName } : {}),
            ...(record.displayName ? { displayName: record.displayName } : {}),
            ...(record.personId ? { personId: record.personId } : {}),
            ...(bulk ? { held: bulk.held } : record.held ? { held: record.held } : {}),
            ...(record.phone ? { phone: record.phone } : {}),
            action: record.action === 'unchanged' ? 'update' : record.action,
            after: record.after,
            // In flight because of the Bulk phase, whose answer is known: no need to read back.
            uncertain: record.state === 'in_flight' && !bulk,
            ...(bulk
              ? { rolesApplied: { before: bulk.before, ...(bulk.trackingId ? { trackingId: bulk.trackingId } : {}) } }
              : {}),
            changedElsewhere,
          },
          () => store.markInFlight(jobId, record.seq),
          pickLicense,
        );
      }
      // Contact Center settings to apply make an existing user updated even when Control Hub had nothing
      // to change: the preview counted the user "to change" and the bot sets them. A user planned as new
      // and found already there (the same file confirmed twice) stays unchanged: the earlier job did it.
      if (result.outcome === 'unchanged' && record.action === 'update' && hasAgentSettings(record.agent))
        result = { ...result, outcome: 'updated' };
      if (result.createAnswered)
        log.warn(
          { email: record.email, answered: result.createAnswered },
          'Webex answered the create with an error, yet the user exists: carried on with it',
        );
      const credential = this.options.credential;
      if (result.credentialRejected && credential?.problem) {
        // Not the user's fault: the user goes back in line and is read back first (a write may have
        // gone through before the refusal); the job waits until the credential is renewed.
        log.warn({ email: record.email }, 'the admin credential was refused; the job waits until it is renewed');
        page.unshift({ ...record, state: 'in_flight' });
        await Promise.race([credential.whenUsable(), ended]);
        // A token that looks usable again but is refused once more must not make a loop of refused
        // calls: each refusal in a row waits longer (from 1 s, doubling to 30 s).
        await this.pauseFor(refusedWait, ended);
        refusedWait = Math.min(refusedWait * 2, 30_000);
        return;
      }
      if (result.unavailable && !failingForItAlone(record)) {
        // Not the user's fault either: back in line, read back first (a write may have been applied),
        // and the whole job waits until Webex answers again.
        log.warn({ email: record.email, reason: result.reason }, 'Webex did not answer; the user waits in line');
        page.unshift({ ...record, state: 'in_flight' });
        await outage.begin();
        return;
      }
      answered += 1;
      refusedWait = 1_000;
      outage.answered();
      await store.completeRecord(job, record, result);
      log.info({ email: record.email, outcome: result.outcome, trackingId: result.trackingId }, 'user done');
      await report();
    };

    const concurrency = Math.max(1, this.options.concurrency ?? 4);
    // One worker failing (the store refusing a write) stops the others taking more users, and the job
    // ends only once every worker has: a resume never runs beside workers still busy with this job.
    let broken = false;
    const workers = await Promise.allSettled(
      Array.from({ length: concurrency }, async () => {
        // A cancel request is honoured between users: the user in hand is always finished.
        for (;;) {
          await outage.current;
          if (broken) return;
          const { cancelRequested } = (await store.job(jobId))!;
          if (ending() || cancelRequested) return;
          const record = await take();
          // Stopping meanwhile: the record stays as stored and is taken up at the next start.
          if (!record || ending()) return;
          await work(record).catch((error: unknown) => {
            broken = true;
            throw error;
          });
        }
      }),
    );
    const failure = workers.find((w): w is PromiseRejectedResult => w.status === 'rejected');
    if (failure) throw failure.reason;
    // Shutting down: the users in hand are finished, the job stays running and resumes at the next start.
    const progress = await store.counts(jobId);
    if (ending() && progress.done < progress.total) {
      if (this.stopping) log.info('stopped between users for shutdown; the job resumes at the next start');
      else log.info('stopped between users at the end of its slice; the job queue hands it on');
      return 'paused';
    }
    // The summary first: a crash in between repeats the summary rather than losing it.
    const latest = (await store.job(jobId))!;
    const cancelled = latest.cancelRequested && progress.done < progress.total;
    await listener.finished(latest, progress, cancelled);
    if (cancelled) await store.markCancelled(jobId);
    else await store.finish(jobId);
    return 'finished';
  }
}
