import { type Msg, msg } from '../../i18n/msg.js';
import { tierLabel } from '../../provisioning/license-model.js';
import type { BotContext } from '../context.js';
import type { Command } from './command.js';

/** What `orgs` says of one organization. */
export interface OrgStatus {
  /** Contact Center seats by tier, or why they could not be read. */
  seats: { tier: 'standard' | 'premium'; free: number; total: number }[] | { error: Msg };
  /** Why its admin credential fails, while it does. */
  credentialProblem: string | undefined;
  lastJob: { id: string; by: string; state: string; at: number } | undefined;
  openAlerts: number;
}

/** An organization of the event's space, and whether the person asking may act for it. */
export interface SpaceOrg {
  key: string;
  name: string;
  allowed: boolean;
  status?: () => Promise<OrgStatus>;
}

/**
 * `orgs`: the organizations this space acts for that the person may act for, each with its seats,
 * admin credential, last job and open alerts. Organizations the person may not act for are left out:
 * one customer's administrator in a partner's space learns nothing of the other customers.
 */
export function orgsCommand(
  spaceOrgs: (ctx: BotContext) => Promise<SpaceOrg[]>,
  /** A command naming an organization, in the reader's language ("adicionar @acme"). */
  example: (ctx: BotContext, key: string) => string,
): Command {
  return {
    name: 'orgs',
    names: { 'pt-BR': 'orgs' },
    aliases: ['organizations', 'organisations', 'organizações', 'customers', 'clientes'],
    summary: 'cmd.orgs.summary',
    example: 'cmd.orgs.example',
    async run(ctx) {
      const allowed = (await spaceOrgs(ctx)).filter((o) => o.allowed);
      if (allowed.length === 0) {
        await ctx.reply(ctx.t('orgs.list.none'));
        return;
      }
      const blocks = await Promise.all(allowed.map((org) => describeOrg(ctx, org)));
      // The hint is for a space that acts for several of them: in a customer's own space none is named.
      const hint = allowed.length > 1 ? [ctx.t('orgs.list.hint', { example: example(ctx, allowed[0]!.key) })] : [];
      await ctx.reply([`**${ctx.t('orgs.list.title')}**`, ...blocks, ...hint].join('\n\n'));
    },
  };
}

async function describeOrg(ctx: BotContext, org: SpaceOrg): Promise<string> {
  const head = ctx.t('orgs.list.line', { name: org.name, key: org.key });
  if (!org.status) return head;
  const status = await org.status();
  const seats =
    'error' in status.seats
      ? ctx.t('orgs.list.seatsUnknown', { error: status.seats.error })
      : status.seats
          .map((s) => ctx.t('orgs.list.seats', { tier: ctx.m(tierLabel(s.tier)), free: s.free, total: s.total }))
          .join(' · ');
  const credential = status.credentialProblem
    ? ctx.t('orgs.list.credentialFailing', { detail: status.credentialProblem })
    : ctx.t('orgs.list.credentialOk');
  const job = status.lastJob
    ? ctx.t('orgs.list.lastJob', {
        job: status.lastJob.id,
        by: status.lastJob.by,
        state: ctx.m(msg(`state.${status.lastJob.state}` as 'state.done')),
        at: { at: status.lastJob.at },
      })
    : ctx.t('orgs.list.noJob');
  const alerts =
    status.openAlerts > 0 ? ctx.t('orgs.list.alerts', { count: status.openAlerts }) : ctx.t('orgs.list.noAlerts');
  return [head, ...[seats, credential, job, alerts].map((line) => `- ${line}`)].join('\n');
}
