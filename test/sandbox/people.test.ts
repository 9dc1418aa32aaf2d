import { describe, expect, it } from 'vitest';
import type { CallResult } from '../support/sandbox-api.js';
import { specCheckedSandbox } from '../support/spec-check.js';

const fx = specCheckedSandbox();

describe('sandbox people API', () => {
  it("answers 401 with Webex's error body and a Trackingid header for a bad token", async () => {
    const res = await fx.call(null, 'GET', '/people/me', undefined, { authorization: 'Bearer nope' });
    expect(res.status).toBe(401);
    expect(res.body.message).toMatch(/valid access token/);
    expect(res.body.errors[0].description).toBeTypeOf('string');
    expect(res.body.trackingId).toBe(res.headers.get('trackingid'));
  });

  it('issues ids in Webex form and tells each identity who it is', async () => {
    const me = await fx.call('bot', 'GET', '/people/me');
    expect(me.status).toBe(200);
    expect(me.body.type).toBe('bot');
    expect(Buffer.from(me.body.id, 'base64url').toString()).toMatch(/^ciscospark:\/\/us\/PEOPLE\/[0-9a-f-]{36}$/);
    const alice = await fx.call('alice', 'GET', '/people/me');
    expect(alice.body.roles).toHaveLength(1);
    expect(alice.body.invitePending).toBe('false');
  });

  it('lists the whole org for admins, page by page with one rel="next" Link', async () => {
    const seen: string[] = [];
    let url: string | undefined = '/people?max=3';
    let pages = 0;
    while (url) {
      const res: CallResult = await fx.call('alice', 'GET', url);
      expect(res.status).toBe(200);
      seen.push(...res.body.items.map((p: { emails: string[] }) => p.emails[0]));
      const link: string | null = res.headers.get('link');
      url = link ? /<([^>]+)>; rel="next"/.exec(link)![1] : undefined;
      if (link) expect(link.split('rel=').length).toBe(2);
      pages += 1;
    }
    expect(pages).toBe(3);
    expect(seen).toHaveLength(8);
    expect(seen).not.toContain('provisioning-bot@webex.bot');
  });

  it('refuses an unfiltered list to a non-admin but finds by email', async () => {
    expect((await fx.call('mallory', 'GET', '/people')).status).toBe(400);
    const found = await fx.call('mallory', 'GET', '/people?email=DANA.agent@acme.example.com');
    expect(found.body.items).toHaveLength(1);
    expect(found.body.items[0].licenses).toBeUndefined();
  });

  it('looks up up to 85 ids at once, in the /people/?id= form the SDK uses, with notFoundIds', async () => {
    const dana = fx.person('dana');
    const missing = Buffer.from('ciscospark://us/PEOPLE/00000000-0000-0000-0000-000000000000').toString('base64url');
    const res = await fx.call('bot', 'GET', `/people/?id=${dana.id},${missing}&showAllTypes=false`);
    expect(res.status).toBe(200);
    expect(res.body.items.map((p: { id: string }) => p.id)).toEqual([dana.id]);
    expect(res.body.notFoundIds).toEqual([missing]);
    const tooMany = Array.from({ length: 86 }, () => dana.id).join(',');
    expect((await fx.call('bot', 'GET', `/people?id=${tooMany}`)).status).toBe(400);
  });

  it('creates people (admins only), refusing duplicates and emails held by a trial organisation', async () => {
    const body = {
      emails: ['new.agent@acme.example.com'],
      firstName: 'New',
      lastName: 'Agent',
      licenses: [fx.license('CJPSTD').id],
    };
    expect((await fx.call('mallory', 'POST', '/people', body)).status).toBe(403);
    const created = await fx.call('serviceApp', 'POST', '/people', body);
    expect(created.status).toBe(200);
    expect(created.body.displayName).toBe('New Agent');
    expect(created.body.licenses).toEqual([fx.license('CJPSTD').id]);
    expect(created.body.invitePending).toBe('true');
    const again = await fx.call('serviceApp', 'POST', '/people', body);
    expect(again.status).toBe(409);
    const trial = await fx.call('serviceApp', 'POST', '/people', {
      emails: ['carla.trial@acme.example.com'],
      displayName: 'Carla',
    });
    expect(trial.status).toBe(409);
    expect(trial.body.message).toMatch(/another organization/);
    expect(trial.body.errors[0].description).toMatch(/trial organization/);
    const noName = await fx.call('serviceApp', 'POST', '/people', { emails: ['x@acme.example.com'] });
    expect(noName.status).toBe(400);
  });

  it('refuses phone numbers on a create without a Webex Calling license', async () => {
    const email = 'phone.agent@acme.example.com';
    const refused = await fx.call('serviceApp', 'POST', '/people', {
      emails: [email],
      displayName: 'Phone Agent',
      phoneNumbers: [{ type: 'work', value: '+551130000001' }],
      licenses: [fx.license('CJPSTD').id],
    });
    expect(refused.status).toBe(400);
    expect(refused.body.message).toMatch(/Webex Calling/);
    expect(refused.body.trackingId).toBeTypeOf('string');
    expect(fx.sandbox.state.findPersonByEmail(email)).toBeUndefined();
    const calling = await fx.call('serviceApp', 'POST', '/people', {
      emails: [email],
      displayName: 'Phone Agent',
      phoneNumbers: [{ type: 'work', value: '+551130000001' }],
      licenses: [fx.license('BCSTD').id],
    });
    expect(calling.status).toBe(200);
    expect(calling.body.phoneNumbers).toEqual([{ type: 'work', value: '+551130000001' }]);
  });

  it('full-replace PUT resets what is left out and needs displayName', async () => {
    const dana = fx.person('dana');
    const before = (await fx.call('serviceApp', 'GET', `/people/${dana.id}`)).body;
    expect(before.phoneNumbers).toHaveLength(1);
    expect((await fx.call('serviceApp', 'PUT', `/people/${dana.id}`, { emails: before.emails })).status).toBe(400);
    const put = await fx.call('serviceApp', 'PUT', `/people/${dana.id}`, {
      emails: before.emails,
      displayName: before.displayName,
      licenses: before.licenses,
    });
    expect(put.status).toBe(200);
    expect(put.body.phoneNumbers).toEqual([]);
    expect(put.body.firstName).toBeUndefined();
    expect(put.body.licenses).toEqual(before.licenses);
    const dropAll = await fx.call('serviceApp', 'PUT', `/people/${dana.id}`, { displayName: before.displayName });
    expect(dropAll.body.licenses).toEqual([]);
    expect(dropAll.body.emails).toEqual(before.emails);
  });

  it('deletes people (admins only) with 204', async () => {
    const created = await fx.call('serviceApp', 'POST', '/people', {
      emails: ['temp@acme.example.com'],
      displayName: 'Temp',
    });
    expect((await fx.call('mallory', 'DELETE', `/people/${created.body.id}`)).status).toBe(403);
    expect((await fx.call('bruno', 'DELETE', `/people/${created.body.id}`)).status).toBe(204);
    expect((await fx.call('bruno', 'GET', `/people/${created.body.id}`)).status).toBe(404);
  });
});
