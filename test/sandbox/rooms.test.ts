import { beforeAll, describe, expect, it } from 'vitest';
import { specCheckedSandbox } from '../support/spec-check.js';

const fx = specCheckedSandbox();
let admin: string;
beforeAll(() => {
  admin = fx.seed.adminSpaceId;
});

describe('sandbox rooms and memberships', () => {
  it('lists rooms and memberships of the caller, paging memberships', async () => {
    // The bot is the one bot of every organisation: it is in the customers' and the partner's spaces too.
    const rooms = await fx.call('bot', 'GET', '/rooms');
    expect(rooms.body.items.map((r: { title: string }) => r.title).sort()).toEqual([
      'Acme Lobby',
      'Contact Center Admins',
      'Globex Contact Center Admins',
      'Partner Provisioning',
    ]);
    const page = await fx.call('alice', 'GET', `/memberships?roomId=${admin}&max=2`);
    expect(page.body.items).toHaveLength(2);
    expect(page.headers.get('link')).toMatch(/rel="next"/);
    expect((await fx.call('dana', 'GET', `/rooms/${admin}`)).status).toBe(404);
  });
});
