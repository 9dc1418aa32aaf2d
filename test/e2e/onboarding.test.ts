import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import { cardOf, cardText, isPreview, isSummary, jobIdOf, summaryCounts } from '../support/users-flow.js';

/**
 * Contact Center onboarding end to end, with the sandbox as Webex is: synchronised agents arrive
 * disabled with no site, team or desktop profile, and the bot ends with agents who can log in, or says
 * exactly what is still to do. The harness's bot has the seed's Sao Paulo / Vendas / Padrao as defaults.
 */
const h = new BotHarness();
beforeAll(async () => {
  await h.start();
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 100 });
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: 100 });
}, 60_000);
afterAll(() => h.stop());

type Kind = 'sites' | 'teams' | 'desktopProfiles';

function idOf(kind: Kind, name: string): string {
  return [...h.fx.sandbox.state.contactCenter.catalogue[kind].values()].find((i) => i.name === name)!.id;
}

/** What the sandbox's Contact Center holds for a person, by name. */
function agent(email: string) {
  const s = h.fx.sandbox.state;
  const person = s.findPersonByEmail(email);
  const user = person ? s.contactCenter.userByCiId(person.uuid) : undefined;
  if (!user) return undefined;
  const name = (kind: Kind, id: string | undefined) => (id ? s.contactCenter.catalogue[kind].get(id)?.name : undefined);
  return {
    enabled: user.contactCenterEnabled,
    site: name('sites', user.siteId),
    teams: (user.teamIds ?? []).map((id) => name('teams', id)),
    desktopProfile: name('desktopProfiles', user.agentProfileId),
  };
}

/** Alerts are posted top level in the admin space. */
async function alerts(): Promise<PostedMessage[]> {
  const res = await h.fx.call<{ items: PostedMessage[] }>('alice', 'GET', `/messages?roomId=${h.adminSpace}&max=200`);
  return res.body.items.filter(
    (m) =>
      m.personId === h.fx.seed.bot.id &&
      !m.parentId &&
      String(cardOf(m)?.body?.[0]?.text ?? '').endsWith('Invalid in the Contact Center'),
  );
}

/** A card's button by its action, and the data it sends. */
function button(m: PostedMessage | undefined, action: string): Record<string, string> | undefined {
  return (cardOf(m)?.actions as { data?: Record<string, string> }[] | undefined)?.find((a) => a.data?.action === action)
    ?.data;
}

/** "add", the card filled in as an administrator does, Preview, then Confirm; returns the thread. */
async function addByCard(entries: string, role: string, choices: Record<string, string>) {
  const asked = await h.say('alice', 'add');
  const [card] = await h.waitForReply(asked.id);
  await h.submit('alice', card!, {
    ...cardOf(card)!.actions[0].data,
    mode: 'emails',
    entries,
    role,
    welcome: 'false',
    ...choices,
  });
  const replies = await h.waitForReplies(asked.id, (r) => r.some(isPreview));
  const preview = replies.find(isPreview)!;
  await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
  const done = await h.waitForReplies(asked.id, (r) => r.some(isSummary), undefined, 30_000);
  return { thread: asked.id, preview, summary: cardText(done.find(isSummary)!) };
}

/** Uploads a CSV, picks "Add services only", and returns the thread and its first answers. */
async function importFile(name: string, csv: string) {
  const posted = await h.upload('alice', name, Buffer.from(csv));
  const [first] = await h.waitForReplies(posted.id, (r) => r.length >= 1);
  const mode = (cardOf(first)?.actions as { data: Record<string, string> }[] | undefined)?.find(
    (a) => a.data.mode === 'add',
  );
  return { thread: posted.id, first: first!, mode };
}

async function confirmImport(name: string, csv: string) {
  const { thread, first, mode } = await importFile(name, csv);
  expect(mode, first.markdown).toBeDefined();
  await h.submit('alice', first, mode!.data);
  const replies = await h.waitForReplies(thread, (r) => r.some(isPreview));
  const preview = replies.find(isPreview)!;
  await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
  const done = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 30_000);
  return { thread, preview, summary: cardText(done.find(isSummary)!) };
}

const HEADER = 'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent,Site,Teams,Desktop Profile';

