import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Msg } from '../i18n/msg.js';
import type { Lang } from '../i18n/translate.js';
import type { AccessSnapshot, UserResult } from '../provisioning/execute-user.js';
import type { OrgCatalogue, ProvisioningRole, UserAccess } from '../provisioning/license-model.js';
import type { PlannedUser, SeatForecast } from '../provisioning/plan.js';
import { hydraKey } from '../webex/hydra-id.js';
import { countsBy, StatementCache } from './statements.js';
import type { SyncTarget } from './sync-store.js';

export type ImportMode = 'add' | 'add-remove';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;

export type JobState = 'previewed' | 'queued' | 'running' | 'done' | 'cancelled' | 'expired';
export type RecordState = 'pending' | 'in_flight' | 'done';

export interface JobRow {
  id: string;
  kind: 'users' | 'import';
  state: JobState;
  roomId: string;
  threadId: string;
  previewMessageId: string | undefined;
  progressMessageId: string | undefined;
  progressEdits: number;
  requestedBy: string;
  confirmedBy: string | undefined;
  createdAt: string;
  confirmedAt: string | undefined;
  finishedAt: string | undefined;
  /** The card's role for the whole batch (imports: each row says its own). */
  role: ProvisioningRole | undefined;
  welcomeEmail: boolean;
  catalogue: OrgCatalogue;
  seats: SeatForecast[];
  notes: Msg[];
  /** Imports: the mode, the file's name and its header row (for the errors-only file). */
  mode?: ImportMode;
  filename?: string;
  headers?: string[];
  cancelRequested: boolean;
}

export interface UploadRow {
  id: string;
  roomId: string;
  threadId: string;
  requestedBy: string;
  filename: string;
  path: string;
  createdAt: string;
}

export interface RecordRow extends PlannedUser {
  jobId: string;
  state: RecordState;
  attempts: number;
  outcome: UserResult['outcome'] | undefined;
  result: UserResult | undefined;
}

export interface AuditRow {
  at: string;
  jobId: string;
  email: string;
  personId: string | undefined;
  requestedBy: string;
  confirmedBy: string;
  outcome: string;
  before: AccessSnapshot | undefined;
  after: AccessSnapshot | undefined;
  beforeAccess: UserAccess | undefined;
  afterAccess: UserAccess | undefined;
  trackingId: string | undefined;
  reason: Msg | undefined;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  preview_message_id TEXT,
  progress_message_id TEXT,
  progress_edits INTEGER NOT NULL DEFAULT 0,
  requested_by TEXT NOT NULL,
  confirmed_by TEXT,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  finished_at TEXT,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state);
