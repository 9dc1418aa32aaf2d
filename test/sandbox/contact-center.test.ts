import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from '../support/receiver.js';
import { SandboxFixture } from '../support/sandbox-api.js';
import { expectExchangesMatchSpec } from '../support/spec-check.js';

const fx = new SandboxFixture({ recordExchanges: true });
let base: string;
beforeAll(async () => {
  await fx.start();
  base = `/cc/organization/${fx.seed.organization.uuid}`;
});
afterAll(async () => {
  expectExchangesMatchSpec(fx.sandbox.exchanges);
  await fx.stop();
});

describe('sandbox Contact Center users API', () => {
  it('lists the licensed users with paging, in both list forms', async () => {
    const v2 = await fx.call('serviceApp', 'GET', `${base}/v2/user?pageSize=3`);
    expect(v2.status).toBe(200);
    expect(v2.body.meta).toMatchObject({ page: 0, pageSize: 3, totalRecords: 4, totalPages: 2 });
    expect(v2.body.meta.links.next).toContain('page=1');
    const emails = v2.body.data.map((u: { email: string }) => u.email);
    const second = await fx.call('serviceApp', 'GET', `${base}/v2/user?pageSize=3&page=1`);
    emails.push(...second.body.data.map((u: { email: string }) => u.email));
    expect(emails.sort()).toEqual([
      'alice.admin@acme.example.com',
      'dana.agent@acme.example.com',
      'eli.agent@acme.example.com',
      'fatima.premium@acme.example.com',
    ]);
    const v1 = await fx.call('serviceApp', 'GET', `${base}/user?pageSize=10`);
    expect(Array.isArray(v1.body)).toBe(true);
    expect(v1.body).toHaveLength(4);
  });

  it('finds a user by CI user id and filters with RSQL', async () => {
    const dana = fx.person('dana');
    const found = await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${dana.ciUserId}`);
    expect(found.body).toMatchObject({
      ciUserId: dana.ciUserId,
      email: dana.email,
      contactCenterEnabled: true,
      active: true,
      userProfileType: 'STANDARD_AGENT',
    });
    const filtered = await fx.call(
      'serviceApp',
      'GET',
      `${base}/v2/user?filter=${encodeURIComponent(`ciUserId=="${dana.ciUserId}"`)}`,
    );
    expect(filtered.body.data).toHaveLength(1);
    expect((await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${fx.person('gus').ciUserId}`)).status).toBe(
      404,
    );
  });

  it('picks up a newly licensed user only after "Synchronize Users", and drops an unlicensed one', async () => {
    const gus = fx.person('gus');
    await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: gus.id,
      licenses: [{ id: fx.license('CJPPRM').id, operation: 'add' }],
    });
    expect((await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${gus.ciUserId}`)).status).toBe(404);
    const eli = fx.person('eli');
    await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: eli.id,
      licenses: [{ id: fx.license('CJPSTD').id, operation: 'remove' }],
    });
    expect((await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${eli.ciUserId}`)).status).toBe(200);
    expect((await fx.call(null, 'POST', '/sandbox/contact-center/synchronize')).status).toBe(202);
    const gusCc = await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${gus.ciUserId}`);
    expect(gusCc.body.userProfileType).toBe('PREMIUM_AGENT');
    expect((await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${eli.ciUserId}`)).status).toBe(404);
  });

  it("updates a user's profile with optimistic versioning", async () => {
    const alice = fx.person('alice');
    const user = (await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${alice.ciUserId}`)).body;
    const profiles = (await fx.call('serviceApp', 'GET', `${base}/v3/user-profile`)).body.data;
    const supervisor = profiles.find((p: { profileType: string }) => p.profileType === 'SUPERVISOR');
    const put = await fx.call('serviceApp', 'PUT', `${base}/user/${user.id}`, {
      ...user,
      userProfileId: supervisor.id,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ userProfileType: 'SUPERVISOR', version: user.version + 1 });
    const stale = await fx.call('serviceApp', 'PUT', `${base}/user/${user.id}`, {
      ...user,
      userProfileId: supervisor.id,
    });
    expect(stale.status).toBe(412);
    expect(stale.body.error.key).toBe('412');
    const missing = await fx.call('serviceApp', 'PUT', `${base}/user/${user.id}`, { id: user.id });
    expect(missing.status).toBe(400);
  });

  it('makes a user come out Invalid once (fixed by the next synchronisation) or until fixed', async () => {
    const enabled = async (who: string) =>
      (await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${fx.person(who).ciUserId}`)).body
        .contactCenterEnabled;
    await fx.call(null, 'PUT', '/sandbox/contact-center/invalid', {
      email: 'dana.agent@acme.example.com',
      mode: 'once',
    });
    await fx.call(null, 'PUT', '/sandbox/contact-center/invalid', {
      email: 'fatima.premium@acme.example.com',
      mode: 'always',
    });
    await fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    expect([await enabled('dana'), await enabled('fatima')]).toEqual([false, false]);
    await fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    expect([await enabled('dana'), await enabled('fatima')]).toEqual([true, false]);
    expect((await fx.call(null, 'GET', '/sandbox/seed')).body.contactCenter.invalid).toEqual([
      { email: 'fatima.premium@acme.example.com', mode: 'always' },
    ]);
    await fx.call(null, 'PUT', '/sandbox/contact-center/invalid', {
      email: 'fatima.premium@acme.example.com',
      mode: 'off',
    });
    expect(await enabled('fatima')).toBe(true);
    expect(
      (await fx.call(null, 'PUT', '/sandbox/contact-center/invalid', { email: 'x@y.z', mode: 'sometimes' })).status,
    ).toBe(400);
  });

  it('takes the configured time to synchronise', async () => {
    const gus = fx.person('gus');
    await fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: gus.id,
      licenses: [{ id: fx.license('CJPPRM').id, operation: 'remove' }],
    });
    await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 300 });
    const sync = await fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    expect(sync.body).toEqual({ scheduledInMs: 300 });
    expect((await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${gus.ciUserId}`)).status).toBe(200);
    await eventually(
      async () => (await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${gus.ciUserId}`)).status === 404,
    );
    await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 0 });
  });

  it('limits each client to the documented 300 requests a minute, with Retry-After beyond it', async () => {
    expect((await fx.call(null, 'GET', '/sandbox/faults')).body.ccRateLimitPerMinute).toBe(300);
    await fx.call(null, 'PUT', '/sandbox/faults', { ccRateLimitPerMinute: 3 });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 4; i += 1) statuses.push((await fx.call('serviceApp', 'GET', `${base}/v2/user`)).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
      const refused = await fx.call('serviceApp', 'GET', `${base}/v2/user`);
      expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0);
      // Another client (token) has its own allowance.
      expect((await fx.call('alice', 'GET', `${base}/v2/user`)).status).toBe(200);
    } finally {
      await fx.call(null, 'DELETE', '/sandbox/faults');
    }
  });

  it('refuses non-admin tokens and other organisations with its own error body', async () => {
    const res = await fx.call('mallory', 'GET', `${base}/v2/user`);
    expect(res.status).toBe(403);
    expect(res.body).toMatchObject({ error: { key: '403' } });
    expect(res.body.trackingId).toBeTypeOf('string');
    expect(
      (await fx.call('serviceApp', 'GET', '/cc/organization/00000000-0000-0000-0000-000000000000/v2/user')).status,
    ).toBe(403);
  });
});
