import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Exchange } from '../../src/sandbox/server.js';
import { SandboxFixture } from '../support/sandbox-api.js';
import { specChecker } from '../support/spec-check.js';

/**
 * The fidelity checks can fail: a sandbox answer that deviates from the official files is reported.
 * Each case takes a real exchange the sandbox produced and makes one deliberate deviation of the kind
 * a sandbox change could introduce.
 */
const fx = new SandboxFixture({ recordExchanges: true });
beforeAll(() => fx.start());
afterAll(() => fx.stop());

function lastExchange(method: string, pathPrefix: string): Exchange {
  const found = [...fx.sandbox.exchanges].reverse().find((e) => e.method === method && e.path.startsWith(pathPrefix));
  if (!found) throw new Error(`no ${method} ${pathPrefix} exchange recorded`);
  return structuredClone(found);
}

describe('OpenAPI fidelity checks catch deviations', () => {
  it('accepts the sandbox as it is', async () => {
    await fx.call('alice', 'GET', '/people?max=2');
    await fx.call('alice', 'GET', '/licenses');
    await fx.call('serviceApp', 'GET', `/cc/organization/${fx.seed.organization.uuid}/v2/user`);
    await fx.call('alice', 'POST', '/messages', { roomId: fx.seed.adminSpaceId, text: 'hi' });
    for (const e of fx.sandbox.exchanges) expect(specChecker().check(e)).toEqual([]);
  });

  it('reports a Person field of the wrong type', () => {
    const e = lastExchange('GET', '/v1/people');
    e.responseBody = { ...(e.responseBody as object), items: [{ ...(e.responseBody as { items: object[] }).items[0], emails: 'alice@acme.example.com' }] };
    expect(specChecker().check(e).join('\n')).toMatch(/emails must be array/);
  });

  it('reports booleans where the file says "true"/"false" strings', () => {
    const e = lastExchange('GET', '/v1/people');
    const items = (e.responseBody as { items: Record<string, unknown>[] }).items;
    items[0]!.invitePending = false;
    expect(specChecker().check(e).join('\n')).toMatch(/invitePending must be string/);
  });

  it('reports a license count sent as a string', () => {
    const e = lastExchange('GET', '/v1/licenses');
    (e.responseBody as { items: Record<string, unknown>[] }).items[0]!.totalUnits = '20';
    expect(specChecker().check(e).join('\n')).toMatch(/totalUnits must be number/);
  });

  it('reports an undocumented status code and an unknown path', () => {
    const e = lastExchange('POST', '/v1/messages');
    e.status = 201;
    expect(specChecker().check(e).join('\n')).toMatch(/status 201 is not documented/);
    const unknown = { ...lastExchange('GET', '/v1/licenses'), path: '/v1/licences' };
    expect(specChecker().check(unknown).join('\n')).toMatch(/no such path/);
  });

  it('reports a Contact Center user with a wrong type', () => {
    const e = lastExchange('GET', '/cc/organization');
    (e.responseBody as { data: Record<string, unknown>[] }).data[0]!.active = 'yes';
    expect(specChecker().check(e).join('\n')).toMatch(/active must be boolean/);
  });
});

describe('the real webex SDK (the one under the bot framework) against the sandbox', () => {
  it('reads, lists, posts and manages webhooks through the SDK', async () => {
    process.env.HYDRA_SERVICE_URL = `${fx.url}/v1`;
    process.env.U2C_SERVICE_URL = `${fx.url}/u2c/api/v1`;
    process.env.WEBEX_LOG_LEVEL = 'silent';
    const require = createRequire(import.meta.url);
    const Webex = require('webex') as { init(options: unknown): any };
    const webex = Webex.init({ credentials: { access_token: fx.token('bot') } });
    const me = await webex.people.get('me');
    expect(me.type).toBe('bot');
    const alice = await webex.people.get(fx.person('alice').id);
    expect(alice.emails).toEqual(['alice.admin@acme.example.com']);
    const rooms = await webex.rooms.list({ max: 1 });
    const titles = [rooms.items[0].title];
    if (rooms.hasNext()) titles.push((await rooms.next()).items[0].title);
    expect(titles.sort()).toEqual(['Acme Lobby', 'Contact Center Admins']);
    const members = await webex.memberships.list({ roomId: fx.seed.adminSpaceId });
    expect(members.items).toHaveLength(4);
    const message = await webex.messages.create({ roomId: fx.seed.adminSpaceId, markdown: 'from the SDK' });
    expect(message.personId).toBe(fx.seed.bot.id);
    const hook = await webex.webhooks.create({ name: 'sdk', targetUrl: 'http://127.0.0.1:9/x', resource: 'all', event: 'all' });
    const hooks = await webex.webhooks.list();
    expect(hooks.items.map((h: { id: string }) => h.id)).toContain(hook.id);
    await webex.webhooks.remove(hook);
    // What the SDK sent is what the specification describes.
    const sdkExchanges = fx.sandbox.exchanges.filter((e) => e.api === 'webex');
    expect(sdkExchanges.flatMap((e) => specChecker().check(e, { allRequests: true }))).toEqual([]);
  });
});