CREATE TABLE IF NOT EXISTS uploads (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  filename TEXT NOT NULL,
  path TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
  job_id TEXT NOT NULL REFERENCES jobs(id),
  seq INTEGER NOT NULL,
  email TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  plan TEXT NOT NULL,
  outcome TEXT,
  result TEXT,
  PRIMARY KEY (job_id, seq)
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  job_id TEXT NOT NULL,
  email TEXT NOT NULL,
  person_id TEXT,
  requested_by TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  outcome TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_email ON audit(email);
CREATE TABLE IF NOT EXISTS health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people_settings (
  email TEXT PRIMARY KEY,
  language TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
`;

/** The parts of a job kept as JSON in its row. */
type JobDetails = Pick<
  JobRow,
  'kind' | 'role' | 'welcomeEmail' | 'catalogue' | 'seats' | 'notes' | 'mode' | 'filename' | 'headers'
>;

/**
 * Jobs, per-user records and the audit trail, in SQLite under the data directory. Every state change
 * is written before the work it describes goes on, so a restart finds exactly where a job was.
 */
export class JobStore {
  private readonly db: BetterSqlite3.Database;

  constructor(dataDir: string, now: () => Date = () => new Date()) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, 'bot.sqlite'));
    this.db.pragma('journal_mode = WAL');
    // In WAL mode, NORMAL survives the process being killed (what resume is built for) without an
    // fsync per user; after a power cut a user's last mark may be lost, and the create then meets
    // Webex's 409 and is read back instead of repeated.
    this.db.pragma('synchronous = NORMAL');
    this.db.exec(SCHEMA);
    this.statements = new StatementCache(this.db);
    this.now = now;
  }

  private readonly now: () => Date;

  close(): void {
    this.db.close();
  }

  private readonly statements: StatementCache;

  private stmt(sql: string): BetterSqlite3.Statement {
    return this.statements.get(sql);
  }

  /** The SQLite database, for the other durable tables kept in the same file (synchronisation). */
  get database(): BetterSqlite3.Database {
    return this.db;
  }

  createJob(
    job: Omit<
      JobRow,
      | 'state'
      | 'progressMessageId'
      | 'progressEdits'
      | 'confirmedBy'
      | 'confirmedAt'
      | 'finishedAt'
      | 'createdAt'
      | 'previewMessageId'
      | 'cancelRequested'
    >,
    users: PlannedUser[],
  ): JobRow {
    const createdAt = this.now().toISOString();
    const details = detailsOf(job);
    const insertJob = this.stmt(
      'INSERT INTO jobs (id, kind, state, room_id, thread_id, requested_by, created_at, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
    );
    const insertRecord = this.stmt('INSERT INTO records (job_id, seq, email, state, plan) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      insertJob.run(
        job.id,
        job.kind,
        'previewed',
        job.roomId,
        job.threadId,
        job.requestedBy,
        createdAt,
        JSON.stringify(details),
      );
      for (const user of users) insertRecord.run(job.id, user.seq, user.email, 'pending', JSON.stringify(user));
    })();
    return this.job(job.id)!;
  }

  /** More planned users for a job being planned chunk by chunk. */
  appendRecords(jobId: string, users: PlannedUser[]): void {
    const insert = this.stmt('INSERT INTO records (job_id, seq, email, state, plan) VALUES (?, ?, ?, ?, ?)');
    this.db.transaction(() => {
      for (const user of users) insert.run(jobId, user.seq, user.email, 'pending', JSON.stringify(user));
    })();
  }

  /** Changes parts of a job's details (the seat forecast once a large file is planned). */
  updateDetails(jobId: string, patch: Partial<Pick<JobRow, 'seats' | 'notes'>>): void {
    const job = this.job(jobId);
    if (!job) return;
    const details = detailsOf({ ...job, ...patch });
    this.stmt('UPDATE jobs SET details = ? WHERE id = ?').run(JSON.stringify(details), jobId);
  }

  /** The next records not done yet, in order, a page at a time. */
  pendingRecords(jobId: string, afterSeq: number, limit: number): RecordRow[] {
    return (
      this.stmt("SELECT * FROM records WHERE job_id = ? AND seq > ? AND state != 'done' ORDER BY seq LIMIT ?").all(
        jobId,
        afterSeq,
        limit,
      ) as Record<string, unknown>[]
    ).map(toRecord);
  }

  /** Records with a given outcome (or not reached: `null`), in order, up to `limit`. */
  recordsWithOutcome(jobId: string, outcome: string | null, limit: number): RecordRow[] {
    const rows =
      outcome === null
        ? this.stmt("SELECT * FROM records WHERE job_id = ? AND state != 'done' ORDER BY seq LIMIT ?").all(jobId, limit)
        : this.stmt('SELECT * FROM records WHERE job_id = ? AND outcome = ? ORDER BY seq LIMIT ?').all(
            jobId,
            outcome,
            limit,
          );
    return (rows as Record<string, unknown>[]).map(toRecord);
  }

  /** Every record of a job, read one at a time (result files of large imports). */
  *iterateRecords(jobId: string, onlyUnsuccessful = false): Generator<RecordRow> {
    const sql = onlyUnsuccessful
      ? "SELECT * FROM records WHERE job_id = ? AND (state != 'done' OR outcome = 'failed') ORDER BY seq"
      : 'SELECT * FROM records WHERE job_id = ? ORDER BY seq';
    // Its own statement: a cached one could be asked for again while this iteration is open.
    for (const row of this.db.prepare(sql).iterate(jobId)) yield toRecord(row as Record<string, unknown>);
  }

  /** The users a job created or changed, as the Contact Center must now hold them. */
  syncTargets(jobId: string): SyncTarget[] {
    const sql =
      "SELECT * FROM records WHERE job_id = ? AND state = 'done' AND outcome IN ('created', 'updated') ORDER BY seq";
    const targets: SyncTarget[] = [];
    for (const row of this.stmt(sql).iterate(jobId)) {
      const r = toRecord(row as Record<string, unknown>);
      const personId = r.result?.personId ?? r.personId;
      const ciUserId = personId ? hydraKey(personId, 'PEOPLE') : undefined;
      if (!personId || !ciUserId) continue;
      targets.push({
        personId,
        ciUserId,
        email: r.email,
        tier: r.after.tier,
        supervisor: r.supervisor,
        trackingIds: r.result?.trackingId ? [r.result.trackingId] : [],
      });
    }
    return targets;
  }

  /** Whether the newest change the bot made for this address asked for a supervisor profile. */
  supervisorWanted(email: string): boolean {
    const row = this.stmt(
      "SELECT json_extract(plan, '$.supervisor') AS s FROM records WHERE email = ? AND state = 'done' AND outcome != 'failed' ORDER BY rowid DESC LIMIT 1",
    ).get(email.toLowerCase()) as { s: number } | undefined;
    return row?.s === 1;
  }

  job(id: string): JobRow | undefined {
    const row = this.stmt('SELECT * FROM jobs WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? toJob(row) : undefined;
  }

  jobsInState(state: JobState): JobRow[] {
    return (
      this.stmt('SELECT * FROM jobs WHERE state = ? ORDER BY created_at').all(state) as Record<string, unknown>[]
    ).map(toJob);
  }

  setPreviewMessage(jobId: string, messageId: string): void {
    this.stmt('UPDATE jobs SET preview_message_id = ? WHERE id = ?').run(messageId, jobId);
  }

  /**
   * previewed -> running, once (false when the job was already confirmed, cancelled or expired). An
   * import waits in the queue while another import runs: one file at a time, as in Control Hub.
   */
  confirm(jobId: string, confirmedBy: string): false | 'running' | 'queued' {
    return this.db.transaction((): false | 'running' | 'queued' => {
      const job = this.job(jobId);
      if (job?.state !== 'previewed') return false;
      const busy =
        job.kind === 'import' &&
        this.stmt("SELECT 1 FROM jobs WHERE kind = 'import' AND state IN ('running', 'queued') LIMIT 1").get() !==
          undefined;
      const state = busy ? 'queued' : 'running';
      this.stmt('UPDATE jobs SET state = ?, confirmed_by = ?, confirmed_at = ? WHERE id = ?').run(
        state,
        confirmedBy,
        this.now().toISOString(),
        jobId,
      );
      return state;
    })();
  }

  /** Position of a queued import (1 = next). */
  queuePosition(jobId: string): number {
    const queued = this.jobsInState('queued').filter((j) => j.kind === 'import');
    return queued.findIndex((j) => j.id === jobId) + 1;
  }

  /** Starts the oldest queued import when no import runs; returns its id. */
  startNextQueued(): string | undefined {
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

  /** Cancels a queued job at once; a running one stops between users. */
  requestCancel(jobId: string): 'cancelled' | 'stopping' | false {
    return this.db.transaction((): 'cancelled' | 'stopping' | false => {
      const job = this.job(jobId);
      if (!job) return false;
      if (job.state === 'queued' || job.state === 'previewed') {
        this.stmt("UPDATE jobs SET state = 'cancelled', finished_at = ? WHERE id = ?").run(
          this.now().toISOString(),
          jobId,
        );
        return 'cancelled';
      }
      if (job.state === 'running') {
        this.stmt('UPDATE jobs SET cancel_requested = 1 WHERE id = ?').run(jobId);
        return 'stopping';
      }
      return false;
    })();
  }

  /** A running job that stopped on request. */
  markCancelled(jobId: string): void {
    this.stmt("UPDATE jobs SET state = 'cancelled', finished_at = ? WHERE id = ? AND state = 'running'").run(
      this.now().toISOString(),
      jobId,
    );
  }

  recentJobs(limit = 10): JobRow[] {
    return (
      this.stmt("SELECT * FROM jobs WHERE state != 'expired' ORDER BY created_at DESC LIMIT ?").all(limit) as Record<
        string,
        unknown
      >[]
    ).map(toJob);
  }

  saveUpload(upload: UploadRow): void {
    this.stmt(
      'INSERT INTO uploads (id, room_id, thread_id, requested_by, filename, path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
    ).run(
      upload.id,
      upload.roomId,
      upload.threadId,
      upload.requestedBy,
      upload.filename,
      upload.path,
      upload.createdAt,
    );
  }

  upload(id: string): UploadRow | undefined {
    const r = this.stmt('SELECT * FROM uploads WHERE id = ?').get(id) as Record<string, string> | undefined;
    return r
      ? {
          id: r.id!,
          roomId: r.room_id!,
          threadId: r.thread_id!,
          requestedBy: r.requested_by!,
          filename: r.filename!,
          path: r.path!,
          createdAt: r.created_at!,
        }
      : undefined;
  }

  cancel(jobId: string): boolean {
    return (
      this.stmt("UPDATE jobs SET state = 'cancelled', finished_at = ? WHERE id = ? AND state = 'previewed'").run(
        this.now().toISOString(),
        jobId,
      ).changes === 1
    );
  }

  expire(jobId: string): boolean {
    return (
      this.stmt("UPDATE jobs SET state = 'expired', finished_at = ? WHERE id = ? AND state = 'previewed'").run(
        this.now().toISOString(),
        jobId,
      ).changes === 1
    );
  }

  /** Outcome counts of a job, counted by SQLite (cheap however many users the job has). */
  counts(jobId: string): {
    total: number;
    done: number;
    created: number;
    updated: number;
    unchanged: number;
    failed: number;
  } {
    const rows = this.stmt(
      'SELECT state, outcome, COUNT(*) AS n FROM records WHERE job_id = ? GROUP BY state, outcome',
    ).all(jobId) as { state: string; outcome: string | null; n: number }[];
    const counts = { total: 0, done: 0, created: 0, updated: 0, unchanged: 0, failed: 0 };
    for (const r of rows) {
      counts.total += r.n;
      if (r.state === 'done' && r.outcome) {
        counts.done += r.n;
        counts[r.outcome as 'created' | 'updated' | 'unchanged' | 'failed'] += r.n;
      }
    }
    return counts;
  }

  finish(jobId: string): void {
    this.stmt("UPDATE jobs SET state = 'done', finished_at = ? WHERE id = ? AND state = 'running'").run(
      this.now().toISOString(),
      jobId,
    );
  }

  setProgressMessage(jobId: string, messageId: string): void {
    this.stmt('UPDATE jobs SET progress_message_id = ?, progress_edits = 0 WHERE id = ?').run(messageId, jobId);
  }

  countProgressEdit(jobId: string): void {
    this.stmt('UPDATE jobs SET progress_edits = progress_edits + 1 WHERE id = ?').run(jobId);
  }

  /** Written before a write to Webex is sent: after a crash this record must be read back first. */
  markInFlight(jobId: string, seq: number): void {
    this.stmt("UPDATE records SET state = 'in_flight', attempts = attempts + 1 WHERE job_id = ? AND seq = ?").run(
      jobId,
      seq,
    );
  }

  /** The record's outcome and its audit entry, in one transaction. */
  completeRecord(job: JobRow, record: RecordRow, result: UserResult): void {
    const at = this.now().toISOString();
    this.db.transaction(() => {
      this.stmt("UPDATE records SET state = 'done', outcome = ?, result = ? WHERE job_id = ? AND seq = ?").run(
        result.outcome,
        JSON.stringify(result),
        record.jobId,
        record.seq,
      );
      const details = {
        before: result.before,
        after: result.after,
        beforeAccess: record.before,
        afterAccess: result.outcome === 'failed' ? record.before : record.after,
        trackingId: result.trackingId,
        reason: result.reason,
      };
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
        JSON.stringify(details),
      );
    })();
  }

  /** Jobs by state, and records by outcome (pending or in flight while not done), over the whole store. */
  tallies(): { jobs: Record<string, number>; records: Record<string, number> } {
    return {
      jobs: countsBy(this.stmt('SELECT state AS k, COUNT(*) AS n FROM jobs GROUP BY state')),
      records: countsBy(
        this.stmt(
          "SELECT CASE WHEN state = 'done' THEN outcome ELSE state END AS k, COUNT(*) AS n FROM records GROUP BY k",
        ),
      ),
    };
  }

  /** Why the store cannot take a write now (readiness), or undefined when it can. */
  writeProblem(): string | undefined {
    try {
      this.stmt('INSERT INTO health (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at').run(
        this.now().toISOString(),
      );
      return undefined;
    } catch (error) {
      return `the store cannot be written: ${(error as Error).message}`;
    }
  }

  /** The language a person chose (`language pt-BR`), or undefined for the organisation default. */
  language(email: string): Lang | undefined {
    const row = this.stmt('SELECT language FROM people_settings WHERE email = ?').get(email.toLowerCase()) as
      | { language: Lang }
      | undefined;
    return row?.language;
  }

  setLanguage(email: string, language: Lang): void {
    this.stmt(
      'INSERT INTO people_settings (email, language, updated_at) VALUES (?, ?, ?) ON CONFLICT(email) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at',
    ).run(email.toLowerCase(), language, this.now().toISOString());
  }

  history(email: string, limit = 20): AuditRow[] {
    const rows = this.stmt('SELECT * FROM audit WHERE email = ? ORDER BY id DESC LIMIT ?').all(
      email.toLowerCase(),
      limit,
    ) as Record<string, unknown>[];
    return rows.map((r) => {
      const d = JSON.parse(r.details as string) as Partial<AuditRow>;
      return {
        at: r.at as string,
        jobId: r.job_id as string,
        email: r.email as string,
        personId: (r.person_id as string | null) ?? undefined,
        requestedBy: r.requested_by as string,
        confirmedBy: r.confirmed_by as string,
        outcome: r.outcome as string,
        before: d.before,
        after: d.after,
        beforeAccess: d.beforeAccess,
        afterAccess: d.afterAccess,
        trackingId: d.trackingId,
        reason: d.reason,
      };
    });
  }
}

function detailsOf(job: JobDetails): JobDetails {
  return {
    kind: job.kind,
    role: job.role,
    welcomeEmail: job.welcomeEmail,
    catalogue: job.catalogue,
    seats: job.seats,
    notes: job.notes,
    ...(job.mode ? { mode: job.mode } : {}),
    ...(job.filename ? { filename: job.filename } : {}),
    ...(job.headers ? { headers: job.headers } : {}),
  };
}

function toJob(row: Record<string, unknown>): JobRow {
  const details = JSON.parse(row.details as string) as JobDetails;
  const opt = (v: unknown) => (v === null || v === undefined ? undefined : (v as string));
  return {
    id: row.id as string,
    kind: details.kind,
    state: row.state as JobState,
    roomId: row.room_id as string,
    threadId: row.thread_id as string,
    previewMessageId: opt(row.preview_message_id),
    progressMessageId: opt(row.progress_message_id),
    progressEdits: row.progress_edits as number,
    requestedBy: row.requested_by as string,
    confirmedBy: opt(row.confirmed_by),
    createdAt: row.created_at as string,
    confirmedAt: opt(row.confirmed_at),
    finishedAt: opt(row.finished_at),
    role: details.role,
    welcomeEmail: details.welcomeEmail,
    catalogue: details.catalogue,
    seats: details.seats,
    notes: details.notes,
    ...(details.mode ? { mode: details.mode } : {}),
    ...(details.filename ? { filename: details.filename } : {}),
    ...(details.headers ? { headers: details.headers } : {}),
    cancelRequested: row.cancel_requested === 1,
  };
}

function toRecord(row: Record<string, unknown>): RecordRow {
  const plan = JSON.parse(row.plan as string) as PlannedUser;
  return {
    ...plan,
    jobId: row.job_id as string,
    state: row.state as RecordState,
    attempts: row.attempts as number,
    outcome: (row.outcome as UserResult['outcome'] | null) ?? undefined,
    result: row.result ? (JSON.parse(row.result as string) as UserResult) : undefined,
  };
}
