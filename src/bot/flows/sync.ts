import type { ContactCenterClient } from '../../contact-center/cc-client.js';
import type { SyncEngine } from '../../contact-center/sync-engine.js';
import type { JobStore } from '../../jobs/store.js';
import type { SyncStore, SyncTarget } from '../../jobs/sync-store.js';
import { accessOf, buildCatalogue } from '../../provisioning/license-model.js';
import { isValidEmail } from '../../provisioning/parse-entries.js';
import { encodeHydraId, hydraKey } from '../../webex/hydra-id.js';
import type { WebexClient } from '../../webex/webex-client.js';
import type { CardAction } from '../bot.js';
import type { Command } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { timeOf } from '../sync-messages.js';

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
    targets.push({ personId: person.id, ciUserId, email: person.emails[0]!.toLowerCase(), tier, supervisor: false, trackingIds: [] });
  }
  for await (const user of deps.ccClient.listUsers()) {
    if (licensed.has(user.ciUserId) || (!user.active && !user.contactCenterEnabled)) continue;
    targets.push({ personId: encodeHydraId('PEOPLE', user.ciUserId), ciUserId: user.ciUserId, email: user.email.toLowerCase(), tier: 'none', supervisor: false, trackingIds: [] });
  }
  return targets;
}

async function onePerson(deps: SyncFlowDeps, email: string): Promise<SyncTarget | string> {
  const person = await deps.adminClient.findPersonByEmail(email);
  if (!person) return `No Webex user of this organisation has the address ${email}.`;
  const [licenses, roles] = await Promise.all([deps.adminClient.listLicenses(), deps.adminClient.listRoles()]);
  const tier = accessOf(person, buildCatalogue(licenses, roles)).tier;
  const ciUserId = hydraKey(person.id, 'PEOPLE');
  if (!ciUserId) return `The Webex id of ${email} is not one I can read.`;
  return { personId: person.id, ciUserId, email, tier, supervisor: tier === 'premium' && deps.store.supervisorWanted(email), trackingIds: [] };
}

/** `sync` (the last job), `sync <email>`, `sync <job id>`, `sync all`. */
export function syncCommand(deps: SyncFlowDeps): Command {
  return {
    name: 'sync',
    aliases: ['sincronizar'],
    summary:
      'Checks that the Contact Center picked users up (Synced, Pending, Invalid), asks for a synchronisation, retries, and alerts when users stay Invalid: the last job, one address, a job id, or `all`.',
    example: 'sync ana.souza@example.com',
    async run(ctx) {
      const arg = (ctx.args[0] ?? '').toLowerCase().replace(/^mailto:/, '');
      let targets: SyncTarget[];
      let what: string;
      if (arg === 'all') {
        targets = await wholeOrganisation(deps);
        what = 'everyone licensed for the Contact Center, and every Contact Center user of the organisation,';
      } else if (arg.includes('@')) {
        if (!isValidEmail(arg)) {
          await ctx.reply(`"${arg}" is not an email address. Say \`sync\` (the last job), \`sync ana.souza@example.com\`, \`sync job-1a2b3c\` or \`sync all\`.`);
          return;
        }
        const found = await onePerson(deps, arg);
        if (typeof found === 'string') {
          await ctx.reply(found);
          return;
        }
        targets = [found];
        what = `${arg} in the Contact Center`;
      } else {
        const job = arg ? deps.store.job(arg) : deps.store.recentJobs(20).find((j) => j.state === 'done' || j.state === 'cancelled');
        if (!job) {
          await ctx.reply(arg ? `I know no job "${arg}". Send \`tasks\` to see the recent ones.` : 'No job has finished yet. Say `sync ana.souza@example.com` or `sync all` to check users of your choice.');
          return;
        }
        targets = deps.store.syncTargets(job.id);
        what = `the ${targets.length} user${targets.length === 1 ? '' : 's'} job ${job.id} created or changed, in the Contact Center,`;
        if (targets.length === 0) {
          await ctx.reply(`Job \`${job.id}\` changed nobody, so there is nothing to check. Say \`sync all\` to check every Contact Center user.`);
          return;
        }
      }
      if (targets.length === 0) {
        await ctx.reply('The organisation has no Contact Center users and nobody with a Contact Center license: nothing to check.');
        return;
      }
      const run = deps.engine.startRun({ origin: 'command', roomId: ctx.roomId, threadId: ctx.threadId, requestedBy: ctx.actor.emails[0]! }, targets);
      const started = await ctx.reply(
        `Checking ${what} (check \`${run.id}\`, ${targets.length} user${targets.length === 1 ? '' : 's'}): ${deps.engine.mode === 'endpoint' ? 'I asked for a synchronisation' : 'a synchronisation is needed (see below)'}, then I check with backoff until every user is Synced or ${timeOf(run.deadlineAt)}. The result follows in this thread.`,
      );
      deps.syncStore.setProgressMessage(run.id, started.id, started.markdown ?? '');
      void deps.engine.drive(run.id);
    },
  };
}

function alertOf(deps: SyncFlowDeps, ctx: BotContext, inputs: Record<string, unknown>) {
  const alert = deps.syncStore.alert(String(inputs.alertId ?? ''));
  if (!alert || ctx.event.kind !== 'cardSubmit' || alert.messageId !== ctx.event.cardMessageId) return undefined;
  return alert;
}

export function syncCardActions(deps: SyncFlowDeps): Record<string, CardAction> {
  return {
    'sync.check': async (ctx, inputs) => {
      const runId = String(inputs.runId ?? '');
      const answer = deps.engine.checkAgain(runId);
      if (answer === 'unknown') await ctx.reply('That button does not belong to a check I know. Say `sync` to start one.');
      else if (answer === 'all-synced') await ctx.reply(`Every user of check \`${runId}\` is Synced already: nothing more to do.`);
      else await ctx.reply(`Thank you, ${ctx.actor.displayName}: checking the users of \`${runId}\` now. The result follows in this thread.`);
    },

    'sync.retry': async (ctx, inputs) => {
      const alert = alertOf(deps, ctx, inputs);
      if (!alert) {
        await ctx.reply('That button does not belong to an alert I know.');
        return;
      }
      const open = deps.syncStore.alertUsers(alert.id).filter((u) => u.state !== 'synced');
      const answer = await deps.engine.retryAlert(alert.id);
      if (answer === 'closed') await ctx.reply(`Alert \`${alert.id}\` is ${alert.state} already: nothing to retry.`);
      else if (answer === 'busy') await ctx.reply(`The users of alert \`${alert.id}\` are being checked right now; the result follows here.`);
      else
        await ctx.reply(
          `Retrying for ${ctx.actor.displayName}: ${deps.engine.mode === 'endpoint' ? 'asked for another synchronisation' : 'please press "Synchronize Users" in Control Hub once more'} and checking the ${open.length} user${open.length === 1 ? '' : 's'} again. The result follows here.`,
        );
    },

    'sync.dismiss': async (ctx, inputs) => {
      const alert = alertOf(deps, ctx, inputs);
      if (!alert) {
        await ctx.reply('That button does not belong to an alert I know.');
        return;
      }
      if (!deps.engine.dismissAlert(alert.id, ctx.actor.emails[0]!)) {
        await ctx.reply(`Alert \`${alert.id}\` is ${deps.syncStore.alert(alert.id)?.state ?? 'closed'} already.`);
        return;
      }
      await ctx.reply(`Dismissed by ${ctx.actor.displayName}: I stop watching the users of alert \`${alert.id}\`. \`sync <email>\` checks one of them again at any time.`);
    },
  };
}
