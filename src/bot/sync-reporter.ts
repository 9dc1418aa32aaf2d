import type { Logger } from 'pino';
import type { SyncListener } from '../contact-center/sync-engine.js';
import type { SyncAlert, SyncCounts, SyncRun, SyncStore, SyncTriggerRecord, SyncUserRow } from '../jobs/sync-store.js';
import { hydraKey } from '../webex/hydra-id.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment, renderCard } from './cards.js';
import { fitMessage } from './fit-message.js';
import { originOf, stateLabel, supervisorNotes, supportRequestText, syncTally, timeOf, triedLines } from './sync-messages.js';

/** Lines of users a message lists; the rest are counted. */
const USER_LINES = 30;

export const CONTROL_HUB_STEPS = [
  '1. Open Control Hub (https://admin.webex.com) as an administrator of this organisation.',
  '2. Go to **Services > Contact Center > Settings > General**.',
  '3. Press **Synchronize Users**.',
  '4. Come back here and press **Synchronised: check again**.',
];

/**
 * Tells the admin space what the synchronisation checks find: the manual step when there is no
 * endpoint, the result of a check, alerts (top level in the space, with the support request text) and
 * their resolution.
 */
export class SyncReporter implements SyncListener {
  private org: Promise<{ orgId: string; orgUuid: string }> | undefined;

  constructor(
    private readonly options: {
      botClient: WebexClient;
      adminClient: WebexClient;
      store: SyncStore;
      logger: Logger;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private organisation(): Promise<{ orgId: string; orgUuid: string }> {
    this.org ??= this.options.adminClient.me().then((me) => ({ orgId: me.orgId, orgUuid: hydraKey(me.orgId, 'ORGANIZATION') ?? me.orgId }));
    this.org.catch(() => (this.org = undefined));
    return this.org;
  }

  async manualSyncNeeded(run: SyncRun, why: SyncTriggerRecord['why']): Promise<void> {
    const headline =
      why === 'first' ? 'Please press "Synchronize Users" in Control Hub' : 'Some users are still Invalid: please press "Synchronize Users" once more';
    const intro = `The Contact Center must pick up the users of ${originOf(run)}, and there is no public API for Control Hub's synchronisation, so it takes a press of a button:`;
    const meanwhile = `Meanwhile I keep checking by myself, until ${timeOf(run.deadlineAt)} at the latest.`;
    const card = renderCard('sync-manual', { headline, intro, steps: CONTROL_HUB_STEPS, meanwhile, runId: run.id });
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: [`**${headline}**`, intro, ...CONTROL_HUB_STEPS, meanwhile].join('\n'),
      attachments: [cardAttachment(card)],
    });
  }

  private readonly lastTally = new Map<string, string>();

  async progress(run: SyncRun, counts: SyncCounts): Promise<void> {
    // Webex allows 10 edits of a message; an edit is spent only when the counts moved.
    const tally = syncTally(counts);
    if (!run.progressMessageId || run.progressEdits >= 9 || this.lastTally.get(run.id) === tally) return;
    this.lastTally.set(run.id, tally);
    this.options.store.countProgressEdit(run.id);
    const markdown = `${run.progressText ?? ''}\n\n**So far** (${timeOf(this.now())}): ${tally}; still checking, until ${timeOf(run.deadlineAt)} at the latest.`;
    await this.options.botClient.updateMessage(run.progressMessageId, run.roomId, { markdown });
  }

  async runFinished(run: SyncRun, users: SyncUserRow[], counts: SyncCounts): Promise<void> {
    this.lastTally.delete(run.id);
    await this.options.botClient.createMessage({ roomId: run.roomId, parentId: run.threadId, markdown: runResultText(run, users, counts) });
  }

