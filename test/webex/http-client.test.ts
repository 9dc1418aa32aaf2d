import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { WebexApiError } from '../../src/webex/errors.js';
import { ApiHttpClient } from '../../src/webex/http-client.js';
import { RateLimiter } from '../../src/webex/rate-limiter.js';
import { WebexClient } from '../../src/webex/webex-client.js';
import { SandboxFixture } from '../support/sandbox-api.js';

const fx = new SandboxFixture({ recordExchanges: true });
beforeAll(() => fx.start());
afterAll(() => fx.stop());
beforeEach(async () => {
  await fx.call(null, 'DELETE', '/sandbox/faults');
  fx.sandbox.exchanges.length = 0;
});

function client(who: string, options: Partial<ConstructorParameters<typeof ApiHttpClient>[0]> = {}): WebexClient {
  return new WebexClient(
    new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => fx.token(who), ...options }),
  );
}

describe('the typed Webex client', () => {
  it('follows Link paging to the end', async () => {
    const people = [];
    for await (const p of client('alice').listPeople({ max: 2 })) people.push(p.emails[0]);
    expect(people).toHaveLength(8);
    expect(fx.sandbox.exchanges.filter((e) => e.path === '/v1/people')).toHaveLength(4);
  });

  it('gives booleans for invitePending/loginEnabled whichever form Webex sends', async () => {
    const me = await client('alice').me();
    expect(me.invitePending).toBe(false);
    expect(me.loginEnabled).toBe(true);
  });

  it('waits as long as Retry-After says on a 429 and then succeeds, for every caller of the limiter', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', {
      throttleRate: 1,
      retryAfterSeconds: 1,
      pathPattern: '^GET /v1/licenses',
    });
    const c = client('alice', { limiter: new RateLimiter(50) });
    const pending = c.listLicenses();
    setTimeout(() => void fx.call(null, 'PUT', '/sandbox/faults', { throttleRate: 0 }), 300);
    const licenses = await pending;
    expect(licenses.length).toBeGreaterThan(0);
    // One throttled attempt, then one after the announced second: no hammering in between.
    expect(fx.sandbox.exchanges.filter((e) => e.path === '/v1/licenses').map((e) => e.status)).toEqual([429, 200]);
  });

  it('waits the share of Retry-After a test gives, and still gives up on what Webex itself asked', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', {
      throttleRate: 1,
      retryAfterSeconds: 1,
      pathPattern: '^GET /v1/licenses',
    });
    const waits: number[] = [];
    const sleep = async (ms: number) => void waits.push(ms);
    const scaled = client('alice', { retryAfterScale: 0.1, maxRateLimitedAttempts: 3, sleep });
    expect(await scaled.listLicenses().catch((e: unknown) => (e as WebexApiError).status)).toBe(429);
    expect(waits).toEqual([100, 100]);
    // Two seconds asked is over a 1.5 s limit, however short the wait a test would make of it.
    await fx.call(null, 'PUT', '/sandbox/faults', { retryAfterSeconds: 2 });
    waits.length = 0;
    const limited = client('alice', { retryAfterScale: 0.1, maxRetryAfterMs: 1_500, sleep });
    expect(await limited.listLicenses().catch((e: unknown) => (e as WebexApiError).status)).toBe(429);
    expect(waits).toEqual([]);
  });

  it('retries 5xx for idempotent calls and stops after the bounded attempts with a typed error', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', { errorRate: 1, errorStatus: 503, pathPattern: '^GET /v1/licenses' });
    const error = await client('alice', { maxAttempts: 3, sleep: async () => {} })
      .listLicenses()
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WebexApiError);
    expect((error as WebexApiError).code).toBe('server_error');
    expect((error as WebexApiError).status).toBe(503);
    expect((error as WebexApiError).trackingId).toMatch(/^ROUTER_/);
    expect(fx.sandbox.exchanges.filter((e) => e.path === '/v1/licenses')).toHaveLength(3);
  });

  it('never repeats a POST after a 5xx (it might have been applied)', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^POST /v1/people',
    });
    const error = await client('serviceApp', { sleep: async () => {} })
      .createPerson({ emails: ['once@acme.example.com'], displayName: 'Once' })
      .catch((e: unknown) => e as WebexApiError);
    expect((error as WebexApiError).code).toBe('server_error');
    expect(fx.sandbox.exchanges.filter((e) => e.method === 'POST')).toHaveLength(1);
  });

  it('repeats posting a message after a 5xx: a lost answer is worse than a rare duplicate', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^POST /v1/messages',
    });
    const error = await client('alice', { sleep: async () => {} })
      .createMessage({ roomId: fx.seed.adminSpaceId, text: 'again' })
      .catch((e: unknown) => e as WebexApiError);
    expect((error as WebexApiError).code).toBe('server_error');
    expect(fx.sandbox.exchanges.filter((e) => e.method === 'POST').length).toBeGreaterThan(1);
  });

  it('turns Webex error bodies into typed errors with the license errorCode and trackingId', async () => {
    const error = (await client('serviceApp')
      .patchUserLicenses({
        personId: fx.person('eli').id,
        licenses: [{ id: fx.license('CJPPRM').id, operation: 'add' }],
      })
      .catch((e: unknown) => e)) as WebexApiError;
    expect(error.code).toBe('bad_request');
    expect(error.webexErrorCode).toBe(400413);
    expect(error.trackingId).toBeTypeOf('string');
    const forbidden = (await client('mallory')
      .listLicenses()
      .catch((e: unknown) => e)) as WebexApiError;
    expect(forbidden.code).toBe('forbidden');
    const unauthorized = (await new WebexClient(
      new ApiHttpClient({ api: 'webex', baseUrl: `${fx.url}/v1`, token: () => 'bad' }),
    )
      .me()
      .catch((e: unknown) => e)) as WebexApiError;
    expect(unauthorized.code).toBe('unauthorized');
  });

  it('times out a call that gets no answer in time', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 500 });
    const error = (await client('alice', { timeoutMs: 100, maxAttempts: 2, sleep: async () => {} })
      .me()
      .catch((e: unknown) => e)) as WebexApiError;
    expect(error.code).toBe('timeout');
  });

  it('sends a file as multipart and downloads it back with its name', async () => {
    const bot = client('bot');
    const message = await bot.createMessageWithFile(
      { roomId: fx.seed.adminSpaceId, markdown: 'file' },
      { filename: 'export.csv', contentType: 'text/csv', data: Buffer.from('x,y\n') },
    );
    const file = await client('alice').downloadFile(message.files![0]!);
    expect(file).toMatchObject({ filename: 'export.csv', contentType: expect.stringContaining('text/csv') });
    expect(file.data.toString()).toBe('x,y\n');
  });
});
