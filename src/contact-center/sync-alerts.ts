import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { SyncAlert, SyncListener, SyncRun, SyncStore } from './sync-ports.js';

/**
 * The alerts of the synchronisation checks: one per problem (users already in an open alert are not
 * alerted again), posted in the admin space, closed with a notice when their users are all synced.
 */
export class SyncAlerts {
  /**
   * Alerts being posted by this process: the watcher's round, which posts alerts whose message is not
   * recorded yet, must not post one a second time while the first post is still on its way.
   */
  private readonly posting = new Set<string>();

  constructor(
    private readonly options: {
      store: SyncStore;
      listener: SyncListener;
      logger: Logger;
      now: () => number;
      /** When an open alert's users are checked again after it is raised or checked. */
      recheckMs: number;
    },
  ) {}

  /** Opens an alert for the users of a finished run that are Invalid and not in an open alert yet. */
  async raiseFor(run: SyncRun): Promise<void> {
    const { store } = this.options;
    const fresh = [];
    for (const u of await store.usersInState(run.id, 'invalid'))
      if (!u.alertId && !(await store.inOpenAlert(u.personId))) fresh.push(u);
    if (fresh.length === 0) return;
    const id = `alert-${randomBytes(3).toString('hex')}`;
    const alert = await store.createAlert(id, run, fresh, this.options.now() + this.options.recheckMs);
    await this.post(alert, run);
  }

  /** Posts an alert and records its message; a failure leaves it for the watcher's next round. */
  async post(alert: SyncAlert, run: SyncRun): Promise<void> {
    const { store, listener, logger } = this.options;
    if (this.posting.has(alert.id)) return;
    this.posting.add(alert.id);
    try {
      // Posted meanwhile (the alert was read before its message was recorded): nothing more to post.
      if ((await store.alert(alert.id))?.messageId) return;
      const messageId = await listener.alertRaised(alert, run, await store.alertUsers(alert.id));
      await store.setAlertMessage(alert.id, messageId);
    } catch (error) {
      logger.warn(
        { err: error, alertId: alert.id },
        'could not post the synchronisation alert; the watcher posts it at its next round',
      );
    } finally {
      this.posting.delete(alert.id);
    }
  }

  /** Closes an alert whose users are all synced now, with a notice; false while some are not. */
  async resolveIfClear(alert: SyncAlert): Promise<boolean> {
    const { store, listener } = this.options;
    const users = await store.alertUsers(alert.id);
    if (users.some((u) => u.state !== 'synced')) return false;
    if (await store.closeAlert(alert.id, 'resolved', 'check'))
      await listener.alertResolved((await store.alert(alert.id))!, users);
    return true;
  }

  /** An alert's "Retry sync" run ended: resolved, or the alert hears who is still not synced. */
  async retryFinished(alertId: string, run: SyncRun): Promise<void> {
    const { store, listener } = this.options;
    const alert = await store.alert(alertId);
    if (alert && !(await this.resolveIfClear(alert)))
      await listener.retryFinished(alert, run, await store.alertUsers(alert.id));
  }
}
