import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RecordRow } from '../../src/jobs/ports.js';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { cardProblems } from '../support/cards.js';
import { cardOf, cardText, isPreview, isSummary, jobIdOf } from '../support/users-flow.js';

/**
 * The input side of an agent's Contact Center settings, through the bot and the sandbox: the card's
 * choices, the CSV columns, the export, the organisation's defaults (`template`), and what each plans.
 */
const h = new BotHarness();
beforeAll(async () => {
  // A configured default that the Contact Center does not have: reported, never silently dropped. The site
  // is written with its accents, as a Brazilian administrator would; the Contact Center's is "Sao Paulo".
  await h.start({ config: { agentDefaults: { site: 'São Paulo', desktopProfile: 'Padrão antigo' } } });
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 100 });
}, 60_000);
afterAll(() => h.stop());

const DANA = 'dana.agent@acme.example.com';
const isModeCard = (m: PostedMessage) => /checked, no problems/.test(String(cardOf(m)?.body?.[0]?.text ?? ''));

/** The id of a site, team or profile the sandbox holds, by name. */
function idOf(kind: 'sites' | 'teams' | 'desktopProfiles', name: string): string {
  return [...h.fx.sandbox.state.contactCenter.catalogue[kind].values()].find((i) => i.name === name)!.id;
}

/** What the sandbox's Contact Center holds for a person: names of site, teams and desktop profile. */
function ccSettings(email: string): { site?: string; teams: string[]; desktopProfile?: string } {
  const s = h.fx.sandbox.state;
  const user = s.ccUserByCiId(s.findPersonByEmail(email)!.uuid)!;
  const name = (kind: 'sites' | 'teams' | 'desktopProfiles', id: string | undefined) =>
    id ? s.contactCenter.catalogue[kind].get(id)?.name : undefined;
  return {
    site: name('sites', user.siteId),
    teams: (user.teamIds ?? []).map((id) => name('teams', id)!),
    desktopProfile: name('desktopProfiles', user.agentProfileId),
  };
}

/** Every write to Webex or the Contact Center since `since` exchanges (any method but GET and HEAD). */
function writesSince(since: number): string[] {
  return h.fx.sandbox.exchanges
    .slice(since)
    .filter((e) => e.method !== 'GET' && e.method !== 'HEAD' && !e.path.startsWith('/v1/messages'))
    .filter((e) => !e.path.startsWith('/v1/attachment'))
    .map((e) => `${e.method} ${e.path}`);
}

async function ask(text: string, who = 'alice'): Promise<string> {
  const asked = await h.say(who, text);
  const [reply] = await h.waitForReply(asked.id);
  return reply!.markdown ?? '';
}

async function records(jobId: string): Promise<RecordRow[]> {
  const all: RecordRow[] = [];
  for await (const r of h.app.store.iterateRecords(jobId)) all.push(r);
  return all;
}

/** The choice sets of a card by input id: what they show, their values and what is preselected. */
function choiceSets(card: Record<string, any>): Record<string, { titles: string[]; values: string[]; value: string }> {
  const found: Record<string, { titles: string[]; values: string[]; value: string }> = {};
  const walk = (items: any[]) => {
    for (const item of items ?? []) {
      if (item.type === 'Input.ChoiceSet')
        found[item.id] = {
          titles: item.choices.map((c: { title: string }) => c.title),
          values: item.choices.map((c: { value: string }) => c.value),
          value: item.value ?? '',
        };
      if (item.items) walk(item.items);
      if (item.columns) walk(item.columns);
    }
  };
  walk(card.body);
  return found;
}

/** "@bot <command>", then the card's Preview pressed with `inputs` (and the card's own data). */
async function previewFromCard(
  command: 'add' | 'modify' | 'adicionar',
  entries: string,
  role: string,
  choose: (card: Record<string, any>) => Record<string, string> = () => ({}),
  who = 'alice',
): Promise<{ thread: string; preview: PostedMessage }> {
  const asked = await h.say(who, command);
  const [card] = await h.waitForReply(asked.id);
  const content = cardOf(card)!;
  const sets = choiceSets(content);
  const preselected = Object.fromEntries(Object.entries(sets).map(([id, set]) => [id, set.value]));
  await h.submit(who, card!, {
    ...content.actions[0].data,
    ...preselected,
    mode: 'emails',
    entries,
    role,
    welcome: 'false',
    ...choose(content),
  });
  const replies = await h.waitForReplies(asked.id, (r) => r.length >= 2);
  return { thread: asked.id, preview: replies[1]! };
}

