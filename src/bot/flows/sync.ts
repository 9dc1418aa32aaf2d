import { z } from 'zod';
import { type AgentField, type AgentSettings, hasAgentSettings } from '../../contact-center/agent-settings.js';
import type { SyncUserRow } from '../../contact-center/sync-ports.js';
import { md, msg } from '../../i18n/msg.js';
import { type Lang, translator } from '../../i18n/translate.js';
import type { SyncRequests, SyncSelection } from '../../provisioning/services/sync-requests.js';
import { type CardAction, cardAction } from '../card-action.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { fitMessage } from '../fit-message.js';
import { fieldList, fieldsGiven, settingsText } from '../sync-messages.js';
import type { AgentDefaults } from '../sync-reporter.js';

const checkInputs = z.object({ runId: z.string().min(1) });
const alertInputs = z.object({ alertId: z.string().min(1) });
/** Dismiss: the card's "Yes, dismiss" (inside the Dismiss button's question) says it is confirmed. */
const dismissInputs = alertInputs.extend({ confirmed: z.boolean().optional() });

/** A second press of Dismiss by the same person within this time confirms it. */
const DISMISS_CONFIRM_MS = 10 * 60_000;

function selectionText(ctx: BotContext, selection: SyncSelection, count: number): string {
  if (selection.kind === 'all') return ctx.t('sync.cmd.whatAll');
  if (selection.kind === 'email') return ctx.t('sync.cmd.whatEmail', { email: selection.email });
  return ctx.t('sync.cmd.whatJob', { count, job: selection.job });
}

/** `sync` (the last job), `sync <email>`, `sync <job id>`, `sync all`. */
export function syncCommand(requests: SyncRequests): Command {
  return {
    name: 'sync',
    names: { 'pt-BR': 'sincronizar' },
    aliases: ['synchronize', 'synchronise'],
    summary: 'cmd.sync.summary',
    example: 'cmd.sync.example',
    async run(ctx) {
      const choice = await requests.choose((ctx.args[0] ?? '').toLowerCase().replace(/^mailto:/, ''));
      if (choice.kind === 'refused') {
        await ctx.reply(ctx.m(choice.problem));
        return;
      }
      const { targets, selection } = choice;
      const started = await requests.start(ctx.requester, targets);
      const progress = await ctx.reply(
        ctx.t(started.mode === 'endpoint' ? 'sync.cmd.started' : 'sync.cmd.startedManual', {
          what: md(selectionText(ctx, selection, targets.length)),
          run: started.run.id,
          count: targets.length,
          // One named user: the count would only repeat it.
          single: selection.kind === 'email' ? 'yes' : 'no',
          deadline: { at: started.run.deadlineAt },
        }),
      );
      await started.begin({ id: progress.id, markdown: progress.markdown ?? '' });
    },
  };
}

/** What "Apply the defaults" gives one user: the defaults of the fields it misses, and what stays missing. */
function applyLine(
  ctx: BotContext,
  u: SyncUserRow,
  defaults: AgentSettings,
): { line: string; applies: boolean; left: boolean } {
  const given = fieldsGiven(defaults);
  // A user whose settings were refused (no field named) gets every default.
  const missing: readonly AgentField[] = u.missing && u.missing.length > 0 ? u.missing : given;
  const applied = missing.filter((f) => given.includes(f));
  const left = missing.filter((f) => !given.includes(f));
  const fields = md(fieldList(ctx.tr, left));
  if (applied.length === 0)
    return { line: ctx.t('sync.apply.userNothing', { email: u.email, fields }), applies: false, left: true };
  const settings = md(settingsText(ctx.tr, defaults, applied));
  return left.length > 0
    ? { line: ctx.t('sync.apply.userLeft', { email: u.email, settings, fields }), applies: true, left: true }
    : { line: ctx.t('sync.apply.user', { email: u.email, settings }), applies: true, left: false };
}

export interface SyncActionOptions {
  /** The organisation's default agent settings, for "Apply the defaults". */
  agentDefaults: AgentDefaults;
  /** The space's language: alerts are posted in it, so an answer names their buttons in it. */
  spaceLanguage?: Lang;
  now?: () => number;
}

/**
 * The buttons of the check's messages: check again, apply the defaults (settings to-do), done in
 * Control Hub (Supervisor to-do), and an alert's retry and dismiss.
 */
