import type { Translator } from '../../i18n/translate.js';
import { type SeatSummary, tierLabel } from '../../provisioning/license-model.js';
import type { ProvisioningServices } from '../../provisioning/services/services.js';
import { renderCard } from '../cards.js';
import type { Command } from './command.js';

function seatLine(tr: Translator, s: SeatSummary): string {
  if (s.licenses.length === 0) return tr.t('licenses.notInOrg');
  return tr.t('licenses.seats', { free: s.free, total: s.total, used: s.used });
}

export function licensesCommand(services: Pick<ProvisioningServices, 'organisation'>): Command {
  return {
    name: 'licenses',
    names: { 'pt-BR': 'licenças' },
    aliases: ['license', 'seats', 'licença'],
    summary: 'cmd.licenses.summary',
    example: 'cmd.licenses.example',
    async run(ctx) {
      const { seats } = await services.organisation();
      const rows = (['standard', 'premium'] as const).map((tier) => {
        const s = seats[tier];
        const label = ctx.m(tierLabel(tier));
        const subscriptions =
          s.licenses.length > 1
            ? s.licenses
                .map((l) =>
                  ctx.t('licenses.subscription', {
                    name: l.subscriptionId ?? l.name,
                    free: l.totalUnits - l.consumedUnits,
                    total: l.totalUnits,
                  }),
                )
                .join('; ')
            : '';
        return {
          label,
          seats: seatLine(ctx.tr, s),
          warning: s.licenses.length > 0 && s.free === 0,
          bySubscription: subscriptions ? ctx.t('licenses.bySubscription', { label, subscriptions }) : '',
        };
      });
      const full = rows.filter((r) => r.warning).map((r) => r.label);
      const card = renderCard('licenses', ctx.tr, {
        rows,
        full: full.length > 0 ? ctx.t('licenses.full', { tiers: ctx.tr.list(full) }) : '',
      });
      const fallback = [`**${ctx.t('card.licenses.title')}**`, ...rows.map((r) => `- ${r.label}: ${r.seats}`)].join(
        '\n',
      );
      await ctx.replyCard(card, fallback);
    },
  };
}
