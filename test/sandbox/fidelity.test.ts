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
    e.responseBody = {
      ...(e.responseBody as object),
      items: [{ ...(e.responseBody as { items: object[] }).items[0], emails: 'alice@acme.example.com' }],
    };
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

  it('reports a team type outside its enum and a bulk answer with a wrong operation type', async () => {
    const cc = `/cc/organization/${fx.seed.organization.uuid}`;
    await fx.call('serviceApp', 'GET', `${cc}/v2/team`);
    const teams = lastExchange('GET', `${cc}/v2/team`);
    (teams.responseBody as { data: Record<string, unknown>[] }).data[0]!.teamType = 'MIXED';
    expect(specChecker().check(teams).join('\n')).toMatch(/teamType must be equal to one of the allowed values/);
    const dana = await fx.call('serviceApp', 'GET', `${cc}/user/by-ci-user-id/${fx.person('dana').ciUserId}`);
    await fx.call('serviceApp', 'PATCH', `${cc}/user/bulk`, {
      items: [{ item: { id: dana.body.id }, itemIdentifier: 0 }],
    });
    const answer = lastExchange('PATCH', `${cc}/user/bulk`);
    expect(specChecker().check(answer)).toEqual([]);
    (answer.responseBody as { items: Record<string, unknown>[] }).items[0]!.operationType = 'PATCH';
    expect(specChecker().check(answer).join('\n')).toMatch(/operationType must be equal to one of the allowed values/);
  });

  it('reports a Contact Center user with a wrong type', () => {
    const e = lastExchange('GET', `/cc/organization/${fx.seed.organization.uuid}/v2/user`);
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
    expect(members.items).toHaveLength(5);
    const message = await webex.messages.create({ roomId: fx.seed.adminSpaceId, markdown: 'from the SDK' });
    expect(message.personId).toBe(fx.seed.bot.id);
    const hook = await webex.webhooks.create({
      name: 'sdk',
      targetUrl: 'http://127.0.0.1:9/x',
      resource: 'all',
      event: 'all',
    });
    const hooks = await webex.webhooks.list();
    expect(hooks.items.map((h: { id: string }) => h.id)).toContain(hook.id);
    await webex.webhooks.remove(hook);
    // What the SDK sent is what the specification describes.
    const sdkExchanges = fx.sandbox.exchanges.filter((e) => e.api === 'webex');
    expect(sdkExchanges.flatMap((e) => specChecker().check(e, { allRequests: true }))).toEqual([]);
  });
});

