import type { SyncTarget } from '../../contact-center/sync-ports.js';
import type { AuditRow, JobCounts, JobRow, JobState, JobStore, NewJob, RecordRow } from '../../jobs/ports.js';
import type { UserResult } from '../../provisioning/execute-user.js';
import type { PlannedUser } from '../../provisioning/plan.js';
import { auditDetails, detailsOf, jobCounts, syncTargetOf, toAudit, toJob, toRecord } from '../job-rows.js';
import type { PgDatabase, Querier } from './database.js';
import { countsOf } from './rows.js';

type Row = Record<string, unknown>;

/** Records a result file reads at a time: no cursor stays open while the file is written. */
const RECORD_PAGE = 500;

/** Records inserted per statement (PostgreSQL takes at most 65,535 parameters in one). */
const INSERT_CHUNK = 1_000;

async function insertRecords(q: Querier, jobId: string, users: PlannedUser[]): Promise<void> {
  for (let i = 0; i < users.length; i += INSERT_CHUNK) {
    const chunk = users.slice(i, i + INSERT_CHUNK);
    const params: unknown[] = [];
    const values = chunk.map((user, n) => {
      params.push(jobId, user.seq, user.email, JSON.stringify(user));
      return `($${n * 4 + 1}, $${n * 4 + 2}, $${n * 4 + 3}, 'pending', $${n * 4 + 4})`;
    });
    await q.run(`INSERT INTO records (job_id, seq, email, state, plan) VALUES ${values.join(', ')}`, params);
  }
}

/**
 * Jobs, per-user records and the audit trail in PostgreSQL. A method that reads then writes does it in
 * one serializable transaction, so replicas sharing the schema see each change happen once: two
 * pressing Confirm at once start one job, two looking for the next queued import start one.
 */
