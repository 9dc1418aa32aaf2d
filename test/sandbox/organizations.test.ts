import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_SEED, GLOBEX_SEED, PARTNER_SEED } from '../../src/sandbox/seed.js';
import { seedView } from '../support/sandbox-api.js';
import { specCheckedSandbox } from '../support/spec-check.js';

// Issue 19: one bot serves a partner's customers. The sandbox holds the partner and two customers, each
// with its own people, licenses, Service App and Contact Center; a token acts only in its organisation.
const fx = specCheckedSandbox();

beforeEach(async () => {
  await fx.call(null, 'POST', '/sandbox/reset');
  fx.seed = seedView(fx.sandbox.describe());
});

interface OAuthView {
  clientId: string;
  clientSecret: string;
  refreshToken: string;
}

async function refresh(o: OAuthView, refreshToken = o.refreshToken): Promise<{ status: number; body: any }> {
  const res = await fetch(`${fx.url}/v1/access_token`, {
    method: 'POST',
    body: new URLSearchParams({
      grant_type: 'refresh_token',
      client_id: o.clientId,
      client_secret: o.clientSecret,
      refresh_token: refreshToken,
    }),
  });
  return { status: res.status, body: await res.json() };
}

const emails = (items: { emails: string[] }[]) => items.map((p) => p.emails[0]).sort();

