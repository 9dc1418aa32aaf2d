import type { Logger } from 'pino';
import type { AgentSettings } from '../contact-center/agent-settings.js';
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
import { escapeMarkdown } from '../i18n/escape-markdown.js';
import { md, msg } from '../i18n/msg.js';
import { type Lang, type Translator, translator } from '../i18n/translate.js';
import type { WebexClient } from '../webex/webex-client.js';
import { cardAttachment, renderCard } from './cards.js';
import { fitMessage } from './fit-message.js';
import {
  alertSteps,
  emailList,
  fieldList,
  notGivenOnly,
  originParams,
  settingsText,
  settingsTodoCount,
  stateLabel,
  supervisorNotes,
  supportRequestText,
  syncTally,
  triedLines,
  userLine,
} from './sync-messages.js';

/** The organisation's default agent settings (site, teams, desktop profile...), as Contact Center ids. */
export type AgentDefaults = () => Promise<AgentSettings>;

/** Webex allows 10 edits of a message: the progress of a `sync` keeps the last one for its end. */
const MESSAGE_EDITS = 10;
/** To-dos remembered per run so that the same one is not posted twice (a bound, not a feature). */
const TOLD_LIMIT = 1_000;
/** Users an alert card names; the support text holds every one of them. */
const ALERT_USER_LINES = 5;

export function controlHubSteps(tr: Translator): string[] {
  return [tr.t('sync.steps.1'), tr.t('sync.steps.2'), tr.t('sync.steps.3'), tr.t('sync.steps.4')];
}

/**
 * The Control Hub steps that give a Premium Agent the Supervisor role (help.webex.com 9q7agc: "Premium
 * Agent - Supervisor Role" of the Licensed agent choice; 52ulis: a changed license needs a
 * synchronisation). With a synchronisation endpoint the bot asks for it itself.
 */
export function supervisorSteps(tr: Translator, mode: 'endpoint' | 'manual'): string[] {
  const first = [tr.t('sync.supervisorSteps.1'), tr.t('sync.supervisorSteps.2'), tr.t('sync.supervisorSteps.3')];
  return mode === 'manual'
    ? [...first, tr.t('sync.supervisorSteps.4'), tr.t('sync.supervisorSteps.5')]
    : [...first, tr.t('sync.supervisorSteps.4endpoint')];
}

/**
 * Tells the admin space what the synchronisation checks find: the manual step when there is no
 * endpoint, how a `sync` goes and its result, the to-dos of a check (settings to apply, the Supervisor
 * role to give in Control Hub) in its thread, alerts for real faults (top level in the space, with the
 * support request text) and their resolution. A check speaks the language of who asked for it; alerts,
 * which are for every administrator of the space, the organisation's default language.
 */
export class SyncReporter implements SyncListener {
  private readonly lastTally = new Map<string, string>();
  private readonly told = new Map<string, string>();

  constructor(
    private readonly options: {
      botClient: WebexClient;
      /** The organisation's ids (for the support request text). */
      organisation: () => Promise<{ orgId: string; orgUuid: string }>;
      store: SyncStore;
      logger: Logger;
      languageOf: (email: string) => Promise<Lang>;
      defaultLanguage: Lang;
      /** How synchronisations are asked for: the advice of an alert depends on it. */
      mode?: 'endpoint' | 'manual';
      /** The defaults a settings to-do offers to apply (none: the to-do says how to set them). */
      agentDefaults?: AgentDefaults;
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

  /** False when this very to-do (same run, same users) was posted already by this process. */
  private firstTime(key: string, signature: string): boolean {
    if (this.told.get(key) === signature) return false;
    if (this.told.size >= TOLD_LIMIT) this.told.delete(this.told.keys().next().value!);
    this.told.set(key, signature);
    return true;
  }

  async manualSyncNeeded(run: SyncRun, why: SyncTriggerRecord['why']): Promise<void> {
    const tr = await this.trOf(run);
    const headline = tr.t(why === 'first' ? 'sync.manual.first' : 'sync.manual.again');
    const intro = tr.t('sync.manual.intro', originParams(run));
    const meanwhile = tr.t('sync.manual.meanwhile', { deadline: { at: run.deadlineAt } });
    const steps = controlHubSteps(tr);
    // One block per list: Webex draws a markdown list in one text block, not numbered blocks one by one.
    const card = renderCard('sync-manual', tr, { headline, intro, steps: steps.join('\n'), meanwhile, runId: run.id });
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: [`**${headline}**`, intro, ...steps, meanwhile].join('\n'),
      attachments: [cardAttachment(card)],
    });
  }

