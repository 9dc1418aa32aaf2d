import { contactCenterSeats, type SeatSummary } from '../../provisioning/license-model.js';
import type { WebexClient } from '../../webex/webex-client.js';
import { renderCard } from '../cards.js';
import type { Command } from './command.js';

const TIER_LABEL = { standard: 'Standard Agent', premium: 'Premium Agent' } as const;

function seatLine(s: SeatSummary): string {
  if (s.licenses.length === 0) return 'not in this organisation\'s subscriptions';
  return `${s.free} free of ${s.total} (${s.used} in use)`;
}

export function licensesCommand(adminClient: WebexClient): Command {
  return {
    name: 'licenses',
    aliases: ['license', 'seats'],
    summary: 'Contact Center Standard and Premium Agent seats: total, used and free.',
    example: 'licenses',
    async run(ctx) {
      const seats = contactCenterSeats(await adminClient.listLicenses());
      const rows = (['standard', 'premium'] as const).map((tier) => {
        const s = seats[tier];
        return {
          label: TIER_LABEL[tier],
          seats: seatLine(s),
          warning: s.licenses.length > 0 && s.free === 0,
          subscriptions: s.licenses.length > 1 ? s.licenses.map((l) => `${l.subscriptionId ?? l.name}: ${l.totalUnits - l.consumedUnits} free of ${l.totalUnits}`).join('; ') : '',
        };
      });
      const full = rows.filter((r) => r.warning).map((r) => r.label);
      const card = renderCard('licenses', { rows, full: full.join(' and '), hasFull: full.length > 0 });
      const fallback = ['**Contact Center seats**', ...rows.map((r) => `- ${r.label}: ${r.seats}`)].join('\n');
      await ctx.replyCard(card, fallback);
    },
  };
}
