import type { OrgRuntime } from '../../src/runtime-config.js';
import { BotHarness, FAST_SYNC, HARNESS_AGENT_DEFAULTS, type PostedMessage } from './bot-harness.js';
import { cardOf } from './users-flow.js';

/** Globex's Contact Center in the default seed: its only site, team and desktop profile. */
export const GLOBEX_AGENT_DEFAULTS = { site: 'Porto', teams: ['Balcao'], desktopProfile: 'Padrao' };

/**
 * The bot as a partner runs it: one deployment serving the sandbox's two customers, Acme and Globex,
 * each with its own Service App, admin space and "Synchronize Users", and the partner's space shared by
 * both, where Pat (the partner's administrator) may act for either.
 */
export class PartnerHarness extends BotHarness {
  /** The organizations as the bot is configured with them (a test may change one before `start`). */
  orgs(): OrgRuntime[] {
    const { fx } = this;
    const partnerSpace = fx.seed.partnerSpaceId;
    const pat = fx.org('partner').people.find((p) => p.key === 'pat')!.email;
    const org = (key: string, agentDefaults: OrgRuntime['agentDefaults']): OrgRuntime => {
      const o = fx.org(key);
      const { clientId, clientSecret, refreshToken } = o.serviceApp!.oauth;
      return {
        key,
        name: o.name,
        orgId: o.orgId,
        adminRefresh: { clientId, clientSecret, refreshToken: refreshToken! },
        adminRoomIds: [o.adminSpaceId, partnerSpace],
        allowedActors: { emails: [pat], domains: [] },
        ccApiBaseUrl: `${fx.url}/cc`,
        ...(agentDefaults ? { agentDefaults } : {}),
        sync: { mode: 'endpoint', endpointUrl: `${fx.url}${o.synchronizeUrl}`, settings: FAST_SYNC },
      };
    };
    return [org('acme', HARNESS_AGENT_DEFAULTS), org('globex', GLOBEX_AGENT_DEFAULTS)];
  }

  override async start(): Promise<this> {
    await this.fx.start();
    this.app = await this.startBot({ config: { orgs: this.orgs(), adminRoomIds: [] } });
    return this;
  }

  get globexSpace(): string {
    return this.fx.org('globex').adminSpaceId;
  }

  get partnerSpace(): string {
    return this.fx.seed.partnerSpaceId;
  }

  protected override readerOf(roomId: string): string {
    if (roomId === this.globexSpace) return 'gina';
    if (roomId === this.partnerSpace) return 'pat';
    return 'alice';
  }

  /** The top-level messages of the bot in a space since `since` (an ISO time), oldest first. */
  async botPostsIn(roomId: string, since: string): Promise<PostedMessage[]> {
    const res = await this.fx.call<{ items: (PostedMessage & { created: string })[] }>(
      this.readerOf(roomId),
      'GET',
      `/messages?roomId=${roomId}&max=100`,
    );
    return res.body.items
      .filter((m) => m.personId === this.fx.seed.bot.id && !m.parentId && m.created >= since)
      .reverse();
  }

  /** Presses the button of a card whose data has `action`, with the data the card gives it (and `inputs`). */
  async press(
    who: string,
    card: PostedMessage,
    action: string,
    inputs: Record<string, unknown> = {},
    match: (data: Record<string, unknown>) => boolean = () => true,
  ): Promise<void> {
    const data = (cardOf(card)!.actions as { data?: Record<string, unknown> }[])
      .map((a) => a.data ?? {})
      .find((d) => d.action === action && match(d));
    if (!data) throw new Error(`the card has no button for ${action}: ${JSON.stringify(cardOf(card))}`);
    await this.submit(who, card, { ...data, ...inputs });
  }
}
