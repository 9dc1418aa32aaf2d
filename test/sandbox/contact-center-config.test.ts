import { describe, expect, it } from 'vitest';
import { DEFAULT_SEED } from '../../src/sandbox/seed.js';
import { SandboxFixture } from '../support/sandbox-api.js';
import { expectExchangesMatchSpec, specCheckedSandbox } from '../support/spec-check.js';

// Every request and answer of this file is checked against the Contact Center OpenAPI afterwards.
const fx = specCheckedSandbox();
const base = () => `/cc/organization/${fx.seed.organization.uuid}`;

const LISTS = ['site', 'team', 'agent-profile', 'multimedia-profile', 'skill-profile'] as const;

async function namesOf(kind: string, query = ''): Promise<string[]> {
  const res = await fx.call('serviceApp', 'GET', `${base()}/v2/${kind}${query}`);
  expect(res.status).toBe(200);
  return (res.body.data as { name: string }[]).map((r) => r.name);
}

describe('the lists of sites, teams and profiles', () => {
  it("answer the default seed's configuration, one page of 100 from page 0", async () => {
    expect(await namesOf('site')).toEqual(['Sao Paulo', 'Lisboa']);
    expect(await namesOf('team')).toEqual(['Vendas', 'Suporte', 'Atendimento', 'Correio de voz']);
    expect(await namesOf('agent-profile')).toEqual(['Padrao', 'Supervisores']);
    expect(await namesOf('multimedia-profile')).toEqual(['Voz e chat']);
    expect(await namesOf('skill-profile')).toEqual(['Idiomas']);
    for (const kind of LISTS) {
      const res = await fx.call('serviceApp', 'GET', `${base()}/v2/${kind}`);
      expect(res.body.meta).toMatchObject({
        orgid: fx.seed.organization.uuid,
        page: 0,
        pageSize: 100,
        totalPages: 1,
        totalRecords: res.body.data.length,
      });
    }
    const profiles = await fx.call('serviceApp', 'GET', `${base()}/v3/user-profile`);
    expect(profiles.body.data.map((p: { profileType: string }) => p.profileType)).toEqual([
      'STANDARD_AGENT',
      'PREMIUM_AGENT',
      'SUPERVISOR',
      'ADMINISTRATOR',
      'ADMINISTRATOR_ONLY',
    ]);
    expect(profiles.body.meta).toMatchObject({ page: 0, pageSize: 100, totalRecords: 5 });
  });

  it('say which team is capacity-based and which site each team belongs to', async () => {
    const sites = (await fx.call('serviceApp', 'GET', `${base()}/v2/site`)).body.data;
    const saoPaulo = sites.find((s: { name: string }) => s.name === 'Sao Paulo');
    expect(saoPaulo.multimediaProfileId).toBeTypeOf('string');
    const teams = (await fx.call('serviceApp', 'GET', `${base()}/v2/team`)).body.data;
    expect(teams.find((t: { name: string }) => t.name === 'Correio de voz')).toMatchObject({
      teamType: 'CAPACITY',
      siteId: saoPaulo.id,
      siteName: 'Sao Paulo',
      capacity: 10,
    });
    expect(teams.find((t: { name: string }) => t.name === 'Vendas')).toMatchObject({
      teamType: 'AGENT',
      siteId: saoPaulo.id,
    });
    expect(teams.find((t: { name: string }) => t.name === 'Vendas')).not.toHaveProperty('capacity');
  });

  it('page from 0 with the page size asked, and filter by id or search by name', async () => {
    const pages: string[][] = [];
    for (let page = 0; page < 3; page += 1) {
      const res = await fx.call('serviceApp', 'GET', `${base()}/v2/team?page=${page}&pageSize=2`);
      expect(res.body.meta).toMatchObject({ page, pageSize: 2, totalPages: 2, totalRecords: 4 });
      pages.push(res.body.data.map((t: { name: string }) => t.name));
      if (page === 0) expect(res.body.meta.links.next).toContain('page=1');
    }
    expect(pages).toEqual([['Vendas', 'Suporte'], ['Atendimento', 'Correio de voz'], []]);
    expect(await namesOf('team', '?search=suport')).toEqual(['Suporte']);
    const lisboa = (await fx.call('serviceApp', 'GET', `${base()}/v2/site?search=Lisboa`)).body.data[0];
    expect(await namesOf('site', `?filter=${encodeURIComponent(`id=="${lisboa.id}"`)}`)).toEqual(['Lisboa']);
  });
});

