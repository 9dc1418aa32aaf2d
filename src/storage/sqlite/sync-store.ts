import type BetterSqlite3 from 'better-sqlite3';
import type { AgentSettings } from '../../contact-center/agent-settings.js';
import type {
  SyncAlert,
  SyncAlertState,
  SyncCheckItem,
  SyncCounts,
  SyncRun,
  SyncRunState,
  SyncStore,
  SyncTarget,
  SyncTriggerRecord,
  SyncUserRow,
  SyncUserState,
  SyncVerdict,
} from '../../contact-center/sync-ports.js';
import { type Msg, msg } from '../../i18n/msg.js';
import { toAlert, toCheckItem, toRun, toUser } from '../sync-rows.js';
import { countsBy, SqliteStore } from './statements.js';

/**
 * The synchronisation checks in the SQLite file: runs, the users each run checks with their last
 * verdict, and the alerts raised. Each method does its work in one go (a transaction where it writes
 * more than once).
 */
export class SqliteSyncStore extends SqliteStore implements SyncStore {
  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => number,
  ) {
    super(db);
  }

  /** Creates a run with its users; a run with this id that exists already is kept as it is. */
  async createRun(
    run: Pick<SyncRun, 'id' | 'origin' | 'jobId' | 'roomId' | 'threadId' | 'requestedBy' | 'deadlineAt'>,
    users: SyncTarget[],
  ): Promise<{ run: SyncRun; created: boolean }> {
    return this.db.transaction(() => {
      const existing = this.runNow(run.id);
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
        'INSERT INTO sync_users (run_id, seq, person_id, ci_user_id, email, tier, supervisor, tracking_ids, state, reason, agent) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
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
          u.agent ? JSON.stringify(u.agent) : null,
        );
      });
      return { run: this.runNow(run.id)!, created: true };
    })();
  }

  private runNow(id: string): SyncRun | undefined {
    const row = this.stmt('SELECT * FROM sync_runs WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? toRun(row) : undefined;
  }

  async run(id: string): Promise<SyncRun | undefined> {
    return this.runNow(id);
  }

  async runsInState(state: SyncRunState): Promise<SyncRun[]> {
    return (
      this.stmt('SELECT * FROM sync_runs WHERE state = ? ORDER BY created_at').all(state) as Record<string, unknown>[]
    ).map(toRun);
  }

  async addTrigger(runId: string, trigger: SyncTriggerRecord, countsAsResync: boolean): Promise<void> {
    this.db.transaction(() => {
      const run = this.runNow(runId);
      if (!run) return;
      this.stmt('UPDATE sync_runs SET triggers = ?, resyncs = resyncs + ? WHERE id = ?').run(
        JSON.stringify([...run.triggers, trigger]),
        countsAsResync ? 1 : 0,
        runId,
      );
    })();
  }

  /** The message that tells how a `sync` goes, with its first text (kept at the top of each edit). */
  async setProgressMessage(runId: string, messageId: string, text: string): Promise<void> {
    this.stmt('UPDATE sync_runs SET progress_message_id = ?, progress_text = ? WHERE id = ?').run(
      messageId,
      text,
      runId,
    );
  }

  async countProgressEdit(runId: string): Promise<void> {
    this.stmt('UPDATE sync_runs SET progress_edits = progress_edits + 1 WHERE id = ?').run(runId);
  }

  async setDeadline(runId: string, deadlineAt: number): Promise<void> {
    this.stmt('UPDATE sync_runs SET deadline_at = ? WHERE id = ?').run(deadlineAt, runId);
  }

  async claimRun(runId: string, owner: string, until: number, now: number): Promise<boolean> {
    return (
      this.stmt(
        'UPDATE sync_runs SET driver = ?, driver_until = ? WHERE id = ? AND (driver IS NULL OR driver = ? OR driver_until <= ?)',
      ).run(owner, until, runId, owner, now).changes === 1
    );
  }

  async releaseRun(runId: string, owner: string): Promise<void> {
    this.stmt('UPDATE sync_runs SET driver = NULL, driver_until = NULL WHERE id = ? AND driver = ?').run(runId, owner);
  }

  /**
   * The summary goes out before the run ends: the run reports in the thread when it does. False when
   * the run ended meanwhile (its result is final and goes into the summary itself).
   */
  async reportAtEnd(runId: string): Promise<boolean> {
    return (
      this.stmt("UPDATE sync_runs SET report_at_end = 1 WHERE id = ? AND state = 'running'").run(runId).changes === 1
    );
  }

  /** Ends a run; returns it as it ended (with whether the thread still waits for its result). */
  async finishRun(runId: string): Promise<SyncRun | undefined> {
    this.stmt("UPDATE sync_runs SET state = 'done', finished_at = ? WHERE id = ? AND state = 'running'").run(
      this.now(),
      runId,
    );
    return this.runNow(runId);
  }

  /**
   * Runs a finished run again for its users that are not synced: for an alert's "Retry sync" (the
   * alert hears the outcome), or for "check again" (the thread does).
   */
  async reopenRun(runId: string, deadlineAt: number, alertId: string | undefined): Promise<void> {
    this.db.transaction(() => {
      this.stmt(
        "UPDATE sync_runs SET state = 'running', finished_at = NULL, deadline_at = ?, resyncs = 0, report_at_end = 0, retry_of_alert = ? WHERE id = ?",
      ).run(deadlineAt, alertId, runId);
      if (alertId)
        this.stmt(
          "UPDATE sync_users SET settings_state = NULL, applied_at = NULL WHERE run_id = ? AND state != 'synced' AND settings_state = 'applied'",
        ).run(runId);
    })();
  }

  /** Marks the Control Hub step for the run's supervisors as asked for; true the first time only. */
  async markSupervisorStepAsked(runId: string): Promise<boolean> {
    return (
      this.stmt('UPDATE sync_runs SET supervisor_step_at = ? WHERE id = ? AND supervisor_step_at IS NULL').run(
        this.now(),
        runId,
      ).changes === 1
    );
  }

  /**
   * Users of a run that are not synced yet, in order, with only what checking them needs: a check of
   * 20,000 users holds 20,000 small records, not 20,000 full rows.
   */
  async unsettled(runId: string): Promise<SyncCheckItem[]> {
    return (
      this.stmt(
        "SELECT seq, ci_user_id, email, tier, state, supervisor, reason, profile, settings_state, agent, missing FROM sync_users WHERE run_id = ? AND state != 'synced' ORDER BY seq",
      ).all(runId) as Record<string, unknown>[]
    ).map(toCheckItem);
  }

  /** Users of a run that are not synced, in order, up to `limit` (what a result lists). */
  async notSynced(runId: string, limit: number): Promise<SyncUserRow[]> {
    return (
      this.stmt("SELECT * FROM sync_users WHERE run_id = ? AND state != 'synced' ORDER BY seq LIMIT ?").all(
        runId,
        limit,
      ) as Record<string, unknown>[]
    ).map(toUser);
  }

  /** Users of a run in a state (Invalid ones, to alert), in order. */
  async usersInState(runId: string, state: SyncUserState): Promise<SyncUserRow[]> {
    return (
      this.stmt('SELECT * FROM sync_users WHERE run_id = ? AND state = ? ORDER BY seq').all(runId, state) as Record<
        string,
        unknown
      >[]
    ).map(toUser);
  }

  /** Users of a run who asked for a supervisor profile (what a result says about it). */
  async supervisors(runId: string): Promise<SyncUserRow[]> {
    return (
      this.stmt('SELECT * FROM sync_users WHERE run_id = ? AND supervisor = 1 ORDER BY seq').all(runId) as Record<
        string,
        unknown
      >[]
    ).map(toUser);
  }

  async recordVerdict(runId: string, seq: number, verdict: SyncVerdict): Promise<void> {
    this.db.transaction(() => {
      const row = this.stmt('SELECT tracking_ids FROM sync_users WHERE run_id = ? AND seq = ?').get(runId, seq) as
        | { tracking_ids: string }
        | undefined;
      if (!row) return;
      const ids = JSON.parse(row.tracking_ids) as string[];
      if (verdict.trackingId && !ids.includes(verdict.trackingId)) ids.push(verdict.trackingId);
      // The first trackingIds are the writes that changed the user; of the checks, the latest few are kept.
      const kept = ids.length > 6 ? [...ids.slice(0, 2), ...ids.slice(-4)] : ids;
      const now = this.now();
      this.stmt(
        `UPDATE sync_users SET state = ?, reason = ?, missing = ?, cc_user_id = COALESCE(?, cc_user_id), checks = checks + 1,
           last_checked_at = ?, tracking_ids = ?, profile = COALESCE(?, profile),
           profile_reason = CASE WHEN ? IS NULL THEN profile_reason ELSE NULL END,
           settings_state = COALESCE(?, settings_state),
           applied_at = CASE WHEN ? = 'applied' THEN ? ELSE applied_at END
         WHERE run_id = ? AND seq = ?`,
      ).run(
        verdict.state,
        JSON.stringify(verdict.reason),
        verdict.missing && verdict.missing.length > 0 ? JSON.stringify(verdict.missing) : null,
        verdict.ccUserId ?? null,
        now,
        JSON.stringify(kept),
        verdict.profile ?? null,
        verdict.profile ?? null,
        verdict.settings ?? null,
        verdict.settings ?? null,
        now,
        runId,
        seq,
      );
    })();
  }

  /**
   * New settings for users of a run: each user's settings are replaced, and what became of the
   * earlier ones (missing, applied or refused, to-do asked) is forgotten.
   */
  async replaceAgentSettings(runId: string, changes: { seq: number; agent: AgentSettings }[]): Promise<void> {
    this.db.transaction(() => {
      const update = this.stmt(
        'UPDATE sync_users SET agent = ?, missing = NULL, settings_state = NULL, applied_at = NULL, settings_asked_at = NULL WHERE run_id = ? AND seq = ?',
      );
      for (const c of changes) update.run(JSON.stringify(c.agent), runId, c.seq);
    })();
  }

  /** The to-do asking for these users' settings went out. */
  async markSettingsAsked(runId: string, seqs: number[]): Promise<void> {
    this.db.transaction(() => {
      const mark = this.stmt('UPDATE sync_users SET settings_asked_at = ? WHERE run_id = ? AND seq = ?');
      const now = this.now();
      for (const seq of seqs) mark.run(now, runId, seq);
    })();
  }

  async setProfile(runId: string, seq: number, profile: 'set' | 'waiting' | 'failed', reason?: Msg): Promise<void> {
    this.stmt('UPDATE sync_users SET profile = ?, profile_reason = ? WHERE run_id = ? AND seq = ?').run(
      profile,
      reason ? JSON.stringify(reason) : null,
      runId,
      seq,
    );
  }

  async counts(runId: string): Promise<SyncCounts> {
    const rows = this.stmt(
      "SELECT state, tier = 'none' AS removed, COUNT(*) AS n FROM sync_users WHERE run_id = ? GROUP BY state, removed",
    ).all(runId) as { state: SyncUserState; removed: number; n: number }[];
    const counts: SyncCounts = { total: 0, synced: 0, pending: 0, needsSettings: 0, invalid: 0 };
    for (const r of rows) {
      counts.total += r.n;
      counts[r.state === 'needs_settings' ? 'needsSettings' : r.state] += r.n;
      if (r.state === 'synced' && r.removed) counts.removed = (counts.removed ?? 0) + r.n;
    }
    return counts;
  }

  /** Whether this person is already part of an open alert (one alert per problem). */
  async inOpenAlert(personId: string): Promise<boolean> {
    return (
      this.stmt(
        "SELECT 1 FROM sync_users u JOIN sync_alerts a ON u.alert_id = a.id WHERE a.state = 'open' AND u.person_id = ? AND u.state != 'synced' LIMIT 1",
      ).get(personId) !== undefined
    );
  }

  /** Opens an alert for these users of a run (the message is posted next, then recorded). */
  async createAlert(id: string, run: SyncRun, users: SyncUserRow[], nextCheckAt: number): Promise<SyncAlert> {
    return this.db.transaction(() => {
      this.stmt(
        'INSERT INTO sync_alerts (id, run_id, room_id, state, created_at, next_check_at) VALUES (?, ?, ?, ?, ?, ?)',
      ).run(id, run.id, run.roomId, 'open', this.now(), nextCheckAt);
      const mark = this.stmt('UPDATE sync_users SET alert_id = ? WHERE run_id = ? AND seq = ?');
      for (const u of users) mark.run(id, run.id, u.seq);
      return this.alertNow(id)!;
    })();
  }

  async setAlertMessage(alertId: string, messageId: string): Promise<void> {
    this.stmt('UPDATE sync_alerts SET message_id = ? WHERE id = ?').run(messageId, alertId);
  }

  /** Users by the state of their latest check, and alerts by state (metrics). */
  async tallies(): Promise<{ users: Record<string, number>; alerts: Record<string, number> }> {
    return {
      users: countsBy(
        this.stmt(
          'SELECT state AS k, COUNT(*) AS n FROM (SELECT state, ROW_NUMBER() OVER (PARTITION BY email ORDER BY rowid DESC) AS latest FROM sync_users) WHERE latest = 1 GROUP BY state',
        ),
      ),
      alerts: countsBy(this.stmt('SELECT state AS k, COUNT(*) AS n FROM sync_alerts GROUP BY state')),
    };
  }

  private alertNow(id: string): SyncAlert | undefined {
    const row = this.stmt('SELECT * FROM sync_alerts WHERE id = ?').get(id) as Record<string, unknown> | undefined;
    return row ? toAlert(row) : undefined;
  }

  async alert(id: string): Promise<SyncAlert | undefined> {
    return this.alertNow(id);
  }

  async alertsInState(state: SyncAlertState): Promise<SyncAlert[]> {
    return (
      this.stmt('SELECT * FROM sync_alerts WHERE state = ? ORDER BY created_at').all(state) as Record<string, unknown>[]
    ).map(toAlert);
  }

  async alertUsers(alertId: string): Promise<SyncUserRow[]> {
    return (
      this.stmt('SELECT * FROM sync_users WHERE alert_id = ? ORDER BY seq').all(alertId) as Record<string, unknown>[]
    ).map(toUser);
  }

  /** open -> resolved or dismissed, once; false when the alert was closed already. */
  async closeAlert(alertId: string, state: 'resolved' | 'dismissed', by: string): Promise<boolean> {
    return (
      this.stmt("UPDATE sync_alerts SET state = ?, closed_at = ?, closed_by = ? WHERE id = ? AND state = 'open'").run(
        state,
        this.now(),
        by,
        alertId,
      ).changes === 1
    );
  }

  async setAlertNextCheck(alertId: string, at: number): Promise<void> {
    this.stmt('UPDATE sync_alerts SET next_check_at = ? WHERE id = ?').run(at, alertId);
  }
}
