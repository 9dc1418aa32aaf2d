import type { Logger } from 'pino';
import { msg } from '../i18n/msg.js';
import { WebexApiError } from '../webex/errors.js';
import { AGENT_FIELDS, type AgentField, type AgentSettings, REQUIRED_AGENT_FIELDS } from './agent-settings.js';
import type { BulkItemResult, CcUser, ContactCenterClient } from './cc-client.js';
import type { SyncCheckItem, SyncRun, SyncStore, SyncVerdict } from './sync-ports.js';
import type { SyncSettings } from './sync-settings.js';
import { type Verdict, verifyUser } from './verify-user.js';

/** Above this many users, one listing of the Contact Center users is cheaper than one call per user. */
const LIST_THRESHOLD = 20;

/**
 * Users per bulk update: our choice, as the OpenAPI states no maximum for `PATCH /user/bulk`; 100 is
 * the largest batch size it states elsewhere.
 */
export const BULK_SIZE = 100;

/** The user fields a setting is written to, as the Contact Center names them in its answers. */
const WRITTEN_AS: Record<AgentField, string> = {
  site: 'siteId',
  teams: 'teamIds',
  desktopProfile: 'agentProfileId',
  multimediaProfile: 'multimediaProfileId',
  skillProfile: 'skillProfileId',
};

/**
 * The Contact Center calls a round for this many users is expected to make: a read per user, or a
 * listing (a page per 1,000 users of the organisation, at least one) with the list of user profiles;
 * and a bulk write per 100 users.
 */
export function estimatedCalls(users: number): number {
  const writes = Math.ceil(users / BULK_SIZE);
  return (users <= LIST_THRESHOLD ? users : 2) + writes;
}

/** What one round of checks did. */
export interface CheckRound {
  /** Contact Center calls made (for the watcher's share of the rate limit). */
  calls: number;
  /** Users whose settings the Contact Center accepted in this round: the next round reads them back. */
  applied: number;
  /**
   * Invalid users a synchronisation should fix and one has been through since it was last asked for
   * (or the deadline passed): what a re-sync is for.
   */
  resyncable: number[];
  /** Users for whom waiting changes nothing: they need an administrator, or are a real fault. */
  settled: number[];
}

interface ToWrite {
  item: SyncCheckItem;
  ccUserId: string;
  fields: Record<string, unknown>;
}

/**
 * One round of checks: reads users from the Contact Center, judges each, writes the settings of those
 * that need them (bulk partial update, enabling them with it) and stores each verdict. Counts the calls
 * it makes, for the watcher's budget. The profile type is never written (OpenAPI `UserDTO.userProfileId`:
 * changing it "is supported only from Cisco Webex Control Hub"): a supervisor's role is read back.
 */
export class SyncChecks {
  /** Profile type by user profile id, read once per run (the listing gives only the id). */
  private readonly profileTypes = new Map<string, Promise<Map<string, string>>>();

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

  /** Forgets what was read once for a run (its profile types). */
  forget(runId: string): void {
    this.profileTypes.delete(runId);
  }

