import { describe, expect, it } from 'vitest';
import { specCheckedSandbox } from '../support/spec-check.js';

// Every request and answer of this file is checked against the Contact Center OpenAPI afterwards.
const fx = specCheckedSandbox();
const base = () => `/cc/organization/${fx.seed.organization.uuid}`;

async function ccUser(who: string): Promise<Record<string, any>> {
  const res = await fx.call(
    'serviceApp',
    'GET',
    `${base()}/user/by-ci-user-id/${fx.person(who).ciUserId}?includeUserProfile=true`,
  );
  expect(res.status).toBe(200);
  return res.body;
}

/** The id of a site, team or profile by name. */
async function idOf(kind: string, name: string): Promise<string> {
  const res = await fx.call('serviceApp', 'GET', `${base()}/v2/${kind}?search=${encodeURIComponent(name)}`);
  const found = (res.body.data as { id: string; name: string }[]).find((r) => r.name === name);
  if (!found) throw new Error(`no ${kind} named ${name}`);
  return found.id;
}

const bulk = (items: Record<string, unknown>[]) =>
  fx.call('serviceApp', 'PATCH', `${base()}/user/bulk`, {
    items: items.map((item, index) => ({ item, itemIdentifier: index, requestAction: 'SAVE' })),
  });

/** A user synchronised just now: disabled, with nothing set. */
async function freshAgent(who: string, offer = 'CJPSTD'): Promise<Record<string, any>> {
  await fx.call('serviceApp', 'PATCH', '/licenses/users', {
    personId: fx.person(who).id,
    licenses: [{ id: fx.license(offer).id, operation: 'add' }],
  });
  await fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
  return ccUser(who);
}

