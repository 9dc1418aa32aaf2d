import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import type { SyncEngine } from '../../contact-center/sync-engine.js';
import type { SyncStore, SyncTarget } from '../../contact-center/sync-ports.js';
import { isMsg, type Msg, msg } from '../../i18n/msg.js';
import type { JobStore } from '../../jobs/ports.js';
import { accessOf, buildCatalogue } from '../../provisioning/license-model.js';
import { isValidEmail } from '../../provisioning/parse-entries.js';
import { encodeHydraId, hydraKey } from '../../webex/hydra-id.js';
import type { WebexClient } from '../../webex/webex-client.js';
import type { CardAction } from '../bot.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';

export interface SyncFlowDeps {
  engine: SyncEngine;
  syncStore: SyncStore;
  store: JobStore;
  adminClient: WebexClient;
  ccClient: ContactCenterClient;
}

/** Every user the Contact Center should hold (licensed people) or should not (CC users without a license). */
async function wholeOrganisation(deps: SyncFlowDeps): Promise<SyncTarget[]> {
  const [licenses, roles] = await Promise.all([deps.adminClient.listLicenses(), deps.adminClient.listRoles()]);
  const catalogue = buildCatalogue(licenses, roles);
  const targets: SyncTarget[] = [];
  const licensed = new Set<string>();
  for await (const person of deps.adminClient.listPeople()) {
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
  for await (const user of deps.ccClient.listUsers()) {
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

async function onePerson(deps: SyncFlowDeps, email: string): Promise<SyncTarget | Msg> {
  const person = await deps.adminClient.findPersonByEmail(email);
  if (!person) return msg('sync.cmd.noPerson', { email });
  const [licenses, roles] = await Promise.all([deps.adminClient.listLicenses(), deps.adminClient.listRoles()]);
  const tier = accessOf(person, buildCatalogue(licenses, roles)).tier;
  const ciUserId = hydraKey(person.id, 'PEOPLE');
  if (!ciUserId) return msg('sync.cmd.badId', { email });
  return {
    personId: person.id,
    ciUserId,
    email,
    tier,
    supervisor: tier === 'premium' && (await deps.store.supervisorWanted(email)),
    trackingIds: [],
  };
}

/** `sync` (the last job), `sync <email>`, `sync <job id>`, `sync all`. */
export function syncCommand(deps: SyncFlowDeps): Command {
  return {
    name: 'sync',
    names: { 'pt-BR': 'sincronizar' },
    aliases: ['synchronize', 'synchronise'],
    summary: 'cmd.sync.summary',
    example: 'cmd.sync.example',
    async run(ctx) {
      const arg = (ctx.args[0] ?? '').toLowerCase().replace(/^mailto:/, '');
      let targets: SyncTarget[];
      let what: string;
      if (arg === 'all' || arg === 'todos') {
        targets = await wholeOrganisation(deps);
        what = ctx.t('sync.cmd.whatAll');
      } else if (arg.includes('@')) {
        if (!isValidEmail(arg)) {
          await ctx.reply(ctx.t('sync.cmd.badEmail', { given: arg }));
          return;
        }
        const found = await onePerson(deps, arg);
        if (isMsg(found)) {
          await ctx.reply(ctx.m(found));
          return;
        }
        targets = [found];
        what = ctx.t('sync.cmd.whatEmail', { email: arg });
      } else {
        const job = arg
          ? await deps.store.job(arg)
          : (await deps.store.recentJobs(20)).find((j) => j.state === 'done' || j.state === 'cancelled');
        if (!job) {
          await ctx.reply(arg ? ctx.t('sync.cmd.unknownJob', { job: arg }) : ctx.t('sync.cmd.noJob'));
          return;
        }
        targets = await deps.store.syncTargets(job.id);
        what = ctx.t('sync.cmd.whatJob', { count: targets.length, job: job.id });
        if (targets.length === 0) {
          await ctx.reply(ctx.t('sync.cmd.jobChangedNobody', { job: job.id }));
          return;
        }
      }
      if (targets.length === 0) {
        await ctx.reply(ctx.t('sync.cmd.nobody'));
        return;
      }
      const run = await deps.engine.startRun(
        { origin: 'command', roomId: ctx.roomId, threadId: ctx.threadId, requestedBy: ctx.actor.emails[0]! },
        targets,
      );
      const started = await ctx.reply(
        ctx.t(deps.engine.mode === 'endpoint' ? 'sync.cmd.started' : 'sync.cmd.startedManual', {
          what,
          run: run.id,
          count: targets.length,
          deadline: { at: run.deadlineAt },
        }),
      );
      await deps.syncStore.setProgressMessage(run.id, started.id, started.markdown ?? '');
      void deps.engine.drive(run.id);
    },
  };
}

async function alertOf(deps: SyncFlowDeps, ctx: BotContext, inputs: Record<string, unknown>) {
  const alert = await deps.syncStore.alert(String(inputs.alertId ?? ''));
  if (!alert || ctx.event.kind !== 'cardSubmit' || alert.messageId !== ctx.event.cardMessageId) return undefined;
  return alert;
}

export function syncCardActions(deps: SyncFlowDeps): Record<string, CardAction> {
  return {
    'sync.check': async (ctx, inputs) => {
      const runId = String(inputs.runId ?? '');
      const answer = await deps.engine.checkAgain(runId);
      if (answer === 'unknown') await ctx.reply(ctx.t('sync.check.unknown'));
      else if (answer === 'all-synced') await ctx.reply(ctx.t('sync.check.allSynced', { run: runId }));
      else await ctx.reply(ctx.t('sync.check.checking', { name: ctx.actor.displayName, run: runId }));
    },

    'sync.retry': async (ctx, inputs) => {
      const alert = await alertOf(deps, ctx, inputs);
      if (!alert) {
        await ctx.reply(ctx.t('sync.alert.unknown'));
        return;
      }
      const open = (await deps.syncStore.alertUsers(alert.id)).filter((u) => u.state !== 'synced');
      const answer = await deps.engine.retryAlert(alert.id);
      const state = ctx.t(`alert.state.${(await deps.syncStore.alert(alert.id))?.state ?? alert.state}`);
      if (answer === 'closed') await ctx.reply(ctx.t('sync.alert.closed', { alert: alert.id, state }));
      else if (answer === 'busy') await ctx.reply(ctx.t('sync.alert.busy', { alert: alert.id }));
      else
        await ctx.reply(
          ctx.t(deps.engine.mode === 'endpoint' ? 'sync.alert.retrying' : 'sync.alert.retryingManual', {
            name: ctx.actor.displayName,
            count: open.length,
          }),
        );
    },

    'sync.dismiss': async (ctx, inputs) => {
      const alert = await alertOf(deps, ctx, inputs);
      if (!alert) {
        await ctx.reply(ctx.t('sync.alert.unknown'));
        return;
      }
      if (!(await deps.engine.dismissAlert(alert.id, ctx.actor.emails[0]!))) {
        await ctx.reply(
          ctx.t('sync.alert.closedAlready', {
            alert: alert.id,
            state: ctx.t(`alert.state.${(await deps.syncStore.alert(alert.id))?.state ?? 'dismissed'}`),
          }),
        );
        return;
      }
      await ctx.reply(ctx.t('sync.alert.dismissed', { name: ctx.actor.displayName, alert: alert.id }));
    },
  };
}
