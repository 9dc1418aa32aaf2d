import type { Logger } from 'pino';
import type { SyncListener } from '../contact-center/sync-engine.js';
import { RESULT_LINES as USER_LINES } from '../contact-center/sync-engine.js';
import type {
  SyncAlert,
  SyncCounts,
  SyncRun,
  SyncStore,
  SyncTriggerRecord,
  SyncUserRow,
} from '../contact-center/sync-ports.js';
import { md } from '../i18n/msg.js';
import { type Lang, type Translator, translator } from '../i18n/translate.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment, renderCard } from './cards.js';
import { fitMessage } from './fit-message.js';
import { originOf, stateLabel, supervisorNotes, supportRequestText, syncTally, triedLines } from './sync-messages.js';

export function controlHubSteps(tr: Translator): string[] {
  return [tr.t('sync.steps.1'), tr.t('sync.steps.2'), tr.t('sync.steps.3'), tr.t('sync.steps.4')];
}

/**
 * Tells the admin space what the synchronisation checks find: the manual step when there is no
 * endpoint, the result of a check, alerts (top level in the space, with the support request text) and
 * their resolution. A check speaks the language of who asked for it; alerts, which are for every
 * administrator of the space, the organisation's default language.
 */
export class SyncReporter implements SyncListener {
  private readonly lastTally = new Map<string, string>();

  constructor(
    private readonly options: {
      botClient: WebexClient;
      /** The organisation's ids (for the support request text). */
      organisation: () => Promise<{ orgId: string; orgUuid: string }>;
      store: SyncStore;
      logger: Logger;
      languageOf: (email: string) => Promise<Lang>;
      defaultLanguage: Lang;
      now?: () => number;
    },
  ) {}

  private now(): number {
    return (this.options.now ?? Date.now)();
  }

  private async trOf(run: SyncRun): Promise<Translator> {
    return translator(await this.options.languageOf(run.requestedBy));
  }

  private get spaceTr(): Translator {
    return translator(this.options.defaultLanguage);
  }