describe('the control API for the Contact Center configuration', () => {
  it('creates sites, teams (capacity-based too) and profiles, which the lists then answer', async () => {
    const site = await fx.call(null, 'POST', '/sandbox/contact-center/sites', {
      name: 'Porto',
      multimediaProfile: 'Voz e chat',
    });
    expect(site.status).toBe(201);
    expect(site.body).toMatchObject({ name: 'Porto', multimediaProfileId: expect.any(String) });
    const team = await fx.call(null, 'POST', '/sandbox/contact-center/teams', { name: 'Cobranca', site: 'Porto' });
    expect(team.body).toMatchObject({ name: 'Cobranca', teamType: 'AGENT', siteId: site.body.id });
    const mailbox = await fx.call(null, 'POST', '/sandbox/contact-center/teams', {
      name: 'Caixa postal',
      site: site.body.id,
      teamType: 'CAPACITY',
      capacity: 5,
    });
    expect(mailbox.body).toMatchObject({ teamType: 'CAPACITY', capacity: 5 });
    const created = await Promise.all([
      fx.call(null, 'POST', '/sandbox/contact-center/desktop-profiles', { name: 'Noturno' }),
      fx.call(null, 'POST', '/sandbox/contact-center/multimedia-profiles', { name: 'So voz', telephony: 1 }),
      fx.call(null, 'POST', '/sandbox/contact-center/skill-profiles', { name: 'Produtos' }),
    ]);
    expect(created.map((c) => c.status)).toEqual([201, 201, 201]);
    expect(await namesOf('site')).toContain('Porto');
    expect(await namesOf('team')).toEqual(expect.arrayContaining(['Cobranca', 'Caixa postal']));
    expect(await namesOf('agent-profile')).toContain('Noturno');
    expect(await namesOf('multimedia-profile')).toContain('So voz');
    expect(await namesOf('skill-profile')).toContain('Produtos');
    // A capacity-based team made here cannot take agents either.
    const dana = (await fx.call('serviceApp', 'GET', `${base()}/user/by-ci-user-id/${fx.person('dana').ciUserId}`))
      .body;
    const refused = await fx.call('serviceApp', 'PATCH', `${base()}/user/bulk`, {
      items: [{ item: { id: dana.id, teamIds: [mailbox.body.id] }, itemIdentifier: 1 }],
    });
    expect(refused.body.items[0].status).toBe(400);
  });

  it('refuses a duplicate name, a name the OpenAPI pattern refuses, and a team without a known site', async () => {
    const duplicate = await fx.call(null, 'POST', '/sandbox/contact-center/sites', { name: 'lisboa' });
    expect(duplicate.status).toBe(409);
    const accented = await fx.call(null, 'POST', '/sandbox/contact-center/sites', { name: 'Brasília' });
    expect(accented.status).toBe(400);
    expect(accented.body.message).toContain('Brasília');
    const noSite = await fx.call(null, 'POST', '/sandbox/contact-center/teams', { name: 'Sem site', site: 'Marte' });
    expect(noSite.status).toBe(400);
    expect((await fx.call(null, 'POST', '/sandbox/contact-center/teams', { site: 'Lisboa' })).status).toBe(400);
    expect(
      (await fx.call(null, 'POST', '/sandbox/contact-center/teams', { name: 'X', site: 'Lisboa', teamType: 'BOTH' }))
        .status,
    ).toBe(400);
  });

  it("shows each user's agent settings by name, the supervisor mark and the configuration in the state", async () => {
    await fx.call(null, 'POST', '/sandbox/control-hub/supervisor', {
      email: 'fatima.premium@acme.example.com',
      supervisor: true,
    });
    const state = (await fx.call(null, 'GET', '/sandbox/state')).body;
    const dana = state.people.find((p: { email: string }) => p.email === 'dana.agent@acme.example.com');
    expect(dana.contactCenter.agent).toEqual({
      enabled: true,
      active: true,
      profileType: 'STANDARD_AGENT',
      site: 'Sao Paulo',
      teams: ['Vendas'],
      desktopProfile: 'Padrao',
      multimediaProfile: null,
      skillProfile: null,
    });
    expect(dana.supervisor).toBe(false);
    const fatima = state.people.find((p: { email: string }) => p.email === 'fatima.premium@acme.example.com');
    expect(fatima.supervisor).toBe(true);
    expect(
      state.people.find((p: { email: string }) => p.email === 'gus.nolicense@acme.example.com').contactCenter,
    ).toBe(null);
    expect(state.contactCenter).toMatchObject({ agentsArrive: 'disabled', sites: expect.any(Array) });
    expect(state.contactCenter.teams).toContainEqual({
      id: expect.any(String),
      name: 'Correio de voz',
      teamType: 'CAPACITY',
      site: 'Sao Paulo',
    });
  });
});

describe('a seed with its own Contact Center configuration', () => {
  it('replaces the default one, and gives existing agents the defaults it names', async () => {
    const own = new SandboxFixture({
      recordExchanges: true,
      seed: {
        ...DEFAULT_SEED,
        contactCenter: {
          multimediaProfiles: [{ name: 'Chat', telephony: 0, chat: 3 }],
          sites: [{ name: 'Recife' }],
          teams: [
            { name: 'Norte', site: 'Recife' },
            { name: 'Nordeste', site: 'Recife' },
          ],
          desktopProfiles: [{ name: 'Basico' }],
          skillProfiles: [],
          agentDefaults: { teams: ['Nordeste'] },
        },
      },
    });
    await own.start();
    try {
      const cc = `/cc/organization/${own.seed.organization.uuid}`;
      const teams = (await own.call('serviceApp', 'GET', `${cc}/v2/team`)).body.data;
      expect(teams.map((t: { name: string }) => t.name)).toEqual(['Norte', 'Nordeste']);
      expect((await own.call('serviceApp', 'GET', `${cc}/v2/skill-profile`)).body.data).toEqual([]);
      const dana = (await own.call('serviceApp', 'GET', `${cc}/user/by-ci-user-id/${own.person('dana').ciUserId}`))
        .body;
      expect(dana.teamIds).toEqual([teams[1].id]);
      expect(dana.siteName).toBe('Recife');
      expectExchangesMatchSpec(own.sandbox.exchanges);
    } finally {
      await own.stop();
    }
  });

  it('is refused when it names a site it does not define, or gives agents a capacity-based team', async () => {
    const wrongSite = await fx.call(null, 'POST', '/sandbox/reset', {
      ...DEFAULT_SEED,
      contactCenter: { sites: [{ name: 'Recife' }], teams: [{ name: 'Norte', site: 'Natal' }] },
    });
    expect(wrongSite.status).toBe(400);
    expect(wrongSite.body.detail).toContain('Natal');
    const capacity = await fx.call(null, 'POST', '/sandbox/reset', {
      ...DEFAULT_SEED,
      contactCenter: { agentDefaults: { teams: ['Correio de voz'] } },
    });
    expect(capacity.status).toBe(400);
    expect(capacity.body.detail).toContain('capacity-based');
  });
});
