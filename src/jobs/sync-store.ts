import type BetterSqlite3 from 'better-sqlite3';
import { type Msg, msg } from '../i18n/msg.js';
import { countsBy, StatementCache } from './statements.js';

/** Where a synchronisation check came from. */
export type SyncOrigin = 'job' | 'command';
export type SyncUserState = 'pending' | 'synced' | 'invalid';
export type SyncRunState = 'running' | 'done';
export type SyncAlertState = 'open' | 'resolved' | 'dismissed';

/** One request for a synchronisation (a press of Control Hub's button, or a request to the admins). */
export interface SyncTriggerRecord {
  at: number;
  mode: 'endpoint' | 'manual';
  trackingId?: string;
  /** Why: the first synchronisation, a re-sync for Invalid users, a retry asked from an alert. */
  why: 'first' | 'resync' | 'retry';
}

/** A user to check: who, and what Control Hub holds for them. */
export interface SyncTarget {
  personId: string;
  ciUserId: string;
  email: string;
  tier: 'standard' | 'premium' | 'none';
  supervisor: boolean;
  /** trackingIds of the writes that changed this user (for a support request). */
  trackingIds: string[];
}

export interface SyncUserRow extends SyncTarget {
  runId: string;
  seq: number;
  state: SyncUserState;
  reason: Msg;
  ccUserId: string | undefined;
  checks: number;
  lastCheckedAt: number | undefined;
  /** Supervisor profile: undefined (not wanted or not yet), set, or failed (with the reason). */
  profile: 'set' | 'failed' | undefined;
  profileReason: Msg | undefined;
  alertId: string | undefined;
}

/** What checking a user needs. */
export type SyncCheckItem = Pick<SyncUserRow, 'seq' | 'ciUserId' | 'email' | 'tier' | 'state'>;

export interface SyncRun {
  id: string;
  origin: SyncOrigin;
  jobId: string | undefined;
  roomId: string;
  threadId: string;
  requestedBy: string;
  state: SyncRunState;
  createdAt: number;
  deadlineAt: number;
  finishedAt: number | undefined;
  resyncs: number;
  triggers: SyncTriggerRecord[];
  /** The thread gets the result when the run ends (its summary went out before the run finished). */
  reportAtEnd: boolean;
  /** Set while an alert's "Retry sync" runs this run again. */
  retryOfAlert: string | undefined;
  /** `sync`: the message that says how the check goes (and its first text), edited as it goes. */
  progressMessageId: string | undefined;
  progressEdits: number;
  progressText: string | undefined;
}

export interface SyncAlert {
  id: string;
  runId: string;
  roomId: string;
  messageId: string | undefined;
  state: SyncAlertState;
  createdAt: number;
  closedAt: number | undefined;
  closedBy: string | undefined;
  nextCheckAt: number;
}

export interface SyncCounts {
  total: number;
  synced: number;
  pending: number;
  invalid: number;
}

const SCHEMA = `
CREATE TABLE IF NOT EXISTS sync_runs (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  job_id TEXT,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  deadline_at INTEGER NOT NULL,
  finished_at INTEGER,
  resyncs INTEGER NOT NULL DEFAULT 0,
  triggers TEXT NOT NULL DEFAULT '[]',
  report_at_end INTEGER NOT NULL DEFAULT 0,
  retry_of_alert TEXT,
  progress_message_id TEXT,
  progress_edits INTEGER NOT NULL DEFAULT 0,
  progress_text TEXT
);
CREATE INDEX IF NOT EXISTS sync_runs_state ON sync_runs(state);
CREATE TABLE IF NOT EXISTS sync_users (
  run_id TEXT NOT NULL REFERENCES sync_runs(id),
  seq INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  ci_user_id TEXT NOT NULL,
  email TEXT NOT NULL,
  tier TEXT NOT NULL,
  supervisor INTEGER NOT NULL,
  tracking_ids TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL,
  cc_user_id TEXT,
  checks INTEGER NOT NULL DEFAULT 0,
  last_checked_at INTEGER,
  profile TEXT,
  profile_reason TEXT,
  alert_id TEXT,
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX IF NOT EXISTS sync_users_alert ON sync_users(alert_id);
CREATE INDEX IF NOT EXISTS sync_users_person ON sync_users(person_id);
CREATE TABLE IF NOT EXISTS sync_alerts (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES sync_runs(id),
  room_id TEXT NOT NULL,
  message_id TEXT,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  closed_at INTEGER,
  closed_by TEXT,
  next_check_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_alerts_state ON sync_alerts(state);
`;

/**
 * The synchronisation checks, kept in the bot's SQLite file: runs (one per job or `sync` request), the
 * users each run checks with their last verdict, and the alerts raised. A restart finds them as they were.
 */
