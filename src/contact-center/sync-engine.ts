import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { msg } from '../i18n/msg.js';
import type {
  SyncAlert,
  SyncCheckItem,
  SyncCounts,
  SyncRun,
  SyncStore,
  SyncTarget,
  SyncTriggerRecord,
  SyncUserRow,
} from '../jobs/sync-store.js';
import { WebexApiError } from '../webex/errors.js';
import type { CcUser, ContactCenterClient } from './cc-client.js';
import type { SyncSettings } from './sync-settings.js';
import type { SyncTrigger } from './sync-trigger.js';
import { verifyUser } from './verify-user.js';

/** What the conversation does with the checks: ask for the manual step, report, alert. */
export interface SyncListener {
  /** Manual mode: asks the admins to press "Synchronize Users" in Control Hub. */
  manualSyncNeeded(run: SyncRun, why: SyncTriggerRecord['why']): Promise<void>;
  /** A round of checks is done (a `sync` request tells how it goes). */
  progress?(run: SyncRun, counts: SyncCounts): Promise<void>;
  /** A `sync` request, or a job check that outlived its summary, ended. */
  runFinished(run: SyncRun, counts: SyncCounts, notSynced: SyncUserRow[], supervisors: SyncUserRow[]): Promise<void>;
  /** Posts the alert in the admin space; returns the message id. */
  alertRaised(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<string>;
  alertResolved(alert: SyncAlert, users: SyncUserRow[]): Promise<void>;
  /** "Retry sync" on an alert ended with users still Invalid. */
  retryFinished(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<void>;
}

/** Users a check's result lists by name; the others are counted. */
export const RESULT_LINES = 30;

/** Above this many users, one listing of the Contact Center users is cheaper than one call per user. */
const LIST_THRESHOLD = 20;

export interface JobCheck {
  run: SyncRun;
  counts: SyncCounts;
  /** The users who asked for a supervisor profile, and what became of it. */
  supervisors: SyncUserRow[];
  /** False when the check goes on after the summary (the thread gets its result later). */
  final: boolean;
}

/**
 * Closes the loop with the Contact Center: after a change, asks for a synchronisation, checks every
 * user with backoff until each is Synced or the deadline passes, asks again for users that stay Invalid,
 * sets supervisor profiles, and raises one alert per problem (with a notice when it clears). Runs and
 * alerts live in the store, so a restart picks them up where they were.
 */
export class SyncEngine {
  private readonly active = new Map<string, Promise<void>>();
  private readonly wakers = new Map<string, () => void>();
  private supervisorProfile: Promise<string | undefined> | undefined;
  private watcher: NodeJS.Timeout | undefined;
  private watching: Promise<void> | undefined;
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
    },
  ) {}

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
  startRun(
    input: Pick<SyncRun, 'origin' | 'roomId' | 'threadId' | 'requestedBy'> & { jobId?: string; id?: string },
    targets: SyncTarget[],
  ): SyncRun {
    const id = input.id ?? `sync-${randomBytes(3).toString('hex')}`;
    return this.options.store.createRun(
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
    ).run;
  }