describe('onboarding agents who can log in', () => {
  it('ends 5 Standard agents added by card with a site, a team and a desktop profile ready, with no alert', async () => {
    const emails = [1, 2, 3, 4, 5].map((i) => `card.agent${i}@acme.example.com`);
    const alertsBefore = (await alerts()).length;
    const { summary } = await addByCard(emails.join(', '), 'standard', {
      site: idOf('sites', 'Lisboa'),
      teams: idOf('teams', 'Atendimento'),
      desktopProfile: idOf('desktopProfiles', 'Supervisores'),
    });
    expect(summary).toContain('Contact Center: 5 ready');
    for (const email of emails)
      expect(agent(email)).toEqual({
        enabled: true,
        site: 'Lisboa',
        teams: ['Atendimento'],
        desktopProfile: 'Supervisores',
      });
    expect((await alerts()).length).toBe(alertsBefore);
  });

  it('does the same from a CSV with Site, Teams and Desktop Profile columns', async () => {
    const rows = [1, 2, 3].map(
      (i) => `csv.agent${i}@acme.example.com,Csv,Agent ${i},TRUE,Lisboa,Atendimento; Vendas,Padrao`,
    );
    const alertsBefore = (await alerts()).length;
    const { summary } = await confirmImport('agents.csv', [HEADER, ...rows].join('\r\n'));
    expect(summary).toContain('Contact Center: 3 ready');
    for (const i of [1, 2, 3])
      expect(agent(`csv.agent${i}@acme.example.com`)).toEqual({
        enabled: true,
        site: 'Lisboa',
        teams: ['Atendimento', 'Vendas'],
        desktopProfile: 'Padrao',
      });
    expect((await alerts()).length).toBe(alertsBefore);
  });

  it('counts a user whose file changes only the Contact Center settings as updated, and says what changed', async () => {
    // Dana is a Standard Agent in Sao Paulo / Vendas: Control Hub has nothing to change, the Contact Center has.
    const email = 'dana.agent@acme.example.com';
    const { thread, preview } = await importFile(
      'dana.csv',
      [HEADER, `${email},Dana,Reyes,TRUE,Lisboa,Atendimento,Padrao`].join('\r\n'),
    ).then(async ({ thread, first, mode }) => {
      await h.submit('alice', first, mode!.data);
      const replies = await h.waitForReplies(thread, (r) => r.some(isPreview));
      return { thread, preview: replies.find(isPreview)! };
    });
    expect(cardText(preview)).toContain('0 to add, 1 to change');
    await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
    const done = await h.waitForReplies(
      thread,
      (r) => r.some(isSummary) && r.some((m) => /^Results of job/.test(m.markdown ?? '')),
      undefined,
      30_000,
    );
    const summary = done.find(isSummary)!;
    expect(summaryCounts(summary)).toMatchObject({ updated: 1, unchanged: 0 });
    expect(cardText(summary)).toContain(`${email}: Standard Agent; Contact Center: site Lisboa`);
    const progress = done.find((m) => /^(Working on|Finished) job/.test(m.markdown ?? ''))!;
    await eventually(async () => {
      const read = await h.fx.call<{ markdown?: string }>('alice', 'GET', `/messages/${progress.id}`);
      return /^Finished job .*\(1 updated\)/.test(read.body.markdown ?? '') ? true : undefined;
    });
    const results = done.find((m) => /^Results of job/.test(m.markdown ?? ''))!;
    const row = (await h.download('alice', results.files![0]!)).text.split('\r\n').find((l) => l.includes(email))!;
    expect(row).toContain(',update,updated,');
    expect(row).toContain('site Lisboa');
    await eventually(async () => (agent(email)?.site === 'Lisboa' ? true : undefined), { timeoutMs: 20_000 });
  });

  it('refuses a file naming an unknown team before anything is written, with the row and the closest names', async () => {
    const since = h.fx.sandbox.exchanges.length;
    const { first } = await importFile(
      'typo.csv',
      [HEADER, 'typo.agent@acme.example.com,Typo,Agent,TRUE,Lisboa,Atendimeto,Padrao'].join('\r\n'),
    );
    expect(first.markdown).toContain(
      'Row 2: Team "Atendimeto" is not in the Contact Center; the closest names there: "Atendimento".',
    );
    expect(h.writeCallsSince(since)).toEqual([]);
    expect(h.fx.sandbox.state.findPersonByEmail('typo.agent@acme.example.com')).toBeUndefined();
  });

  it('reports a capacity-based team as settings to give, not as a fault, and applies the defaults on request', async () => {
    const email = 'voicemail.agent@acme.example.com';
    const alertsBefore = (await alerts()).length;
    const { thread, preview, summary } = await confirmImport(
      'capacity.csv',
      [HEADER, `${email},Voice,Mail,TRUE,Sao Paulo,Correio de voz,Padrao`].join('\r\n'),
    );
    expect(cardText(preview)).toContain('capacity-based');
    expect(summary).toContain('1 needs settings');
    expect(agent(email)?.enabled).toBe(false);
    const replies = await h.waitForReplies(thread, (r) => r.some((m) => button(m, 'sync.applyDefaults')));
    const todo = replies.find((m) => button(m, 'sync.applyDefaults'))!;
    expect(cardText(todo)).toContain(email);
    expect((await alerts()).length).toBe(alertsBefore);
    // "Apply the defaults": the harness's defaults (Sao Paulo, Vendas, Padrao) give the team it lacks.
    await h.submit('alice', todo, button(todo, 'sync.applyDefaults')!);
    await eventually(async () => (agent(email)?.enabled ? true : undefined), { timeoutMs: 20_000 });
    expect(agent(email)).toEqual({ enabled: true, site: 'Sao Paulo', teams: ['Vendas'], desktopProfile: 'Padrao' });
    // The thread says so once the settings were read back.
    const after = await h.waitForReplies(thread, (r) =>
      r.some((m) => m.markdown?.startsWith('**Contact Center check of job')),
    );
    expect(after.find((m) => m.markdown?.startsWith('**Contact Center check of job'))!.markdown).toMatch(
      /finished\*\*: 1 ready \(of 1 user\)\./,
    );
    expect((await alerts()).length).toBe(alertsBefore);
  });

  it('asks for the Supervisor role in Control Hub, and verifies it once the step is done', async () => {
    const email = 'sofia.super@acme.example.com';
    const { thread, preview, summary } = await addByCard(email, 'supervisor', {});
    expect(cardText(preview)).toContain('Premium Agent (Supervisor)');
    expect(summary).toContain('Premium Agent (Supervisor)');
    const replies = await h.waitForReplies(thread, (r) => r.some((m) => button(m, 'sync.supervisorDone')));
    const step = replies.find((m) => button(m, 'sync.supervisorDone'))!;
    expect(cardText(step)).toContain(email);
    expect(cardText(step)).toContain('Premium Agent - Supervisor');
    expect(h.ccProfileOf(email)).toBe('PREMIUM_AGENT');
    // The administrator gives the role in Control Hub (the sandbox plays that step), then presses Done.
    const played = await h.fx.call(null, 'POST', '/sandbox/control-hub/supervisor', { email, supervisor: true });
    expect(played.status).toBe(200);
    await h.submit('alice', step, button(step, 'sync.supervisorDone')!);
    await h.waitForReplies(thread, (r) => r.some((m) => /confirmed in the Contact Center/.test(m.markdown ?? '')));
    expect(h.ccProfileOf(email)).toBe('SUPERVISOR');
    // The bot never wrote a profile type through the Contact Center API.
    const profileWrites = h.fx.sandbox.exchanges.filter(
      (e) =>
        e.api === 'contact-center' &&
        e.method !== 'GET' &&
        JSON.stringify(e.requestBody ?? '').includes('userProfileId'),
    );
    expect(profileWrites).toEqual([]);
  });

  it('raises no alert for the organisation administrators in `sync all`', async () => {
    const alertsBefore = (await alerts()).length;
    const asked = await h.say('alice', 'sync all');
    const replies = await h.waitForReplies(
      asked.id,
      (r) => r.some((m) => /Check ended|Contact Center: /.test(m.markdown ?? '')),
      undefined,
      30_000,
    );
    const text = replies.map((m) => m.markdown ?? '').join('\n');
    expect(text).not.toMatch(/\d+ invalid/);
    expect((await alerts()).length).toBe(alertsBefore);
  });
});
