import type { Logger } from 'pino';
import type { SyncAlerts } from './sync-alerts.js';
import { estimatedCalls, type SyncChecks } from './sync-checks.js';
import type { SyncRun, SyncStore } from './sync-ports.js';
import type { SyncSettings } from './sync-settings.js';

/**
 * The background round of the synchronisation checks: takes up runs left unfinished (after a
 * restart), posts alerts not posted yet, and checks the users of open alerts when they are due, within
 * a share of the Contact Center's rate limit.
 */
export class SyncWatcher {
  private timer: NodeJS.Timeout | undefined;
  private watching: Promise<void> | undefined;
  /** Several replicas: whether this one does the rounds now (one at a time); by default it does. */
  private mayRun: () => Promise<boolean> = async () => true;

  constructor(
    private readonly options: {
      store: SyncStore;
      checks: SyncChecks;
      alerts: SyncAlerts;
      logger: Logger;
      settings: SyncSettings;
      now: () => number;
      /** Whether a run is being driven in this process now. */
      isActive: (runId: string) => boolean;
      drive: (runId: string) => Promise<void>;
      /** After an alert's users were checked: what the administrators must be asked for (settings, steps). */
      afterCheck: (run: SyncRun) => Promise<void>;
      stopping: () => boolean;
      /** Runs `work` while this process holds the run (several replicas); false, not run, when another does. */
      hold?: (runId: string, work: () => Promise<void>) => Promise<boolean>;
    },
  ) {}

  /** `mayRun`: with several replicas, whether this one does the background rounds (asked at each round). */
  start(mayRun?: () => Promise<boolean>): void {
    if (this.timer) return;
    if (mayRun) this.mayRun = mayRun;
    const tick = () => {
      if (this.watching || this.options.stopping()) return;
      this.watching = this.mayRun()
        .then((mine) => (mine ? this.round() : undefined))
        .catch((error: unknown) =>
          this.options.logger.warn(
            { err: error },
            'the synchronisation watcher failed; it tries again at the next interval',
          ),
        )
        .finally(() => (this.watching = undefined));
    };
    this.timer = setInterval(tick, this.options.settings.watchIntervalMs);
    this.timer.unref();
    tick();
  }

  /** No new round starts; resolves when the round under way ended. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    await this.watching;
  }

  /** Runs one round now, after the round under way if any, so that two rounds never overlap. */
  async roundNow(): Promise<void> {
    while (this.watching !== undefined) await this.watching;
    const round = this.round();
    // The caller gets the round's failure; whoever waits for the round to end only needs to know it ended.
    this.watching = round
      .then(
        () => undefined,
        () => undefined,
      )
      .finally(() => (this.watching = undefined));
    return round;
  }

  /** One round: unfinished runs, alerts not posted yet, open alerts that are due. */
  async round(): Promise<void> {
    const { store, logger, settings, checks, alerts, now } = this.options;
    for (const run of await store.runsInState('running')) {
      if (!this.options.isActive(run.id)) {
        logger.info({ runId: run.id }, 'taking up a synchronisation check that was unfinished');
        void this.options.drive(run.id);
      }
    }
    let budget = Math.max(1, Math.floor((settings.watchChecksPerMinute * settings.watchIntervalMs) / 60_000));
    for (const alert of await store.alertsInState('open')) {
      if (this.options.stopping()) return;
      const run = (await store.run(alert.runId))!;
      if (!alert.messageId) await alerts.post(alert, run);
      if (alert.nextCheckAt > now() || this.options.isActive(alert.runId)) continue;
      const open = (await store.alertUsers(alert.id)).filter((u) => u.state !== 'synced');
      if (estimatedCalls(open.length) > budget) {
        logger.info(
          { alertId: alert.id, budget },
          'the watcher has used its share of the Contact Center rate limit; the rest waits for the next round',
        );
        break;
      }
      const hold = this.options.hold ?? ((_runId, work) => work().then(() => true));
      // Several replicas: the alert's check is not run while another replica drives its run ("Retry sync").
      const held = await hold(run.id, async () => {
        budget -= (await checks.check(run, open, true)).calls;
        checks.forget(run.id);
        await this.options.afterCheck((await store.run(run.id))!);
        if (!(await alerts.resolveIfClear(alert)))
          await store.setAlertNextCheck(alert.id, now() + settings.watchIntervalMs);
      });
      if (!held) logger.debug({ alertId: alert.id }, 'another replica drives the run of this alert now');
    }
  }
}