  /**
   * The check after a job: waits for it up to the summary wait, then returns what is known. The same
   * job asked again (after a restart) continues its check rather than starting another.
   */
  async checkJob(
    job: { id: string; roomId: string; threadId: string; requestedBy: string },
    targets: SyncTarget[],
  ): Promise<JobCheck> {
    const run = this.startRun(
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
    const final = !this.options.store.reportAtEnd(run.id);
    const { store } = this.options;
    return { run: store.run(run.id)!, counts: store.counts(run.id), supervisors: store.supervisors(run.id), final };
  }

  /** Drives a run to its end (once, however often asked); resolves when it ended or the engine stops. */
  drive(runId: string): Promise<void> {
    if (this.stopping) return Promise.resolve();
    let running = this.active.get(runId);
    if (!running) {
      running = this.execute(runId)
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
   * "Synchronised: check again": checks a running run now (with a fresh deadline, since the
   * synchronisation was just pressed), or runs a finished one again for its users not synced.
   */
  checkAgain(runId: string): 'checking' | 'all-synced' | 'unknown' {
    const { store } = this.options;
    const run = store.run(runId);
    if (!run) return 'unknown';
    store.setDeadline(runId, Math.max(run.deadlineAt, this.now() + this.settings.deadlineMs));
    if (run.state === 'running') {
      this.wakers.get(runId)?.();
      void this.drive(runId);
      return 'checking';
    }
    if (store.unsettled(runId).length === 0) return 'all-synced';
    store.reopenRun(runId, this.now() + this.settings.deadlineMs, undefined);
    void this.drive(runId);
    return 'checking';
  }

  /** "Retry sync" on an alert: one more synchronisation and a fresh check of its users. */
  async retryAlert(alertId: string): Promise<'retrying' | 'closed' | 'busy'> {
    const { store } = this.options;
    const alert = store.alert(alertId);
    if (alert?.state !== 'open') return 'closed';
    if (this.active.has(alert.runId)) return 'busy';
    store.reopenRun(alert.runId, this.now() + this.settings.deadlineMs, alertId);
    await this.trigger(store.run(alert.runId)!, 'retry');
    void this.drive(alert.runId);
    return 'retrying';
  }

  /** "Dismiss": the alert is closed and its users are no longer watched. */
  dismissAlert(alertId: string, by: string): boolean {
    return this.options.store.closeAlert(alertId, 'dismissed', by);
  }

  /** Starts the background watcher (unfinished checks after a restart, open alerts). */
  startWatcher(): void {
    if (this.watcher) return;
    const tick = () => {
      if (this.watching || this.stopping) return;
      this.watching = this.watch()
        .catch((error: unknown) =>
          this.options.logger.warn(
            { err: error },
            'the synchronisation watcher failed; it tries again at the next interval',
          ),
        )
        .finally(() => (this.watching = undefined));
    };
    this.watcher = setInterval(tick, this.settings.watchIntervalMs);
    this.watcher.unref();
    tick();
  }

  /** Stops watching and checking; unfinished runs stay in the store and resume at the next start. */
  async stop(): Promise<void> {
    this.stopping = true;
    if (this.watcher) clearInterval(this.watcher);
    for (const wake of this.wakers.values()) wake();
    await this.watching;
    while (this.active.size > 0) await Promise.allSettled([...this.active.values()]);
  }

  /** Runs one watcher round now, after the round under way if any, so that two rounds never overlap. */
  async watchRound(): Promise<void> {
    while (this.watching) await this.watching;
    const round = this.watch();
    // The caller gets the round's failure; whoever waits for the round to end only needs to know it ended.
    this.watching = round
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (this.watching = undefined));
    return round;
  }

  /** One round of the watcher: unfinished runs, alerts not posted yet, open alerts that are due. */
  async watch(): Promise<void> {
    const { store, logger } = this.options;
    for (const run of store.runsInState('running')) {
      if (!this.active.has(run.id)) {
        logger.info({ runId: run.id }, 'taking up a synchronisation check that was unfinished');
        void this.drive(run.id);
      }
    }
    let budget = Math.max(1, Math.floor((this.settings.watchChecksPerMinute * this.settings.watchIntervalMs) / 60_000));
    for (const alert of store.alertsInState('open')) {
      if (this.stopping) return;
      const run = store.run(alert.runId)!;
      if (!alert.messageId) await this.postAlert(alert, run);
      if (alert.nextCheckAt > this.now() || this.active.has(alert.runId)) continue;
      const open = store.alertUsers(alert.id).filter((u) => u.state !== 'synced');
      if (open.length > budget) {
        logger.info(
          { alertId: alert.id, budget },
          'the watcher has used its share of the Contact Center rate limit; the rest waits for the next round',
        );
        break;
      }
      budget -= await this.checkUsers(run, open, true);
      if (!(await this.resolveIfClear(alert)))
        store.setAlertNextCheck(alert.id, this.now() + this.settings.watchIntervalMs);
    }
  }

  private async execute(runId: string): Promise<void> {
    const { store } = this.options;
    const first = store.run(runId);
    if (!first || first.state === 'done') return;
    if (first.triggers.length === 0) await this.trigger(first, 'first');
    let delay = this.settings.pollInitialMs;
    for (;;) {
      if (this.stopping) return;
      let run = store.run(runId)!;
      const deadlinePassed = this.now() >= run.deadlineAt;
      const seenBySync = new Set<number>();
      await this.checkUsers(run, store.unsettled(runId), deadlinePassed, seenBySync);
      run = store.run(runId)!;
      const open = store.unsettled(runId);
      if (open.length === 0) break;
      await this.options.listener
        .progress?.(run, store.counts(runId))
        ?.catch((error: unknown) =>
          this.options.logger.warn({ err: error, runId }, 'could not report the progress of the check'),
        );
      // Invalid users a synchronisation has been through since it was last asked for: ask again.
      const settledInvalid = open.filter((u) => u.state === 'invalid' && (deadlinePassed || seenBySync.has(u.seq)));
      if (settledInvalid.length > 0 && run.resyncs < this.settings.resyncs) {
        await this.trigger(run, 'resync');
        store.setDeadline(runId, Math.max(run.deadlineAt, this.now() + this.settings.deadlineMs));
        delay = this.settings.pollInitialMs;
      } else if (deadlinePassed || settledInvalid.length === open.length) {
        break;
      }
      await this.sleep(runId, delay);
      delay = Math.min(delay * 2, this.settings.pollMaxMs);
    }
    await this.finish(runId);
  }

  private async finish(runId: string): Promise<void> {
    const { store, listener } = this.options;
    const run = store.finishRun(runId)!;
    if (run.retryOfAlert) {
      const alert = store.alert(run.retryOfAlert);
      if (alert && !(await this.resolveIfClear(alert)))
        await listener.retryFinished(alert, run, store.alertUsers(alert.id));
      return;
    }
    // One alert per problem: users already in an open alert are not alerted again.
    const fresh = store.usersInState(runId, 'invalid').filter((u) => !u.alertId && !store.inOpenAlert(u.personId));
    if (fresh.length > 0) {
      const alert = store.createAlert(
        `alert-${randomBytes(3).toString('hex')}`,
        run,
        fresh,
        this.now() + this.settings.watchIntervalMs,
      );
      await this.postAlert(alert, run);
    }
    if (run.origin === 'command' || run.reportAtEnd)
      await listener.runFinished(
        run,
        store.counts(runId),
        store.notSynced(runId, RESULT_LINES + 1),
        store.supervisors(runId),
      );
  }

  private async postAlert(alert: SyncAlert, run: SyncRun): Promise<void> {
    const { store, listener, logger } = this.options;
    try {
      const messageId = await listener.alertRaised(alert, run, store.alertUsers(alert.id));
      store.setAlertMessage(alert.id, messageId);
    } catch (error) {
      logger.warn(
        { err: error, alertId: alert.id },
        'could not post the synchronisation alert; the watcher posts it at its next round',
      );
    }
  }

  /** Closes an alert whose users are all synced now, with a notice; false while some are not. */
  private async resolveIfClear(alert: SyncAlert): Promise<boolean> {
    const { store, listener } = this.options;
    const users = store.alertUsers(alert.id);
    if (users.some((u) => u.state !== 'synced')) return false;
    if (store.closeAlert(alert.id, 'resolved', 'check')) await listener.alertResolved(store.alert(alert.id)!, users);
    return true;
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
    store.addTrigger(run.id, { at, mode: trigger.mode, why, ...(trackingId ? { trackingId } : {}) }, why === 'resync');
    if (trigger.mode === 'manual') await listener.manualSyncNeeded(store.run(run.id)!, why);
  }

  /**
   * Checks users against the Contact Center, stores each verdict, and sets the supervisor profile of
   * those synced who want one. Returns the number of Contact Center calls made.
   */
  private async checkUsers(
    run: SyncRun,
    users: SyncCheckItem[],
    deadlinePassed: boolean,
    seenBySync?: Set<number>,
  ): Promise<number> {
    const { store, cc, logger } = this.options;
    if (users.length === 0) return 0;
    let calls = 0;
    const lastTrigger = run.triggers.at(-1)?.at ?? 0;
    const record = (u: SyncCheckItem, ccUser: CcUser | undefined, trackingId: string | undefined): void => {
      const verdict = verifyUser({ tier: u.tier }, ccUser, deadlinePassed);
      store.recordVerdict(run.id, u.seq, { ...verdict, ccUserId: ccUser?.id, trackingId });
      if (ccUser && typeof ccUser.lastUpdatedTime === 'number' && ccUser.lastUpdatedTime >= lastTrigger)
        seenBySync?.add(u.seq);
    };
    const failed = (u: SyncCheckItem, error: unknown): void => {
      logger.warn({ err: error, email: u.email }, 'could not read the Contact Center user');
      const tracking = error instanceof WebexApiError ? error.trackingId : undefined;
      const reason = tracking ? msg('verify.apiFailedTracking', { trackingId: tracking }) : msg('verify.apiFailed');
      store.recordVerdict(run.id, u.seq, { state: u.state, reason, ccUserId: undefined, trackingId: tracking });
    };
    const found = new Map<number, CcUser>();
    if (users.length > LIST_THRESHOLD) {
      // One listing instead of a call per user, verified page by page as it streams in: only the
      // users still to check are held, never the whole Contact Center.
      const waiting = new Map(users.map((u) => [u.ciUserId, u]));
      let listed = 0;
      try {
        for await (const ccUser of cc.listUsers()) {
          listed += 1;
          const u = waiting.get(ccUser.ciUserId);
          if (!u) continue;
          waiting.delete(ccUser.ciUserId);
          record(u, ccUser, undefined);
        }
        for (const u of waiting.values()) record(u, undefined, undefined);
      } catch (error) {
        for (const u of waiting.values()) failed(u, error);
      }
      calls += Math.max(1, Math.ceil(listed / 1000));
    } else {
      for (const u of users) {
        if (this.stopping) break;
        try {
          calls += 1;
          const { user: ccUser, trackingId } = await cc.userByCiUserId(u.ciUserId);
          record(u, ccUser, trackingId);
          if (ccUser) found.set(u.seq, ccUser);
        } catch (error) {
          failed(u, error);
        }
      }
    }
    const checked = new Set(users.map((u) => u.seq));
    for (const u of store.supervisorsToSet(run.id)) {
      if (this.stopping) break;
      if (!checked.has(u.seq)) continue;
      calls += await this.setSupervisor(run, u, found.get(u.seq));
    }
    return calls;
  }

  /** Gives a synced user the supervisor profile and reads it back. Returns the calls made. */
  private async setSupervisor(run: SyncRun, u: SyncUserRow, read: CcUser | undefined): Promise<number> {
    const { store, cc, logger } = this.options;
    let calls = 0;
    try {
      const profileId = await this.supervisorProfileId();
      if (!profileId) {
        store.setProfile(run.id, u.seq, 'failed', msg('profile.noSupervisorProfile'));
        return calls;
      }
      let current = read;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (!current) {
          calls += 1;
          current = (await cc.userByCiUserId(u.ciUserId)).user;
        }
        if (!current) {
          store.setProfile(run.id, u.seq, 'failed', msg('profile.gone'));
          return calls;
        }
        if (current.userProfileId === profileId) break;
        try {
          calls += 1;
          await cc.updateUser({ ...current, userProfileId: profileId });
          break;
        } catch (error) {
          // Changed meanwhile (a synchronisation): read it again and retry with the new version.
          if (error instanceof WebexApiError && error.code === 'precondition_failed') current = undefined;
          else throw error;
        }
      }
      calls += 1;
      const after = (await cc.userByCiUserId(u.ciUserId)).user;
      if (after?.userProfileId === profileId) store.setProfile(run.id, u.seq, 'set');
      else
        store.setProfile(
          run.id,
          u.seq,
          'failed',
          msg('profile.stillShows', { profile: after?.userProfileType ?? msg('profile.none') }),
        );
    } catch (error) {
      logger.warn({ err: error, email: u.email }, 'could not set the supervisor profile');
      const message = error instanceof Error ? error.message : String(error);
      const trackingId = error instanceof WebexApiError ? error.trackingId : undefined;
      store.setProfile(
        run.id,
        u.seq,
        'failed',
        trackingId ? msg('profile.failedTracking', { message, trackingId }) : msg('profile.failed', { message }),
      );
    }
    return calls;
  }

  private supervisorProfileId(): Promise<string | undefined> {
    const configured = this.settings.supervisorProfileId;
    if (configured) return Promise.resolve(configured);
    this.supervisorProfile ??= this.options.cc.userProfiles().then((profiles) => {
      const supervisors = profiles.filter((p) => p.profileType === 'SUPERVISOR');
      return (supervisors.find((p) => p.systemDefault) ?? supervisors[0])?.id;
    });
    // A failed look-up is asked again next time.
    this.supervisorProfile.catch(() => (this.supervisorProfile = undefined));
    return this.supervisorProfile;
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
