import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RuntimeConfig } from '../../src/app.js';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import { cardText, confirmBatch, previewBatch, summaryCounts } from '../support/users-flow.js';

/**
 * The admin credential as real deployments have it: a Service App's access token that expires, renewed
 * with its refresh token ahead of time and after a 401, the newest pair kept in the store, and the
 * admin space told when renewal fails (with the job waiting, not failing, until it works again).
 */
// One sandbox for the file (the bot framework talks to one Webex API per process); a fresh seed, a
// fresh data directory and a fresh bot for each test.
const h = new BotHarness();
let dataDir = '';
beforeAll(() => h.fx.start());
afterAll(() => h.fx.stop());
beforeEach(async () => {
  await h.fx.call(null, 'POST', '/sandbox/reset');
  dataDir = mkdtempSync(join(tmpdir(), 'wxcc-credential-'));
});
afterEach(async () => {
  await h.app?.stop();
});

interface OAuthView {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
  refreshes: number;
}

async function oauth(harness: BotHarness): Promise<OAuthView> {
  return (await harness.fx.call<OAuthView>(null, 'GET', '/sandbox/oauth')).body;
}

/** The harness's bot, with the Service App's client and refresh token instead of a fixed token. */
async function refreshingConfig(
  harness: BotHarness,
  renewal: RuntimeConfig['adminRenewal'] = {},
): Promise<Partial<RuntimeConfig>> {
  const o = await oauth(harness);
  return {
    dataDir,
    adminToken: undefined,
    adminRefresh: { clientId: o.clientId, clientSecret: o.clientSecret, refreshToken: o.refreshToken },
    adminRenewal: { retryMs: 300, retryMaxMs: 600, ...renewal },
  };
}

const serviceAppCalls = (harness: BotHarness, since = 0) =>
  harness.fx.sandbox.exchanges
    .slice(since)
    .filter((e) => e.api === 'webex' && e.actorEmail === 'provisioning-app@acme.example.com');
const unauthorised = (harness: BotHarness, since = 0) =>
  harness.fx.sandbox.exchanges.slice(since).filter((e) => e.status === 401 && e.path !== '/v1/access_token');

async function topLevel(harness: BotHarness): Promise<PostedMessage[]> {
  const res = await harness.fx.call<{ items: PostedMessage[] }>(
    'alice',
    'GET',
    `/messages?roomId=${harness.adminSpace}&max=50`,
  );
  return res.body.items.filter((m) => m.personId === harness.fx.seed.bot.id && !m.parentId);
}

async function licensesAnswer(harness: BotHarness): Promise<string> {
  const asked = await harness.say('alice', 'licenses');
  const [reply] = await harness.waitForReply(asked.id);
  return `${reply!.markdown ?? ''} ${cardText(reply)}`;
}