  async progress(run: SyncRun, counts: SyncCounts): Promise<void> {
    // Webex allows 10 edits of a message; an edit is spent only when the counts moved, and the last
    // one is kept for the end of the check.
    const tr = await this.trOf(run);
    const tally = syncTally(tr, counts);
    // A new synchronisation moves the deadline: that is worth an edit too, or the time shown goes stale.
    const shown = `${tally}\n${run.deadlineAt}`;
    if (!run.progressMessageId || run.progressEdits >= MESSAGE_EDITS - 1 || this.lastTally.get(run.id) === shown)
      return;
    this.lastTally.set(run.id, shown);
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
    const tr = await this.trOf(run);
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: runResultText(tr, run, counts, notSynced, supervisors, this.spaceTr),
    });
    await this.endProgress(tr, run, counts);
  }

  /** The first answer of a `sync` no longer says "still checking" once the check ended. */
  private async endProgress(tr: Translator, run: SyncRun, counts: SyncCounts): Promise<void> {
    if (!run.progressMessageId || run.progressEdits >= MESSAGE_EDITS) return;
    try {
      await this.options.store.countProgressEdit(run.id);
      const ended = tr.t('sync.progress.ended', { at: { at: this.now() }, tally: md(syncTally(tr, counts)) });
      await this.options.botClient.updateMessage(run.progressMessageId, run.roomId, {
        markdown: `${run.progressText ?? ''}\n\n${ended}`,
      });
    } catch (error) {
      this.options.logger.warn({ err: error, runId: run.id }, 'could not mark the first answer of the check as ended');
    }
  }

  async settingsNeeded(run: SyncRun, users: SyncUserRow[]): Promise<void> {
    if (users.length === 0) return;
    const signature = users.map((u) => `${u.email}:${(u.missing ?? []).join('+')}`).join(',');
    if (!this.firstTime(`${run.id}:settings`, signature)) return;
    const tr = await this.trOf(run);
    const count = users.length;
    const headline = tr.t('sync.todo.headline', { count });
    const intro = tr.t('sync.todo.intro', { count, ...originParams(run) });
    const lines = users.slice(0, USER_LINES).map((u) => {
      if (!u.missing || u.missing.length === 0)
        return tr.t('sync.todo.userReason', { email: u.email, reason: md(tr.m(u.reason)) });
      const fields = md(fieldList(tr, u.missing));
      return notGivenOnly(u)
        ? tr.t('sync.todo.userNotGiven', { email: u.email, fields })
        : tr.t('sync.todo.user', { email: u.email, fields, reason: md(tr.m(u.reason)) });
    });
    if (count > USER_LINES) lines.push(tr.t('sync.result.more', { count: count - USER_LINES }));
    const defaults = await this.defaultsLine(tr, run);
    const byHand = tr.t('sync.todo.byHand');
    const card = renderCard('sync-settings', tr, {
      headline,
      intro,
      users: lines.map((l) => (l.startsWith('- ') || l.startsWith('…') ? l : `- ${l}`)).join('\n'),
      defaults,
      byHand,
      runId: run.id,
    });
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: fitMessage([`**${headline}**`, intro, ...lines, defaults, byHand], (n) =>
        tr.t('bot.more', { count: n }),
      ),
      attachments: [cardAttachment(card)],
    });
  }

  /** What "Apply the defaults" would set, or how to set defaults when there are none. */
  private async defaultsLine(tr: Translator, run: SyncRun): Promise<string> {
    let defaults: AgentSettings = {};
    try {
      defaults = (await this.options.agentDefaults?.()) ?? {};
    } catch (error) {
      this.options.logger.warn({ err: error, runId: run.id }, 'could not read the default agent settings');
      return tr.t('sync.todo.defaultsFailed');
    }
    const settings = settingsText(tr, defaults);
    return settings ? tr.t('sync.todo.defaults', { settings: md(settings) }) : tr.t('sync.todo.noDefaults');
  }

  async supervisorStepNeeded(run: SyncRun, users: SyncUserRow[]): Promise<void> {
    if (users.length === 0) return;
    if (!this.firstTime(`${run.id}:supervisor`, users.map((u) => u.email).join(','))) return;
    const tr = await this.trOf(run);
    const count = users.length;
    const headline = tr.t('sync.supervisorTodo.headline', { count });
    const intro = tr.t('sync.supervisorTodo.intro', { count, role: msg('role.supervisor') });
    const lines = users.slice(0, USER_LINES).map((u) => `- ${escapeMarkdown(u.email)}`);
    if (count > USER_LINES) lines.push(tr.t('sync.result.more', { count: count - USER_LINES }));
    const steps = supervisorSteps(tr, this.options.mode ?? 'endpoint');
    const card = renderCard('sync-supervisor', tr, {
      headline,
      intro,
      users: lines.join('\n'),
      steps: steps.join('\n'),
      runId: run.id,
    });
    await this.options.botClient.createMessage({
      roomId: run.roomId,
      parentId: run.threadId,
      markdown: fitMessage([`**${headline}**`, intro, ...lines, ...steps], (n) => tr.t('bot.more', { count: n })),
      attachments: [cardAttachment(card)],
    });
  }

  async alertRaised(alert: SyncAlert, run: SyncRun, users: SyncUserRow[]): Promise<string> {
    const tr = this.spaceTr;
    const org = await this.options.organisation();
    const headline = tr.t('sync.alert.headline', { count: users.length });
    const intro = tr.t('sync.alert.intro', { syncs: run.triggers.length, count: users.length, ...originParams(run) });
    const steps = alertSteps(tr, users, this.options.mode ?? 'endpoint');
    // On the card, times of day: the date is the alert's own, and the support text has it in full.
    const tried = triedLines(tr, run, 'timeOfDay');
    const supportText = supportRequestText(tr.plain, { ...org, run, users, detectedAt: alert.createdAt });
    // One line per user, a few at most: the support text holds them all with their ids, and the card
    // stays short enough to read on a phone.
    const lines = users
      .slice(0, ALERT_USER_LINES)
      .map((u) => tr.t('sync.alert.userLine', { email: u.email, reason: md(tr.m(u.reason)) }));
    if (users.length > ALERT_USER_LINES)
      lines.push(tr.t('sync.result.more', { count: users.length - ALERT_USER_LINES }));
    const card = renderCard('sync-alert', tr, {
      headline,
      intro,
      alertId: alert.id,
      users: lines.join('\n'),
      tried: tried.map((l) => `- ${l}`).join('\n'),
      steps: steps.join('\n'),
      supportText,
    });
    const message = await this.options.botClient.createMessage({
      roomId: alert.roomId,
      markdown: fitMessage(
        [
          `**${headline}**`,
          intro,
          ...lines,
          ...steps,
          tr.t('sync.alert.supportTitle'),
          '```',
          ...supportText.split('\n'),
          '```',
        ],
        (n) => tr.t('bot.more', { count: n }),
      ),
      attachments: [cardAttachment(card)],
    });
    return message.id;
  }

  async alertResolved(alert: SyncAlert, users: SyncUserRow[]): Promise<void> {
    if (!alert.messageId) return;
    const tr = this.spaceTr;
    const notes = supervisorNotes(tr, users);
    await this.options.botClient.createMessage({
      roomId: alert.roomId,
      parentId: alert.messageId,
      markdown: [
        tr.t('sync.resolved', {
          at: { at: alert.closedAt ?? this.now() },
          alert: alert.id,
          count: users.length,
          users: emailList(tr, users),
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

/**
 * The result of a check, for its thread: the counts, the first users not ready (with the settings
 * they miss), what became of the Supervisor role, and where the to-dos and alerts are.
 */
export function runResultText(
  tr: Translator,
  run: SyncRun,
  counts: SyncCounts,
  notSynced: SyncUserRow[],
  supervisors: SyncUserRow[],
  /** The language of the space, which the alert (and so its buttons) is written in. */
  spaceTr: Translator = tr,
): string {
  const notReady = counts.total - counts.synced;
  return fitMessage(
    [
      tr.t(notReady > 0 ? 'sync.result.open' : 'sync.result', {
        ...originParams(run),
        tally: md(syncTally(tr, counts)),
        count: counts.total,
      }),
      ...notSynced.slice(0, USER_LINES).map((u) => userLine(tr, u)),
      ...(notReady > USER_LINES ? [tr.t('sync.result.more', { count: notReady - USER_LINES })] : []),
      ...supervisorNotes(tr, supervisors),
      ...(settingsTodoCount(counts, supervisors) > 0 ? [tr.t('sync.result.todo')] : []),
      ...(counts.invalid > 0 ? [tr.t('sync.result.alerted', { button: spaceTr.t('card.syncAlert.retry') })] : []),
    ],
    (n) => tr.t('bot.more', { count: n }),
  );
}