describe('the bulk partial update of Contact Center users (PATCH /user/bulk)', () => {
  it('enables a freshly synchronised agent and gives it a site, teams and profiles, each item answered on its own', async () => {
    const gus = await freshAgent('gus');
    expect(gus.contactCenterEnabled).toBe(false);
    const [site, vendas, suporte, desktop, multimedia, skill] = await Promise.all([
      idOf('site', 'Sao Paulo'),
      idOf('team', 'Vendas'),
      idOf('team', 'Suporte'),
      idOf('agent-profile', 'Padrao'),
      idOf('multimedia-profile', 'Voz e chat'),
      idOf('skill-profile', 'Idiomas'),
    ]);
    const startedAt = Date.now();
    const res = await bulk([
      {
        id: gus.id,
        contactCenterEnabled: true,
        siteId: site,
        teamIds: [vendas, suporte],
        agentProfileId: desktop,
        multimediaProfileId: multimedia,
        skillProfileId: skill,
      },
    ]);
    expect(res.status).toBe(207);
    expect(res.body).toEqual({
      items: [
        {
          itemIdentifier: 0,
          status: 200,
          operationType: 'UPDATE',
          href: `/api/organization/${fx.seed.organization.uuid}/user/${gus.id}`,
        },
      ],
    });
    const after = await ccUser('gus');
    expect(after).toMatchObject({
      contactCenterEnabled: true,
      siteId: site,
      siteName: 'Sao Paulo',
      teamIds: [vendas, suporte],
      agentProfileId: desktop,
      multimediaProfileId: multimedia,
      skillProfileId: skill,
      userProfileType: 'STANDARD_AGENT',
      version: gus.version + 1,
    });
    expect(after.lastUpdatedTime).not.toBe(gus.lastUpdatedTime);
    expect(after.lastUpdatedTime).toBeGreaterThanOrEqual(startedAt);
    // The team lists its agent.
    const teams = (await fx.call('serviceApp', 'GET', `${base()}/v2/team`)).body.data;
    expect(teams.find((t: { id: string }) => t.id === vendas).userIds).toContain(gus.id);
  });

  it('refuses each wrong item with its reason and applies the right ones in the same call', async () => {
    const gus = await ccUser('gus');
    const mallory = await freshAgent('mallory');
    const capacity = await idOf('team', 'Correio de voz');
    const supervisorProfile = (await fx.call('serviceApp', 'GET', `${base()}/v3/user-profile`)).body.data.find(
      (p: { profileType: string }) => p.profileType === 'SUPERVISOR',
    ).id;
    const unknown = '00000000-0000-4000-8000-000000000000';
    const res = await bulk([
      { id: unknown, contactCenterEnabled: true },
      { id: gus.id, siteId: unknown },
      { id: gus.id, teamIds: [unknown] },
      { id: gus.id, agentProfileId: unknown },
      { id: gus.id, multimediaProfileId: unknown },
      { id: gus.id, skillProfileId: unknown },
      { id: gus.id, teamIds: [capacity] },
      { id: gus.id, userProfileId: supervisorProfile },
      // Mallory is not enabled: her settings cannot be given without enabling her.
      { id: mallory.id, siteId: gus.siteId },
      { id: gus.id, contactCenterEnabled: false, agentProfileId: await idOf('agent-profile', 'Supervisores') },
      { id: gus.id, firstName: 'Augustus' },
      { id: mallory.id, contactCenterEnabled: true, siteId: gus.siteId, teamIds: gus.teamIds },
    ]);
    expect(res.status).toBe(207);
    const byItem = (res.body.items as { itemIdentifier: number; status: number; apiError?: any }[]).map((i) => [
      i.itemIdentifier,
      i.status,
      i.apiError?.error.message.map((m: { description: string }) => m.description),
    ]);
    expect(byItem).toEqual([
      [0, 400, ['id: not found for given orgId.']],
      [1, 400, ['siteId: not found for given orgId.']],
      [2, 400, [`teamIds: ${unknown} not found for given orgId.`]],
      [3, 400, ['agentProfileId: not found for given orgId.']],
      [4, 400, ['multimediaProfileId: not found for given orgId.']],
      [5, 400, ['skillProfileId: not found for given orgId.']],
      [6, 400, ['teamIds: "Correio de voz" is a capacity-based team, which cannot be assigned to a user.']],
      [
        7,
        400,
        [
          'userProfileId: as of today, changing the profile type for a user is supported only from Cisco Webex Control Hub.',
        ],
      ],
      [8, 400, ['siteId: applicable only when contactCenterEnabled is true.']],
      [9, 400, ['agentProfileId: applicable only when contactCenterEnabled is true.']],
      [10, 400, ['firstName: can be changed using Users Management in Cisco Webex Control Hub.']],
      [11, 200, undefined],
    ]);
    expect(res.body.items[1].apiError).toMatchObject({ error: { key: '400' } });
    expect(res.body.items[1].apiError.trackingId).toBeTypeOf('string');
    // The refused items changed nothing; the last one was applied.
    expect(await ccUser('gus')).toEqual(gus);
    expect(await ccUser('mallory')).toMatchObject({
      contactCenterEnabled: true,
      siteId: gus.siteId,
      teamIds: gus.teamIds,
      version: mallory.version + 1,
    });
  });

  it('clears a field given as null, and leaves the fields it is not given as they are', async () => {
    const gus = await ccUser('gus');
    const res = await bulk([{ id: gus.id, multimediaProfileId: null, skillProfileId: null }]);
    expect(res.body.items[0].status).toBe(200);
    const after = await ccUser('gus');
    expect(after).not.toHaveProperty('multimediaProfileId');
    expect(after).not.toHaveProperty('skillProfileId');
    expect(after).toMatchObject({ siteId: gus.siteId, teamIds: gus.teamIds, agentProfileId: gus.agentProfileId });
    // Disabling keeps the settings (nothing says they go).
    await bulk([{ id: gus.id, contactCenterEnabled: false }]);
    expect(await ccUser('gus')).toMatchObject({ contactCenterEnabled: false, siteId: gus.siteId });
  });

  it('refuses a body without items, and an action other than SAVE', async () => {
    const res = await fx.call('serviceApp', 'PATCH', `${base()}/user/bulk`, { users: [] });
    expect(res.status).toBe(400);
    expect(res.body.error.key).toBe('400');
    const gus = await ccUser('gus');
    const deleting = await fx.call('serviceApp', 'PATCH', `${base()}/user/bulk`, {
      items: [{ item: { id: gus.id }, itemIdentifier: 7, requestAction: 'DELETE' }],
    });
    expect(deleting.body.items).toMatchObject([{ itemIdentifier: 7, status: 400 }]);
    expect(await ccUser('gus')).toEqual(gus);
  });
});