  async alertRaised(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<string> {
    const org = await this.organisation();
    const headline = `Contact Center sync problem: ${users.length} user${users.length === 1 ? '' : 's'} stay${users.length === 1 ? 's' : ''} Invalid`;
    const intro = `After ${originOf(run)}, the Contact Center did not pick up ${users.length === 1 ? 'this user' : 'these users'} correctly, and ${run.triggers.length} synchronisation${run.triggers.length === 1 ? '' : 's'} did not fix it. ${users.length === 1 ? 'This user' : 'They'} cannot work as agents until this is fixed. I keep watching and post here when it clears.`;
    const steps = [
      '1. In Control Hub, open each user and check the Contact Center license is there (remove it and add it again if it is).',
      '2. Press **Retry sync** below: I ask for another synchronisation and check again.',
      '3. If it stays Invalid, open a case with Webex support (https://help.webex.com) and paste the text below: it has the organisation, the ids and the trackingIds support needs.',
    ];
    const supportText = supportRequestText({ ...org, run, users, detectedAt: alert.createdAt });
    const card = renderCard('sync-alert', {
      headline,
      intro,
      orgUuid: org.orgUuid,
      origin: originOf(run),
      requestedBy: run.requestedBy,
      alertId: alert.id,
      detectedAt: timeOf(alert.createdAt),
      users: users.slice(0, USER_LINES).map((u) => ({
        email: u.email,
        state: stateLabel(u.state),
        reason: u.reason,
        ciUserId: u.ciUserId,
        ccUserId: u.ccUserId ?? 'none (not in the Contact Center)',
        trackingIds: u.trackingIds.join(', '),
      })),
      tried: triedLines(run),
      steps,
      supportText,
    });
    const message = await this.options.botClient.createMessage({
      roomId: alert.roomId,
      markdown: fitMessage([`**${headline}**`, intro, ...steps, 'Support request text:', '```', ...supportText.split('\n'), '```'], (n) => `…and ${n} more lines.`),
      attachments: [cardAttachment(card)],
    });
    return message.id;
  }

  async alertResolved(alert: SyncAlert, users: SyncUserRow[]): Promise<void> {
    if (!alert.messageId) return;
    const list = users.slice(0, USER_LINES).map((u) => u.email).join(', ');
    await this.options.botClient.createMessage({
      roomId: alert.roomId,
      parentId: alert.messageId,
      markdown: `**Resolved** (${timeOf(alert.closedAt ?? this.now())}): ${users.length === 1 ? 'the user' : `all ${users.length} users`} of alert \`${alert.id}\` ${users.length === 1 ? 'is' : 'are'} Synced now: ${list}.${supervisorNotes(users).map((n) => ` ${n}`).join('')}`,
    });
  }

  async retryFinished(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<void> {
    if (!alert.messageId) return;
    const still = users.filter((u) => u.state !== 'synced');
    const lines = still.slice(0, USER_LINES).map((u) => `- ${u.email}: ${stateLabel(u.state)}. ${u.reason}${u.trackingIds.length > 0 ? ` (trackingIds ${u.trackingIds.slice(-2).join(', ')})` : ''}`);
    const last = run.triggers.at(-1);
    await this.options.botClient.createMessage({
      roomId: alert.roomId,
      parentId: alert.messageId,
      markdown: fitMessage(
        [
          `**Retry sync done** (${timeOf(this.now())}): ${still.length} of ${users.length} still not synced${last ? ` after the synchronisation of ${timeOf(last.at)}` : ''}.`,
          ...lines,
          'Open a case with Webex support with the text of the alert above; I keep watching and post here when it clears.',
        ],
        (n) => `…and ${n} more.`,
      ),
    });
  }
}

/** The result of a check, for its thread. */
export function runResultText(run: SyncRun, users: SyncUserRow[], counts: SyncCounts): string {
  const notSynced = users.filter((u) => u.state !== 'synced');
  const alerted = notSynced.some((u) => u.state === 'invalid');
  return fitMessage(
    [
      `**Contact Center check of ${originOf(run)} finished**: ${syncTally(counts)} (of ${counts.total} user${counts.total === 1 ? '' : 's'}).`,
      ...notSynced.slice(0, USER_LINES).map((u) => `- ${u.email}: ${stateLabel(u.state)}. ${u.reason}`),
      ...(notSynced.length > USER_LINES ? [`…and ${notSynced.length - USER_LINES} more.`] : []),
      ...supervisorNotes(users),
      ...(alerted ? ['The alert posted in this space has the details for a support request, and a Retry sync button.'] : []),
    ],
    (n) => `…and ${n} more lines.`,
  );
}
