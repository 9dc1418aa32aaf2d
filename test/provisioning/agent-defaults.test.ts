import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { AgentCatalogue } from '../../src/contact-center/agent-settings.js';
import { translator } from '../../src/i18n/translate.js';
import { AgentDefaults } from '../../src/provisioning/services/agent-defaults.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { CATALOGUE } from '../support/agent-catalogue.js';

const opened: Storage[] = [];
afterEach(async () => {
  for (const s of opened.splice(0)) await s.close();
});

function defaults(catalogue: () => AgentCatalogue, configured = {}) {
  const storage = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-defaults-')));
  opened.push(storage);
  const cc = { catalogue: async () => catalogue() };
  return new AgentDefaults({ store: storage.agentDefaults, configured, orgId: async () => 'org-1', cc });
}

describe("the organisation's defaults for new agents", () => {
  it('start from the configuration; what is set wins; a cleared one hides the configured one', async () => {
    const d = defaults(() => CATALOGUE, { site: 'lisboa', teams: ['Atendimento'] });
    expect(await d.resolved()).toEqual({
      site: { id: 'site-li', name: 'Lisboa' },
      teams: [{ id: 'team-at', name: 'Atendimento' }],
    });
    expect(await d.set('site', 'são paulo', 'alice@x.com')).toMatchObject({ kind: 'set' });
    await d.clear('teams', 'alice@x.com');
    expect(await d.resolved()).toEqual({ site: { id: 'site-sp', name: 'Sao Paulo' } });
    const view = await d.view(CATALOGUE);
    expect(view.fields.map((f) => [f.field, f.source, f.names])).toEqual([
      ['site', 'stored', ['Sao Paulo']],
      ['teams', 'cleared', []],
      ['desktopProfile', 'none', []],
      ['multimediaProfile', 'none', []],
      ['skillProfile', 'none', []],
    ]);
    expect(view.fields[1]).toMatchObject({ configured: ['Atendimento'], by: 'alice@x.com' });
  });

  it('find a stored default renamed since by its id, and report one deleted since, never dropping it silently', async () => {
    let catalogue = CATALOGUE;
    const d = defaults(() => catalogue);
    await d.set('teams', 'Vendas; Suporte', 'alice@x.com');
    catalogue = {
      ...CATALOGUE,
      teams: [{ id: 'team-ve', name: 'Vendas Brasil', teamType: 'AGENT', siteId: 'site-sp' }],
    };
    expect(await d.resolved()).toEqual({ teams: [{ id: 'team-ve', name: 'Vendas Brasil' }] });
    const { problems } = await d.view(catalogue);
    expect(problems.map((p) => translator('en').m(p))).toEqual([
      'The default team "Suporte" (set with the template command) is no longer in the Contact Center, so users new to it do not get it. Change it with the template command.',
    ]);
  });

  it('refuse names the Contact Center does not have, capacity-based teams, and an unreadable Contact Center', async () => {
    const d = defaults(() => CATALOGUE);
    expect(await d.set('desktopProfile', 'Padrai', 'alice@x.com')).toEqual({
      kind: 'unknown',
      field: 'desktopProfile',
      unknown: [{ field: 'desktopProfile', name: 'Padrai', closest: ['Padrao'] }],
    });
    expect(await d.set('teams', 'Vendas; correio de voz', 'alice@x.com')).toEqual({
      kind: 'capacity',
      teams: ['Correio de voz'],
    });
    const down = defaults(() => {
      throw new Error('503 Service Unavailable');
    });
    expect(await down.set('site', 'Lisboa', 'alice@x.com')).toEqual({
      kind: 'unreadable',
      problem: '503 Service Unavailable',
    });
    expect((await d.view(undefined)).fields.every((f) => f.source === 'none')).toBe(true);
  });
});
