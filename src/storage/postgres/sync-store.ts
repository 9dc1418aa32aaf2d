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
import type { PgDatabase, Querier } from './database.js';
import { countsOf } from './rows.js';

/** Users inserted per statement (PostgreSQL takes at most 65,535 parameters in one). */
const INSERT_CHUNK = 1_000;
const USER_COLUMNS = 11;

/**
 * The synchronisation checks in PostgreSQL: runs, the users each run checks with their last verdict,
 * and the alerts raised. A method that reads then writes does it in one serializable transaction.
 */
export class PgSyncStore implements SyncStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => number,
  ) {}

  /** Creates a run with its users; a run with this id that exists already is kept as it is. */
  async createRun(
    run: Pick<SyncRun, 'id' | 'origin' | 'jobId' | 'roomId' | 'threadId' | 'requestedBy' | 'deadlineAt'>,
    users: SyncTarget[],
  ): Promise<{ run: SyncRun; created: boolean }> {
    return this.db.tx(async (q) => {
      const existing = await runIn(q, run.id);
      if (existing) return { run: existing, created: false };
      await q.run(
        'INSERT INTO sync_runs (id, origin, job_id, room_id, thread_id, requested_by, state, created_at, deadline_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)',
        [
          run.id,
          run.origin,
          run.jobId ?? null,
          run.roomId,
          run.threadId,
          run.requestedBy,
          'running',
          this.now(),
          run.deadlineAt,
        ],
      );
      const reason = JSON.stringify(msg('verify.notChecked'));
      for (let i = 0; i < users.length; i += INSERT_CHUNK) {
        const params: unknown[] = [];
        const values = users.slice(i, i + INSERT_CHUNK).map((u, n) => {
          params.push(
            run.id,
            i + n + 1,
            u.personId,
            u.ciUserId,
            u.email,
            u.tier,
            u.supervisor ? 1 : 0,
            JSON.stringify(u.trackingIds),
            'pending',
            reason,
            u.agent ? JSON.stringify(u.agent) : null,
          );
          const base = n * USER_COLUMNS;
          return `(${Array.from({ length: USER_COLUMNS }, (_, c) => `$${base + c + 1}`).join(', ')})`;
        });
        await q.run(
          `INSERT INTO sync_users (run_id, seq, person_id, ci_user_id, email, tier, supervisor, tracking_ids, state, reason, agent) VALUES ${values.join(', ')}`,
          params,
        );
      }
      return { run: (await runIn(q, run.id))!, created: true };
    });
  }

  async run(id: string): Promise<SyncRun | undefined> {
    return runIn(this.db, id);
  }

  async runsInState(state: SyncRunState): Promise<SyncRun[]> {
    return (await this.db.rows('SELECT * FROM sync_runs WHERE state = $1 ORDER BY created_at', [state])).map(toRun);
  }

  async addTrigger(runId: string, trigger: SyncTriggerRecord, countsAsResync: boolean): Promise<void> {
    await this.db.tx(async (q) => {
      const run = await runIn(q, runId);
      if (!run) return;
      await q.run('UPDATE sync_runs SET triggers = $1, resyncs = resyncs + $2 WHERE id = $3', [
        JSON.stringify([...run.triggers, trigger]),
        countsAsResync ? 1 : 0,
        runId,
      ]);
    });
  }

  /** The message that tells how a `sync` goes, with its first text (kept at the top of each edit). */
  async setProgressMessage(runId: string, messageId: string, text: string): Promise<void> {
    await this.db.run('UPDATE sync_runs SET progress_message_id = $1, progress_text = $2 WHERE id = $3', [
      messageId,
      text,
      runId,
    ]);
  }

  async countProgressEdit(runId: string): Promise<void> {
    await this.db.run('UPDATE sync_runs SET progress_edits = progress_edits + 1 WHERE id = $1', [runId]);
  }

  async setDeadline(runId: string, deadlineAt: number): Promise<void> {
    await this.db.run('UPDATE sync_runs SET deadline_at = $1 WHERE id = $2', [deadlineAt, runId]);
  }

  async claimRun(runId: string, owner: string, until: number, now: number): Promise<boolean> {
    // One statement: a replica that waited for the row lock sees the other's claim (READ COMMITTED re-reads
    // the row before updating it; PostgreSQL docs, "Transaction Isolation"), so one of the two gets it.
    return (
      (await this.db.run(
        'UPDATE sync_runs SET driver = $1, driver_until = $2 WHERE id = $3 AND (driver IS NULL OR driver = $1 OR driver_until <= $4)',
        [owner, until, runId, now],
      )) === 1
    );
  }

  async releaseRun(runId: string, owner: string): Promise<void> {
    await this.db.run('UPDATE sync_runs SET driver = NULL, driver_until = NULL WHERE id = $1 AND driver = $2', [
      runId,
      owner,
    ]);
  }

  /** The summary goes out before the run ends: the run reports when it does; false when it ended meanwhile. */
  async reportAtEnd(runId: string): Promise<boolean> {
    return (
      (await this.db.run("UPDATE sync_runs SET report_at_end = 1 WHERE id = $1 AND state = 'running'", [runId])) === 1
    );
  }

  /** Ends a run; returns it as it ended (with whether the thread still waits for its result). */
  async finishRun(runId: string): Promise<SyncRun | undefined> {
    await this.db.run("UPDATE sync_runs SET state = 'done', finished_at = $1 WHERE id = $2 AND state = 'running'", [
      this.now(),
      runId,
    ]);
    return runIn(this.db, runId);
  }

  /** Runs a finished run again for its users that are not synced (an alert's "Retry sync", "check again"). */
  async reopenRun(runId: string, deadlineAt: number, alertId: string | undefined): Promise<void> {
    await this.db.tx(async (q) => {
      await q.run(
        "UPDATE sync_runs SET state = 'running', finished_at = NULL, deadline_at = $1, resyncs = 0, report_at_end = 0, retry_of_alert = $2 WHERE id = $3",
        [deadlineAt, alertId ?? null, runId],
      );
      if (alertId)
        await q.run(
          "UPDATE sync_users SET settings_state = NULL, applied_at = NULL WHERE run_id = $1 AND state != 'synced' AND settings_state = 'applied'",
          [runId],
        );
    });
  }

  /** Marks the Control Hub step for the run's supervisors as asked for; true the first time only. */
  async markSupervisorStepAsked(runId: string): Promise<boolean> {
    return (
      (await this.db.run('UPDATE sync_runs SET supervisor_step_at = $1 WHERE id = $2 AND supervisor_step_at IS NULL', [
        this.now(),
        runId,
      ])) === 1
    );
  }

  /** Users of a run that are not synced yet, in order, with only what checking them needs. */
  async unsettled(runId: string): Promise<SyncCheckItem[]> {
    return (
      await this.db.rows(
        "SELECT seq, ci_user_id, email, tier, state, supervisor, reason, profile, settings_state, agent, missing FROM sync_users WHERE run_id = $1 AND state != 'synced' ORDER BY seq",
        [runId],
      )
    ).map(toCheckItem);
  }

  /** Users of a run that are not synced, in order, up to `limit` (what a result lists). */
  async notSynced(runId: string, limit: number): Promise<SyncUserRow[]> {
    return (
      await this.db.rows("SELECT * FROM sync_users WHERE run_id = $1 AND state != 'synced' ORDER BY seq LIMIT $2", [
        runId,
        limit,
      ])
    ).map(toUser);
  }

  /** Users of a run in a state (Invalid ones, to alert), in order. */
  async usersInState(runId: string, state: SyncUserState): Promise<SyncUserRow[]> {
    return (
      await this.db.rows('SELECT * FROM sync_users WHERE run_id = $1 AND state = $2 ORDER BY seq', [runId, state])
    ).map(toUser);
  }

  /** Users of a run who asked for a supervisor profile (what a result says about it). */
  async supervisors(runId: string): Promise<SyncUserRow[]> {
    return (
      await this.db.rows('SELECT * FROM sync_users WHERE run_id = $1 AND supervisor = 1 ORDER BY seq', [runId])
    ).map(toUser);
  }

  async recordVerdict(runId: string, seq: number, verdict: SyncVerdict): Promise<void> {
    await this.db.tx(async (q) => {
      const [row] = await q.rows<{ tracking_ids: string }>(
        'SELECT tracking_ids FROM sync_users WHERE run_id = $1 AND seq = $2',
        [runId, seq],
      );
      if (!row) return;
      const ids = JSON.parse(row.tracking_ids) as string[];
      if (verdict.trackingId && !ids.includes(verdict.trackingId)) ids.push(verdict.trackingId);
      // The first trackingIds are the writes that changed the user; of the checks, the latest few are kept.
      const kept = ids.length > 6 ? [...ids.slice(0, 2), ...ids.slice(-4)] : ids;
      await q.run(
        `UPDATE sync_users SET state = $1, reason = $2, missing = $3, cc_user_id = COALESCE($4, cc_user_id), checks = checks + 1,
           last_checked_at = $5, tracking_ids = $6, profile = COALESCE($7, profile),
           profile_reason = CASE WHEN $7::text IS NULL THEN profile_reason ELSE NULL END,
           settings_state = COALESCE($8, settings_state),
           applied_at = CASE WHEN $8::text = 'applied' THEN $5 ELSE applied_at END
         WHERE run_id = $9 AND seq = $10`,
        [
          verdict.state,
          JSON.stringify(verdict.reason),
          verdict.missing && verdict.missing.length > 0 ? JSON.stringify(verdict.missing) : null,
          verdict.ccUserId ?? null,
          this.now(),
          JSON.stringify(kept),
          verdict.profile ?? null,
          verdict.settings ?? null,
          runId,
          seq,
        ],
      );
    });
  }

  /** New settings for users of a run: each user's settings replaced, what became of the earlier ones forgotten. */
  async replaceAgentSettings(runId: string, changes: { seq: number; agent: AgentSettings }[]): Promise<void> {
    await this.db.tx(async (q) => {
      for (const c of changes)
        await q.run(
          'UPDATE sync_users SET agent = $1, missing = NULL, settings_state = NULL, applied_at = NULL, settings_asked_at = NULL WHERE run_id = $2 AND seq = $3',
          [JSON.stringify(c.agent), runId, c.seq],
        );
    });
  }

  /** The to-do asking for these users' settings went out. */
  async markSettingsAsked(runId: string, seqs: number[]): Promise<void> {
    await this.db.run('UPDATE sync_users SET settings_asked_at = $1 WHERE run_id = $2 AND seq = ANY($3::int[])', [
      this.now(),
      runId,
      seqs,
    ]);
  }

  async setProfile(runId: string, seq: number, profile: 'set' | 'waiting' | 'failed', reason?: Msg): Promise<void> {
    await this.db.run('UPDATE sync_users SET profile = $1, profile_reason = $2 WHERE run_id = $3 AND seq = $4', [
      profile,
      reason ? JSON.stringify(reason) : null,
      runId,
      seq,
    ]);
  }

  async counts(runId: string): Promise<SyncCounts> {
    const rows = await this.db.rows<{ state: SyncUserState; removed: boolean; n: number }>(
      "SELECT state, tier = 'none' AS removed, COUNT(*) AS n FROM sync_users WHERE run_id = $1 GROUP BY state, removed",
      [runId],
    );
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
    const rows = await this.db.rows(
      "SELECT 1 FROM sync_users u JOIN sync_alerts a ON u.alert_id = a.id WHERE a.state = 'open' AND u.person_id = $1 AND u.state != 'synced' LIMIT 1",
      [personId],
    );
    return rows.length > 0;
  }

  /** Opens an alert for these users of a run (the message is posted next, then recorded). */
  async createAlert(id: string, run: SyncRun, users: SyncUserRow[], nextCheckAt: number): Promise<SyncAlert> {
    return this.db.tx(async (q) => {
      await q.run(
        'INSERT INTO sync_alerts (id, run_id, room_id, state, created_at, next_check_at) VALUES ($1, $2, $3, $4, $5, $6)',
        [id, run.id, run.roomId, 'open', this.now(), nextCheckAt],
      );
      await q.run('UPDATE sync_users SET alert_id = $1 WHERE run_id = $2 AND seq = ANY($3::int[])', [
        id,
        run.id,
        users.map((u) => u.seq),
      ]);
      return (await alertIn(q, id))!;
    });
  }

  async setAlertMessage(alertId: string, messageId: string): Promise<void> {
    await this.db.run('UPDATE sync_alerts SET message_id = $1 WHERE id = $2', [messageId, alertId]);
  }

  /** Users by the state of their latest check, and alerts by state (metrics). */
  async tallies(): Promise<{ users: Record<string, number>; alerts: Record<string, number> }> {
    return {
      users: countsOf(
        await this.db.rows(
          'SELECT state AS k, COUNT(*) AS n FROM (SELECT state, ROW_NUMBER() OVER (PARTITION BY email ORDER BY id DESC) AS latest FROM sync_users) u WHERE latest = 1 GROUP BY state',
        ),
      ),
      alerts: countsOf(await this.db.rows('SELECT state AS k, COUNT(*) AS n FROM sync_alerts GROUP BY state')),
    };
  }

  async alert(id: string): Promise<SyncAlert | undefined> {
    return alertIn(this.db, id);
  }

  async alertsInState(state: SyncAlertState): Promise<SyncAlert[]> {
    return (await this.db.rows('SELECT * FROM sync_alerts WHERE state = $1 ORDER BY created_at', [state])).map(toAlert);
  }

  async alertUsers(alertId: string): Promise<SyncUserRow[]> {
    return (await this.db.rows('SELECT * FROM sync_users WHERE alert_id = $1 ORDER BY seq', [alertId])).map(toUser);
  }

  /** open -> resolved or dismissed, once; false when the alert was closed already. */
  async closeAlert(alertId: string, state: 'resolved' | 'dismissed', by: string): Promise<boolean> {
    return (
      (await this.db.run(
        "UPDATE sync_alerts SET state = $1, closed_at = $2, closed_by = $3 WHERE id = $4 AND state = 'open'",
        [state, this.now(), by, alertId],
      )) === 1
    );
  }

  async setAlertNextCheck(alertId: string, at: number): Promise<void> {
    await this.db.run('UPDATE sync_alerts SET next_check_at = $1 WHERE id = $2', [at, alertId]);
  }
}

async function runIn(q: Querier, id: string): Promise<SyncRun | undefined> {
  const [row] = await q.rows('SELECT * FROM sync_runs WHERE id = $1', [id]);
  return row ? toRun(row) : undefined;
}

async function alertIn(q: Querier, id: string): Promise<SyncAlert | undefined> {
  const [row] = await q.rows('SELECT * FROM sync_alerts WHERE id = $1', [id]);
  return row ? toAlert(row) : undefined;
}