describe('the organisation defaults (template)', () => {
  it('shows each default with where it comes from, and reports one the Contact Center no longer has', async () => {
    const shown = await ask('template');
    expect(shown).toContain("**Site**: Sao Paulo (set in the bot's settings by whoever runs it)");
    // The configuration variable is for whoever runs the bot (the docs name it), not for the space.
    expect(shown).not.toContain('AGENT_DEFAULT');
    expect(shown).toContain(
      '**Desktop profile**: "Padrão antigo" (no longer in the Contact Center, so it isn\'t applied) (set in the bot\'s settings by whoever runs it)',
    );
    expect(shown).toContain('**Teams**: none (not set)');
    expect(shown).toContain('`template clear teams`');
  });

  it('refuses a typo with the closest names, and a capacity-based team, changing nothing', async () => {
    const typo = await ask('template teams Vendsa; Suporte');
    expect(typo).toContain('Nothing was changed');
    expect(typo).toContain('Team "Vendsa" is not in the Contact Center; the closest names there: "Vendas"');
    const far = await ask('template site Atlantis');
    expect(far).toContain('Site "Atlantis" is not in the Contact Center, and no name there is close to it');
    const capacity = await ask('template teams Correio de voz');
    expect(capacity).toContain('Nothing was changed: Correio de voz is a capacity-based team');
    expect(await ask('template')).toContain('**Teams**: none');
  });

  it('sets defaults by name in any case, in English or Portuguese words, and clears them', async () => {
    expect(await ask('template teams vendas | SUPORTE')).toContain(
      'The default teams are now Vendas and Suporte. Users new to the Contact Center get them',
    );
    expect(await ask('template desktop profile padrão')).toContain('The default desktop profile is now Padrao.');
    expect(await ask('modelo perfil multimídia Voz e chat')).toContain(
      'The default multimedia profile is now Voz e chat.',
    );
    const shown = await ask('template');
    expect(shown).toContain('**Teams**: Vendas and Suporte (set with `template` by alice.admin@acme.example.com on ');
    expect(shown).toContain('**Desktop profile**: Padrao (set with `template` by alice.admin@acme.example.com');
    expect(await ask('template clear site')).toContain('There is no default site any more');
    expect(await ask('template')).toContain(
      '**Site**: none (removed with `template` by alice.admin@acme.example.com on ',
    );
    expect(await ask('template')).toContain("so the one in the bot's settings (São Paulo) isn't used)");
    // Back to a default site for the tests below.
    expect(await ask('template site são paulo')).toContain('The default site is now Sao Paulo.');
    expect(await ask('template clear multimedia profile')).toContain('There is no default multimedia profile any more');
  });

  it('answers in Portuguese with the Portuguese syntax', async () => {
    await ask('idioma pt-BR', 'bruno');
    try {
      expect(await ask('modelo equipes Vendsa', 'bruno')).toContain(
        'Equipe "Vendsa" não existe no Contact Center; os nomes mais parecidos de lá: "Vendas"',
      );
      expect(await ask('modelo', 'bruno')).toContain('`modelo limpar equipes`');
    } finally {
      await ask('language en', 'bruno');
    }
  });
});

