import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { WebexApiError } from '../webex/errors.js';
import type { AgentSettings } from './agent-settings.js';
import type { ContactCenterClient } from './cc-client.js';
import { SyncAlerts } from './sync-alerts.js';
import { SyncChecks } from './sync-checks.js';
import type { JobCheck, SyncListener, SyncRun, SyncStore, SyncTarget, SyncTriggerRecord } from './sync-ports.js';
import type { SyncSettings } from './sync-settings.js';
import type { SyncTrigger } from './sync-trigger.js';
import { SyncWatcher } from './sync-watcher.js';

// The conversation implements the listener; both are declared with the other ports.
export type { JobCheck, SyncListener } from './sync-ports.js';

/** Users a check's result lists by name; the others are counted. */
export const RESULT_LINES = 30;

/**
 * Closes the loop with the Contact Center: after a change, asks for a synchronisation, checks every
 * user with backoff until each is Synced or the deadline passes, asks again for users that stay Invalid,
 * sets supervisor profiles, and raises one alert per problem (with a notice when it clears). Runs and
 * alerts live in the store, so a restart picks them up where they were.
 */
export class SyncEngine {
  private readonly active = new Map<string, Promise<void>>();
  private readonly wakers = new Map<string, () => void>();
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
      stopping: () => this.stopping,
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
  async checkAgain(runId: string): Promise<'checking' | 'all-synced' | 'unknown'> {
    const { store } = this.options;
    const run = await store.run(runId);
    if (!run) return 'unknown';
    await store.setDeadline(runId, Math.max(run.deadlineAt, this.now() + this.settings.deadlineMs));
    if (run.state === 'running') {
      this.wakers.get(runId)?.();
      void this.drive(runId);
      return 'checking';
    }
    if ((await store.unsettled(runId)).length === 0) return 'all-synced';
    await store.reopenRun(runId, this.now() + this.settings.deadlineMs, undefined);
    void this.drive(runId);
    return 'checking';
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
   * need settings, then checks them again.
   */
  async applySettings(runId: string, settings: AgentSettings): Promise<'applying' | 'nothing' | 'unknown'> {
    void runId;
    void settings;
    throw new Error('not built yet');
  }

  /** "Dismiss": the alert is closed and its users are no longer watched. */
  dismissAlert(alertId: string, by: string): Promise<boolean> {
    return this.options.store.closeAlert(alertId, 'dismissed', by);
  }

  /** Starts the background watcher (unfinished checks after a restart, open alerts). */
  startWatcher(): void {
    this.watcher.start();
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
      if (this.stopping) return;
      let run = (await store.run(runId))!;
      const deadlinePassed = this.now() >= run.deadlineAt;
      const seenBySync = new Set<number>();
      await this.checks.check(run, await store.unsettled(runId), deadlinePassed, seenBySync);
      run = (await store.run(runId))!;
      const open = await store.unsettled(runId);
      if (open.length === 0) break;
      await this.reportProgress(run);
      // Invalid users a synchronisation has been through since it was last asked for: ask again.
      const settledInvalid = open.filter((u) => u.state === 'invalid' && (deadlinePassed || seenBySync.has(u.seq)));
      if (settledInvalid.length > 0 && run.resyncs < this.settings.resyncs) {
        await this.trigger(run, 'resync');
        await store.setDeadline(runId, Math.max(run.deadlineAt, this.now() + this.settings.deadlineMs));
        delay = this.settings.pollInitialMs;
      } else if (deadlinePassed || settledInvalid.length === open.length) {
        break;
      }
      await this.sleep(runId, delay);
      delay = Math.min(delay * 2, this.settings.pollMaxMs);
    }
    await this.finish(runId);
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