export function syncCardActions(requests: SyncRequests, options: SyncActionOptions): Record<string, CardAction> {
  const now = options.now ?? Date.now;
  // Defaults applied, by run, users and values: a second press applies nothing twice.
  const applied = new Map<string, { name: string; at: number }>();
  // Dismiss asked for, by alert and person: the second press confirms it.
  const dismissAsked = new Map<string, number>();

  return {
    'sync.check': cardAction(checkInputs, 'sync.check.unknown', async (ctx, { runId }) => {
      const answer = await requests.checkAgain(runId);
      if (answer === 'unknown') await ctx.reply(ctx.t('sync.check.unknown'));
      else if (answer === 'all-synced') await ctx.reply(ctx.t('sync.check.allSynced', { run: runId }));
      else await ctx.reply(ctx.t('sync.check.checking', { name: ctx.actor.displayName, run: runId }));
    }),

    'sync.supervisorDone': cardAction(checkInputs, 'sync.check.unknown', async (ctx, { runId }) => {
      const answer = await requests.checkAgain(runId);
      if (answer === 'unknown') await ctx.reply(ctx.t('sync.check.unknown'));
      else if (answer === 'all-synced') await ctx.reply(ctx.t('sync.check.allSynced', { run: runId }));
      else await ctx.reply(ctx.t('sync.supervisorDone.checking', { name: ctx.actor.displayName, run: runId }));
    }),

    'sync.applyDefaults': cardAction(checkInputs, 'sync.check.unknown', async (ctx, { runId }) => {
      const defaults = await options.agentDefaults();
      if (!hasAgentSettings(defaults)) {
        await ctx.reply(ctx.t('sync.apply.noDefaults'));
        return;
      }
      const users = await requests.needingSettings(runId);
      const key = JSON.stringify([runId, users.map((u) => u.email), defaults]);
      const before = applied.get(key);
      if (before) {
        await ctx.reply(ctx.t('sync.apply.already', { run: runId, name: before.name, at: { at: before.at } }));
        return;
      }
      const lines = users.map((u) => applyLine(ctx, u, defaults));
      const footer = lines.some((l) => l.left) ? [ctx.t('sync.apply.setDefaults')] : [];
      const more = (n: number) => ctx.t('bot.more', { count: n });
      if (users.length > 0 && !lines.some((l) => l.applies)) {
        // The defaults have none of what is missing: nothing is written.
        const none = ctx.t('sync.apply.noneCovered', { run: runId, count: users.length });
        await ctx.reply(fitMessage([none, ...lines.map((l) => l.line), ...footer], more));
        return;
      }
      applied.set(key, { name: ctx.actor.displayName, at: now() });
      let answer: Awaited<ReturnType<SyncRequests['applySettings']>>;
      try {
        answer = await requests.applySettings(runId, defaults);
      } catch (error) {
        applied.delete(key);
        throw error;
      }
      if (answer !== 'applying') applied.delete(key);
      if (answer === 'unknown') await ctx.reply(ctx.t('sync.check.unknown'));
      else if (answer === 'nothing') await ctx.reply(ctx.t('sync.apply.nothing', { run: runId }));
      else
        await ctx.reply(
          fitMessage(
            [
              ctx.t('sync.apply.applying', {
                name: ctx.actor.displayName,
                count: lines.filter((l) => l.applies).length,
                run: runId,
              }),
              ...lines.map((l) => l.line),
              ...footer,
            ],
            more,
          ),
        );
    }),

    'sync.retry': cardAction(alertInputs, 'sync.alert.unknown', async (ctx, { alertId }) => {
      const retried = await requests.retryAlert(alertId, ctx.cardMessageId);
      if (retried.kind === 'unknown') {
        await ctx.reply(ctx.t('sync.alert.unknown'));
        return;
      }
      const { alert, answer, open } = retried;
      const state = ctx.t(`alert.state.${retried.state}`);
      if (answer === 'closed') await ctx.reply(ctx.t('sync.alert.closed', { alert: alert.id, state }));
      else if (answer === 'busy') await ctx.reply(ctx.t('sync.alert.busy', { alert: alert.id }));
      else
        await ctx.reply(
          ctx.t(requests.mode === 'endpoint' ? 'sync.alert.retrying' : 'sync.alert.retryingManual', {
            name: ctx.actor.displayName,
            count: open,
          }),
        );
    }),

    'sync.dismiss': cardAction(dismissInputs, 'sync.alert.unknown', async (ctx, { alertId, confirmed }) => {
      const alert = await requests.alertOf(alertId, ctx.cardMessageId);
      if (!alert) {
        await ctx.reply(ctx.t('sync.alert.unknown'));
        return;
      }
      if (alert.state !== 'open') {
        await ctx.reply(
          ctx.t('sync.alert.closedAlready', { alert: alert.id, state: msg(`alert.state.${alert.state}`) }),
        );
        return;
      }
      // The card asks before it sends a confirmed Dismiss. Without that (a card posted before the card
      // asked), the first press asks; the same person's second press, soon after, dismisses.
      const key = `${alert.id}:${ctx.actor.id}`;
      const asked = dismissAsked.get(key);
      if (!confirmed && (asked === undefined || now() - asked > DISMISS_CONFIRM_MS)) {
        dismissAsked.set(key, now());
        const button = translator(options.spaceLanguage ?? 'en').t('card.syncAlert.dismiss');
        await ctx.reply(ctx.t('sync.alert.confirmDismiss', { alert: alert.id, button }));
        return;
      }
      dismissAsked.delete(key);
      const dismissed = await requests.dismissAlert(alertId, ctx.cardMessageId, ctx.actor.emails[0]!);
      if (dismissed.kind === 'unknown') await ctx.reply(ctx.t('sync.alert.unknown'));
      else if (!dismissed.dismissed)
        await ctx.reply(
          ctx.t('sync.alert.closedAlready', {
            alert: dismissed.alert.id,
            state: msg(`alert.state.${dismissed.state}`),
          }),
        );
      else await ctx.reply(ctx.t('sync.alert.dismissed', { name: ctx.actor.displayName, alert: dismissed.alert.id }));
    }),
  };
}