describe('sandbox organisations: a partner and two customers', () => {
  it('describes every organisation, acme first, with its Service App, people and spaces', async () => {
    const seed = (await fx.call(null, 'GET', '/sandbox/seed')).body;
    expect(seed.organizations.map((o: { key: string; name: string }) => [o.key, o.name])).toEqual([
      ['acme', 'Acme Contact Center'],
      ['globex', 'Globex Service Desk'],
      ['partner', 'Northwind Partners'],
    ]);
    // The top-level fields still describe acme.
    expect(seed.organization.name).toBe('Acme Contact Center');
    expect(seed.adminSpaceId).toBe(fx.org('acme').adminSpaceId);
    const globex = fx.org('globex');
    expect(globex.domain).toBe('globex.example.com');
    expect(globex.people.map((p) => p.email).sort()).toEqual([
      'gil.agent@globex.example.com',
      'gina.admin@globex.example.com',
      'hugo.member@globex.example.com',
    ]);
    expect(globex.serviceApp?.email).toBe('provisioning-app@globex.example.com');
    expect(globex.serviceApp?.oauth.clientId).not.toBe(fx.org('acme').serviceApp?.oauth.clientId);
    expect(globex.licenses.map((l) => [l.offer, l.totalUnits])).toEqual([
      ['CJPSTD', 10],
      ['CJPPRM', 5],
      ['MS', 50],
    ]);
    expect(fx.org('partner').licenses.map((l) => l.offer)).toEqual(['MS']);
    const room = (id: string) => seed.rooms.find((r: { id: string }) => r.id === id);
    expect(room(globex.adminSpaceId)).toMatchObject({
      title: 'Globex Contact Center Admins',
      members: [seed.bot.email, 'gina.admin@globex.example.com'],
    });
    expect(room(seed.partnerSpaceId)).toMatchObject({
      title: 'Partner Provisioning',
      members: [seed.bot.email, 'pat.partner@partner.example.com', 'quinn.member@partner.example.com'],
    });
    // Every seeded person of every organisation has a token.
    expect((await fx.call('gina', 'GET', '/people/me')).body.orgId).toBe(globex.orgId);
    expect((await fx.call('globexApp', 'GET', '/people/me')).body.type).toBe('appuser');
    expect((await fx.call('pat', 'GET', '/people/me')).body.orgId).toBe(fx.org('partner').orgId);
  });

  it('refuses a seed that gives one address or person key to two organisations', async () => {
    const twice = {
      ...DEFAULT_SEED,
      organizations: [
        { ...GLOBEX_SEED, people: [...GLOBEX_SEED.people, { key: 'alice2', email: 'alice.admin@acme.example.com' }] },
      ],
    };
    const refused = await fx.call(null, 'POST', '/sandbox/reset', twice);
    expect(refused.status).toBe(400);
    expect(refused.body.detail).toContain('alice.admin@acme.example.com');
    // Nothing changed: globex is still there as it was.
    expect((await fx.call('globexApp', 'GET', '/people')).body.items).toHaveLength(3);
  });

  it("lets globex's Service App list and read only globex's people, and only the public profile of acme's", async () => {
    const list = await fx.call('globexApp', 'GET', '/people');
    expect(emails(list.body.items)).toEqual([
      'gil.agent@globex.example.com',
      'gina.admin@globex.example.com',
      'hugo.member@globex.example.com',
    ]);
    const byEmail = await fx.call('globexApp', 'GET', '/people?email=alice.admin@acme.example.com');
    expect(byEmail.body.items).toEqual([]);
    const alice = fx.person('alice');
    const gil = fx.org('globex').people.find((p) => p.email.startsWith('gil.'))!;
    const byIds = await fx.call('globexApp', 'GET', `/people?id=${alice.id},${gil.id}`);
    expect(emails(byIds.body.items)).toEqual(['gil.agent@globex.example.com']);
    expect(byIds.body.notFoundIds).toEqual([alice.id]);

    const read = await fx.call('globexApp', 'GET', `/people/${alice.id}`);
    expect(read.status).toBe(200);
    expect(read.body.emails).toEqual(['alice.admin@acme.example.com']);
    expect(read.body.orgId).toBe(fx.org('acme').orgId);
    for (const field of ['roles', 'licenses', 'invitePending', 'loginEnabled', 'phoneNumbers'])
      expect(read.body).not.toHaveProperty(field);
    // Acme's own administrator still sees everything of acme's people.
    expect((await fx.call('serviceApp', 'GET', `/people/${alice.id}`)).body.roles).toHaveLength(1);
  });

  it("refuses globex's changes to acme's people as unknown ids", async () => {
    const dana = fx.person('dana');
    const put = await fx.call('globexApp', 'PUT', `/people/${dana.id}`, {
      emails: [dana.email],
      displayName: 'Taken over',
    });
    expect(put.status).toBe(404);
    expect((await fx.call('globexApp', 'DELETE', `/people/${dana.id}`)).status).toBe(404);
    const patch = await fx.call('globexApp', 'PATCH', '/licenses/users', {
      email: dana.email,
      licenses: [{ id: fx.org('globex').licenses[0]!.id, operation: 'add' }],
    });
    expect(patch.status).toBe(404);
    expect((await fx.call('serviceApp', 'GET', `/people/${dana.id}`)).body.displayName).toBe('Dana Reyes');
  });

  it('refuses an address held in another organisation as it refuses a trial address, naming neither', async () => {
    const trial = await fx.call('serviceApp', 'POST', '/people', {
      emails: ['carla.trial@acme.example.com'],
      displayName: 'Carla',
    });
    const taken = await fx.call('globexApp', 'POST', '/people', {
      emails: ['alice.admin@acme.example.com'],
      displayName: 'Alice',
    });
    expect(taken.status).toBe(trial.status);
    expect(taken.body.message).toBe(trial.body.message);
    expect(taken.body.errors).toHaveLength(1);
    expect(taken.body.errors[0].description).toMatch(/another Webex organization/);
    expect(JSON.stringify(taken.body)).not.toContain('Acme Contact Center');
    // And the other way round: a person globex added cannot be added to acme.
    const added = await fx.call('globexApp', 'POST', '/people', {
      emails: ['new.agent@globex.example.com'],
      displayName: 'New Agent',
    });
    expect(added.status).toBe(200);
    expect(added.body.orgId).toBe(fx.org('globex').orgId);
    const again = await fx.call('serviceApp', 'POST', '/people', {
      emails: ['new.agent@globex.example.com'],
      displayName: 'New Agent',
    });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('User already exists in another organization.');
    expect(JSON.stringify(again.body)).not.toContain('Globex');
  });

  it("lists only the organisation's licenses and gives none of another's", async () => {
    const list = await fx.call('globexApp', 'GET', '/licenses');
    expect(list.body.items.map((l: { id: string }) => l.id)).toEqual(fx.org('globex').licenses.map((l) => l.id));
    const acmeStandard = fx.license('CJPSTD').id;
    expect((await fx.call('globexApp', 'GET', `/licenses/${acmeStandard}`)).status).toBe(404);
    // A license id of acme's subscription is not given to a globex person.
    const created = await fx.call('globexApp', 'POST', '/people', {
      emails: ['mixed.agent@globex.example.com'],
      displayName: 'Mixed Agent',
      licenses: [acmeStandard],
    });
    expect(created.body.licenses).toEqual([]);
    expect((await fx.call('serviceApp', 'GET', `/licenses/${acmeStandard}`)).body.consumedUnits).toBe(
      fx.license('CJPSTD').consumedUnits,
    );
  });

  it("refuses acme's Contact Center and SCIM paths to globex's token with 403", async () => {
    const acme = fx.org('acme');
    const globex = fx.org('globex');
    const cc = await fx.call('globexApp', 'GET', `/cc/organization/${acme.orgUuid}/v2/user`);
    expect(cc.status).toBe(403);
    expect(cc.body.error.reason).toMatch(/not the organization of the access token/);
    const own = await fx.call('globexApp', 'GET', `/cc/organization/${globex.orgUuid}/v2/user`);
    expect(own.status).toBe(200);
    expect(own.body.data.map((u: { email: string }) => u.email).sort()).toEqual([
      'gil.agent@globex.example.com',
      'gina.admin@globex.example.com',
    ]);
    const sites = await fx.call('globexApp', 'GET', `/cc/organization/${globex.orgUuid}/v2/site`);
    expect(sites.body.data.map((s: { name: string }) => s.name)).toEqual(['Porto']);
    const alice = fx.person('alice');
    const scim = await fx.call(
      'globexApp',
      'GET',
      `${fx.url}/identity/scim/${acme.orgUuid}/v2/Users/${alice.ciUserId}`,
    );
    expect(scim.status).toBe(403);
    // Its own SCIM path does not reach an acme user either.
    const crossed = await fx.call(
      'globexApp',
      'GET',
      `${fx.url}/identity/scim/${globex.orgUuid}/v2/Users/${alice.ciUserId}`,
    );
    expect(crossed.status).toBe(404);
  });

  it("synchronises globex's users into globex's Contact Center only", async () => {
    // Globex's users not synchronised yet: gil, its agent, is not in its Contact Center.
    const seed = {
      ...DEFAULT_SEED,
      organizations: [
        { ...GLOBEX_SEED, contactCenter: { ...GLOBEX_SEED.contactCenter, syncedAtStart: false } },
        PARTNER_SEED,
      ],
    };
    await fx.call(null, 'POST', '/sandbox/reset', seed);
    fx.seed = seedView(fx.sandbox.describe());
    const globex = fx.org('globex');
    const gil = globex.people.find((p) => p.email.startsWith('gil.'))!;
    const gilIn = (org: string, who: string) =>
      fx.call(who, 'GET', `/cc/organization/${fx.org(org).orgUuid}/user/by-ci-user-id/${gil.ciUserId}`);
    expect((await gilIn('globex', 'globexApp')).status).toBe(404);
    const acmeBefore = (await fx.call('serviceApp', 'GET', `/cc/organization/${fx.org('acme').orgUuid}/v2/user`)).body;

    expect(globex.synchronizeUrl).toBe('/sandbox/contact-center/synchronize?org=globex');
    expect((await fx.call(null, 'POST', globex.synchronizeUrl)).status).toBe(202);

    const arrived = await gilIn('globex', 'globexApp');
    expect(arrived.status).toBe(200);
    expect(arrived.body).toMatchObject({ email: 'gil.agent@globex.example.com', contactCenterEnabled: false });
    expect((await gilIn('acme', 'serviceApp')).status).toBe(404);
    const acmeAfter = (await fx.call('serviceApp', 'GET', `/cc/organization/${fx.org('acme').orgUuid}/v2/user`)).body;
    expect(acmeAfter.data).toEqual(acmeBefore.data);
    // The users table of each organisation shows its own people.
    const table = (await fx.call(null, 'GET', '/sandbox/state?org=globex')).body;
    expect(table.organization.key).toBe('globex');
    expect(table.people.find((p: { email: string }) => p.email === gil.email).contactCenter.agent.enabled).toBe(false);
    expect(
      (await fx.call(null, 'GET', '/sandbox/state')).body.people.map((p: { email: string }) => p.email),
    ).not.toContain(gil.email);
    expect((await fx.call(null, 'POST', '/sandbox/contact-center/synchronize?org=nowhere')).status).toBe(404);
  });

  it("revokes globex's refresh tokens and leaves acme's renewing; a refreshed token acts only in its org", async () => {
    const globexOAuth = (await fx.call<OAuthView>(null, 'GET', '/sandbox/oauth?org=globex')).body;
    const acmeOAuth = (await fx.call<OAuthView>(null, 'GET', '/sandbox/oauth')).body;
    expect(globexOAuth.refreshToken).toBe(fx.org('globex').serviceApp?.oauth.refreshToken);

    const globexPair = await refresh(globexOAuth);
    expect(globexPair.status).toBe(200);
    const asGlobex = { authorization: `Bearer ${globexPair.body.access_token}` };
    const people = await fx.call(null, 'GET', `${fx.url}/v1/people`, undefined, asGlobex);
    expect(emails(people.body.items)).toContain('gina.admin@globex.example.com');
    expect(emails(people.body.items)).not.toContain('alice.admin@acme.example.com');
    const acmeCc = await fx.call(
      null,
      'GET',
      `/cc/organization/${fx.org('acme').orgUuid}/v2/user`,
      undefined,
      asGlobex,
    );
    expect(acmeCc.status).toBe(403);
    // Acme's client does not renew globex's refresh token.
    expect((await refresh(acmeOAuth, globexPair.body.refresh_token)).status).toBe(400);

    await fx.call(null, 'POST', '/sandbox/oauth/revoke?org=globex');
    const refused = await refresh(globexOAuth, globexPair.body.refresh_token);
    expect(refused.status).toBe(400);
    expect(refused.body.error).toBe('invalid_grant');
    const acmePair = await refresh(acmeOAuth);
    expect(acmePair.status).toBe(200);
    expect((await refresh(acmeOAuth, acmePair.body.refresh_token)).status).toBe(200);
  });

  it("narrows one organisation's Service App scopes without touching another's", async () => {
    const narrowed = await fx.call(null, 'PUT', '/sandbox/oauth/scopes?org=globex', {
      scopes: ['spark-admin:licenses_read'],
    });
    expect(narrowed.body.scopes).toEqual(['spark-admin:licenses_read']);
    expect((await fx.call('globexApp', 'GET', '/people')).status).toBe(403);
    expect((await fx.call('globexApp', 'GET', '/licenses')).status).toBe(200);
    expect((await fx.call('serviceApp', 'GET', '/people')).status).toBe(200);
    expect((await fx.call(null, 'GET', '/sandbox/oauth')).body.scopes).toContain('spark-admin:people_read');
  });

  it("keeps every organisation's OAuth client and tokens through a reset that asks for it", async () => {
    const globexOAuth = (await fx.call<OAuthView>(null, 'GET', '/sandbox/oauth?org=globex')).body;
    const pair = await refresh(globexOAuth);
    await fx.call(null, 'POST', '/sandbox/reset?keepOAuth=true');
    const me = await fx.call(null, 'GET', `${fx.url}/v1/people/me`, undefined, {
      authorization: `Bearer ${pair.body.access_token}`,
    });
    expect(me.body.emails).toEqual(['provisioning-app@globex.example.com']);
    expect((await refresh(globexOAuth, pair.body.refresh_token)).status).toBe(200);
  });

  it('sends activation emails within the organisation the path names, and lists them per organisation', async () => {
    const globex = fx.org('globex');
    await fx.call('globexApp', 'POST', '/people', { emails: ['fresh@globex.example.com'], displayName: 'Fresh' });
    const other = await fx.call(
      'globexApp',
      'POST',
      `/identity/organizations/${fx.org('acme').orgId}/jobs/sendActivationEmails`,
    );
    expect(other.status).toBe(404);
    const sent = await fx.call(
      'globexApp',
      'POST',
      `/identity/organizations/${globex.orgId}/jobs/sendActivationEmails`,
    );
    expect(sent.status).toBe(202);
    expect(sent.body.counts.totalUsers).toBe(1);
    const globexState = (await fx.call(null, 'GET', '/sandbox/state?org=globex')).body;
    expect(globexState.activationEmails.map((a: { email: string }) => a.email)).toEqual(['fresh@globex.example.com']);
    expect((await fx.call(null, 'GET', '/sandbox/state')).body.activationEmails).toEqual([]);
  });
});
