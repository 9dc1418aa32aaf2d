import PgBoss from 'pg-boss';
import type { Logger } from 'pino';
import type { JobDispatch } from './dispatch.js';
import type { JobStore } from './ports.js';
import type { JobRunner } from './runner.js';

/*
 * Why pg-boss rather than graphile-worker (both keep jobs in PostgreSQL):
 * - One import at a time per organization is a queue policy in pg-boss 10: a queue created with policy
 *   `singleton` "only allows 1 job to be active" (pg-boss docs, api/queues.md), enforced by a unique index on
 *   the active job, across every replica. graphile-worker's answer is a named queue whose jobs "run in
 *   series" (docs, library/add-job.md), but that guarantee is lost with its localQueue option
 *   (graphile/worker issue #621): a rule we rely on should not depend on a tuning switch.
 * - Takeover after a bounded time: a pg-boss job has `expireInSeconds`; the maintenance round fails an
 *   active job past it and retries it, on whichever replica fetches it. graphile-worker only gives a locked
 *   job back after a fixed 4 hours (release notes v0.14: "Jobs that were locked more than 4 hours will be
 *   reattempted"), far too long for an administrator waiting on an import.
 * pg-boss 10 has no way to extend a lease while a job runs (no heartbeat), so a long import runs in slices:
 * each pg-boss job works on it for SLICE_MS at most, stops between users, and hands on to a follow-up job.
 */

/**
 * How long one pg-boss job works on an import before it stops between users and hands on: short enough
 * that the lease below is never near its end, long enough that the hand-on costs nothing (one row).
 */
const SLICE_MS = 60_000;
/**
 * The lease: a replica that dies mid-job has its job retried by another after this much (plus the
 * maintenance interval). A slice ends between users at SLICE_MS; the users in hand then still finish, each
 * a few Webex calls bounded by the clients' timeouts and retries (about a minute at worst), so 5 minutes
 * leaves room without making a crashed replica's import wait long. It must stay well above SLICE_MS: a
 * lease that ends while a live replica still works would let two replicas work on one job.
 */
const EXPIRE_IN_SECONDS = 300;
/** How often some replica looks for leases that ended (pg-boss maintenance). */
const MAINTENANCE_INTERVAL_SECONDS = 30;
/** A job that failed (the store refusing writes) is tried again this often before pg-boss gives up. */
const RETRY_LIMIT = 20;
const RETRY_DELAY_SECONDS = 5;

export interface PgBossDispatchOptions {
  /** `DATABASE_URL`; or `db`, a connection of one's own (tests use it to simulate a replica dying). */
  databaseUrl?: string;
  db?: PgBoss.Db;
  /** The PostgreSQL schema of pg-boss's tables. */
  schema?: string;
  logger: Logger;
  sliceMs?: number;
  expireInSeconds?: number;
  maintenanceIntervalSeconds?: number;
  pollingIntervalSeconds?: number;
  retryDelaySeconds?: number;
}

interface Served {
  store: JobStore;
  runner: JobRunner;
}

interface Message {
  jobId: string;
}

/** Names of pg-boss queues allow letters, digits, `_` and `-`. */
function queueNames(org: string): { imports: string; users: string } {
  const key = org.replace(/[^\w-]/g, '_');
  return { imports: `imports-${key}`, users: `users-${key}` };
}

/**
 * Confirmed jobs through pg-boss, for several replicas on one PostgreSQL. Each organization has two queues:
 * its imports (policy `singleton`: one active at a time, whichever replica holds it) and its card jobs
 * (policy `singleton` keyed by job: a job never runs on two replicas at once, several jobs may). Every
 * replica works every organization's queues. A worker runs the job with JobRunner's own path (`runSlice`),
 * so a job taken over after a replica died is resumed as a restart resumes it: users in flight read back.
 */
export class PgBossDispatch {
  private readonly boss: PgBoss;
  private readonly served = new Map<string, Served>();
  private readonly sliceMs: number;
  private readonly expireInSeconds: number;
  private started: Promise<void> | undefined;

  constructor(private readonly options: PgBossDispatchOptions) {
    this.sliceMs = options.sliceMs ?? SLICE_MS;
    this.expireInSeconds = options.expireInSeconds ?? EXPIRE_IN_SECONDS;
    this.boss = new PgBoss({
      ...(options.db ? { db: options.db } : { connectionString: options.databaseUrl }),
      schema: options.schema ?? 'pgboss',
      // A shorter lease is looked at more often: a job is taken over within about 1.25 leases.
      maintenanceIntervalSeconds:
        options.maintenanceIntervalSeconds ??
        Math.max(1, Math.min(MAINTENANCE_INTERVAL_SECONDS, Math.floor(this.expireInSeconds / 4))),
    });
    this.boss.on('error', (error: unknown) => options.logger.error({ err: error }, 'the job queue met an error'));
  }

  /** Connects and creates pg-boss's tables when they are missing (once, whatever the number of replicas). */
  start(): Promise<void> {
    this.started ??= this.boss.start().then(() => undefined);
    return this.started;
  }

