import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxFixture } from '../support/sandbox-api.js';

const fx = new SandboxFixture();
beforeAll(() => fx.start());
afterAll(() => fx.stop());

describe('sandbox throttling, faults and control API', () => {
  it('answers 429 with Retry-After beyond the per-token rate, without touching other tokens', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', { rateLimitPerSecond: 3, retryAfterSeconds: 2 });
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await fx.call('alice', 'GET', '/people/me')).status);
    expect(statuses).toEqual([200, 200, 200, 429, 429]);
    const throttled = await fx.call('alice', 'GET', '/people/me');
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(throttled.body.trackingId).toBeTypeOf('string');
    expect((await fx.call('bruno', 'GET', '/people/me')).status).toBe(200);
    await fx.call(null, 'DELETE', '/sandbox/faults');
  });

  it('can answer an error after carrying the request out', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      errorAfterWork: true,
      pathPattern: '^POST /v1/people$',
    });
    const email = 'answer.lost@acme.example.com';
    const answer = await fx.call('serviceApp', 'POST', '/people', { emails: [email], displayName: 'Lost' });
    expect(answer.status).toBe(500);
    expect(answer.body.trackingId).toBeTypeOf('string');
    await fx.call(null, 'DELETE', '/sandbox/faults');
    expect(fx.sandbox.state.findPersonByEmail(email)).toBeDefined();
    const again = await fx.call('serviceApp', 'POST', '/people', { emails: [email], displayName: 'Lost' });
    expect(again.status).toBe(409);
  });

  it('injects 5xx on the matching paths only, repeatably for a given seed', async () => {
    await fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 0.5,
      errorStatus: 503,
      pathPattern: '^GET /v1/licenses',
      randomSeed: 7,
    });
    const run = async () => {
      const out: number[] = [];
      for (let i = 0; i < 12; i += 1) out.push((await fx.call('alice', 'GET', '/licenses')).status);
      return out;
    };
    const first = await run();
    expect(first).toContain(503);
    expect(first).toContain(200);
    expect((await fx.call('alice', 'GET', '/people/me')).status).toBe(200);
    await fx.call(null, 'PUT', '/sandbox/faults', { randomSeed: 7 });
    expect(await run()).toEqual(first);
    await fx.call(null, 'DELETE', '/sandbox/faults');
  });

  it('returns the active seed and resets to a seed given as JSON', async () => {
    const seed = await fx.call(null, 'GET', '/sandbox/seed');
    expect(seed.body.organization.name).toBe('Acme Contact Center');
    expect(seed.body.people.find((p: { email: string }) => p.email.startsWith('alice')).token).toMatch(
      /^\w+_P0A1_[0-9a-f-]{36}$/,
    );
    const custom = {
      organization: { key: 'tiny', name: 'Tiny Org', domain: 'tiny.example.com' },
      licenses: [{ offer: 'CJPSTD', name: 'Contact center Standard Agent', totalUnits: 1 }],
      people: [
        { key: 'bot', email: 'bot@webex.bot', displayName: 'Bot', kind: 'bot' },
        { key: 'app', email: 'app@tiny.example.com', displayName: 'App', kind: 'serviceApp' },
        { key: 'ann', email: 'ann@tiny.example.com', firstName: 'Ann', roles: ['id_full_admin'] },
      ],
      rooms: [{ key: 'admins', title: 'Admins', members: ['bot', 'ann'], adminSpace: true }],
    };
    const reset = await fx.call(null, 'POST', '/sandbox/reset', custom);
    expect(reset.status).toBe(200);
    expect(reset.body.organization.name).toBe('Tiny Org');
    expect(reset.body.licenses).toEqual([
      expect.objectContaining({ name: 'Contact center Standard Agent', totalUnits: 1 }),
    ]);
    expect((await fx.call(null, 'POST', '/sandbox/reset', { organization: {} })).status).toBe(400);
    const back = await fx.call(null, 'POST', '/sandbox/reset', {});
    expect(back.body.organization.name).toBe('Acme Contact Center');
  });
});