describe('the Add Users card', () => {
  it('offers sites, agent teams and profiles by name, with the defaults preselected on add and "leave as is" on modify', async () => {
    const asked = await h.say('alice', 'add');
    const [card] = await h.waitForReply(asked.id);
    const content = cardOf(card)!;
    expect(cardProblems(content)).toEqual([]);
    const sets = choiceSets(content);
    expect(sets.site!.titles).toEqual(['Sao Paulo (default)', 'Lisboa']);
    expect(sets.site!.value).toBe(idOf('sites', 'Sao Paulo'));
    expect(sets.teams!.titles).toEqual(['Vendas (default)', 'Suporte (default)', 'Atendimento']);
    expect(sets.teams!.value).toBe([idOf('teams', 'Vendas'), idOf('teams', 'Suporte')].join(','));
    expect(sets.desktopProfile!.titles).toEqual(['Padrao (default)', 'Supervisores']);
    expect(sets.multimediaProfile!.titles).toEqual(['No default set', 'Voz e chat']);
    // Names are shown, ids are not; a capacity-based team is not offered.
    expect(JSON.stringify(sets).includes('Correio de voz')).toBe(false);
    expect(sets.site!.titles.join()).not.toContain(idOf('sites', 'Sao Paulo'));

    const modify = await h.say('alice', 'modify');
    const [modifyCard] = await h.waitForReply(modify.id);
    const modifySets = choiceSets(cardOf(modifyCard)!);
    expect(modifySets.site!.titles[0]).toBe('Leave as is');
    expect(modifySets.site!.value).toBe('keep');
    expect(modifySets.teams!.value).toBe('');
  });

  it('plans new users with the choices and the defaults for what was left as preselected', async () => {
    const { preview } = await previewFromCard('add', 'nico.new@acme.example.com', 'standard', () => ({
      teams: idOf('teams', 'Atendimento'),
      site: idOf('sites', 'Lisboa'),
    }));
    expect(isPreview(preview)).toBe(true);
    expect(cardText(preview)).toContain(
      'nico.new@acme.example.com: Standard Agent; Contact Center: site Lisboa · teams Atendimento · desktop profile Padrao (default)',
    );
    expect(cardText(preview)).toContain('Marked (default)');
    const [user] = await records(jobIdOf(preview));
    expect(user!.agent).toEqual({
      site: { id: idOf('sites', 'Lisboa'), name: 'Lisboa' },
      teams: [{ id: idOf('teams', 'Atendimento'), name: 'Atendimento' }],
      desktopProfile: { id: idOf('desktopProfiles', 'Padrao'), name: 'Padrao' },
    });
    expect(user!.agentFromDefaults).toEqual(['desktopProfile']);
  });

  it('plans only what differs for a user already in the Contact Center, which alone makes no Control Hub write', async () => {
    expect(ccSettings(DANA)).toEqual({ site: 'Sao Paulo', teams: ['Vendas'], desktopProfile: 'Padrao' });
    const { thread, preview } = await previewFromCard('modify', DANA, 'standard', () => ({
      teams: idOf('teams', 'Suporte'),
      site: idOf('sites', 'Sao Paulo'),
    }));
    const text = cardText(preview);
    expect(text).toContain('0 to add, 1 to change, 0 unchanged');
    expect(text).toContain(`${DANA}: Standard Agent; Contact Center: teams Suporte (now Vendas)`);
    const jobId = jobIdOf(preview);
    const [dana] = await records(jobId);
    expect(dana).toMatchObject({ action: 'update', agent: { teams: [{ name: 'Suporte' }] } });
    expect(dana!.agent!.site).toBeUndefined();

    const before = h.writesFor(DANA);
    await h.submit('alice', preview, { action: 'job.confirm', jobId });
    await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 30_000);
    expect(h.writesFor(DANA)).toEqual(before);
    // The Contact Center now holds the new team; the rest is as it was.
    expect(ccSettings(DANA)).toEqual({ site: 'Sao Paulo', teams: ['Suporte'], desktopProfile: 'Padrao' });
    expect(await h.app.store.syncTargets(jobId)).toMatchObject([
      { email: DANA, tier: 'standard', agent: { teams: [{ id: idOf('teams', 'Suporte'), name: 'Suporte' }] } },
    ]);
  });

  it('shows a Premium Agent meant as supervisor as such, in both languages', async () => {
    const { preview } = await previewFromCard('add', 'sol.sup@acme.example.com', 'supervisor');
    expect(cardText(preview)).toContain('sol.sup@acme.example.com: Premium Agent (Supervisor); Contact Center:');
    await ask('idioma pt-BR', 'bruno');
    try {
      const pt = await previewFromCard('adicionar', 'sol.sup@acme.example.com', 'supervisor', undefined, 'bruno');
      expect(cardText(pt.preview)).toContain('sol.sup@acme.example.com: Agente Premium (Supervisor); Contact Center:');
    } finally {
      await ask('language en', 'bruno');
    }
  });

  it('warns of a capacity-based team and of a team of another site, without blocking', async () => {
    // The card does not offer a capacity-based team; a file can name one.
    const { preview } = await previewFromCard('modify', DANA, 'standard', () => ({
      teams: idOf('teams', 'Atendimento'),
    }));
    expect(cardText(preview)).toContain(
      'Team \\"Atendimento\\" belongs to site Lisboa, not to Sao Paulo, the site of 1 user (dana.agent@acme.example.com). Nothing says the Contact Center refuses this',
    );
    expect(cardOf(preview)!.actions.map((a: { title: string }) => a.title)).toContain('Confirm: change 1 user');
  });
});