  /**
   * Checks users against the Contact Center, writes the settings of those that need them, and stores
   * each verdict. `individually`: users read one by one (with their profile type) even when the others
   * are listed.
   */
  async check(
    run: SyncRun,
    users: SyncCheckItem[],
    deadlinePassed: boolean,
    individually: ReadonlySet<number> = new Set(),
  ): Promise<CheckRound> {
    const { store, cc, logger } = this.options;
    const round: CheckRound = { calls: 0, applied: 0, resyncable: [], settled: [] };
    if (users.length === 0) return round;
    const lastTrigger = run.triggers.at(-1)?.at ?? 0;
    const toWrite: ToWrite[] = [];

    const judge = async (u: SyncCheckItem, ccUser: CcUser | undefined, trackingId: string | undefined) => {
      const verdict = verifyUser(
        {
          tier: u.tier,
          supervisor: u.supervisor,
          ...(u.agent ? { agent: u.agent } : {}),
          ...(u.settings ? { settings: u.settings } : {}),
          ...(u.settings === 'refused'
            ? { refused: { reason: u.reason, ...(u.missing ? { missing: u.missing } : {}) } }
            : {}),
        },
        ccUser,
        deadlinePassed,
      );
      if (verdict.write && ccUser) {
        toWrite.push({ item: u, ccUserId: ccUser.id, fields: verdict.write });
        return;
      }
      // A user the bot wrote to changed because of that write, not because a synchronisation went through.
      const seenBySync =
        u.settings !== 'applied' &&
        typeof ccUser?.lastUpdatedTime === 'number' &&
        ccUser.lastUpdatedTime >= lastTrigger;
      this.classify(round, u, verdict, deadlinePassed || seenBySync);
      await store.recordVerdict(run.id, u.seq, this.stored(verdict, ccUser?.id, trackingId));
    };
    const failed = async (u: SyncCheckItem, error: unknown) => {
      logger.warn({ err: error, email: u.email }, 'could not read the Contact Center user');
      const tracking = error instanceof WebexApiError ? error.trackingId : undefined;
      // The verdict stands; a refusal keeps the Contact Center's words, for the to-do.
      const reason =
        u.settings === 'refused'
          ? u.reason
          : tracking
            ? msg('verify.apiFailedTracking', { trackingId: tracking })
            : msg('verify.apiFailed');
      await store.recordVerdict(run.id, u.seq, {
        state: u.state,
        reason,
        ...(u.missing ? { missing: u.missing } : {}),
        ccUserId: undefined,
        trackingId: tracking,
      });
    };

    const one = users.length <= LIST_THRESHOLD ? users : users.filter((u) => individually.has(u.seq));
    const listed = users.length <= LIST_THRESHOLD ? [] : users.filter((u) => !individually.has(u.seq));
    if (listed.length > 0) {
      // One listing instead of a call per user, judged page by page as it streams in: only the users
      // still to check are held, never the whole Contact Center. The listing gives the profile id;
      // its type comes from one list of the organisation's user profiles.
      const types = await this.profileTypesOf(run.id, round);
      const waiting = new Map(listed.map((u) => [u.ciUserId, u]));
      let pages = 0;
      try {
        let listedUsers = 0;
        for await (const ccUser of cc.listUsers()) {
          listedUsers += 1;
          pages = Math.ceil(listedUsers / 1000);
          const u = waiting.get(ccUser.ciUserId);
          if (!u) continue;
          waiting.delete(ccUser.ciUserId);
          const type = ccUser.userProfileType ?? (ccUser.userProfileId ? types?.get(ccUser.userProfileId) : undefined);
          await judge(u, type ? { ...ccUser, userProfileType: type } : ccUser, undefined);
        }
        for (const u of waiting.values()) await judge(u, undefined, undefined);
      } catch (error) {
        for (const u of waiting.values()) await failed(u, error);
      }
      round.calls += Math.max(1, pages);
    }
    for (const u of one) {
      if (this.options.stopping()) break;
      let answer: Awaited<ReturnType<ContactCenterClient['userByCiUserId']>>;
      try {
        round.calls += 1;
        answer = await cc.userByCiUserId(u.ciUserId);
      } catch (error) {
        await failed(u, error);
        continue;
      }
      await judge(u, answer.user, answer.trackingId);
    }
    for (let i = 0; i < toWrite.length; i += BULK_SIZE) {
      if (this.options.stopping()) break;
      await this.write(run, toWrite.slice(i, i + BULK_SIZE), deadlinePassed, round);
    }
    return round;
  }

  /** Where a verdict leaves the run: a re-sync can help, or waiting changes nothing. */
  private classify(round: CheckRound, u: SyncCheckItem, verdict: Verdict, syncWentThrough: boolean): void {
    if (verdict.state === 'invalid') {
      if (verdict.fault !== 'sync') round.settled.push(u.seq);
      else if (syncWentThrough) {
        round.resyncable.push(u.seq);
        round.settled.push(u.seq);
      }
    } else if (verdict.state === 'needs_settings' && (verdict.profile !== 'waiting' || verdict.missing)) {
      // A supervisor waiting for the Control Hub step (and nothing else) keeps being checked: the role
      // comes with a synchronisation, without a word to the bot. Missing settings wait for an admin anyway.
      round.settled.push(u.seq);
    }
  }

  private stored(verdict: Verdict, ccUserId: string | undefined, trackingId: string | undefined): SyncVerdict {
    return {
      state: verdict.state,
      reason: verdict.reason,
      ...(verdict.missing ? { missing: verdict.missing } : {}),
      ...(verdict.profile ? { profile: verdict.profile } : {}),
      ccUserId,
      trackingId,
    };
  }

  /**
   * Writes the settings of up to 100 users in one bulk partial update, and stores what became of each:
   * accepted (read back next round), refused for a reason the administrator can fix (quoted), or a
   * failure of the Contact Center (written again next round; a fault once the deadline passed).
   */
  private async write(run: SyncRun, batch: ToWrite[], deadlinePassed: boolean, round: CheckRound): Promise<void> {
    const { cc, logger } = this.options;
    let results: BulkItemResult[];
    try {
      round.calls += 1;
      results = await cc.bulkUpdate(batch.map((w) => ({ id: w.ccUserId, fields: w.fields })));
    } catch (error) {
      logger.warn({ err: error, runId: run.id, users: batch.length }, 'could not write the agent settings');
      const failure = asItemFailure(error);
      // The whole call refused for want of access or of the operation itself: no setting the
      // administrator gives changes that, so it is a fault to report, not a to-do.
      const fault = failure.status === 401 || failure.status === 403 || failure.status === 404;
      for (const w of batch) await this.recordWrite(run, w, failure, deadlinePassed, round, fault);
      return;
    }
    const byIndex = new Map<number, BulkItemResult>();
    for (const [i, r] of results.entries()) byIndex.set(r.itemIdentifier ?? i, r);
    for (const [i, w] of batch.entries()) {
      const result = byIndex.get(i);
      // An item the answer leaves out: its outcome is unknown, and writing the same fields again is harmless.
      await this.recordWrite(run, w, result ?? { status: 500 }, deadlinePassed, round);
    }
  }

