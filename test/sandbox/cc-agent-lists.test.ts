import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

describe('sandbox Contact Center lists of sites, teams and profiles', () => {
  it('lists the seed names, paged, with what each DTO requires', async () => {
    const names = async (resource: string) =>
      (
        (await fx.call('serviceApp', 'GET', `${base}/v2/${resource}?page=0&pageSize=100`)).body.data as {
          name: string;
        }[]
      ).map((i) => i.name);
    expect(await names('site')).toEqual(['São Paulo', 'Lisboa']);
    expect(await names('team')).toEqual(['Vendas', 'Suporte', 'Atendimento', 'Correio de voz']);
    expect(await names('agent-profile')).toEqual(['Padrão', 'Supervisores']);
    expect(await names('multimedia-profile')).toEqual(['Voz e chat']);
    expect(await names('skill-profile')).toEqual(['Idiomas']);
    const teams = await fx.call('serviceApp', 'GET', `${base}/v2/team?page=1&pageSize=3`);
    expect(teams.body.meta).toMatchObject({ page: 1, pageSize: 3, totalPages: 2, totalRecords: 4 });
    expect(teams.body.data).toMatchObject([{ name: 'Correio de voz', teamType: 'CAPACITY' }]);
  });

  it('gives synchronised users the first site, team and desktop profile', async () => {
    const dana = await fx.call('serviceApp', 'GET', `${base}/user/by-ci-user-id/${fx.person('dana').ciUserId}`);
    const site = (await fx.call('serviceApp', 'GET', `${base}/v2/site`)).body.data[0];
    expect(dana.body).toMatchObject({ siteId: site.id, siteName: 'São Paulo' });
  });
});
