import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SandboxFixture } from '../support/sandbox-api.js';
import { expectExchangesMatchSpec } from '../support/spec-check.js';

const fx = new SandboxFixture({ recordExchanges: true });
let admin: string;
beforeAll(async () => {
  await fx.start();
  admin = fx.seed.adminSpaceId;
});
afterAll(async () => {
  expectExchangesMatchSpec(fx.sandbox.exchanges);
  await fx.stop();
});

describe('sandbox rooms and memberships', () => {
  it('lists rooms and memberships of the caller, paging memberships', async () => {
    const rooms = await fx.call('bot', 'GET', '/rooms');
    expect(rooms.body.items.map((r: { title: string }) => r.title).sort()).toEqual([
      'Acme Lobby',
      'Contact Center Admins',
    ]);
    const page = await fx.call('alice', 'GET', `/memberships?roomId=${admin}&max=2`);
    expect(page.body.items).toHaveLength(2);
    expect(page.headers.get('link')).toMatch(/rel="next"/);
    expect((await fx.call('dana', 'GET', `/rooms/${admin}`)).status).toBe(404);
  });
});
