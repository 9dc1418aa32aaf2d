import type { AgentSettings } from '../../contact-center/agent-settings.js';
import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import type { SyncEngine } from '../../contact-center/sync-engine.js';
import type {
  SyncAlert,
  SyncAlertState,
  SyncRun,
  SyncStore,
  SyncTarget,
  SyncUserRow,
} from '../../contact-center/sync-ports.js';
import { type Msg, msg } from '../../i18n/msg.js';
import type { JobStore } from '../../jobs/ports.js';
import { encodeHydraId, hydraKey } from '../../webex/hydra-id.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { accessOf } from '../license-model.js';
import { isValidEmail } from '../parse-entries.js';
import { takeOrganisationSnapshot } from './organisation-snapshot.js';
import type { Requester } from './requester.js';

/** Whose synchronisation `sync` checks, in the administrator's words. */
export type SyncSelection = { kind: 'all' } | { kind: 'email'; email: string } | { kind: 'job'; job: string };

export type SyncChoice =
  | { kind: 'targets'; targets: SyncTarget[]; selection: SyncSelection }
  | { kind: 'refused'; problem: Msg };

export interface StartedSync {
  run: SyncRun;
  mode: SyncEngine['mode'];
  /** Drives the check once its progress message is posted (the check edits that message). */
  begin: (progress: { id: string; markdown: string }) => Promise<void>;
}

export type AlertAnswer<T> = { kind: 'unknown' } | ({ kind: 'answered'; alert: SyncAlert; state: SyncAlertState } & T);

export interface SyncRequestsDeps {
  engine: SyncEngine;
  syncStore: Pick<SyncStore, 'setProgressMessage' | 'alert' | 'alertUsers' | 'usersInState'>;
  store: Pick<JobStore, 'job' | 'recentJobs' | 'syncTargets' | 'supervisorWanted'>;
  webex: Pick<WebexClient, 'listLicenses' | 'listRoles' | 'listPeople' | 'findPersonByEmail'>;
  contactCenter: Pick<ContactCenterClient, 'listUsers'>;
}

/** `sync` and the buttons of its messages: which users to check, and the checks themselves. */
export class SyncRequests {
  constructor(private readonly deps: SyncRequestsDeps) {}

  /** `all`, an address, a job id, or nothing (the last job that ended). */
  async choose(arg: string): Promise<SyncChoice> {
    if (arg === 'all' || arg === 'todos') {
      const targets = await this.wholeOrganisation();
      if (targets.length === 0) return { kind: 'refused', problem: msg('sync.cmd.nobody') };
      return { kind: 'targets', targets, selection: { kind: 'all' } };
    }
    if (arg.includes('@')) {
      if (!isValidEmail(arg)) return { kind: 'refused', problem: msg('sync.cmd.badEmail', { given: arg }) };
      const found = await this.onePerson(arg);
      if ('problem' in found) return { kind: 'refused', problem: found.problem };
      return { kind: 'targets', targets: [found.target], selection: { kind: 'email', email: arg } };
    }
    const { store } = this.deps;
    const job = arg
      ? await store.job(arg)
      : (await store.recentJobs(20)).find((j) => j.state === 'done' || j.state === 'cancelled');
    if (!job)
      return { kind: 'refused', problem: arg ? msg('sync.cmd.unknownJob', { job: arg }) : msg('sync.cmd.noJob') };
    const targets = await store.syncTargets(job.id);
    if (targets.length === 0) return { kind: 'refused', problem: msg('sync.cmd.jobChangedNobody', { job: job.id }) };
    return { kind: 'targets', targets, selection: { kind: 'job', job: job.id } };
  }

  async start(requester: Requester, targets: SyncTarget[]): Promise<StartedSync> {
    const { engine, syncStore } = this.deps;
    const run = await engine.startRun({ origin: 'command', ...requester }, targets);
    return {
      run,
      mode: engine.mode,
      begin: async (progress) => {
        await syncStore.setProgressMessage(run.id, progress.id, progress.markdown);
        void engine.drive(run.id);
      },
    };
  }

  get mode(): SyncEngine['mode'] {
    return this.deps.engine.mode;
  }

  checkAgain(runId: string): ReturnType<SyncEngine['checkAgain']> {
    return this.deps.engine.checkAgain(runId);
  }