  /** Works the queues of one organization in this replica; returns how its confirmed jobs reach a runner. */
  async serve(org: string, served: Served): Promise<JobDispatch> {
    await this.start();
    this.served.set(org, served);
    const names = queueNames(org);
    const common = {
      policy: 'singleton' as const,
      expireInSeconds: this.expireInSeconds,
      retryLimit: RETRY_LIMIT,
      retryDelay: this.options.retryDelaySeconds ?? RETRY_DELAY_SECONDS,
    };
    await this.boss.createQueue(names.imports, { name: names.imports, ...common });
    await this.boss.createQueue(names.users, { name: names.users, ...common });
    let working = false;
    return {
      confirmed: (jobId, state) => this.confirmed(org, jobId, state),
      // Turns are taken from here on (once the bot is ready). Nothing else to take up: pg-boss keeps what
      // was left, and the job of a replica that stopped is retried once its lease ends.
      resume: async () => {
        if (working) return;
        working = true;
        const polling = { pollingIntervalSeconds: this.options.pollingIntervalSeconds ?? 2, batchSize: 1 };
        await this.boss.work<Message>(names.imports, polling, async ([message]) => {
          if (message) await this.driveImports(org, message.data.jobId);
        });
        await this.boss.work<Message>(names.users, polling, async ([message]) => {
          if (message) await this.driveJob(org, message.data.jobId);
        });
        // An import the store holds as running or queued with no turn in the queue (its hand-over failed)
        // is taken up by any turn: one more costs nothing when there is one already.
        const waiting = [...(await served.store.jobsInState('running')), ...(await served.store.jobsInState('queued'))];
        const pending = waiting.find((job) => job.kind === 'import');
        if (pending) await this.send(org, 'import', pending.id, false);
      },
    };
  }

  /**
   * Takes no more turns, stops the runners (a slice under way ends between users and hands its job on to
   * another replica), then waits for the turns under way and closes.
   */
  async stop(): Promise<void> {
    if (!this.started) return;
    for (const org of this.served.keys()) {
      const names = queueNames(org);
      await this.boss.offWork(names.imports);
      await this.boss.offWork(names.users);
    }
    for (const { runner } of this.served.values()) await runner.stop();
    await this.boss.stop({ graceful: true, wait: true, timeout: this.expireInSeconds * 1000 });
  }

  private async confirmed(org: string, jobId: string, _state: 'running' | 'queued'): Promise<void> {
    const { store } = this.served.get(org)!;
    try {
      const job = await store.job(jobId);
      // Queued imports are sent too: each one's pg-boss job is its turn in the organization's import queue.
      if (job) await this.send(org, job.kind, jobId, false);
    } catch (error) {
      // The job stays confirmed in the store: an import is taken up by the next turn of the queue.
      this.options.logger.error({ err: error, org, jobId }, 'could not hand the confirmed job to the job queue');
    }
  }

  /** A job's next turn; `again`: a job that goes on, taken before the turns of others that wait. */
  private async send(org: string, kind: 'users' | 'import', jobId: string, again: boolean): Promise<void> {
    const names = queueNames(org);
    const options: PgBoss.SendOptions = {
      ...(again ? { priority: 1 } : {}),
      // Card jobs: one active pg-boss job per job (the key), several jobs at once.
      ...(kind === 'users' ? { singletonKey: jobId } : {}),
    };
    await this.boss.send(kind === 'import' ? names.imports : names.users, { jobId }, options);
  }

  /**
   * A turn of the organization's import queue. While it holds the queue (policy `singleton`) no other
   * replica runs an import of this organization, so an import the store says is running is this turn's
   * to run: a slice that handed on, or one whose replica died (its own retry then finds it done). The
   * store still decides the order of queued imports, as in one process.
   */
  private async driveImports(org: string, jobId: string): Promise<void> {
    const { store, runner } = this.served.get(org)!;
    const until = Date.now() + this.sliceMs;
    let current = (await store.jobsInState('running')).find((job) => job.kind === 'import')?.id;
    if (!current) {
      current = await store.startNextQueued();
      if (current) await runner.announceDequeued(current);
    }
    if (current) {
      // Which replica works on which import, for whoever reads the logs of several.
      this.options.logger.info({ org, jobId: current }, 'working on an import');
      const outcome = await runner.runSlice(current, until);
      if (outcome !== 'finished') this.options.logger.info({ org, jobId: current, outcome }, 'import handed on');
    }
    // This turn's import is not finished (the slice ended, or another import went first): it takes a turn
    // again, ahead of the imports that wait.
    const mine = await store.job(jobId);
    if (mine && (mine.state === 'running' || mine.state === 'queued')) await this.send(org, 'import', jobId, true);
  }

  /** A turn of a card job: a slice of it, handed on when it is not finished. */
  private async driveJob(org: string, jobId: string): Promise<void> {
    const { runner } = this.served.get(org)!;
    const outcome = await runner.runSlice(jobId, Date.now() + this.sliceMs);
    if (outcome !== 'finished') await this.send(org, 'users', jobId, true);
  }
}
