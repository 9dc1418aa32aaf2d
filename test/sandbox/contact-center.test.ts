import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, type SeedInput } from '../../src/sandbox/seed.js';
import { eventually } from '../support/receiver.js';
import { SandboxFixture, seedView } from '../support/sandbox-api.js';
import { specChecker } from '../support/spec-check.js';

const fx = new SandboxFixture({ recordExchanges: true });
let base: string;

/** Every exchange so far matches the specification (checked before a reset forgets them, and at the end). */
function expectExchangesSoFarMatchSpec(): void {
  expect(fx.sandbox.exchanges.flatMap((e) => specChecker().check(e))).toEqual([]);
}

async function resetTo(seed: SeedInput = DEFAULT_SEED): Promise<void> {
  expectExchangesSoFarMatchSpec();
  fx.sandbox.reset(seed);
  fx.seed = seedView(fx.sandbox.describe());
}

beforeAll(async () => {
  await fx.start();
  base = `/cc/organization/${fx.seed.organization.uuid}`;
});
afterAll(async () => {
  expectExchangesSoFarMatchSpec();
  await fx.stop();
});

/** The person's Contact Center user with its profile type, or the status when there is none. */
async function ccUser(who: string): Promise<Record<string, any> | number> {
  const res = await fx.call(
    'serviceApp',
    'GET',
    `${base}/user/by-ci-user-id/${fx.person(who).ciUserId}?includeUserProfile=true`,
  );
  return res.status === 200 ? res.body : res.status;
}

const synchronize = async () =>
  expect((await fx.call(null, 'POST', '/sandbox/contact-center/synchronize')).status).toBe(202);
const license = (who: string, offer: string, operation: 'add' | 'remove') =>
  fx.call('serviceApp', 'PATCH', '/licenses/users', {
    personId: fx.person(who).id,
    licenses: [{ id: fx.license(offer).id, operation }],
  });
const supervisorStep = (email: string, supervisor: boolean) =>
  fx.call(null, 'POST', '/sandbox/control-hub/supervisor', { email, supervisor });

/** Id -> name of the sites, teams and desktop profiles, read through the API. */
async function names(): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const kind of ['site', 'team', 'agent-profile', 'multimedia-profile', 'skill-profile']) {
    const res = await fx.call('serviceApp', 'GET', `${base}/v2/${kind}`);
    for (const r of res.body.data as { id: string; name: string }[]) map.set(r.id, r.name);
  }
  return map;
}

