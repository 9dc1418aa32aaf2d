import { describe, expect, it } from 'vitest';
import { translator } from '../../src/i18n/translate.js';
import { AgentWarnings, describeAgent, planAgent } from '../../src/provisioning/agent-plan.js';
import { CATALOGUE } from '../support/agent-catalogue.js';

const SP = { id: 'site-sp', name: 'Sao Paulo' };
const LI = { id: 'site-li', name: 'Lisboa' };
const VENDAS = { id: 'team-ve', name: 'Vendas' };
const SUPORTE = { id: 'team-su', name: 'Suporte' };
const PADRAO = { id: 'dp-pa', name: 'Padrao' };
const DEFAULTS = { site: SP, teams: [VENDAS], desktopProfile: PADRAO };
const en = translator('en');
const pt = translator('pt-BR');

describe("planning a user's Contact Center settings", () => {
  it('gives a user new to the Contact Center what was given, the defaults filling every other field', () => {
    const plan = planAgent({
      given: { teams: [SUPORTE] },
      current: undefined,
      defaults: DEFAULTS,
      catalogue: CATALOGUE,
      newcomer: true,
    });
    expect(plan).toEqual({
      agent: { site: SP, teams: [SUPORTE], desktopProfile: PADRAO },
      fromDefaults: ['site', 'desktopProfile'],
    });
    expect(en.m(describeAgent({ agent: plan.agent, agentFromDefaults: plan.fromDefaults }))).toBe(
      'Contact Center: site Sao Paulo (default) · teams Suporte · desktop profile Padrao (default)',
    );
    expect(pt.m(describeAgent({ agent: plan.agent, agentFromDefaults: plan.fromDefaults }))).toBe(
      'Contact Center: site Sao Paulo (padrão) · equipes Suporte · perfil de desktop Padrao (padrão)',
    );
  });

  it('says which required settings a newcomer still lacks, and gives nothing to one this job does not bring in', () => {
    expect(
      planAgent({ given: undefined, current: undefined, defaults: {}, catalogue: CATALOGUE, newcomer: true }),
    ).toEqual({
      missing: ['site', 'teams', 'desktopProfile'],
    });
    expect(
      planAgent({ given: undefined, current: undefined, defaults: DEFAULTS, catalogue: CATALOGUE, newcomer: false }),
    ).toEqual({});
  });

  it('gives a user already there only the given fields that differ, teams compared as a set', () => {
    const current = { siteId: 'site-sp', teamIds: ['team-su', 'team-ve', 'team-deleted'], desktopProfileId: 'dp-pa' };
    const same = planAgent({
      given: { site: SP, teams: [VENDAS, SUPORTE], desktopProfile: PADRAO },
      current,
      defaults: { skillProfile: { id: 'sk-id', name: 'Idiomas' } },
      catalogue: CATALOGUE,
      newcomer: true,
    });
    expect(same).toEqual({});
    const moved = planAgent({
      given: { site: LI, teams: [VENDAS, SUPORTE] },
      current,
      defaults: DEFAULTS,
      catalogue: CATALOGUE,
      newcomer: false,
    });
    expect(moved).toEqual({ agent: { site: LI }, held: { site: SP } });
    expect(en.m(describeAgent({ agent: moved.agent, agentHeld: moved.held }))).toBe(
      'Contact Center: site Lisboa (now Sao Paulo)',
    );
  });

  it('warns once per team of a capacity-based team and of a team of another site, naming the first users', () => {
    const warnings = new AgentWarnings(CATALOGUE);
    const capacity = { agent: { teams: [{ id: 'team-cv', name: 'Correio de voz' }] } };
    for (let i = 1; i <= 7; i += 1) warnings.add(`u${i}@x.com`, capacity, { siteId: 'site-sp', teamIds: [] });
    // The site changes to Lisboa; the teams held (Sao Paulo's) stay.
    warnings.add('moved@x.com', { agent: { site: LI } }, { siteId: 'site-sp', teamIds: ['team-ve'] });
    const texts = warnings.messages().map((m) => en.m(m));
    expect(texts).toHaveLength(2);
    expect(texts[0]).toBe(
      'Team "Correio de voz" is capacity-based, and the Contact Center does not take agents in capacity-based teams (its API says so): it will refuse it for 7 users (u1@x.com, u2@x.com, u3@x.com, u4@x.com, u5@x.com, and … (+2)), who will then be listed as needing settings. Choose an agent-based team.',
    );
    expect(texts[1]).toContain(
      'Team "Vendas" belongs to site Sao Paulo, not to Lisboa, the site of 1 user (moved@x.com)',
    );
  });
});
