import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { WebexApiError } from '../webex/errors.js';
import { AGENT_FIELDS, type AgentSettings, hasAgentSettings } from './agent-settings.js';
import type { ContactCenterClient } from './cc-client.js';
import { SyncAlerts } from './sync-alerts.js';
import { SyncChecks } from './sync-checks.js';
import type {
  JobCheck,
  SyncListener,
  SyncRun,
  SyncStore,
  SyncTarget,
  SyncTriggerRecord,
  SyncUserRow,
} from './sync-ports.js';
import type { SyncSettings } from './sync-settings.js';
import type { SyncTrigger } from './sync-trigger.js';
import { SyncWatcher } from './sync-watcher.js';

// The conversation implements the listener; both are declared with the other ports.
export type { JobCheck, SyncListener } from './sync-ports.js';

/** How soon settings the Contact Center accepted are read back (at most the first poll interval). */
const READ_BACK_MS = 2_000;

/**
 * Several replicas: how long a claim on a check holds without being extended (it is extended every third of
 * it); a replica that died leaves its checks for about this long.
 */
const DRIVER_LEASE_MS = 60_000;

/** How long "Done: check again" watches for a Supervisor role before it answers. */
export const ROLE_CHECK_WINDOW_MS = 2 * 60_000;

/** Users a check's result lists by name; the others are counted. */
export const RESULT_LINES = 30;

/**
 * Closes the loop with the Contact Center: after a change, asks for a synchronisation, checks every
 * user with backoff until each is ready or the deadline passes, writes the agent settings of users that
 * arrive without them (enabling them), reads them back, asks again for users a synchronisation should
 * have fixed, asks the administrators for what only they can give (settings nobody gave, the
 * Supervisor role in Control Hub), and raises one alert per real fault (with a notice when it clears).
 * Runs and alerts live in the store, so a restart picks them up where they were.
 */
export class SyncEngine {
  private readonly active = new Map<string, Promise<void>>();
  private readonly wakers = new Map<string, () => void>();
  /** Runs whose waiting supervisors are read one by one ("Done: check again" after the Control Hub step). */
  private readonly recheckSupervisors = new Set<string>();
  /** Runs whose claim another replica took over (this one stalled past its lease): left to that one. */
  private readonly lost = new Set<string>();
  private readonly checks: SyncChecks;
  private readonly alerts: SyncAlerts;
  private readonly watcher: SyncWatcher;
  private stopping = false;

  constructor(
    private readonly options: {
      store: SyncStore;
      cc: ContactCenterClient;
      trigger: SyncTrigger;
      listener: SyncListener;
      logger: Logger;
      settings: SyncSettings;
      now?: () => number;
      /**
       * Several replicas (DATABASE_URL): this process's name as the driver of a check. A check is driven by
       * the process that claimed it in the store, never by two: see `drive`.
       */
      driver?: { owner: string; leaseMs?: number };
    },
  ) {
    const { store, cc, logger, listener, settings } = options;
    this.checks = new SyncChecks({ store, cc, logger, settings, stopping: () => this.stopping });
    this.alerts = new SyncAlerts({
      store,
      listener,
      logger,
      now: () => this.now(),
      recheckMs: settings.watchIntervalMs,
    });
    this.watcher = new SyncWatcher({
      store,
      checks: this.checks,
      alerts: this.alerts,
      logger,
      settings,
      now: () => this.now(),
      isActive: (runId) => this.active.has(runId),
      drive: (runId) => this.drive(runId),
      afterCheck: (run) => this.askAdmins(run, false),
      stopping: () => this.stopping,
      hold: (runId, work) => this.hold(runId, work),
    });
  }

  get mode(): SyncTrigger['mode'] {
    return this.options.trigger.mode;
  }