describe('sandbox Contact Center users API', () => {
  it('lists the licensed users with paging, in both list forms, with the profile id but not its type', async () => {
    const v2 = await fx.call('serviceApp', 'GET', `${base}/v2/user?pageSize=3`);
    expect(v2.status).toBe(200);
    expect(v2.body.meta).toMatchObject({
      orgid: fx.seed.organization.uuid,
      page: 0,
      pageSize: 3,
      totalRecords: 4,
      totalPages: 2,
    });
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
    for (const user of [...v2.body.data, ...second.body.data]) {
      expect(user.userProfileId).toBeTypeOf('string');
      expect(user).not.toHaveProperty('userProfileType');
    }
    expect((await fx.call('serviceApp', 'GET', `${base}/v2/user`)).body.meta.pageSize).toBe(100);
    const v1 = await fx.call('serviceApp', 'GET', `${base}/user?pageSize=10`);
    expect(Array.isArray(v1.body)).toBe(true);
    expect(v1.body).toHaveLength(4);
  });

  it('gives the profile type of a user only when asked for it', async () => {
    const dana = fx.person('dana');
    const plain = await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${dana.ciUserId}`);
    expect(plain.body).toMatchObject({ ciUserId: dana.ciUserId, email: dana.email, contactCenterEnabled: true });
    expect(plain.body).not.toHaveProperty('userProfileType');
    const asked = await fx.call(
      'serviceApp',
      'GET',
      `${base}/user/by-ci-user-id/${dana.ciUserId}?includeUserProfile=true`,
    );
    expect(asked.body.userProfileType).toBe('STANDARD_AGENT');
    const v2 = await fx.call(
      'serviceApp',
      'GET',
      `${base}/v2/user/by-ci-user-id/${dana.ciUserId}?includeUserProfile=true`,
    );
    expect(v2.body.userProfileType).toBe('STANDARD_AGENT');
    const byId = await fx.call('serviceApp', 'GET', `${base}/user/${plain.body.id}`);
    expect(byId.body).not.toHaveProperty('userProfileType');
    const byIdAsked = await fx.call('serviceApp', 'GET', `${base}/user/${plain.body.id}?includeUserProfileType=true`);
    expect(byIdAsked.body.userProfileType).toBe('STANDARD_AGENT');
    // The profile list maps the v2 listing's userProfileId to its type, in one call.
    const profiles = (await fx.call('serviceApp', 'GET', `${base}/v3/user-profile`)).body.data;
    expect(profiles.find((p: { id: string }) => p.id === plain.body.userProfileId).profileType).toBe('STANDARD_AGENT');
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

  it("keeps the organisation's existing agents configured and enabled, with the profile their license and role give", async () => {
    const known = await names();
    const dana = (await ccUser('dana')) as Record<string, any>;
    expect(dana).toMatchObject({ contactCenterEnabled: true, active: true, userProfileType: 'STANDARD_AGENT' });
    expect([
      known.get(dana.siteId),
      dana.teamIds.map((t: string) => known.get(t)),
      known.get(dana.agentProfileId),
    ]).toEqual(['Sao Paulo', ['Vendas'], 'Padrao']);
    expect(dana.siteName).toBe('Sao Paulo');
    // Premium: Premium Agent; Premium and Full Administrator: Administrator.
    expect(((await ccUser('fatima')) as Record<string, any>).userProfileType).toBe('PREMIUM_AGENT');
    expect(((await ccUser('alice')) as Record<string, any>).userProfileType).toBe('ADMINISTRATOR');
  });
});

describe('"Synchronize Users"', () => {
  it('brings a newly licensed user in only when it runs, disabled and with no site, team or desktop profile', async () => {
    await license('gus', 'CJPSTD', 'add');
    expect(await ccUser('gus')).toBe(404);
    await synchronize();
    const gus = (await ccUser('gus')) as Record<string, any>;
    expect(gus).toMatchObject({
      contactCenterEnabled: false,
      active: true,
      teamIds: [],
      userProfileType: 'STANDARD_AGENT',
    });
    for (const field of ['siteId', 'agentProfileId', 'multimediaProfileId', 'skillProfileId'])
      expect(gus).not.toHaveProperty(field);
    // A second synchronisation changes nothing for him.
    await synchronize();
    expect(await ccUser('gus')).toEqual(gus);
  });

  it('with agents arriving "ready" (the older model), enables them with the default site, team and desktop profile', async () => {
    expect((await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { agentsArrive: 'ready' })).body).toEqual({
      syncDelayMs: 0,
      agentsArrive: 'ready',
    });
    try {
      await license('mallory', 'CJPPRM', 'add');
      await synchronize();
      const known = await names();
      const mallory = (await ccUser('mallory')) as Record<string, any>;
      expect(mallory).toMatchObject({ contactCenterEnabled: true, userProfileType: 'PREMIUM_AGENT' });
      expect([
        known.get(mallory.siteId),
        mallory.teamIds.map((t: string) => known.get(t)),
        known.get(mallory.agentProfileId),
      ]).toEqual(['Sao Paulo', ['Vendas'], 'Padrao']);
    } finally {
      await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { agentsArrive: 'disabled' });
    }
  });

  it('leaves a user whose license was removed in the Contact Center, inactive, and active again when licensed again', async () => {
    const before = (await ccUser('eli')) as Record<string, any>;
    await license('eli', 'CJPSTD', 'remove');
    expect(await ccUser('eli')).toMatchObject({ active: true });
    await synchronize();
    const after = (await ccUser('eli')) as Record<string, any>;
    expect(after).toMatchObject({
      active: false,
      contactCenterEnabled: before.contactCenterEnabled,
      siteId: before.siteId,
      version: before.version + 1,
    });
    await license('eli', 'CJPSTD', 'add');
    await synchronize();
    expect(await ccUser('eli')).toMatchObject({ active: true, userProfileType: 'STANDARD_AGENT' });
  });

  it('gives the supervisor profile after the Control Hub supervisor step, and the Premium Agent one when it is undone', async () => {
    const email = 'fatima.premium@acme.example.com';
    const step = await supervisorStep(email, true);
    expect(step.status).toBe(200);
    expect(step.body).toEqual({ email, supervisor: true, license: 'Premium Agent - Supervisor' });
    const state = (await fx.call(null, 'GET', '/sandbox/state')).body;
    expect(state.people.find((p: { email: string }) => p.email === email).supervisor).toBe(true);
    // Control Hub's change reaches the Contact Center with the next synchronisation only.
    expect(((await ccUser('fatima')) as Record<string, any>).userProfileType).toBe('PREMIUM_AGENT');
    await synchronize();
    const supervisor = (await ccUser('fatima')) as Record<string, any>;
    expect(supervisor.userProfileType).toBe('SUPERVISOR');
    const profiles = (await fx.call('serviceApp', 'GET', `${base}/v3/user-profile`)).body.data;
    expect(profiles.find((p: { id: string }) => p.id === supervisor.userProfileId)).toMatchObject({
      profileType: 'SUPERVISOR',
      systemDefault: true,
    });
    expect((await supervisorStep(email, false)).body).toEqual({ email, supervisor: false, license: 'Premium Agent' });
    await synchronize();
    expect(((await ccUser('fatima')) as Record<string, any>).userProfileType).toBe('PREMIUM_AGENT');
  });

  it('refuses the supervisor step for someone without a Premium Agent license, or unknown', async () => {
    const standard = await supervisorStep('dana.agent@acme.example.com', true);
    expect(standard.status).toBe(409);
    expect(standard.body.message).toContain('no Contact Center Premium Agent license');
    expect((await supervisorStep('nobody@acme.example.com', true)).status).toBe(404);
    expect(
      (await fx.call(null, 'POST', '/sandbox/control-hub/supervisor', { email: 'dana.agent@acme.example.com' })).status,
    ).toBe(400);
  });

  it('drops the supervisor mark with the Premium license it was given on', async () => {
    await supervisorStep('fatima.premium@acme.example.com', true);
    await license('fatima', 'CJPPRM', 'remove');
    await license('fatima', 'CJPSTD', 'add');
    await synchronize();
    expect(((await ccUser('fatima')) as Record<string, any>).userProfileType).toBe('STANDARD_AGENT');
    await license('fatima', 'CJPSTD', 'remove');
    await license('fatima', 'CJPPRM', 'add');
    await synchronize();
    expect(((await ccUser('fatima')) as Record<string, any>).userProfileType).toBe('PREMIUM_AGENT');
  });

  it('keeps a Full Administrator without a Contact Center license as an "Administrator Only" user', async () => {
    await resetTo({
      ...DEFAULT_SEED,
      people: [
        ...DEFAULT_SEED.people,
        {
          key: 'olga',
          email: 'olga.admin@acme.example.com',
          firstName: 'Olga',
          lastName: 'Admin',
          roles: ['id_full_admin'],
          licenses: ['MS'],
        },
      ],
    });
    expect(await ccUser('olga')).toMatchObject({
      userProfileType: 'ADMINISTRATOR_ONLY',
      active: true,
      contactCenterEnabled: false,
      teamIds: [],
    });
    // A Full Administrator whose Premium license is removed stays, as an Administrator Only user.
    await license('alice', 'CJPPRM', 'remove');
    await synchronize();
    expect(await ccUser('alice')).toMatchObject({ userProfileType: 'ADMINISTRATOR_ONLY', active: true });
    // A User Administrator is not one.
    expect(await ccUser('bruno')).toBe(404);
  });

  it('marks a supervisor in the seed, whose first synchronisation gives the supervisor profile', async () => {
    await resetTo({
      ...DEFAULT_SEED,
      people: DEFAULT_SEED.people.map((p) => (p.key === 'fatima' ? { ...p, supervisor: true } : p)),
    });
    expect(((await ccUser('fatima')) as Record<string, any>).userProfileType).toBe('SUPERVISOR');
  });
});

describe('a synchronisation that fails for a user', () => {
  const setInvalid = (email: string, mode: string) =>
    fx.call(null, 'PUT', '/sandbox/contact-center/invalid', { email, mode });
  const failed = async (email: string) =>
    (await fx.call(null, 'GET', '/sandbox/state')).body.people.find((p: { email: string }) => p.email === email)
      .syncFailed;

  it('leaves the user out of the Contact Center, once (the next one works) or until fixed', async () => {
    await resetTo();
    await license('gus', 'CJPSTD', 'add');
    await license('mallory', 'CJPSTD', 'add');
    await setInvalid('gus.nolicense@acme.example.com', 'once');
    await setInvalid('mallory.member@acme.example.com', 'always');
    await synchronize();
    expect([await ccUser('gus'), await ccUser('mallory')]).toEqual([404, 404]);
    expect([await failed('gus.nolicense@acme.example.com'), await failed('mallory.member@acme.example.com')]).toEqual([
      true,
      true,
    ]);
    await synchronize();
    expect(await ccUser('gus')).toMatchObject({ contactCenterEnabled: false, active: true });
    expect(await ccUser('mallory')).toBe(404);
    expect(await failed('gus.nolicense@acme.example.com')).toBe(false);
    expect((await fx.call(null, 'GET', '/sandbox/seed')).body.contactCenter.invalid).toEqual([
      { email: 'mallory.member@acme.example.com', mode: 'always' },
    ]);
    // Fixed: the next synchronisation brings her in.
    await setInvalid('mallory.member@acme.example.com', 'off');
    expect(await ccUser('mallory')).toBe(404);
    await synchronize();
    expect(await ccUser('mallory')).toMatchObject({ contactCenterEnabled: false, userProfileType: 'STANDARD_AGENT' });
    expect((await setInvalid('x@y.z', 'sometimes')).status).toBe(400);
  });

  it('leaves a user already there as they were', async () => {
    await setInvalid('dana.agent@acme.example.com', 'always');
    await license('dana', 'CJPSTD', 'remove');
    await synchronize();
    expect(await ccUser('dana')).toMatchObject({ active: true, contactCenterEnabled: true });
    await setInvalid('dana.agent@acme.example.com', 'off');
    await synchronize();
    expect(await ccUser('dana')).toMatchObject({ active: false });
  });

  it("leaves the seed's failing users out from the start", async () => {
    await resetTo({
      ...DEFAULT_SEED,
      contactCenter: {
        ...DEFAULT_SEED.contactCenter,
        invalid: [{ email: 'eli.agent@acme.example.com', mode: 'once' }],
      },
    });
    expect(await ccUser('eli')).toBe(404);
    await synchronize();
    expect(await ccUser('eli')).toMatchObject({ contactCenterEnabled: false, userProfileType: 'STANDARD_AGENT' });
  });

  it('with agents arriving "ready", leaves the user there but not enabled, and enables them once fixed', async () => {
    await resetTo({ ...DEFAULT_SEED, contactCenter: { ...DEFAULT_SEED.contactCenter, agentsArrive: 'ready' } });
    await setInvalid('dana.agent@acme.example.com', 'once');
    await setInvalid('fatima.premium@acme.example.com', 'always');
    await synchronize();
    expect([await ccUser('dana'), await ccUser('fatima')]).toMatchObject([
      { contactCenterEnabled: false },
      { contactCenterEnabled: false },
    ]);
    await synchronize();
    expect([await ccUser('dana'), await ccUser('fatima')]).toMatchObject([
      { contactCenterEnabled: true },
      { contactCenterEnabled: false },
    ]);
    await setInvalid('fatima.premium@acme.example.com', 'off');
    expect(await ccUser('fatima')).toMatchObject({ contactCenterEnabled: true });
  });
});

describe('the Contact Center API around the users', () => {
  it('takes the configured time to synchronise', async () => {
    await resetTo();
    await license('gus', 'CJPPRM', 'add');
    await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 300 });
    const sync = await fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    expect(sync.body).toEqual({ scheduledInMs: 300 });
    expect(await ccUser('gus')).toBe(404);
    await eventually(async () => (await ccUser('gus')) !== 404);
    await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 0 });
    expect((await fx.call(null, 'PUT', '/sandbox/contact-center/settings', { agentsArrive: 'sometimes' })).status).toBe(
      400,
    );
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
      expect(refused.body.error.key).toBe('429');
      // The same client with a fresh token has no new allowance (the limit is per client id)...
      const o = (await fx.call(null, 'GET', '/sandbox/oauth')).body;
      const refreshed = fx.sandbox.state.refreshAccessToken({
        grant_type: 'refresh_token',
        client_id: o.clientId,
        client_secret: o.clientSecret,
        refresh_token: o.refreshToken,
      });
      if (!refreshed.ok) throw new Error(refreshed.description);
      const token = refreshed.pair.access_token;
      const fresh = await fx.call(null, 'GET', `${base}/v2/user`, undefined, { authorization: `Bearer ${token}` });
      expect(fresh.status).toBe(429);
      // ...another client has its own.
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