describe('every operation the sandbox implements answers as the specification says', () => {
  it('tours all of them and validates each answer', async () => {
    const tour = new SandboxFixture({ recordExchanges: true });
    await tour.start();
    try {
      const admin = tour.seed.adminSpaceId;
      const cc = `/cc/organization/${tour.seed.organization.uuid}`;
      const alice = tour.person('alice');
      const dana = tour.person('dana');
      await tour.call('alice', 'GET', '/people/me');
      await tour.call('alice', 'GET', '/people?max=2');
      await tour.call('alice', 'GET', `/people/${dana.id}`);
      const created = await tour.call('serviceApp', 'POST', '/people', {
        emails: ['tour@acme.example.com'],
        displayName: 'Tour',
      });
      await tour.call('serviceApp', 'PUT', `/people/${created.body.id}`, {
        emails: ['tour@acme.example.com'],
        displayName: 'Tour Guide',
      });
      await tour.call('serviceApp', 'DELETE', `/people/${created.body.id}`);
      await tour.call('alice', 'GET', '/licenses');
      await tour.call('alice', 'GET', `/licenses/${tour.license('CJPSTD').id}?includeAssignedTo=user`);
      await tour.call('serviceApp', 'PATCH', '/licenses/users', {
        personId: dana.id,
        licenses: [{ id: tour.license('EE').id, operation: 'add' }],
      });
      const roles = await tour.call('alice', 'GET', '/roles');
      await tour.call('alice', 'GET', `/roles/${roles.body.items[0].id}`);
      const room = await tour.call('alice', 'POST', '/rooms', { title: 'Tour room' });
      await tour.call('alice', 'GET', '/rooms');
      await tour.call('alice', 'GET', `/rooms/${room.body.id}`);
      const membership = await tour.call('alice', 'POST', '/memberships', {
        roomId: room.body.id,
        personEmail: dana.email,
      });
      await tour.call('alice', 'GET', `/memberships?roomId=${room.body.id}`);
      await tour.call('alice', 'GET', `/memberships/${membership.body.id}`);
      await tour.call('alice', 'DELETE', `/memberships/${membership.body.id}`);
      const message = await tour.call('alice', 'POST', '/messages', { roomId: admin, markdown: 'tour' });
      await tour.call('alice', 'GET', `/messages?roomId=${admin}`);
      await tour.call('alice', 'GET', `/messages/${message.body.id}`);
      await tour.call('alice', 'PUT', `/messages/${message.body.id}`, { roomId: admin, markdown: 'tour, edited' });
      await tour.call('alice', 'DELETE', `/messages/${message.body.id}`);
      const card = await tour.call('bot', 'POST', '/messages', {
        roomId: admin,
        markdown: 'card',
        attachments: [
          {
            contentType: 'application/vnd.microsoft.card.adaptive',
            content: { type: 'AdaptiveCard', version: '1.3', body: [] },
          },
        ],
      });
      const action = await tour.call('alice', 'POST', '/attachment/actions', {
        type: 'submit',
        messageId: card.body.id,
        inputs: { x: '1' },
      });
      await tour.call('bot', 'GET', `/attachment/actions/${action.body.id}`);
      const hook = await tour.call('bot', 'POST', '/webhooks', {
        name: 'tour',
        targetUrl: 'http://127.0.0.1:9/x',
        resource: 'messages',
        event: 'created',
      });
      await tour.call('bot', 'GET', '/webhooks');
      await tour.call('bot', 'GET', `/webhooks/${hook.body.id}`);
      await tour.call('bot', 'PUT', `/webhooks/${hook.body.id}`, { name: 'tour 2', targetUrl: 'http://127.0.0.1:9/y' });
      await tour.call('bot', 'DELETE', `/webhooks/${hook.body.id}`);
      const users = await tour.call('serviceApp', 'GET', `${cc}/v2/user`);
      await tour.call('serviceApp', 'GET', `${cc}/user`);
      await tour.call('serviceApp', 'GET', `${cc}/user/${users.body.data[0].id}`);
      await tour.call('serviceApp', 'GET', `${cc}/user/by-ci-user-id/${alice.ciUserId}`);
      await tour.call('serviceApp', 'GET', `${cc}/v2/user/by-ci-user-id/${alice.ciUserId}`);
      await tour.call('serviceApp', 'PUT', `${cc}/user/${users.body.data[0].id}`, users.body.data[0]);
      await tour.call('serviceApp', 'PATCH', `${cc}/user/${users.body.data[0].id}`, { skillProfileId: null });
      await tour.call('serviceApp', 'PATCH', `${cc}/user/bulk`, {
        items: [{ item: { id: users.body.data[0].id, contactCenterEnabled: true }, itemIdentifier: 0 }],
      });
      await tour.call('serviceApp', 'GET', `${cc}/v3/user-profile`);
      for (const kind of ['site', 'team', 'agent-profile', 'multimedia-profile', 'skill-profile']) {
        const list = await tour.call('serviceApp', 'GET', `${cc}/v2/${kind}`);
        await tour.call('serviceApp', 'GET', `${cc}/${kind}/${list.body.data[0].id}`);
        await tour.call('serviceApp', 'GET', `${cc}/${kind}/${list.body.data[0].id}/incoming-references`);
      }
      const unused = await tour.call(null, 'POST', '/sandbox/contact-center/desktop-profiles', { name: 'Tour' });
      await tour.call('serviceApp', 'DELETE', `${cc}/agent-profile/${unused.body.id}`);
      await tour.call(
        'serviceApp',
        'POST',
        `/identity/organizations/${tour.seed.organization.id}/jobs/sendActivationEmails`,
      );

      const answered = new Set(
        tour.sandbox.exchanges
          .filter((e) => e.status < 300)
          .map((e) => `${e.method} ${e.path.replace(/\/(?:[A-Za-z0-9_-]{40,}|[0-9a-f-]{36})(?=\/|$)/g, '/{id}')}`),
      );
      expect([...answered].sort()).toEqual(
        [
          'DELETE /v1/memberships/{id}',
          'DELETE /v1/messages/{id}',
          'DELETE /v1/people/{id}',
          'DELETE /v1/webhooks/{id}',
          'DELETE /cc/organization/{id}/agent-profile/{id}',
          'GET /cc/organization/{id}/agent-profile/{id}',
          'GET /cc/organization/{id}/agent-profile/{id}/incoming-references',
          'GET /cc/organization/{id}/multimedia-profile/{id}',
          'GET /cc/organization/{id}/multimedia-profile/{id}/incoming-references',
          'GET /cc/organization/{id}/site/{id}',
          'GET /cc/organization/{id}/site/{id}/incoming-references',
          'GET /cc/organization/{id}/skill-profile/{id}',
          'GET /cc/organization/{id}/skill-profile/{id}/incoming-references',
          'GET /cc/organization/{id}/team/{id}',
          'GET /cc/organization/{id}/team/{id}/incoming-references',
          'GET /cc/organization/{id}/v2/agent-profile',
          'GET /cc/organization/{id}/v2/multimedia-profile',
          'GET /cc/organization/{id}/v2/site',
          'GET /cc/organization/{id}/v2/skill-profile',
          'GET /cc/organization/{id}/v2/team',
          'GET /cc/organization/{id}/v3/user-profile',
          'PATCH /cc/organization/{id}/user/bulk',
          'PATCH /cc/organization/{id}/user/{id}',
          'GET /cc/organization/{id}/user',
          'GET /cc/organization/{id}/user/by-ci-user-id/{id}',
          'GET /cc/organization/{id}/user/{id}',
          'GET /cc/organization/{id}/v2/user',
          'GET /cc/organization/{id}/v2/user/by-ci-user-id/{id}',
          'GET /v1/attachment/actions/{id}',
          'GET /v1/licenses',
          'GET /v1/licenses/{id}',
          'GET /v1/memberships',
          'GET /v1/memberships/{id}',
          'GET /v1/messages',
          'GET /v1/messages/{id}',
          'GET /v1/people',
          'GET /v1/people/me',
          'GET /v1/people/{id}',
          'GET /v1/roles',
          'GET /v1/roles/{id}',
          'GET /v1/rooms',
          'GET /v1/rooms/{id}',
          'GET /v1/webhooks',
          'GET /v1/webhooks/{id}',
          'PATCH /v1/licenses/users',
          'POST /v1/attachment/actions',
          'POST /v1/identity/organizations/{id}/jobs/sendActivationEmails',
          'POST /v1/memberships',
          'POST /v1/messages',
          'POST /v1/people',
          'POST /v1/rooms',
          'POST /v1/webhooks',
          'PUT /cc/organization/{id}/user/{id}',
          'PUT /v1/messages/{id}',
          'PUT /v1/people/{id}',
          'PUT /v1/webhooks/{id}',
        ].sort(),
      );
      expect(tour.sandbox.exchanges.flatMap((e) => specChecker().check(e, { allRequests: true }))).toEqual([]);
    } finally {
      await tour.stop();
    }
  });
});
