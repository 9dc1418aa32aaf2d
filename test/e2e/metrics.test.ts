import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import { confirmBatch, previewBatch, summaryCounts } from '../support/users-flow.js';

/** `/metrics` as a Prometheus server scrapes it, after real work through the sandbox. */
const h = new BotHarness();
// Webex's Retry-After (whole seconds) waited at a tenth: the 429s are still met, honoured and counted.
beforeAll(() => h.start({ config: { retryAfterScale: 0.1 } }), 60_000);
afterAll(() => h.stop());

/** `name{labels} value` lines as a map, the way a scraper reads them. */
function parse(text: string): Map<string, number> {
  const samples = new Map<string, number>();
  for (const line of text.split('\n')) {
    if (line === '' || line.startsWith('#')) continue;
    const at = line.lastIndexOf(' ');
    samples.set(line.slice(0, at), Number(line.slice(at + 1)));
  }
  return samples;
}

async function scrape(): Promise<{ text: string; samples: Map<string, number>; contentType: string | null }> {
  const res = await fetch(`${h.app.url}/metrics`);
  expect(res.status).toBe(200);
  const text = await res.text();
  return { text, samples: parse(text), contentType: res.headers.get('content-type') };
}

describe('/metrics', () => {
  it('counts jobs by state, users by outcome, Webex answers by status, 429s and sync states', async () => {
    const before = await scrape();
    expect(before.contentType).toContain('text/plain; version=0.0.4');
    expect(before.samples.get('wxcc_bot_jobs{state="done"}')).toBe(0);
    expect(before.samples.get('wxcc_bot_admin_credential_usable')).toBe(1);
    expect(before.samples.get('wxcc_bot_ready')).toBe(1);

    const emails = ['metrics1@acme.example.com', 'metrics2@acme.example.com', 'metrics3@acme.example.com'];
    const { thread, answer: preview } = await previewBatch(h, 'alice', {
      entries: emails.join('\n'),
      role: 'standard',
    });
    // Webex asks the bot to slow down now and then.
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      throttleRate: 0.4,
      retryAfterSeconds: 1,
      pathPattern: '^(POST|PATCH) /v1/(people|licenses)',
      randomSeed: 3,
    });
    const { summary } = await confirmBatch(h, 'alice', thread, preview);
    await h.fx.call(null, 'DELETE', '/sandbox/faults');
    expect(summaryCounts(summary)).toMatchObject({ created: 3, failed: 0 });

    const after = await eventually(async () => {
      const s = await scrape();
      return s.samples.get('wxcc_bot_sync_users{state="synced"}') === 3 ? s : undefined;
    });
    const m = after.samples;
    expect(m.get('wxcc_bot_jobs{state="done"}')).toBe(1);
    expect(m.get('wxcc_bot_records{outcome="created"}')).toBe(3);
    expect(m.get('wxcc_bot_records{outcome="failed"}')).toBe(0);
    expect(m.get('wxcc_bot_records{outcome="pending"}')).toBe(0);

    // The bot's count of 429s is the sandbox's count of 429s sent to the admin credential.
    const throttled = h.fx.sandbox.exchanges.filter(
      (e) => e.status === 429 && e.actorEmail === 'provisioning-app@acme.example.com',
    ).length;
    expect(throttled).toBeGreaterThan(0);
    expect(m.get('wxcc_bot_api_rate_limited_total{api="webex",client="admin"}')).toBe(throttled);
    expect(m.get('wxcc_bot_api_requests_total{api="webex",client="admin",status="429"}')).toBe(throttled);
    expect(m.get('wxcc_bot_api_requests_total{api="webex",client="admin",status="200"}')).toBeGreaterThan(0);
    expect(m.get('wxcc_bot_api_requests_total{api="webex",client="bot",status="200"}')).toBeGreaterThan(0);
    expect(m.get('wxcc_bot_api_requests_total{api="contact-center",client="admin",status="200"}')).toBeGreaterThan(0);
    // The message and the two card presses came in as signed deliveries.
    expect(m.get('wxcc_bot_webhook_deliveries_total{verdict="accepted"}')).toBeGreaterThanOrEqual(3);
    expect(m.get('wxcc_bot_sync_alerts{state="open"}')).toBe(0);

    // A forged delivery is counted as such.
    await fetch(`${h.app.url}/webhook`, {
      method: 'POST',
      body: '{}',
      headers: { 'content-type': 'application/json', 'x-spark-signature': 'forged' },
    });
    expect((await scrape()).samples.get('wxcc_bot_webhook_deliveries_total{verdict="bad-signature"}')).toBe(1);
    // Counts only: nobody's address is in there.
    for (const email of emails) expect(after.text).not.toContain(email);
    expect(after.text).not.toContain('@');
  }, 60_000);
});
