import type { Logger } from 'pino';
import { msg } from '../i18n/msg.js';
import { WebexApiError } from '../webex/errors.js';
import type { CcUser, ContactCenterClient } from './cc-client.js';
import type { SyncCheckItem, SyncRun, SyncStore, SyncUserRow } from './sync-ports.js';
import type { SyncSettings } from './sync-settings.js';
import { verifyUser } from './verify-user.js';

/** Above this many users, one listing of the Contact Center users is cheaper than one call per user. */
const LIST_THRESHOLD = 20;

/**
 * One round of checks: reads users from the Contact Center, stores each verdict, and gives those
 * synced who want one the supervisor profile. Counts the calls it makes, for the watcher's budget.
 */
export class SyncChecks {
  private supervisorProfile: Promise<string | undefined> | undefined;

  constructor(
    private readonly options: {
      store: SyncStore;
      cc: ContactCenterClient;
      logger: Logger;
      settings: SyncSettings;
      /** True once the engine stops: no further call starts. */
      stopping: () => boolean;
    },
  ) {}

  /**
   * Checks users against the Contact Center, stores each verdict, and sets the supervisor profile of
   * those synced who want one. `seenBySync` collects the users a synchronisation has been through
   * since the last one was asked for. Returns the number of Contact Center calls made.
   */
  async check(
    run: SyncRun,
    users: SyncCheckItem[],
    deadlinePassed: boolean,
    seenBySync?: Set<number>,
  ): Promise<number> {
    const { store, cc, logger } = this.options;
    if (users.length === 0) return 0;
    let calls = 0;
    const lastTrigger = run.triggers.at(-1)?.at ?? 0;
    const record = async (u: SyncCheckItem, ccUser: CcUser | undefined, trackingId: string | undefined) => {
      const verdict = verifyUser({ tier: u.tier }, ccUser, deadlinePassed);
      await store.recordVerdict(run.id, u.seq, { ...verdict, ccUserId: ccUser?.id, trackingId });
      if (ccUser && typeof ccUser.lastUpdatedTime === 'number' && ccUser.lastUpdatedTime >= lastTrigger)
        seenBySync?.add(u.seq);
    };
    const failed = async (u: SyncCheckItem, error: unknown) => {
      logger.warn({ err: error, email: u.email }, 'could not read the Contact Center user');
      const tracking = error instanceof WebexApiError ? error.trackingId : undefined;
      const reason = tracking ? msg('verify.apiFailedTracking', { trackingId: tracking }) : msg('verify.apiFailed');
      await store.recordVerdict(run.id, u.seq, { state: u.state, reason, ccUserId: undefined, trackingId: tracking });
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
          await record(u, ccUser, undefined);
        }
        for (const u of waiting.values()) await record(u, undefined, undefined);
      } catch (error) {
        for (const u of waiting.values()) await failed(u, error);
      }
      calls += Math.max(1, Math.ceil(listed / 1000));
    } else {
      for (const u of users) {
        if (this.options.stopping()) break;
        let answer: Awaited<ReturnType<ContactCenterClient['userByCiUserId']>>;
        try {
          calls += 1;
          answer = await cc.userByCiUserId(u.ciUserId);
        } catch (error) {
          await failed(u, error);
          continue;
        }
        await record(u, answer.user, answer.trackingId);
        if (answer.user) found.set(u.seq, answer.user);
      }
    }
    const checked = new Set(users.map((u) => u.seq));
    for (const u of await store.supervisorsToSet(run.id)) {
      if (this.options.stopping()) break;
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
        await store.setProfile(run.id, u.seq, 'failed', msg('profile.noSupervisorProfile'));
        return calls;
      }
      let current = read;
      for (let attempt = 0; attempt < 3; attempt += 1) {
        if (!current) {
          calls += 1;
          current = (await cc.userByCiUserId(u.ciUserId)).user;
        }
        if (!current) {
          await store.setProfile(run.id, u.seq, 'failed', msg('profile.gone'));
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
      if (after?.userProfileId === profileId) await store.setProfile(run.id, u.seq, 'set');
      else
        await store.setProfile(
          run.id,
          u.seq,
          'failed',
          msg('profile.stillShows', { profile: after?.userProfileType ?? msg('profile.none') }),
        );
    } catch (error) {
      logger.warn({ err: error, email: u.email }, 'could not set the supervisor profile');
      const message = error instanceof Error ? error.message : String(error);
      const trackingId = error instanceof WebexApiError ? error.trackingId : undefined;
      await store.setProfile(
        run.id,
        u.seq,
        'failed',
        trackingId ? msg('profile.failedTracking', { message, trackingId }) : msg('profile.failed', { message }),
      );
    }
    return calls;
  }

  private supervisorProfileId(): Promise<string | undefined> {
    const configured = this.options.settings.supervisorProfileId;
    if (configured) return Promise.resolve(configured);
    this.supervisorProfile ??= this.options.cc.userProfiles().then((profiles) => {
      const supervisors = profiles.filter((p) => p.profileType === 'SUPERVISOR');
      return (supervisors.find((p) => p.systemDefault) ?? supervisors[0])?.id;
    });
    // A failed look-up is asked again next time.
    this.supervisorProfile.catch(() => (this.supervisorProfile = undefined));
    return this.supervisorProfile;
  }
}