describe('CSV files', () => {
  const HEADER = 'User ID/Email (Required),Contact center Standard Agent,Site,Teams,Desktop Profile';

  async function upload(name: string, lines: string[]): Promise<PostedMessage[]> {
    const posted = await h.upload('alice', name, Buffer.from([HEADER, ...lines].join('\r\n')));
    return h.waitForReplies(posted.id, (r) => r.length >= 1);
  }

  async function preview(name: string, text: string): Promise<PostedMessage> {
    const posted = await h.upload('alice', name, Buffer.from(text));
    const [modeCard] = await h.waitForReplies(posted.id, (r) => r.length >= 1);
    expect(isModeCard(modeCard!), modeCard!.markdown).toBe(true);
    const action = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find(
      (a) => a.data.mode === 'add-remove',
    )!;
    await h.submit('alice', modeCard!, action.data);
    const replies = await h.waitForReplies(posted.id, (r) => r.some(isPreview));
    return replies.find(isPreview)!;
  }

  it('refuses unknown names before anything is written, with the row and the closest names', async () => {
    const since = h.fx.sandbox.exchanges.length;
    const [reply] = await upload('typos.csv', [
      // Written with accents, as a Brazilian administrator would: the Contact Center's "Sao Paulo" and "Padrao".
      'olga.csv@acme.example.com,TRUE,São Paulo,Vendas,Padrão',
      'pia.csv@acme.example.com,TRUE,São Paolo,Vendsa; Suporte,Padro',
      'quim.csv@acme.example.com,TRUE,,Planeta X,',
      'not-an-address,TRUE,,,',
    ]);
    const text = reply!.markdown!;
    // Every problem at once: the names are checked whatever else is wrong with the file.
    expect(text).toContain('typos.csv was not imported: 5 problems to fix first.');
    expect(text).not.toContain('Row 2');
    expect(text).toContain('Row 5: "not-an-address" is not a valid email address.');
    expect(text).toContain(
      'Row 3: Site "São Paolo" is not in the Contact Center; the closest names there: "Sao Paulo".',
    );
    expect(text).toContain('Row 3: Team "Vendsa" is not in the Contact Center; the closest names there: "Vendas".');
    expect(text).toContain(
      'Row 3: Desktop profile "Padro" is not in the Contact Center; the closest names there: "Padrao"',
    );
    expect(text).toContain('Row 4: Team "Planeta X" is not in the Contact Center, and no name there is close to it.');
    expect(writesSince(since)).toEqual([]);
    expect(h.personState('olga.csv@acme.example.com')).toBeUndefined();
  });

  it('reads the columns for new and existing users, a blank cell leaving a setting as it is', async () => {
    const card = await preview(
      'settings.csv',
      [
        HEADER,
        'rui.csv@acme.example.com,TRUE,Lisboa,Atendimento,',
        'eli.agent@acme.example.com,TRUE,,vendas | suporte,',
        'fatima.premium@acme.example.com,,,Correio de voz,',
      ].join('\r\n'),
    );
    const text = cardText(card);
    expect(text).toContain(
      'rui.csv@acme.example.com: Standard Agent; Contact Center: site Lisboa · teams Atendimento · desktop profile Padrao (default)',
    );
    expect(text).toContain(
      'eli.agent@acme.example.com: Standard Agent; Contact Center: teams Vendas and Suporte (now Vendas)',
    );
    expect(text).toContain('Team \\"Correio de voz\\" is capacity-based, and the Contact Center does not take agents');
    const planned = await records(jobIdOf(card));
    expect(planned.map((r) => [r.email, r.action, Object.keys(r.agent ?? {})])).toEqual([
      ['rui.csv@acme.example.com', 'create', ['site', 'teams', 'desktopProfile']],
      ['eli.agent@acme.example.com', 'update', ['teams']],
      ['fatima.premium@acme.example.com', 'update', ['teams']],
    ]);
  });

  it('exports the settings by name, and an unchanged export re-imported writes nothing', async () => {
    const asked = await h.say('alice', 'export');
    const [reply] = await h.waitForReply(asked.id);
    const csv = (await h.download('alice', reply!.files![0]!)).text;
    const lines = csv.trim().split('\r\n');
    expect(lines[0]).toMatch(/,Contact Center Role,Site,Teams,Desktop Profile,Multimedia Profile,Skill Profile$/);
    // Dana was moved to Suporte above.
    expect(lines).toContain(
      `${DANA},Dana,Reyes,Dana Reyes,+1 408 555 0101,TRUE,FALSE,Agent,Sao Paulo,Suporte,Padrao,,`,
    );
    expect(lines.find((l) => l.startsWith('gus.'))).toMatch(/,FALSE,FALSE,,,,,,$/);

    const since = h.fx.sandbox.exchanges.length;
    const card = await preview('users.csv', csv);
    expect(cardText(card)).toContain('0 to add, 0 to change (0 removals)');
    expect(cardOf(card)!.actions.map((a: { title: string }) => a.title)).toEqual(['Cancel']);
    expect(writesSince(since)).toEqual([]);
  });

  it('says when the Contact Center cannot be read, and plans no settings rather than guessing', async () => {
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 503,
      pathPattern: '^GET /cc/organization/[^/]+/v2/site',
    });
    try {
      const card = await preview(
        'unread.csv',
        [HEADER, 'sara.csv@acme.example.com,TRUE,Lisboa,Atendimento,'].join('\r\n'),
      );
      const text = cardText(card);
      expect(text).toContain('The Contact Center could not be read');
      expect(text).toContain('so its settings cannot be checked: this job sets no site, team or profile');
      expect((await records(jobIdOf(card)))[0]!.agent).toBeUndefined();
    } finally {
      await h.fx.call(null, 'PUT', '/sandbox/faults', { errorRate: 0, pathPattern: '' });
    }
  });
});