describe('the admin credential', () => {
  it('is renewed ahead of its expiry, kept sealed in the store, and the stored pair survives a restart', async () => {
    // Access tokens live 3 s; the bot renews with half of the lifetime left.
    await h.fx.call(null, 'PUT', '/sandbox/oauth', { accessTokenLifetimeSeconds: 3 });
    const config = await refreshingConfig(h, { renewAtRemaining: 0.5 });
    h.app = await h.startBot({ config });
    await eventually(async () => (await oauth(h)).refreshes >= 3, { timeoutMs: 10_000, intervalMs: 100 });
    expect(await licensesAnswer(h)).toContain('Standard Agent');
    // Renewed before expiry: Webex never had to refuse a token.
    expect(unauthorised(h)).toEqual([]);
    expect(serviceAppCalls(h).length).toBeGreaterThan(0);

    // The newest pair is in the store, and not in clear.
    const newest = (await oauth(h)).refreshToken;
    const database = readFileSync(join(dataDir, 'bot.sqlite'));
    expect(database.includes(Buffer.from(newest))).toBe(false);

    // A restart with the configured (long since rotated) refresh token goes on from the stored pair.
    await h.app.stop();
    const before = (await oauth(h)).refreshes;
    h.app = await h.startBot({ config });
    expect(await licensesAnswer(h)).toContain('Standard Agent');
    expect((await oauth(h)).refreshes).toBeGreaterThanOrEqual(before);
    expect(await topLevel(h)).toEqual([]);
    expect((await h.app.readiness()).checks.credential).toBe('usable');
  }, 60_000);

  it('is renewed after a 401 and the refused call is repeated once', async () => {
    h.app = await h.startBot({ config: await refreshingConfig(h) });
    expect((await oauth(h)).refreshes).toBe(1);

    // Webex stops taking the token before the bot expected it to.
    await h.fx.call(null, 'POST', '/sandbox/oauth/expire');
    const since = h.fx.sandbox.exchanges.length;
    expect(await licensesAnswer(h)).toContain('Standard Agent');
    expect((await oauth(h)).refreshes).toBe(2);
    const refused = unauthorised(h, since);
    expect(refused.length).toBe(1);
    // The same call again, answered this time.
    const retried = h.fx.sandbox.exchanges
      .slice(since)
      .filter((e) => e.method === refused[0]!.method && e.path === refused[0]!.path);
    expect(retried.map((e) => e.status)).toEqual([401, 200]);
    expect(await topLevel(h)).toEqual([]);
  }, 30_000);

  it('tells the admin space once when renewal fails; the job waits, then finishes when renewal works again', async () => {
    h.app = await h.startBot({ config: await refreshingConfig(h) });
    // Enough users, answered slowly enough, that some are still to do when the credential breaks, even
    // on a busy machine (four are created at a time).
    const emails = Array.from({ length: 12 }, (_, i) => `renew${i}@acme.example.com`);
    const { thread, answer: preview } = await previewBatch(h, 'alice', {
      entries: emails.join('\n'),
      role: 'standard',
    });

    // Webex answers creations slowly, so the job is under way when the credential breaks: the refresh
    // token is refused and the access token in hand expires.
    await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 800, pathPattern: '^POST /v1/people$' });
    const confirmed = confirmBatch(h, 'alice', thread, preview, 40_000);
    const created = () => emails.filter((e) => h.fx.sandbox.state.findPersonByEmail(e)).length;
    await eventually(() => created() >= 1, { timeoutMs: 15_000, intervalMs: 10 });
    await h.fx.call(null, 'PUT', '/sandbox/oauth', { refreshFailure: 'invalid_grant' });
    await h.fx.call(null, 'POST', '/sandbox/oauth/expire');

    const alert = await eventually(
      async () => (await topLevel(h)).find((m) => (m.markdown ?? '').includes('could not be renewed')),
      { timeoutMs: 15_000, intervalMs: 100 },
    );
    expect(alert.markdown).toContain('Webex refused its refresh token or client');
    expect(alert.markdown).toContain('The refresh token provided is expired, revoked, malformed, or invalid.');
    expect(alert.markdown).toContain('provisioning is paused');
    expect(alert.markdown).toContain('WEBEX_ADMIN_REFRESH_TOKEN');
    expect(alert.markdown).not.toContain((await oauth(h)).clientSecret);
    const readiness = await h.app.readiness();
    expect(readiness.ready).toBe(false);
    expect(readiness.checks.credential).toContain('renewal failing (refused)');

    // Several retries later: still one alert, and nobody created or failed.
    await eventually(async () => h.fx.sandbox.exchanges.filter((e) => e.path === '/v1/access_token').length >= 4, {
      timeoutMs: 10_000,
      intervalMs: 100,
    });
    expect((await topLevel(h)).filter((m) => (m.markdown ?? '').includes('could not be renewed'))).toHaveLength(1);
    // Waiting, not hammering: a handful of refused calls (the users in hand), not one per retry loop.
    expect(unauthorised(h).length).toBeLessThan(20);
    const atOutage = created();
    expect(atOutage).toBeLessThan(emails.length);
    expect((await h.botReplies(thread)).some((m) => cardText(m).includes('finished'))).toBe(false);

    // The token service takes the refresh token again: renewed, said once, and the job finishes.
    await h.fx.call(null, 'PUT', '/sandbox/oauth', { refreshFailure: 'none' });
    const { summary } = await confirmed;
    expect(summaryCounts(summary)).toMatchObject({ created: emails.length, failed: 0 });
    const notices = await eventually(async () => {
      const top = await topLevel(h);
      return top.some((m) => (m.markdown ?? '').includes('was renewed')) ? top : undefined;
    });
    expect(notices.filter((m) => (m.markdown ?? '').includes('was renewed'))).toHaveLength(1);
    // Users in hand when Webex refused the credential waited rather than failing...
    expect(h.logLines.join('')).toContain('the admin credential was refused; the job waits until it is renewed');
    // ...and no secret reached the logs.
    const o = await oauth(h);
    for (const secret of [o.clientSecret, o.refreshToken]) expect(h.logLines.join('')).not.toContain(secret);
    // Each user created once, though some were in hand when Webex refused the credential.
    for (const email of emails) {
      expect(h.fx.sandbox.state.findPersonByEmail(email)).toBeDefined();
      const posts = h.fx.sandbox.exchanges.filter(
        (e) =>
          e.method === 'POST' && e.path === '/v1/people' && (e.requestBody as { emails: string[] }).emails[0] === email,
      );
      expect(posts.filter((p) => p.status === 200)).toHaveLength(1);
    }
  }, 60_000);
});
