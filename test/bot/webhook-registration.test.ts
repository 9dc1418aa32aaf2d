import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebhookIngress } from '../../src/bot/webhook-ingress.js';
import { AdvisoryLocks } from '../../src/jobs/advisory-locks.js';
import { ApiHttpClient } from '../../src/webex/http-client.js';
import { WebexClient } from '../../src/webex/webex-client.js';
import { SandboxFixture } from '../support/sandbox-api.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';

/**
 * Two replicas behind one load balancer start at once with the same public URL and secret: the webhooks
 * are registered once, by whichever replica takes the PostgreSQL lock first; the other finds them and
 * leaves them, and both say they are ready.
 */
const available = await postgresAvailable();
const fx = new SandboxFixture({ recordExchanges: true });
const logger = pino({ level: 'silent' });

beforeAll(async () => {
  if (available) await fx.start();
}, 60_000);
afterAll(async () => {
  if (available) await fx.stop();
});

function replica(publicUrl: string, secret: string, bot: Awaited<ReturnType<WebexClient['me']>>) {
  const botClient = new WebexClient(
    new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => fx.token('bot'), maxAttempts: 1 }),
  );
  const locks = new AdvisoryLocks({ databaseUrl: TEST_DATABASE_URL, logger });
  const ingress = new WebhookIngress({
    ...{ botClient, bot, publicUrl, secret, logger, onEvent: async () => undefined },
    exclusive: (work) => locks.during('webhook-registration', work),
    retryMs: { first: 100, max: 200 },
  });
  return { ingress, locks, botClient };
}

describe.skipIf(!available)('webhooks of several replicas', () => {
  it('are registered once when two replicas start together, and each replica is ready', async () => {
    const publicUrl = 'http://127.0.0.1:9/webhook';
    const secret = 'shared-secret-of-the-replicas';
    const probe = new WebexClient(
      new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => fx.token('bot'), maxAttempts: 1 }),
    );
    const bot = await probe.me();
    const replicas = [replica(publicUrl, secret, bot), replica(publicUrl, secret, bot)];
    try {
      await Promise.all(replicas.map((r) => r.ingress.start()));

      const hooks = (await probe.listWebhooks()).filter((h) => h.targetUrl === publicUrl);
      expect(hooks.map((h) => `${h.resource}/${h.event} ${h.status}`).sort()).toEqual([
        'all/all active',
        'attachmentActions/created active',
      ]);
      const calls = fx.sandbox.exchanges
        .filter((e) => e.path.startsWith('/v1/webhooks') && e.method !== 'GET')
        .map((e) => e.method);
      // Created once; the second replica neither changed nor deleted what the first registered.
      expect(calls).toEqual(['POST', 'POST']);
      for (const r of replicas) expect(await r.ingress.webhooksRegistered()).toEqual({ ok: true });

      // A replica restarting later (same URL, same secret) leaves them too.
      const later = replica(publicUrl, secret, bot);
      replicas.push(later);
      await later.ingress.start();
      expect(fx.sandbox.exchanges.filter((e) => e.path.startsWith('/v1/webhooks') && e.method !== 'GET')).toHaveLength(
        2,
      );
      expect(await later.ingress.webhooksRegistered()).toEqual({ ok: true });
    } finally {
      for (const r of replicas) {
        await r.ingress.stop();
        await r.locks.close();
      }
    }
  });
});