describe('updating one Contact Center user (PUT and PATCH /user/{id})', () => {
  it('replaces a user with PUT: a setting left out is cleared, a profile change and a capacity team are refused', async () => {
    const dana = await ccUser('dana');
    const { userProfileType: _type, siteName: _siteName, ...asRead } = dana;
    const lisboa = await idOf('site', 'Lisboa');
    const atendimento = await idOf('team', 'Atendimento');
    const put = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, {
      ...asRead,
      siteId: lisboa,
      teamIds: [atendimento],
      agentProfileId: undefined,
    });
    expect(put.status).toBe(200);
    expect(put.body).toMatchObject({ siteId: lisboa, teamIds: [atendimento], version: dana.version + 1 });
    expect(put.body).not.toHaveProperty('agentProfileId');
    expect(put.body).not.toHaveProperty('userProfileType');

    const premium = (await fx.call('serviceApp', 'GET', `${base()}/v3/user-profile`)).body.data.find(
      (p: { profileType: string }) => p.profileType === 'PREMIUM_AGENT',
    ).id;
    const profile = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, {
      ...put.body,
      userProfileId: premium,
    });
    expect(profile.status).toBe(400);
    expect(profile.body.error.message[0].description).toBe(
      'userProfileId: as of today, changing the profile type for a user is supported only from Cisco Webex Control Hub.',
    );
    const capacity = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, {
      ...put.body,
      teamIds: [await idOf('team', 'Correio de voz')],
    });
    expect(capacity.status).toBe(400);
    expect((await ccUser('dana')).version).toBe(dana.version + 1);
  });

  it('takes a PUT with an older version (no version check: the OpenAPI documents none)', async () => {
    const dana = await ccUser('dana');
    const { userProfileType: _type, siteName: _siteName, ...asRead } = dana;
    const first = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, { ...asRead });
    expect(first.status).toBe(200);
    const stale = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, {
      ...asRead,
      agentProfileId: await idOf('agent-profile', 'Supervisores'),
    });
    expect(stale.status).toBe(200);
    expect(stale.body.version).toBe(dana.version + 2);
  });

  it('refuses an unknown user, a user without the required fields, and a changed CI user id', async () => {
    const dana = await ccUser('dana');
    const { userProfileType: _type, siteName: _siteName, ...asRead } = dana;
    expect(
      (await fx.call('serviceApp', 'PUT', `${base()}/user/00000000-0000-4000-8000-000000000000`, asRead)).status,
    ).toBe(404);
    const missing = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, { id: dana.id });
    expect(missing.status).toBe(400);
    expect(missing.body.error.message[0].description).toMatch(/^Missing required field\(s\): active, ciUserId/);
    const ci = await fx.call('serviceApp', 'PUT', `${base()}/user/${dana.id}`, { ...asRead, ciUserId: 'other' });
    expect(ci.body.error.message[0].description).toBe('ciUserId: cannot be modified.');
  });

  it('changes only the fields given with PATCH', async () => {
    const dana = await ccUser('dana');
    const res = await fx.call('serviceApp', 'PATCH', `${base()}/user/${dana.id}`, {
      skillProfileId: await idOf('skill-profile', 'Idiomas'),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ siteId: dana.siteId, teamIds: dana.teamIds, version: dana.version + 1 });
    expect(res.body.skillProfileId).toBeTypeOf('string');
  });
});

describe('removing a site, team or profile', () => {
  it('is refused with 412 while users refer to it, and the references say who', async () => {
    const dana = await ccUser('dana');
    const res = await fx.call('serviceApp', 'DELETE', `${base()}/site/${dana.siteId}`);
    expect(res.status).toBe(412);
    expect(res.body.error.message[0]).toMatchObject({
      description:
        'Resource referred in other entity(s). Please get all the reference entities info by invoking Get incoming-references api.',
      references: expect.arrayContaining([{ id: dana.id, name: 'Dana Reyes' }]),
    });
    const refs = await fx.call('serviceApp', 'GET', `${base()}/site/${dana.siteId}/incoming-references?type=user`);
    expect(refs.status).toBe(200);
    expect(refs.body.data).toContainEqual({ id: dana.id, name: 'Dana Reyes', additionalAttributes: { type: 'user' } });
    const team = await fx.call('serviceApp', 'DELETE', `${base()}/team/${dana.teamIds[0]}`);
    expect(team.status).toBe(412);
    expect((await fx.call('serviceApp', 'GET', `${base()}/site/${dana.siteId}`)).status).toBe(200);
  });

  it('takes one nobody refers to, after which it is gone and can no longer be given', async () => {
    const created = await fx.call(null, 'POST', '/sandbox/contact-center/desktop-profiles', { name: 'Temporario' });
    expect(created.status).toBe(201);
    const gone = await fx.call('serviceApp', 'DELETE', `${base()}/agent-profile/${created.body.id}`);
    expect(gone.status).toBe(204);
    expect((await fx.call('serviceApp', 'GET', `${base()}/agent-profile/${created.body.id}`)).status).toBe(404);
    expect((await fx.call('serviceApp', 'DELETE', `${base()}/agent-profile/${created.body.id}`)).status).toBe(404);
    const gus = await ccUser('gus');
    const res = await bulk([{ id: gus.id, contactCenterEnabled: true, agentProfileId: created.body.id }]);
    expect(res.body.items[0].apiError.error.message[0].description).toBe('agentProfileId: not found for given orgId.');
  });
});