  get settings(): SyncSettings {
    return this.options.settings;
  }

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  /** Starts a check of these users (for `sync`); drive it with `drive`. */
  async startRun(
    input: Pick<SyncRun, 'origin' | 'roomId' | 'threadId' | 'requestedBy'> & { jobId?: string; id?: string },
    targets: SyncTarget[],
  ): Promise<SyncRun> {
    const id = input.id ?? `sync-${randomBytes(3).toString('hex')}`;
    const created = await this.options.store.createRun(
      {
        id,
        origin: input.origin,
        jobId: input.jobId,
        roomId: input.roomId,
        threadId: input.threadId,
        requestedBy: input.requestedBy,
        deadlineAt: this.now() + this.settings.deadlineMs,
      },
      targets,
    );
    return created.run;
  }

  /**
   * The check after a job: waits for it up to the summary wait, then returns what is known. The same
   * job asked again (after a restart) continues its check rather than starting another.
   */
  async checkJob(
    job: { id: string; roomId: string; threadId: string; requestedBy: string },
    targets: SyncTarget[],
  ): Promise<JobCheck> {
    const run = await this.startRun(
      {
        id: `sync-${job.id}`,
        origin: 'job',
        jobId: job.id,
        roomId: job.roomId,
        threadId: job.threadId,
        requestedBy: job.requestedBy,
      },
      targets,
    );
    let timer: NodeJS.Timeout | undefined;
    const waited = new Promise<'waited'>((resolve) => {
      timer = setTimeout(() => resolve('waited'), this.settings.summaryWaitMs);
    });
    const outcome = await Promise.race([this.drive(run.id).then(() => 'done' as const), waited]);
    clearTimeout(timer);
    if (outcome === 'waited')
      this.options.logger.info(
        { runId: run.id },
        'the summary goes out before the check ends; the thread gets its result later',
      );
    // Not final while the run goes on (the summary waited long enough, or the bot is stopping): the
    // thread then gets the result when the run ends, in this process or after the next start.
    const { store } = this.options;
    const final = !(await store.reportAtEnd(run.id));
    const [latest, counts, supervisors] = await Promise.all([
      store.run(run.id),
      store.counts(run.id),
      store.supervisors(run.id),
    ]);
    return { run: latest!, counts, supervisors, final };
  }

  /** Drives a run to its end (once, however often asked); resolves when it ended or the engine stops. */
  drive(runId: string): Promise<void> {
    if (this.stopping) return Promise.resolve();
    let running = this.active.get(runId);
    if (!running) {
      running = this.claimed(runId)
        .catch((error: unknown) =>
          this.options.logger.error(
            { err: error, runId },
            'the synchronisation check stopped with an error; the watcher takes it up again',
          ),
        )
        .finally(() => this.active.delete(runId));
      this.active.set(runId, running);
    }
    return running;
  }

  /**
   * A check driven by one replica at a time. Why a claim in the store rather than sending every check to
   * the replica that holds the watcher's lock: the check after a job starts where the job runs and its
   * summary waits for it there, and a button pressed on any replica ("Synchronised: check again") drives
   * the check at once; a claim keeps all of that, and stops only the second driver.
   */
  private async claimed(runId: string): Promise<void> {
    if (!(await this.hold(runId, () => this.execute(runId))))
      this.options.logger.debug({ runId }, 'another replica drives this synchronisation check');
  }

  /**
   * Runs `work` on a run while this process holds it (always, without several replicas); false, without
   * running it, when another replica does. The claim is extended while the work goes on and given up at its
   * end; a replica that dies stops extending it, and the watcher's next round after it lapses takes the
   * check up elsewhere. Wall-clock time, not the engine's clock: the claims of several processes are compared.
   */
  private async hold(runId: string, work: () => Promise<void>): Promise<boolean> {
    const { driver, store, logger } = this.options;
    if (!driver) {
      await work();
      return true;
    }
    const leaseMs = driver.leaseMs ?? DRIVER_LEASE_MS;
    const claim = () => store.claimRun(runId, driver.owner, Date.now() + leaseMs, Date.now());
    if (!(await claim())) return false;
    const renew = setInterval(() => {
      claim().then(
        (kept) => {
          if (kept) return;
          logger.warn({ runId }, 'another replica took this synchronisation check over; leaving it to that one');
          this.lost.add(runId);
          this.wakers.get(runId)?.();
        },
        (error: unknown) => logger.warn({ err: error, runId }, 'could not extend the claim on a synchronisation check'),
      );
    }, leaseMs / 3);
    renew.unref();
    try {
      await work();
    } finally {
      clearInterval(renew);
      this.lost.delete(runId);
      await store
        .releaseRun(runId, driver.owner)
        .catch((error: unknown) => logger.warn({ err: error, runId }, 'could not give up a synchronisation check'));
    }
    return true;
  }