  async manualSyncNeeded(run: SyncRun, why: SyncTriggerRecord['why']): Promise<void> {
    const tr = await this.trOf(run);
    const headline = tr.t(why === 'first' ? 'sync.manual.first' : 'sync.manual.again');
    const intro = tr.t('sync.manual.intro', { origin: originOf(tr, run) });
    const meanwhile = tr.t('sync.manual.meanwhile', { deadline: { at: run.deadlineAt } });
    const steps = controlHubSteps(tr);
    const card = renderCard('sync-manual', tr, { headline, intro, steps, meanwhile, runId: run.id });
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: [`**${headline}**`, intro, ...steps, meanwhile].join('\n'),
      attachments: [cardAttachment(card)],
    });
  }

  async progress(run: SyncRun, counts: SyncCounts): Promise<void> {
    // Webex allows 10 edits of a message; an edit is spent only when the counts moved.
    const tr = await this.trOf(run);
    const tally = syncTally(tr, counts);
    if (!run.progressMessageId || run.progressEdits >= 9 || this.lastTally.get(run.id) === tally) return;
    this.lastTally.set(run.id, tally);
    await this.options.store.countProgressEdit(run.id);
    const markdown = `${run.progressText ?? ''}\n\n${tr.t('sync.progress', { at: { at: this.now() }, tally: md(tally), deadline: { at: run.deadlineAt } })}`;
    await this.options.botClient.updateMessage(run.progressMessageId, run.roomId, { markdown });
  }

  async runFinished(
    run: SyncRun,
    counts: SyncCounts,
    notSynced: SyncUserRow[],
    supervisors: SyncUserRow[],
  ): Promise<void> {
    this.lastTally.delete(run.id);
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: runResultText(await this.trOf(run), run, counts, notSynced, supervisors),
    });
  }

  async alertRaised(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<string> {
    const tr = this.spaceTr;
    const org = await this.options.organisation();
    const headline = tr.t('sync.alert.headline', { count: users.length });
    const intro = tr.t('sync.alert.intro', {
      origin: originOf(tr, run),
      syncs: run.triggers.length,
      count: users.length,
    });
    const steps = [tr.t('sync.alert.step1'), tr.t('sync.alert.step2'), tr.t('sync.alert.step3')];
    const supportText = supportRequestText(tr.plain, { ...org, run, users, detectedAt: alert.createdAt });
    const card = renderCard('sync-alert', tr, {
      headline,
      intro,
      orgUuid: org.orgUuid,
      origin: originOf(tr, run),
      requestedBy: run.requestedBy,
      alertId: alert.id,
      alertFact: tr.t('sync.alert.fact', { alert: alert.id, at: { at: alert.createdAt } }),
      users: users.slice(0, USER_LINES).map((u) => ({
        line: tr.t('sync.alert.userLine', {
          email: u.email,
          state: md(stateLabel(tr, u.state)),
          reason: md(tr.m(u.reason)),
        }),
        ids: tr.t('sync.alert.ids', { ci: u.ciUserId, cc: u.ccUserId ?? tr.t('sync.alert.noCcUser') }),
        trackingIds: u.trackingIds.length > 0 ? tr.t('sync.alert.trackingIds', { ids: u.trackingIds.join(', ') }) : '',
      })),
      tried: triedLines(tr, run),
      steps,
      supportText,
    });
    const message = await this.options.botClient.createMessage({
      roomId: alert.roomId,
      markdown: fitMessage(
        [`**${headline}**`, intro, ...steps, tr.t('sync.alert.supportTitle'), '```', ...supportText.split('\n'), '```'],
        (n) => tr.t('bot.more', { count: n }),
      ),
      attachments: [cardAttachment(card)],
    });
    return message.id;
  }

  async alertResolved(alert: SyncAlert, users: SyncUserRow[]): Promise<void> {
    if (!alert.messageId) return;
    const tr = this.spaceTr;
    const list = users
      .slice(0, USER_LINES)
      .map((u) => u.email)
      .join(', ');
    const notes = supervisorNotes(tr, users);
    await this.options.botClient.createMessage({
      roomId: alert.roomId,
      parentId: alert.messageId,
      markdown: [
        tr.t('sync.resolved', {
          at: { at: alert.closedAt ?? this.now() },
          alert: alert.id,
          count: users.length,
          users: list,
        }),
        ...notes,
      ].join(' '),
    });
  }

  async retryFinished(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<void> {
    if (!alert.messageId) return;
    const tr = this.spaceTr;
    const still = users.filter((u) => u.state !== 'synced');
    const lines = still.slice(0, USER_LINES).map((u) => {
      const params = { email: u.email, state: md(stateLabel(tr, u.state)), reason: md(tr.m(u.reason)) };
      return u.trackingIds.length > 0
        ? tr.t('sync.retryLineTracking', { ...params, ids: u.trackingIds.slice(-2).join(', ') })
        : tr.t('sync.retryLine', params);
    });
    const last = run.triggers.at(-1);
    await this.options.botClient.createMessage({
      roomId: alert.roomId,
      parentId: alert.messageId,
      markdown: fitMessage(
        [
          tr.t('sync.retryDone', {
            at: { at: this.now() },
            still: still.length,
            count: users.length,
            synced: { at: last?.at ?? this.now() },
          }),
          ...lines,
          tr.t('sync.retryAdvice'),
        ],
        (n) => tr.t('sync.result.more', { count: n }),
      ),
    });
  }
}

/** The result of a check, for its thread: the counts, the first users not synced, supervisor profiles. */
export function runResultText(
  tr: Translator,
  run: SyncRun,
  counts: SyncCounts,
  notSynced: SyncUserRow[],
  supervisors: SyncUserRow[],
): string {
  const missing = counts.pending + counts.invalid;
  return fitMessage(
    [
      tr.t('sync.result', { origin: md(originOf(tr, run)), tally: md(syncTally(tr, counts)), count: counts.total }),
      ...notSynced
        .slice(0, USER_LINES)
        .map((u) =>
          tr.t('sync.result.line', { email: u.email, state: md(stateLabel(tr, u.state)), reason: md(tr.m(u.reason)) }),
        ),
      ...(missing > USER_LINES ? [tr.t('sync.result.more', { count: missing - USER_LINES })] : []),
      ...supervisorNotes(tr, supervisors),
      ...(counts.invalid > 0 ? [tr.t('sync.result.alerted')] : []),
    ],
    (n) => tr.t('bot.more', { count: n }),
  );
}