export class PgJobStore implements JobStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => Date,
  ) {}

  private at(): string {
    return this.now().toISOString();
  }

  async createJob(job: NewJob, users: PlannedUser[]): Promise<JobRow> {
    await this.db.tx(async (q) => {
      await q.run(
        'INSERT INTO jobs (id, kind, state, room_id, thread_id, requested_by, created_at, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          job.id,
          job.kind,
          'previewed',
          job.roomId,
          job.threadId,
          job.requestedBy,
          this.at(),
          JSON.stringify(detailsOf(job)),
        ],
      );
      await insertRecords(q, job.id, users);
    });
    return (await this.job(job.id))!;
  }

  async appendRecords(jobId: string, users: PlannedUser[]): Promise<void> {
    await this.db.tx((q) => insertRecords(q, jobId, users));
  }

  async updateDetails(jobId: string, patch: Partial<Pick<JobRow, 'seats' | 'notes'>>): Promise<void> {
    await this.db.tx(async (q) => {
      const job = await jobIn(q, jobId);
      if (!job) return;
      await q.run('UPDATE jobs SET details = $1 WHERE id = $2', [
        JSON.stringify(detailsOf({ ...job, ...patch })),
        jobId,
      ]);
    });
  }

  async job(id: string): Promise<JobRow | undefined> {
    return jobIn(this.db, id);
  }

  async jobsInState(state: JobState): Promise<JobRow[]> {
    return (await this.db.rows('SELECT * FROM jobs WHERE state = $1 ORDER BY created_at', [state])).map(toJob);
  }

  async recentJobs(limit = 10): Promise<JobRow[]> {
    const sql = "SELECT * FROM jobs WHERE state != 'expired' ORDER BY created_at DESC LIMIT $1";
    return (await this.db.rows(sql, [limit])).map(toJob);
  }

  async setPreviewMessage(jobId: string, messageId: string): Promise<void> {
    await this.db.run('UPDATE jobs SET preview_message_id = $1 WHERE id = $2', [messageId, jobId]);
  }

  async confirm(jobId: string, confirmedBy: string): Promise<false | 'running' | 'queued'> {
    return this.db.tx(async (q): Promise<false | 'running' | 'queued'> => {
      const job = await jobIn(q, jobId);
      if (job?.state !== 'previewed') return false;
      const busy =
        job.kind === 'import' &&
        (await q.rows("SELECT 1 FROM jobs WHERE kind = 'import' AND state IN ('running', 'queued') LIMIT 1")).length >
          0;
      const state = busy ? 'queued' : 'running';
      await q.run('UPDATE jobs SET state = $1, confirmed_by = $2, confirmed_at = $3 WHERE id = $4', [
        state,
        confirmedBy,
        this.at(),
        jobId,
      ]);
      return state;
    });
  }

  async queuePosition(jobId: string): Promise<number> {
    // The order `startNextQueued` takes them in: the position told is the order they start in.
    const queued = await this.db.rows<{ id: string }>(
      "SELECT id FROM jobs WHERE kind = 'import' AND state = 'queued' ORDER BY confirmed_at, created_at",
    );
    return queued.findIndex((j) => j.id === jobId) + 1;
  }

  async startNextQueued(): Promise<string | undefined> {
    return this.db.tx(async (q): Promise<string | undefined> => {
      if ((await q.rows("SELECT 1 FROM jobs WHERE kind = 'import' AND state = 'running' LIMIT 1")).length > 0)
        return undefined;
      const [next] = await q.rows<{ id: string }>(
        "SELECT id FROM jobs WHERE kind = 'import' AND state = 'queued' ORDER BY confirmed_at, created_at LIMIT 1",
      );
      if (!next) return undefined;
      await q.run("UPDATE jobs SET state = 'running' WHERE id = $1", [next.id]);
      return next.id;
    });
  }

  async requestCancel(jobId: string): Promise<'cancelled' | 'stopping' | false> {
    return this.db.tx(async (q): Promise<'cancelled' | 'stopping' | false> => {
      const job = await jobIn(q, jobId);
      if (!job) return false;
      if (job.state === 'queued' || job.state === 'previewed') {
        await q.run("UPDATE jobs SET state = 'cancelled', finished_at = $1 WHERE id = $2", [this.at(), jobId]);
        return 'cancelled';
      }
      if (job.state === 'running') {
        await q.run('UPDATE jobs SET cancel_requested = 1 WHERE id = $1', [jobId]);
        return 'stopping';
      }
      return false;
    });
  }

  /** Moves a job from one state to another, stamping its end; false when it was not in `from`. */
  private async move(jobId: string, from: JobState, to: JobState): Promise<boolean> {
    const sql = 'UPDATE jobs SET state = $1, finished_at = $2 WHERE id = $3 AND state = $4';
    return (await this.db.run(sql, [to, this.at(), jobId, from])) === 1;
  }

  async cancel(jobId: string): Promise<boolean> {
    return this.move(jobId, 'previewed', 'cancelled');
  }

  async expire(jobId: string): Promise<boolean> {
    return this.move(jobId, 'previewed', 'expired');
  }

  async markCancelled(jobId: string): Promise<void> {
    await this.move(jobId, 'running', 'cancelled');
  }

  async finish(jobId: string): Promise<void> {
    await this.move(jobId, 'running', 'done');
  }

  async setProgressMessage(jobId: string, messageId: string): Promise<void> {
    await this.db.run('UPDATE jobs SET progress_message_id = $1, progress_edits = 0 WHERE id = $2', [messageId, jobId]);
  }

  async countProgressEdit(jobId: string): Promise<void> {
    await this.db.run('UPDATE jobs SET progress_edits = progress_edits + 1 WHERE id = $1', [jobId]);
  }

  async pendingRecords(jobId: string, afterSeq: number, limit: number): Promise<RecordRow[]> {
    const sql = "SELECT * FROM records WHERE job_id = $1 AND seq > $2 AND state != 'done' ORDER BY seq LIMIT $3";
    return (await this.db.rows(sql, [jobId, afterSeq, limit])).map(toRecord);
  }

  async recordsWithOutcome(jobId: string, outcome: string | null, limit: number): Promise<RecordRow[]> {
    const rows =
      outcome === null
        ? await this.db.rows("SELECT * FROM records WHERE job_id = $1 AND state != 'done' ORDER BY seq LIMIT $2", [
            jobId,
            limit,
          ])
        : await this.db.rows('SELECT * FROM records WHERE job_id = $1 AND outcome = $2 ORDER BY seq LIMIT $3', [
            jobId,
            outcome,
            limit,
          ]);
    return rows.map(toRecord);
  }

  async *iterateRecords(jobId: string, onlyUnsuccessful = false): AsyncIterable<RecordRow> {
    const sql = onlyUnsuccessful
      ? "SELECT * FROM records WHERE job_id = $1 AND seq > $2 AND (state != 'done' OR outcome = 'failed') ORDER BY seq LIMIT $3"
      : 'SELECT * FROM records WHERE job_id = $1 AND seq > $2 ORDER BY seq LIMIT $3';
    let after = 0;
    for (;;) {
      const page = (await this.db.rows(sql, [jobId, after, RECORD_PAGE])).map(toRecord);
      for (const record of page) yield record;
      if (page.length < RECORD_PAGE) return;
      after = page.at(-1)!.seq;
    }
  }

  async markInFlight(jobId: string, seq: number): Promise<void> {
    await this.db.run(
      "UPDATE records SET state = 'in_flight', attempts = attempts + 1 WHERE job_id = $1 AND seq = $2",
      [jobId, seq],
    );
  }

  async completeRecord(job: JobRow, record: RecordRow, result: UserResult): Promise<void> {
    const at = this.at();
    await this.db.tx(async (q) => {
      await q.run("UPDATE records SET state = 'done', outcome = $1, result = $2 WHERE job_id = $3 AND seq = $4", [
        result.outcome,
        JSON.stringify(result),
        record.jobId,
        record.seq,
      ]);
      await q.run(
        'INSERT INTO audit (at, job_id, email, person_id, requested_by, confirmed_by, outcome, details) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [
          at,
          job.id,
          record.email,
          result.personId ?? record.personId ?? null,
          job.requestedBy,
          job.confirmedBy ?? '',
          result.outcome,
          JSON.stringify(auditDetails(record, result)),
        ],
      );
    });
  }

  async counts(jobId: string): Promise<JobCounts> {
    const rows = await this.db.rows<{ state: string; outcome: string | null; n: number }>(
      'SELECT state, outcome, COUNT(*) AS n FROM records WHERE job_id = $1 GROUP BY state, outcome',
      [jobId],
    );
    return jobCounts(rows);
  }

  async changedElsewhere(job: JobRow, email: string): Promise<boolean> {
    const changed = await this.db.rows(
      "SELECT 1 FROM audit WHERE email = $1 AND job_id != $2 AND at > $3 AND outcome IN ('created', 'updated') LIMIT 1",
      [email, job.id, job.createdAt],
    );
    if (changed.length > 0) return true;
    const underWay = await this.db.rows(
      "SELECT 1 FROM records WHERE email = $1 AND state = 'in_flight' AND job_id != $2 LIMIT 1",
      [email, job.id],
    );
    return underWay.length > 0;
  }

  /**
   * Users whose Control Hub change went through, and users with Contact Center settings to apply (even
   * when Control Hub had nothing to change for them), each with those settings.
   */
  async syncTargets(jobId: string): Promise<SyncTarget[]> {
    // `->>` gives SQL NULL for a JSON null too, as SQLite's json_extract does.
    const sql =
      "SELECT * FROM records WHERE job_id = $1 AND state = 'done' AND (outcome IN ('created', 'updated') OR (outcome = 'unchanged' AND plan::jsonb ->> 'agent' IS NOT NULL)) ORDER BY seq";
    const targets: SyncTarget[] = [];
    for (const row of await this.db.rows(sql, [jobId])) {
      const r = toRecord(row);
      const target = syncTargetOf(r);
      if (target) targets.push(target);
    }
    return targets;
  }

  async supervisorWanted(email: string): Promise<boolean> {
    const [row] = await this.db.rows<{ s: string | null }>(
      "SELECT plan::jsonb ->> 'supervisor' AS s FROM records WHERE email = $1 AND state = 'done' AND outcome != 'failed' ORDER BY id DESC LIMIT 1",
      [email.toLowerCase()],
    );
    return row?.s === 'true';
  }

  async history(email: string, limit = 20): Promise<AuditRow[]> {
    // The role as the admin chose it lives in the job's record (a Supervisor of a file's row too).
    const sql = `SELECT a.*, (SELECT CASE WHEN r.plan::jsonb ->> 'supervisor' = 'true' THEN 1 ELSE 0 END FROM records r
        WHERE r.job_id = a.job_id AND r.email = a.email LIMIT 1) AS supervisor
      FROM audit a WHERE a.email = $1 ORDER BY a.id DESC LIMIT $2`;
    return (await this.db.rows<Row>(sql, [email.toLowerCase(), limit])).map(toAudit);
  }

  async tallies(): Promise<{ jobs: Record<string, number>; records: Record<string, number> }> {
    return {
      jobs: countsOf(await this.db.rows('SELECT state AS k, COUNT(*) AS n FROM jobs GROUP BY state')),
      records: countsOf(
        await this.db.rows(
          "SELECT CASE WHEN state = 'done' THEN outcome ELSE state END AS k, COUNT(*) AS n FROM records GROUP BY k",
        ),
      ),
    };
  }
}

async function jobIn(q: Querier, id: string): Promise<JobRow | undefined> {
  const [row] = await q.rows('SELECT * FROM jobs WHERE id = $1', [id]);
  return row ? toJob(row) : undefined;
}