  /**
   * "Synchronised: check again", and "Done: check again" after the Control Hub step for supervisors:
   * checks a running run now (with a fresh deadline, since the step was just taken), or runs a finished
   * one again for its users not synced. Supervisors waiting for their role are read one by one, with
   * their profile type; with a synchronisation endpoint, one is asked for first (the role reaches the
   * Contact Center with a synchronisation).
   */
  async checkAgain(runId: string): Promise<'checking' | 'all-synced' | 'unknown'> {
    const { store } = this.options;
    const run = await store.run(runId);
    if (!run) return 'unknown';
    const waiting = (await store.supervisors(runId)).filter((u) => u.profile === 'waiting' && u.state !== 'synced');
    if (run.state === 'done' && (await store.unsettled(runId)).length === 0) return 'all-synced';
    let window = this.settings.deadlineMs;
    if (waiting.length > 0) {
      this.recheckSupervisors.add(runId);
      this.checks.forget(runId);
      if (this.mode === 'endpoint') await this.trigger(run, 'check');
      // "Done: check again" for supervisors only: the answer comes within minutes (the role, once saved
      // and synchronised, shows at the next reads), not after a whole deadline of silence when the
      // step was not done yet.
      const unsettled = await store.unsettled(runId);
      const onlyRole = unsettled.every(
        (u) => u.state === 'needs_settings' && u.profile === 'waiting' && (u.missing?.length ?? 0) === 0,
      );
      if (onlyRole) window = Math.min(window, ROLE_CHECK_WINDOW_MS);
    }
    await this.again(run, window);
    return 'checking';
  }

  /** Checks a running run now, or runs a finished one again (its thread hears the result). */
  private async again(run: SyncRun, window = this.settings.deadlineMs): Promise<void> {
    const { store } = this.options;
    const deadlineAt = this.now() + window;
    if (run.state === 'running') {
      await store.setDeadline(
        run.id,
        window < this.settings.deadlineMs ? deadlineAt : Math.max(run.deadlineAt, deadlineAt),
      );
      this.wakers.get(run.id)?.();
    } else {
      await store.reopenRun(run.id, deadlineAt, undefined);
      // The run's own report went out already: the result of this check follows in the thread.
      await store.reportAtEnd(run.id);
    }
    void this.drive(run.id);
  }

  /** "Retry sync" on an alert: one more synchronisation and a fresh check of its users. */
  async retryAlert(alertId: string): Promise<'retrying' | 'closed' | 'busy'> {
    const { store } = this.options;
    const alert = await store.alert(alertId);
    if (alert?.state !== 'open') return 'closed';
    if (this.active.has(alert.runId)) return 'busy';
    await store.reopenRun(alert.runId, this.now() + this.settings.deadlineMs, alertId);
    await this.trigger((await store.run(alert.runId))!, 'retry');
    void this.drive(alert.runId);
    return 'retrying';
  }

  /**
   * Applies settings (the organisation's defaults, from the to-do's button) to the users of a run that
   * need settings: for each, only the fields they miss or that the Contact Center refused, keeping the
   * others they were given. Then checks them again (the settings are written at the next round).
   * 'nothing' when no user of the run needs settings, or the settings given cover nothing they miss.
   */
  async applySettings(runId: string, settings: AgentSettings): Promise<'applying' | 'nothing' | 'unknown'> {
    const { store } = this.options;
    const run = await store.run(runId);
    if (!run) return 'unknown';
    const changes: { seq: number; agent: AgentSettings }[] = [];
    for (const u of await store.usersInState(runId, 'needs_settings')) {
      const agent = withGiven(u, settings);
      if (agent) changes.push({ seq: u.seq, agent });
    }
    if (changes.length === 0) return 'nothing';
    await store.replaceAgentSettings(runId, changes);
    this.options.logger.info({ runId, users: changes.length }, 'settings given for users who needed them');
    await this.again(run);
    return 'applying';
  }