  private async recordWrite(
    run: SyncRun,
    w: ToWrite,
    result: BulkItemResult,
    deadlinePassed: boolean,
    round: CheckRound,
    callFault = false,
  ): Promise<void> {
    const { store } = this.options;
    const status = result.status ?? 200;
    const trackingId = result.apiError?.trackingId;
    const said = describe(result);
    const base = { ccUserId: w.ccUserId, trackingId };
    if (status >= 200 && status < 300) {
      round.applied += 1;
      await store.recordVerdict(run.id, w.item.seq, {
        state: 'pending',
        reason: msg('verify.applied'),
        settings: 'applied',
        ...base,
      });
      return;
    }
    if (!callFault && status >= 400 && status < 500 && status !== 429 && status !== 423) {
      // A capacity-based team, a site, team or profile deleted meanwhile, or 412 "resource referred in
      // other entity(s)" (not a version clash): the administrator fixes it by giving other settings.
      const params = { status, message: said };
      round.settled.push(w.item.seq);
      await store.recordVerdict(run.id, w.item.seq, {
        state: 'needs_settings',
        reason: trackingId
          ? msg('verify.settingsRefusedTracking', { ...params, trackingId })
          : msg('verify.settingsRefused', params),
        missing: refusedFields(w, said),
        settings: 'refused',
        ...base,
      });
      return;
    }
    const params = { message: said };
    if (callFault) {
      round.settled.push(w.item.seq);
      const refused = { status, message: said };
      await store.recordVerdict(run.id, w.item.seq, {
        state: 'invalid',
        reason: trackingId
          ? msg('verify.writeRefusedTracking', { ...refused, trackingId })
          : msg('verify.writeRefused', refused),
        ...base,
      });
      return;
    }
    if (deadlinePassed) {
      round.settled.push(w.item.seq);
      await store.recordVerdict(run.id, w.item.seq, {
        state: 'invalid',
        reason: trackingId
          ? msg('verify.applyFailedTracking', { ...params, trackingId })
          : msg('verify.applyFailed', params),
        ...base,
      });
      return;
    }
    await store.recordVerdict(run.id, w.item.seq, {
      state: 'pending',
      reason: trackingId
        ? msg('verify.applyRetryTracking', { ...params, trackingId })
        : msg('verify.applyRetry', params),
      ...base,
    });
  }

  /** Profile type by profile id, read once per run; undefined when the list could not be read. */
  private async profileTypesOf(runId: string, round: CheckRound): Promise<Map<string, string> | undefined> {
    let types = this.profileTypes.get(runId);
    if (!types) {
      round.calls += 1;
      types = this.options.cc.userProfiles().then((profiles) => new Map(profiles.map((p) => [p.id, p.profileType])));
      this.profileTypes.set(runId, types);
    }
    try {
      return await types;
    } catch (error) {
      // Read again next round; meanwhile the profile types are not judged from the listing.
      this.profileTypes.delete(runId);
      this.options.logger.warn({ err: error, runId }, 'could not read the Contact Center user profiles');
      return undefined;
    }
  }
}

/** A whole call that failed, as the answer of each of its items. */
function asItemFailure(error: unknown): BulkItemResult {
  if (error instanceof WebexApiError)
    return {
      status: error.status ?? 500,
      apiError: {
        ...(error.trackingId ? { trackingId: error.trackingId } : {}),
        error: { message: [{ description: error.message }] },
      },
    };
  return { status: 500, apiError: { error: { message: [{ description: String(error) }] } } };
}

/** What the Contact Center said about an item, in its own words. */
function describe(result: BulkItemResult): string {
  const error = result.apiError?.error;
  const said = (error?.message ?? [])
    .map((m) => m.description)
    .filter((d): d is string => typeof d === 'string' && d !== '')
    .join(' ');
  return said || error?.reason || `HTTP ${result.status ?? 'error'}`;
}

/** The settings a refusal is about: those the Contact Center's words name (by field or by id), else every one written. */
function refusedFields(w: ToWrite, said: string): AgentField[] {
  const agent: AgentSettings = w.item.agent ?? {};
  const text = said.toLowerCase();
  const written = AGENT_FIELDS.filter((f) => agent[f] !== undefined);
  const ids = (f: AgentField): string[] => {
    const value = agent[f];
    if (!value) return [];
    return (Array.isArray(value) ? value : [value]).map((v) => v.id.toLowerCase());
  };
  const named = written.filter(
    (f) => text.includes(WRITTEN_AS[f].toLowerCase()) || ids(f).some((id) => text.includes(id)),
  );
  if (named.length > 0) return named;
  // Only enabling was written, or the answer names nothing: every setting is open to others given.
  return written.length > 0 ? written : [...REQUIRED_AGENT_FIELDS];
}