export class SyncStore {
  private readonly statements: StatementCache;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly now: () => number = Date.now,
  ) {
    db.exec(SCHEMA);
    this.statements = new StatementCache(db);
  }

  private stmt(sql: string): BetterSqlite3.Statement {
    return this.statements.get(sql);
  }

  /** Creates a run with its users; a run with this id that exists already is kept as it is. */
  createRun(
    run: Pick<SyncRun, 'id' | 'origin' | 'jobId' | 'roomId' | 'threadId' | 'requestedBy' | 'deadlineAt'>,
    users: SyncTarget[],
  ): { run: SyncRun; created: boolean } {
    return this.db.transaction(() => {
      const existing = this.run(run.id);
      if (existing) return { run: existing, created: false };
      this.stmt(
        'INSERT INTO sync_runs (id, origin, job_id, room_id, thread_id, requested_by, state, created_at, deadline_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
      ).run(
        run.id,
        run.origin,
        run.jobId ?? null,
        run.roomId,
        run.threadId,
        run.requestedBy,
        'running',
        this.now(),
        run.deadlineAt,
      );
      const insert = this.stmt(
        'INSERT INTO sync_users (run_id, seq, person_id, ci_user_id, email, tier, supervisor, tracking_ids, state, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
      );
      users.forEach((u, i) => {
        insert.run(
          run.id,
          i + 1,
          u.personId,
          u.ciUserId,
          u.email,
          u.tier,
          u.supervisor ? 1 : 0,
          JSON.stringify(u.trackingIds),
          'pending',
          JSON.stringify(msg('verify.notChecked')),
        );
      });
      return { run: this.run(run.id)!, created: true };
    })();
  }

  run(id: string): SyncRun | undefined {
    const row = this.stmt('SELECT * FROM sync_runs WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? toRun(row) : undefined;
  }

  runsInState(state: SyncRunState): SyncRun[] {
    return (
      this.stmt('SELECT * FROM sync_runs WHERE state = ? ORDER BY created_at').all(state) as Record<string, unknown>[]
    ).map(toRun);
  }

  addTrigger(runId: string, trigger: SyncTriggerRecord, countsAsResync: boolean): void {
    const run = this.run(runId);
    if (!run) return;
    this.stmt('UPDATE sync_runs SET triggers = ?, resyncs = resyncs + ? WHERE id = ?').run(
      JSON.stringify([...run.triggers, trigger]),
      countsAsResync ? 1 : 0,
      runId,
    );
  }

  /** The message that tells how a `sync` goes, with its first text (kept at the top of each edit). */
  setProgressMessage(runId: string, messageId: string, text: string): void {
    this.stmt('UPDATE sync_runs SET progress_message_id = ?, progress_text = ? WHERE id = ?').run(
      messageId,
      text,
      runId,
    );
  }

  countProgressEdit(runId: string): void {
    this.stmt('UPDATE sync_runs SET progress_edits = progress_edits + 1 WHERE id = ?').run(runId);
  }

  setDeadline(runId: string, deadlineAt: number): void {
    this.stmt('UPDATE sync_runs SET deadline_at = ? WHERE id = ?').run(deadlineAt, runId);
  }

  /**
   * The summary goes out before the run ends: the run reports in the thread when it does. False when
   * the run ended meanwhile (its result is final and goes into the summary itself).
   */
  reportAtEnd(runId: string): boolean {
    return (
      this.stmt("UPDATE sync_runs SET report_at_end = 1 WHERE id = ? AND state = 'running'").run(runId).changes === 1
    );
  }

  /** Ends a run; returns it as it ended (with whether the thread still waits for its result). */
  finishRun(runId: string): SyncRun | undefined {
    this.stmt("UPDATE sync_runs SET state = 'done', finished_at = ? WHERE id = ? AND state = 'running'").run(
      this.now(),
      runId,
    );
    return this.run(runId);
  }

  /**
   * Runs a finished run again for its users that are not synced: for an alert's "Retry sync" (the
   * alert hears the outcome), or for "check again" (the thread does).
   */
  reopenRun(runId: string, deadlineAt: number, alertId: string | undefined): void {
    this.stmt(
      "UPDATE sync_runs SET state = 'running', finished_at = NULL, deadline_at = ?, resyncs = 0, report_at_end = 0, retry_of_alert = ? WHERE id = ?",
    ).run(deadlineAt, alertId, runId);
  }

  /**
   * Users of a run that are not synced yet, in order, with only what checking them needs: a check of
   * 20,000 users holds 20,000 small records, not 20,000 full rows.
   */
  unsettled(runId: string): SyncCheckItem[] {
    return (
      this.stmt(
        "SELECT seq, ci_user_id, email, tier, state FROM sync_users WHERE run_id = ? AND state != 'synced' ORDER BY seq",
      ).all(runId) as Record<string, unknown>[]
    ).map((r) => ({
      seq: r.seq as number,
      ciUserId: r.ci_user_id as string,
      email: r.email as string,
      tier: r.tier as SyncTarget['tier'],
      state: r.state as SyncUserState,
    }));
  }

  /** Users of a run that are not synced, in order, up to `limit` (what a result lists). */
  notSynced(runId: string, limit: number): SyncUserRow[] {
    return (
      this.stmt("SELECT * FROM sync_users WHERE run_id = ? AND state != 'synced' ORDER BY seq LIMIT ?").all(
        runId,
        limit,
      ) as Record<string, unknown>[]
    ).map(toUser);
  }

  /** Users of a run in a state (Invalid ones, to alert), in order. */
  usersInState(runId: string, state: SyncUserState): SyncUserRow[] {
    return (
      this.stmt('SELECT * FROM sync_users WHERE run_id = ? AND state = ? ORDER BY seq').all(runId, state) as Record<
        string,
        unknown
      >[]
    ).map(toUser);
  }

  /** Users of a run who asked for a supervisor profile (what a result says about it). */
  supervisors(runId: string): SyncUserRow[] {
    return (
      this.stmt('SELECT * FROM sync_users WHERE run_id = ? AND supervisor = 1 ORDER BY seq').all(runId) as Record<
        string,
        unknown
      >[]
    ).map(toUser);
  }

  /** Synced users who want a supervisor profile and do not have it confirmed yet. */
  supervisorsToSet(runId: string): SyncUserRow[] {
    return (
      this.stmt(
        "SELECT * FROM sync_users WHERE run_id = ? AND state = 'synced' AND supervisor = 1 AND (profile IS NULL OR profile != 'set') ORDER BY seq",
      ).all(runId) as Record<string, unknown>[]
    ).map(toUser);
  }

  recordVerdict(
    runId: string,
    seq: number,
    verdict: { state: SyncUserState; reason: Msg; ccUserId: string | undefined; trackingId: string | undefined },
  ): void {
    const row = this.stmt('SELECT tracking_ids FROM sync_users WHERE run_id = ? AND seq = ?').get(runId, seq) as
      | { tracking_ids: string }
      | undefined;
    if (!row) return;
    const ids = JSON.parse(row.tracking_ids) as string[];
    if (verdict.trackingId && !ids.includes(verdict.trackingId)) ids.push(verdict.trackingId);
    // The first trackingIds are the writes that changed the user; of the checks, the latest few are kept.
    const kept = ids.length > 6 ? [...ids.slice(0, 2), ...ids.slice(-4)] : ids;
    this.stmt(
      'UPDATE sync_users SET state = ?, reason = ?, cc_user_id = COALESCE(?, cc_user_id), checks = checks + 1, last_checked_at = ?, tracking_ids = ? WHERE run_id = ? AND seq = ?',
    ).run(
      verdict.state,
      JSON.stringify(verdict.reason),
      verdict.ccUserId ?? null,
      this.now(),
      JSON.stringify(kept),
      runId,
      seq,
    );
  }

  setProfile(runId: string, seq: number, profile: 'set' | 'failed', reason?: Msg): void {
    this.stmt('UPDATE sync_users SET profile = ?, profile_reason = ? WHERE run_id = ? AND seq = ?').run(
      profile,
      reason ? JSON.stringify(reason) : null,
      runId,
      seq,
    );
  }

  counts(runId: string): SyncCounts {
    const rows = this.stmt('SELECT state, COUNT(*) AS n FROM sync_users WHERE run_id = ? GROUP BY state').all(
      runId,
    ) as { state: SyncUserState; n: number }[];
    const counts: SyncCounts = { total: 0, synced: 0, pending: 0, invalid: 0 };
    for (const r of rows) {
      counts.total += r.n;
      counts[r.state] += r.n;
    }
    return counts;
  }

  /** Whether this person is already part of an open alert (one alert per problem). */
  inOpenAlert(personId: string): boolean {
    return (
      this.stmt(
        "SELECT 1 FROM sync_users u JOIN sync_alerts a ON u.alert_id = a.id WHERE a.state = 'open' AND u.person_id = ? AND u.state != 'synced' LIMIT 1",
      ).get(personId) !== undefined
    );
  }

  /** Opens an alert for these users of a run (the message is posted next, then recorded). */
  createAlert(id: string, run: SyncRun, users: SyncUserRow[], nextCheckAt: number): SyncAlert {
    return this.db.transaction(() => {
      this.stmt(
        'INSERT INTO sync_alerts (id, run_id, room_id, state, created_at, next_check_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, run.id, run.roomId, 'open', this.now(), nextCheckAt);
      const mark = this.stmt('UPDATE sync_users SET alert_id = ? WHERE run_id = ? AND seq = ?');
      for (const u of users) mark.run(id, run.id, u.seq);
      return this.alert(id)!;
    })();
  }

  setAlertMessage(alertId: string, messageId: string): void {
    this.stmt('UPDATE sync_alerts SET message_id = ? WHERE id = ?').run(messageId, alertId);
  }

  /** Users by the state of their latest check, and alerts by state (metrics). */
  tallies(): { users: Record<string, number>; alerts: Record<string, number> } {
    return {
      users: countsBy(
        this.stmt(
          'SELECT state AS k, COUNT(*) AS n FROM (SELECT state, ROW_NUMBER() OVER (PARTITION BY email ORDER BY rowid DESC) AS latest FROM sync_users) WHERE latest = 1 GROUP BY state',
        ),
      ),
      alerts: countsBy(this.stmt('SELECT state AS k, COUNT(*) AS n FROM sync_alerts GROUP BY state')),
    };
  }

  alert(id: string): SyncAlert | undefined {
    const row = this.stmt('SELECT * FROM sync_alerts WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? toAlert(row) : undefined;
  }

  alertsInState(state: SyncAlertState): SyncAlert[] {
    return (
      this.stmt('SELECT * FROM sync_alerts WHERE state = ? ORDER BY created_at').all(state) as Record<string, unknown>[]
    ).map(toAlert);
  }

  alertUsers(alertId: string): SyncUserRow[] {
    return (
      this.stmt('SELECT * FROM sync_users WHERE alert_id = ? ORDER BY seq').all(alertId) as Record<string, unknown>[]
    ).map(toUser);
  }

  /** open -> resolved or dismissed, once; false when the alert was closed already. */
  closeAlert(alertId: string, state: 'resolved' | 'dismissed', by: string): boolean {
    return (
      this.stmt("UPDATE sync_alerts SET state = ?, closed_at = ?, closed_by = ? WHERE id = ? AND state = 'open'").run(
        state,
        this.now(),
        by,
        alertId,
      ).changes === 1
    );
  }

  setAlertNextCheck(alertId: string, at: number): void {
    this.stmt('UPDATE sync_alerts SET next_check_at = ? WHERE id = ?').run(at, alertId);
  }
}

const opt = <T>(v: unknown): T | undefined => (v === null || v === undefined ? undefined : (v as T));

function toRun(row: Record<string, unknown>): SyncRun {
  return {
    id: row.id as string,
    origin: row.origin as SyncOrigin,
    jobId: opt(row.job_id),
    roomId: row.room_id as string,
    threadId: row.thread_id as string,
    requestedBy: row.requested_by as string,
    state: row.state as SyncRunState,
    createdAt: row.created_at as number,
    deadlineAt: row.deadline_at as number,
    finishedAt: opt(row.finished_at),
    resyncs: row.resyncs as number,
    triggers: JSON.parse(row.triggers as string) as SyncTriggerRecord[],
    reportAtEnd: row.report_at_end === 1,
    retryOfAlert: opt(row.retry_of_alert),
    progressMessageId: opt(row.progress_message_id),
    progressEdits: row.progress_edits as number,
    progressText: opt(row.progress_text),
  };
}

function toUser(row: Record<string, unknown>): SyncUserRow {
  return {
    runId: row.run_id as string,
    seq: row.seq as number,
    personId: row.person_id as string,
    ciUserId: row.ci_user_id as string,
    email: row.email as string,
    tier: row.tier as SyncTarget['tier'],
    supervisor: row.supervisor === 1,
    trackingIds: JSON.parse(row.tracking_ids as string) as string[],
    state: row.state as SyncUserState,
    reason: JSON.parse(row.reason as string) as Msg,
    ccUserId: opt(row.cc_user_id),
    checks: row.checks as number,
    lastCheckedAt: opt(row.last_checked_at),
    profile: opt(row.profile),
    profileReason: row.profile_reason ? (JSON.parse(row.profile_reason as string) as Msg) : undefined,
    alertId: opt(row.alert_id),
  };
}

function toAlert(row: Record<string, unknown>): SyncAlert {
  return {
    id: row.id as string,
    runId: row.run_id as string,
    roomId: row.room_id as string,
    messageId: opt(row.message_id),
    state: row.state as SyncAlertState,
    createdAt: row.created_at as number,
    closedAt: opt(row.closed_at),
    closedBy: opt(row.closed_by),
    nextCheckAt: row.next_check_at as number,
  };
}