  /** "Dismiss": the alert is closed and its users are no longer watched. */
  dismissAlert(alertId: string, by: string): Promise<boolean> {
    return this.options.store.closeAlert(alertId, 'dismissed', by);
  }

  /**
   * Starts the background watcher (unfinished checks after a restart, open alerts). `mayRun`: with several
   * replicas, whether this one does the rounds (one replica at a time).
   */
  startWatcher(mayRun?: () => Promise<boolean>): void {
    this.watcher.start(mayRun);
  }

  /** Stops watching and checking; unfinished runs stay in the store and resume at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    for (const wake of this.wakers.values()) wake();
    await this.watcher.stop();
    while (this.active.size > 0) await Promise.allSettled([...this.active.values()]);
  }

  /** Runs one watcher round now, after the round under way if any, so that two rounds never overlap. */
  watchRound(): Promise<void> {
    return this.watcher.roundNow();
  }

  /** One round of the watcher: unfinished runs, alerts not posted yet, open alerts that are due. */
  watch(): Promise<void> {
    return this.watcher.round();
  }

  private async execute(runId: string): Promise<void> {
    const { store } = this.options;
    const first = await store.run(runId);
    if (!first || first.state === 'done') return;
    if (first.triggers.length === 0) await this.trigger(first, 'first');
    let delay = this.settings.pollInitialMs;
    for (;;) {
      if (this.stopping || this.lost.has(runId)) return;
      let run = (await store.run(runId))!;
      const deadlinePassed = this.now() >= run.deadlineAt;
      const individually = this.recheckSupervisors.has(runId)
        ? new Set((await store.supervisors(runId)).filter((u) => u.profile === 'waiting').map((u) => u.seq))
        : undefined;
      const round = await this.checks.check(run, await store.unsettled(runId), deadlinePassed, individually);
      run = (await store.run(runId))!;
      await this.askAdmins(run, false);
      const open = await store.unsettled(runId);
      if (open.length === 0) break;
      await this.reportProgress(run);
      const settled = new Set(round.settled);
      if (round.applied > 0) {
        // Read the settings back soon: the write was accepted, what remains is to see it hold. The
        // backoff starts again from there.
        await this.sleep(runId, Math.min(this.settings.pollInitialMs, READ_BACK_MS));
        delay = this.settings.pollInitialMs;
        continue;
      }
      if (round.resyncable.length > 0 && run.resyncs < this.settings.resyncs) {
        // Users a synchronisation has been through since it was last asked for, and should have fixed.
        await this.trigger(run, 'resync');
        await store.setDeadline(runId, Math.max(run.deadlineAt, this.now() + this.settings.deadlineMs));
        // The progress message names the deadline: it moved, so the message says so now.
        run = (await store.run(runId))!;
        await this.reportProgress(run);
        delay = this.settings.pollInitialMs;
      } else if (deadlinePassed || open.every((u) => settled.has(u.seq))) {
        break;
      }
      // The last round falls on the deadline, not up to a whole backoff after the time the admin was given.
      await this.sleep(runId, Math.max(0, Math.min(delay, run.deadlineAt - this.now())));
      delay = Math.min(delay * 2, this.settings.pollMaxMs);
    }
    await this.finish(runId);
  }

