import type BetterSqlite3 from 'better-sqlite3';
import type { SyncTarget } from '../../contact-center/sync-ports.js';
import type { AuditRow, JobCounts, JobRow, JobState, JobStore, NewJob, RecordRow } from '../../jobs/ports.js';
import type { UserResult } from '../../provisioning/execute-user.js';
import type { PlannedUser } from '../../provisioning/plan.js';
import { auditDetails, detailsOf, jobCounts, syncTargetOf, toAudit, toJob, toRecord } from '../job-rows.js';
import { countsBy, SqliteStore } from './statements.js';

type Row = Record<string, unknown>;

/** Records a result file reads at a time: no cursor stays open while the file is written. */
const RECORD_PAGE = 500;

const INSERT_RECORD = 'INSERT INTO records (job_id, seq, email, state, plan) VALUES (?, ?, ?, ?, ?)';

/**
 * Jobs, per-user records and the audit trail in the SQLite file. The calls are synchronous
 * underneath; each method does its work in one go (a transaction where it writes more than once).
 */
export class SqliteJobStore extends SqliteStore implements JobStore {
  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => Date,
  ) {
    super(db);
  }

  private at(): string {
    return this.now().toISOString();
  }

  async createJob(job: NewJob, users: PlannedUser[]): Promise<JobRow> {
    const insertJob = this.stmt(
      'INSERT INTO jobs (id, kind, state, room_id, thread_id, requested_by, created_at, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertRecord = this.stmt(INSERT_RECORD);
    this.db.transaction(() => {
      insertJob.run(
        job.id,
        job.kind,
        'previewed',
        job.roomId,
        job.threadId,
        job.requestedBy,
        this.at(),
        JSON.stringify(detailsOf(job)),
      );
      for (const user of users) insertRecord.run(job.id, user.seq, user.email, 'pending', JSON.stringify(user));
    })();
    return this.jobNow(job.id)!;
  }

  async appendRecords(jobId: string, users: PlannedUser[]): Promise<void> {
    const insert = this.stmt(INSERT_RECORD);
    this.db.transaction(() => {
      for (const user of users) insert.run(jobId, user.seq, user.email, 'pending', JSON.stringify(user));
    })();
  }

  async updateDetails(jobId: string, patch: Partial<Pick<JobRow, 'seats' | 'notes'>>): Promise<void> {
    this.db.transaction(() => {
      const job = this.jobNow(jobId);
      if (!job) return;
      this.stmt('UPDATE jobs SET details = ? WHERE id = ?').run(JSON.stringify(detailsOf({ ...job, ...patch })), jobId);
    })();
  }

  private jobNow(id: string): JobRow | undefined {
    const row = this.stmt('SELECT * FROM jobs WHERE id = ?').get(id) as Row | undefined;
    return row ? toJob(row) : undefined;
  }

  async job(id: string): Promise<JobRow | undefined> {
    return this.jobNow(id);
  }

  async jobsInState(state: JobState): Promise<JobRow[]> {
    return (this.stmt('SELECT * FROM jobs WHERE state = ? ORDER BY created_at').all(state) as Row[]).map(toJob);
  }

  async recentJobs(limit = 10): Promise<JobRow[]> {
    const sql = "SELECT * FROM jobs WHERE state != 'expired' ORDER BY created_at DESC LIMIT ?";
    return (this.stmt(sql).all(limit) as Row[]).map(toJob);
  }

  async setPreviewMessage(jobId: string, messageId: string): Promise<void> {
    this.stmt('UPDATE jobs SET preview_message_id = ? WHERE id = ?').run(messageId, jobId);
  }

  async confirm(jobId: string, confirmedBy: string): Promise<false | 'running' | 'queued'> {
    return this.db.transaction((): false | 'running' | 'queued' => {
      const job = this.jobNow(jobId);
      if (job?.state !== 'previewed') return false;
      const busy =
        job.kind === 'import' &&
        this.stmt("SELECT 1 FROM jobs WHERE kind = 'import' AND state IN ('running', 'queued') LIMIT 1").get() !==
          undefined;
      const state = busy ? 'queued' : 'running';
      this.stmt('UPDATE jobs SET state = ?, confirmed_by = ?, confirmed_at = ? WHERE id = ?').run(
        state,
        confirmedBy,
        this.at(),
        jobId,
      );
      return state;
    })();
  }

  async queuePosition(jobId: string): Promise<number> {
    // The order `startNextQueued` takes them in: the position told is the order they start in.
    const queued = this.stmt(
      "SELECT id FROM jobs WHERE kind = 'import' AND state = 'queued' ORDER BY confirmed_at, created_at",
    ).all() as { id: string }[];
    return queued.findIndex((j) => j.id === jobId) + 1;
  }

  async startNextQueued(): Promise<string | undefined> {
    return this.db.transaction((): string | undefined => {
      if (this.stmt("SELECT 1 FROM jobs WHERE kind = 'import' AND state = 'running' LIMIT 1").get()) return undefined;
      const next = this.stmt(
        "SELECT id FROM jobs WHERE kind = 'import' AND state = 'queued' ORDER BY confirmed_at, created_at LIMIT 1",
      ).get() as { id: string } | undefined;
      if (!next) return undefined;
      this.stmt("UPDATE jobs SET state = 'running' WHERE id = ?").run(next.id);
      return next.id;
    })();
  }

  async requestCancel(jobId: string): Promise<'cancelled' | 'stopping' | false> {
    return this.db.transaction((): 'cancelled' | 'stopping' | false => {
      const job = this.jobNow(jobId);
      if (!job) return false;
      if (job.state === 'queued' || job.state === 'previewed') {
        this.stmt("UPDATE jobs SET state = 'cancelled', finished_at = ? WHERE id = ?").run(this.at(), jobId);
        return 'cancelled';
      }
      if (job.state === 'running') {
        this.stmt('UPDATE jobs SET cancel_requested = 1 WHERE id = ?').run(jobId);
        return 'stopping';
      }
      return false;
    })();
  }

  /** Moves a job from one state to another, stamping its end; false when it was not in `from`. */
  private move(jobId: string, from: JobState, to: JobState): boolean {
    const sql = 'UPDATE jobs SET state = ?, finished_at = ? WHERE id = ? AND state = ?';
    return this.stmt(sql).run(to, this.at(), jobId, from).changes === 1;
  }

  async cancel(jobId: string): Promise<boolean> {
    return this.move(jobId, 'previewed', 'cancelled');
  }

  async expire(jobId: string): Promise<boolean> {
    return this.move(jobId, 'previewed', 'expired');
  }

  async markCancelled(jobId: string): Promise<void> {
    this.move(jobId, 'running', 'cancelled');
  }

  async finish(jobId: string): Promise<void> {
    this.move(jobId, 'running', 'done');
  }

  async setProgressMessage(jobId: string, messageId: string): Promise<void> {
    this.stmt('UPDATE jobs SET progress_message_id = ?, progress_edits = 0 WHERE id = ?').run(messageId, jobId);
  }

  async countProgressEdit(jobId: string): Promise<void> {
    this.stmt('UPDATE jobs SET progress_edits = progress_edits + 1 WHERE id = ?').run(jobId);
  }

  async pendingRecords(jobId: string, afterSeq: number, limit: number): Promise<RecordRow[]> {
    const sql = "SELECT * FROM records WHERE job_id = ? AND seq > ? AND state != 'done' ORDER BY seq LIMIT ?";
    return (this.stmt(sql).all(jobId, afterSeq, limit) as Row[]).map(toRecord);
  }

  async recordsWithOutcome(jobId: string, outcome: string | null, limit: number): Promise<RecordRow[]> {
    const rows =
      outcome === null
        ? this.stmt("SELECT * FROM records WHERE job_id = ? AND state != 'done' ORDER BY seq LIMIT ?").all(jobId, limit)
        : this.stmt('SELECT * FROM records WHERE job_id = ? AND outcome = ? ORDER BY seq LIMIT ?').all(
            jobId,
            outcome,
            limit,
          );
    return (rows as Row[]).map(toRecord);
  }

  async *iterateRecords(jobId: string, onlyUnsuccessful = false): AsyncIterable<RecordRow> {
    const sql = onlyUnsuccessful
      ? "SELECT * FROM records WHERE job_id = ? AND seq > ? AND (state != 'done' OR outcome = 'failed') ORDER BY seq LIMIT ?"
      : 'SELECT * FROM records WHERE job_id = ? AND seq > ? ORDER BY seq LIMIT ?';
    let after = 0;
    for (;;) {
      const page = (this.stmt(sql).all(jobId, after, RECORD_PAGE) as Row[]).map(toRecord);
      for (const record of page) yield record;
      if (page.length < RECORD_PAGE) return;
      after = page.at(-1)!.seq;
    }
  }

  async markInFlight(jobId: string, seq: number): Promise<void> {
    this.stmt("UPDATE records SET state = 'in_flight', attempts = attempts + 1 WHERE job_id = ? AND seq = ?").run(
      jobId,
      seq,
    );
  }

  async completeRecord(job: JobRow, record: RecordRow, result: UserResult): Promise<void> {
    const at = this.at();
    this.db.transaction(() => {
      this.stmt("UPDATE records SET state = 'done', outcome = ?, result = ? WHERE job_id = ? AND seq = ?").run(
        result.outcome,
        JSON.stringify(result),
        record.jobId,
        record.seq,
      );
      this.stmt(
        'INSERT INTO audit (at, job_id, email, person_id, requested_by, confirmed_by, outcome, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        at,
        job.id,
        record.email,
        result.personId ?? record.personId ?? null,
        job.requestedBy,
        job.confirmedBy ?? '',
        result.outcome,
        JSON.stringify(auditDetails(record, result)),
      );
    })();
  }

  async counts(jobId: string): Promise<JobCounts> {
    const rows = this.stmt(
      'SELECT state, outcome, COUNT(*) AS n FROM records WHERE job_id = ? GROUP BY state, outcome',
    ).all(jobId) as { state: string; outcome: string | null; n: number }[];
    return jobCounts(rows);
  }

  async changedElsewhere(job: JobRow, email: string): Promise<boolean> {
    const changed = this.stmt(
      "SELECT 1 FROM audit WHERE email = ? AND job_id != ? AND at > ? AND outcome IN ('created', 'updated') LIMIT 1",
    ).get(email, job.id, job.createdAt);
    if (changed) return true;
    const underWay = this.stmt(
      "SELECT 1 FROM records WHERE email = ? AND state = 'in_flight' AND job_id != ? LIMIT 1",
    ).get(email, job.id);
    return underWay !== undefined;
  }

  /**
   * Users whose Control Hub change went through, and users with Contact Center settings to apply (even
   * when Control Hub had nothing to change for them), each with those settings.
   */
  async syncTargets(jobId: string): Promise<SyncTarget[]> {
    const sql =
      "SELECT * FROM records WHERE job_id = ? AND state = 'done' AND (outcome IN ('created', 'updated') OR (outcome = 'unchanged' AND json_extract(plan, '$.agent') IS NOT NULL)) ORDER BY seq";
    const targets: SyncTarget[] = [];
    for (const row of this.stmt(sql).iterate(jobId)) {
      const r = toRecord(row as Row);
      const target = syncTargetOf(r);
      if (target) targets.push(target);
    }
    return targets;
  }

  async supervisorWanted(email: string): Promise<boolean> {
    const row = this.stmt(
      "SELECT json_extract(plan, '$.supervisor') AS s FROM records WHERE email = ? AND state = 'done' AND outcome != 'failed' ORDER BY rowid DESC LIMIT 1",
    ).get(email.toLowerCase()) as { s: number } | undefined;
    return row?.s === 1;
  }

  async history(email: string, limit = 20): Promise<AuditRow[]> {
    // The role as the admin chose it lives in the job's record (a Supervisor of a file's row too).
    const sql = `SELECT a.*, (SELECT json_extract(r.plan, '$.supervisor') FROM records r
        WHERE r.job_id = a.job_id AND r.email = a.email LIMIT 1) AS supervisor
      FROM audit a WHERE a.email = ? ORDER BY a.id DESC LIMIT ?`;
    return (this.stmt(sql).all(email.toLowerCase(), limit) as Row[]).map(toAudit);
  }

  async tallies(): Promise<{ jobs: Record<string, number>; records: Record<string, number> }> {
    return {
      jobs: countsBy(this.stmt('SELECT state AS k, COUNT(*) AS n FROM jobs GROUP BY state')),
      records: countsBy(
        this.stmt(
          "SELECT CASE WHEN state = 'done' THEN outcome ELSE state END AS k, COUNT(*) AS n FROM records GROUP BY k",
        ),
      ),
    };
  }
}