  /**
   * The users of a run that "Apply the defaults" is for: there, but missing settings (not those only
   * waiting for the Supervisor role, which Control Hub gives).
   */
  async needingSettings(runId: string): Promise<SyncUserRow[]> {
    const users = await this.deps.syncStore.usersInState(runId, 'needs_settings');
    return users.filter((u) => (u.missing?.length ?? 0) > 0 || u.profile !== 'waiting');
  }

  applySettings(runId: string, settings: AgentSettings): ReturnType<SyncEngine['applySettings']> {
    return this.deps.engine.applySettings(runId, settings);
  }

  /** The alert a card's button belongs to (undefined: unknown, or not that card's). */
  alertOf(alertId: string, cardMessageId: string | undefined): Promise<SyncAlert | undefined> {
    return this.alertOfCard(alertId, cardMessageId);
  }

  /** "Retry sync" on the alert's own card: `open` is how many of its users were not synced yet. */
  async retryAlert(
    alertId: string,
    cardMessageId: string | undefined,
  ): Promise<AlertAnswer<{ answer: 'retrying' | 'closed' | 'busy'; open: number }>> {
    const { engine, syncStore } = this.deps;
    const alert = await this.alertOfCard(alertId, cardMessageId);
    if (!alert) return { kind: 'unknown' };
    const open = (await syncStore.alertUsers(alert.id)).filter((u) => u.state !== 'synced').length;
    const answer = await engine.retryAlert(alert.id);
    const state = (await syncStore.alert(alert.id))?.state ?? alert.state;
    return { kind: 'answered', alert, state, answer, open };
  }

  /** "Dismiss" on the alert's own card; `dismissed` is false when it was closed already. */
  async dismissAlert(
    alertId: string,
    cardMessageId: string | undefined,
    by: string,
  ): Promise<AlertAnswer<{ dismissed: boolean }>> {
    const alert = await this.alertOfCard(alertId, cardMessageId);
    if (!alert) return { kind: 'unknown' };
    if (await this.deps.engine.dismissAlert(alert.id, by))
      return { kind: 'answered', alert, state: 'dismissed', dismissed: true };
    const state = (await this.deps.syncStore.alert(alert.id))?.state ?? 'dismissed';
    return { kind: 'answered', alert, state, dismissed: false };
  }

  private async alertOfCard(alertId: string, cardMessageId: string | undefined): Promise<SyncAlert | undefined> {
    const alert = await this.deps.syncStore.alert(alertId);
    return alert && cardMessageId !== undefined && alert.messageId === cardMessageId ? alert : undefined;
  }

  /** Every user the Contact Center should hold (licensed people) or should not (CC users without a license). */
  private async wholeOrganisation(): Promise<SyncTarget[]> {
    const { webex, contactCenter } = this.deps;
    const { catalogue } = await takeOrganisationSnapshot(webex);
    const targets: SyncTarget[] = [];
    const licensed = new Set<string>();
    for await (const person of webex.listPeople()) {
      const tier = accessOf(person, catalogue).tier;
      const ciUserId = hydraKey(person.id, 'PEOPLE');
      if (tier === 'none' || !ciUserId) continue;
      licensed.add(ciUserId);
      targets.push({
        personId: person.id,
        ciUserId,
        email: person.emails[0]!.toLowerCase(),
        tier,
        supervisor: false,
        trackingIds: [],
      });
    }
    for await (const user of contactCenter.listUsers()) {
      if (licensed.has(user.ciUserId) || (!user.active && !user.contactCenterEnabled)) continue;
      targets.push({
        personId: encodeHydraId('PEOPLE', user.ciUserId),
        ciUserId: user.ciUserId,
        email: user.email.toLowerCase(),
        tier: 'none',
        supervisor: false,
        trackingIds: [],
      });
    }
    return targets;
  }

  private async onePerson(email: string): Promise<{ target: SyncTarget } | { problem: Msg }> {
    const { webex, store } = this.deps;
    const person = await webex.findPersonByEmail(email);
    if (!person) return { problem: msg('sync.cmd.noPerson', { email }) };
    const { catalogue } = await takeOrganisationSnapshot(webex);
    const tier = accessOf(person, catalogue).tier;
    const ciUserId = hydraKey(person.id, 'PEOPLE');
    if (!ciUserId) return { problem: msg('sync.cmd.badId', { email }) };
    const supervisor = tier === 'premium' && (await store.supervisorWanted(email));
    return { target: { personId: person.id, ciUserId, email, tier, supervisor, trackingIds: [] } };
  }
}