  /**
   * Asks the administrators for what only they can give, once each: the Control Hub step for the
   * run's supervisors (once per run, when no supervisor is still on the way, or when the run ends),
   * and the settings of users who need them (again only when users not asked for yet need them).
   * Each is marked asked before it is asked, so that a restart does not ask twice.
   */
  private async askAdmins(run: SyncRun, ending: boolean): Promise<void> {
    const { store, listener, logger } = this.options;
    try {
      if (listener.supervisorStepNeeded && run.supervisorStepAskedAt === undefined) {
        const wanted = (await store.supervisors(run.id)).filter((u) => u.tier === 'premium');
        const waiting = wanted.filter((u) => u.profile === 'waiting' && u.state === 'needs_settings');
        const onTheWay = wanted.some((u) => u.state === 'pending');
        if (waiting.length > 0 && (ending || !onTheWay) && (await store.markSupervisorStepAsked(run.id)))
          await listener.supervisorStepNeeded((await store.run(run.id))!, waiting);
      }
      if (listener.settingsNeeded) {
        const needing = (await store.usersInState(run.id, 'needs_settings')).filter(
          (u) => (u.missing?.length ?? 0) > 0,
        );
        if (needing.some((u) => !u.settingsAsked)) {
          await store.markSettingsAsked(
            run.id,
            needing.map((u) => u.seq),
          );
          await listener.settingsNeeded(run, needing);
        }
      }
    } catch (error) {
      logger.warn({ err: error, runId: run.id }, 'could not ask the administrators for what the check needs');
    }
  }

  private async reportProgress(run: SyncRun): Promise<void> {
    const { store, listener, logger } = this.options;
    if (!listener.progress) return;
    try {
      await listener.progress(run, await store.counts(run.id));
    } catch (error) {
      logger.warn({ err: error, runId: run.id }, 'could not report the progress of the check');
    }
  }

  private async finish(runId: string): Promise<void> {
    const { store, listener } = this.options;
    const run = (await store.finishRun(runId))!;
    this.recheckSupervisors.delete(runId);
    this.checks.forget(runId);
    await this.askAdmins(run, true);
    if (run.retryOfAlert) {
      await this.alerts.retryFinished(run.retryOfAlert, run);
      return;
    }
    await this.alerts.raiseFor(run);
    if (run.origin === 'command' || run.reportAtEnd)
      await listener.runFinished(
        run,
        await store.counts(runId),
        await store.notSynced(runId, RESULT_LINES + 1),
        await store.supervisors(runId),
      );
  }

  private async trigger(run: SyncRun, why: SyncTriggerRecord['why']): Promise<void> {
    const { trigger, store, listener, logger } = this.options;
    const at = this.now();
    let trackingId: string | undefined;
    try {
      trackingId = (await trigger.request()).trackingId;
    } catch (error) {
      // The check goes on: a synchronisation may still happen (Control Hub also synchronises by itself).
      logger.warn({ err: error, runId: run.id }, 'asking for a synchronisation failed');
      trackingId = error instanceof WebexApiError ? error.trackingId : undefined;
    }
    const record = { at, mode: trigger.mode, why, ...(trackingId ? { trackingId } : {}) };
    await store.addTrigger(run.id, record, why === 'resync');
    if (trigger.mode === 'manual') await listener.manualSyncNeeded((await store.run(run.id))!, why);
  }

  private sleep(runId: string, ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(done, ms);
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wakers.set(runId, () => {
        this.wakers.delete(runId);
        done();
      });
    });
  }
}

/**
 * A user's settings with the given ones for the fields they miss or that were refused (the others they
 * were given stay); undefined when the settings given change nothing for them.
 */
function withGiven(user: SyncUserRow, given: AgentSettings): AgentSettings | undefined {
  const agent: AgentSettings = { ...user.agent };
  let changed = false;
  for (const field of user.missing ?? []) {
    if (given[field] === undefined || (field === 'teams' && given.teams!.length === 0)) continue;
    Object.assign(agent, { [field]: given[field] });
    changed = true;
  }
  return changed && hasAgentSettings(agent) ? pick(agent) : undefined;
}

/** Settings in the order of their fields (stored and compared as written). */
function pick(agent: AgentSettings): AgentSettings {
  const ordered: AgentSettings = {};
  for (const field of AGENT_FIELDS) if (agent[field] !== undefined) Object.assign(ordered, { [field]: agent[field] });
  return ordered;
}
