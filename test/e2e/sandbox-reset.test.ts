import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { confirmBatch, previewBatch, summaryCounts } from '../support/users-flow.js';

/**
 * The sandbox page's "Reset to the default seed" while the bot runs: the bot holds a refreshed admin
 * credential (a Service App's access token and rotated refresh token), and the reset keeps what the
 * OAuth side issued, so provisioning goes on without a restart.
 */
const h = new BotHarness();
beforeAll(() => h.fx.start(), 60_000);
afterAll(() => h.stop());

interface OAuthView {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  refreshes: number;
}
const oauth = async () => (await h.fx.call<OAuthView>(null, 'GET', '/sandbox/oauth')).body;
const GUS = 'gus.nolicense@acme.example.com';

describe("the sandbox's Reset while the bot runs", () => {
  it('keeps the credential the bot holds working: an add after the reset goes through', async () => {
    const o = await oauth();
    h.app = await h.startBot({
      config: {
        dataDir: mkdtempSync(join(tmpdir(), 'wxcc-sandbox-reset-')),
        adminToken: undefined,
        adminRefresh: { clientId: o.clientId, clientSecret: o.clientSecret, refreshToken: o.refreshToken },
        adminRenewal: { retryMs: 300, retryMaxMs: 600 },
      },
    });
    // The bot traded the configured refresh token for its own pair: the first token is retired.
    expect((await oauth()).refreshes).toBeGreaterThanOrEqual(1);
    expect((await oauth()).refreshToken).not.toBe(o.refreshToken);

    const reset = await h.fx.call(null, 'POST', '/sandbox/reset?keepWebhooks=true&keepOAuth=true', {});
    expect(reset.status).toBe(200);
    expect(h.personState(GUS)!.licenses).toEqual(['MS']);

    const since = h.fx.sandbox.exchanges.length;
    const { thread, answer } = await previewBatch(h, 'alice', { entries: GUS, role: 'standard' });
    const { summary } = await confirmBatch(h, 'alice', thread, answer);
    expect(summaryCounts(summary)).toEqual({ created: 0, updated: 1, unchanged: 0, failed: 0 });
    expect(h.personState(GUS)!.licenses).toEqual(['CJPSTD', 'MS']);
    // Webex never refused the bot's credential.
    const refused = h.fx.sandbox.exchanges
      .slice(since)
      .filter((e) => e.status === 401 || (e.path === '/v1/access_token' && e.status !== 200));
    expect(refused).toEqual([]);
  });
});
