import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PostedMessage } from '../support/bot-harness.js';
import { PartnerHarness } from '../support/partner-harness.js';
import { eventually } from '../support/receiver.js';
import { cardOf, cardText, isSummary, summaryCounts } from '../support/users-flow.js';

/**
 * One bot, two customer organizations (issue 19): Acme and Globex of the sandbox, each with its own
 * Service App, space and Contact Center, and the partner's space shared by both.
 */
const h = new PartnerHarness();
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

const HEADER =
  'User ID/Email (Required),First Name,Last Name,Display Name,Phone Number,Contact center Standard Agent,Contact Center Premium Agent';
const csvOf = (emails: string[]) =>
  Buffer.from(
    `${HEADER}\r\n${emails.map((e, i) => `${e},New,Agent ${i + 1},New Agent ${i + 1},,TRUE,FALSE`).join('\r\n')}\r\n`,
  );
const isModeCard = (m: PostedMessage) =>
  ((cardOf(m)?.actions ?? []) as { data?: { action?: string } }[]).some((a) => a.data?.action === 'import.mode');
const isPreview = (m: PostedMessage) =>
  ((cardOf(m)?.actions ?? []) as { data?: { action?: string } }[]).some((a) => a.data?.action === 'job.confirm');

/** Uploads a file in a space as `who`, chooses "Add services only", confirms, and waits for the summary. */
async function importIn(who: string, roomId: string, filename: string, data: Buffer): Promise<PostedMessage> {
  const upload = await h.upload(who, filename, data, { roomId });
  const [mode] = await h.waitForReplies(upload.id, (r) => r.some(isModeCard), roomId);
  await h.press(who, mode!, 'import.mode', {}, (d) => d.mode === 'add');
  const withPreview = await h.waitForReplies(upload.id, (r) => r.some(isPreview), roomId, 30_000);
  await h.press(who, withPreview.find(isPreview)!, 'job.confirm');
  const done = await h.waitForReplies(upload.id, (r) => r.some(isSummary), roomId, 60_000);
  return done.find(isSummary)!;
}

/** The person with this address as an organization's Service App sees it (undefined: not in its org). */
async function personAs(app: string, email: string): Promise<{ orgId: string; licenses: string[] } | undefined> {
  const res = await h.fx.call<{ items: { orgId: string; licenses: string[] }[] }>(
    app,
    'GET',
    `/people?email=${encodeURIComponent(email)}`,
  );
  return res.body.items[0];
}

/** "@bot <text>" in a space, and the bot's replies once there are `count`. */
async function ask(who: string, text: string, roomId: string, count = 1): Promise<PostedMessage[]> {
  const asked = await h.say(who, text, { roomId });
  return h.waitForReplies(asked.id, (r) => r.length >= count, roomId);
}

describe('one bot for two customer organizations', () => {
  it('runs an import in each at the same time, each ending with its own users and nothing in the other', async () => {
    const acmeNew = ['nova.one@acme.example.com', 'nova.two@acme.example.com'];
    const globexNew = ['gale.one@globex.example.com', 'gale.two@globex.example.com', 'gale.three@globex.example.com'];
    const [acmeSummary, globexSummary] = await Promise.all([
      importIn('alice', h.adminSpace, 'acme.csv', csvOf(acmeNew)),
      importIn('gina', h.globexSpace, 'globex.csv', csvOf(globexNew)),
    ]);
    expect(summaryCounts(acmeSummary)).toMatchObject({ created: 2, failed: 0 });
    expect(summaryCounts(globexSummary)).toMatchObject({ created: 3, failed: 0 });
    // Each ready in its own Contact Center, with its own organization's agent defaults.
    expect(cardText(acmeSummary)).toContain('Contact Center: 2 ready');
    expect(cardText(acmeSummary)).toContain('site Sao Paulo');
    expect(cardText(globexSummary)).toContain('Contact Center: 3 ready');
    expect(cardText(globexSummary)).toContain('site Porto');
    expect(cardText(globexSummary)).not.toContain('Sao Paulo');

    const acme = h.fx.org('acme');
    const globex = h.fx.org('globex');
    for (const email of acmeNew) {
      expect((await personAs('serviceApp', email))?.orgId).toBe(acme.orgId);
      expect(await personAs('globexApp', email)).toBeUndefined();
    }
    for (const email of globexNew) {
      expect((await personAs('globexApp', email))?.orgId).toBe(globex.orgId);
      expect(await personAs('serviceApp', email)).toBeUndefined();
    }
    // Each organization's seats paid for its own users.
    const standard = (key: string) => h.fx.org(key).licenses.find((l) => l.offer === 'CJPSTD')!;
    const fresh = await h.fx.call<{
      organizations: { key: string; licenses: { offer: string; consumedUnits: number }[] }[];
    }>(null, 'GET', '/sandbox/seed');
    const used = (key: string) =>
      fresh.body.organizations.find((o) => o.key === key)!.licenses.find((l) => l.offer === 'CJPSTD')!.consumedUnits;
    expect(used('acme')).toBe(standard('acme').consumedUnits + 2);
    expect(used('globex')).toBe(standard('globex').consumedUnits + 3);

    // Each space's job list shows its own job only.
    const [acmeTasks] = await ask('alice', 'tasks', h.adminSpace);
    const [globexTasks] = await ask('gina', 'tasks', h.globexSpace);
    expect(acmeTasks!.markdown).toContain('acme.csv');
    expect(acmeTasks!.markdown).not.toContain('globex.csv');
    expect(globexTasks!.markdown).toContain('globex.csv');
    expect(globexTasks!.markdown).not.toContain('acme.csv');
  }, 120_000);

  it("asks the customer in the partner's space, and runs the command once it is named or chosen", async () => {
    const [choice] = await ask('pat', 'licenses', h.partnerSpace);
    const choices = (cardOf(choice)!.body as { type: string; choices?: { title: string; value: string }[] }[]).find(
      (b) => b.type === 'Input.ChoiceSet',
    )!.choices!;
    expect(choices).toEqual([
      { title: 'Acme Contact Center', value: 'acme' },
      { title: 'Globex Service Desk', value: 'globex' },
    ]);
    expect(choice!.markdown).toContain('licenses @acme');
    // Nothing is chosen for the reader: Continue without a choice runs nothing.
    const choiceSet = (cardOf(choice)!.body as Record<string, unknown>[]).find((b) => b.type === 'Input.ChoiceSet')!;
    expect(choiceSet.value).toBeUndefined();
    await h.press('pat', choice!, 'orgs.choose');
    const unchosen = await h.waitForReplies(choice!.parentId!, (r) => r.length >= 2, h.partnerSpace);
    expect(unchosen[1]!.markdown).toContain('Choose an organization on the card first');

    await h.press('pat', choice!, 'orgs.choose', { org: 'globex' });
    const chosen = await h.waitForReplies(choice!.parentId!, (r) => r.length >= 3, h.partnerSpace);
    // Globex has 10 Standard Agent seats, Acme 20; in the shared space each answer is headed with its customer.
    expect(cardText(chosen[2])).toMatch(/free of 10 \(/);
    expect(cardOf(chosen[2])!.body[0].text).toBe('Globex Service Desk');

    const [named] = await ask('pat', 'licenses @acme', h.partnerSpace);
    expect(cardText(named)).toMatch(/free of 20 \(/);
    expect(cardOf(named)!.body[0].text).toBe('Acme Contact Center');

    const [both] = await ask('pat', 'licenses @acme @globex', h.partnerSpace);
    expect(both!.markdown).toContain('Name one organization at a time');

    const [exported] = await ask('pat', 'export globex', h.partnerSpace);
    expect(exported!.markdown).toMatch(/^\*\*Globex Service Desk\*\*\r?\n\r?\n/);
    expect(exported!.files).toHaveLength(1);
    expect((await h.download('pat', exported!.files![0]!)).filename).toMatch(/^globex-users-/);
    const file = (await h.download('pat', exported!.files![0]!)).text;
    expect(file).toContain('gil.agent@globex.example.com');
    expect(file).not.toContain('@acme.example.com');

    const [unknown] = await ask('pat', 'licenses @initech', h.partnerSpace);
    expect(unknown!.markdown).toContain('doesn\'t act for "initech"');

    const [orgs] = await ask('pat', 'orgs', h.partnerSpace);
    expect(orgs!.markdown).toContain('**Acme Contact Center**');
    expect(orgs!.markdown).toContain('**Globex Service Desk**');
    expect(orgs!.markdown).toContain('Admin credential: working');

    // Help says how a shared space works, and its Add users button asks for the customer too.
    const [help] = await ask('pat', 'help', h.partnerSpace);
    expect(cardText(help)).toContain(
      'This space acts for Acme Contact Center (@acme) and Globex Service Desk (@globex)',
    );
    await h.press('pat', help!, 'users.card');
    const asked = await h.waitForReplies(help!.parentId!, (r) => r.length >= 2, h.partnerSpace);
    expect(cardText(asked[1])).toContain('Which organization?');

    // Quinn, a partner member listed for no customer, is told how to be let in.
    const [quinn] = await ask('quinn', 'orgs', h.partnerSpace);
    expect(quinn!.markdown).toContain("listed for them in the bot's organizations file");
  }, 60_000);

  it("refuses a customer's administrator in the other customer's space, and in the partner's for the other", async () => {
    // Gina (Globex's Full Administrator) joins Acme's admin space and the partner's space.
    const gina = h.fx.org('globex').people.find((p) => p.key === 'gina')!;
    await h.fx.call('alice', 'POST', '/memberships', { roomId: h.adminSpace, personId: gina.id });
    await h.fx.call('pat', 'POST', '/memberships', { roomId: h.partnerSpace, personId: gina.id });

    const [inAcme] = await ask('gina', 'licenses', h.adminSpace);
    expect(inAcme!.markdown).toContain('only Control Hub administrators of this organization');

    const [forAcme] = await ask('gina', 'licenses @acme', h.partnerSpace);
    expect(forAcme!.markdown).toContain('you may not act for Acme Contact Center');

    // She may act for Globex alone: a command naming no customer is hers, and `orgs` shows hers only.
    const [card] = await ask('gina', 'add', h.partnerSpace);
    expect(cardOf(card)!.body[0].text).toBe('Globex Service Desk');
    expect(cardText(card)).not.toContain('Acme Contact Center');
    const [orgs] = await ask('gina', 'orgs', h.partnerSpace);
    expect(orgs!.markdown).toContain('Globex Service Desk');
    expect(orgs!.markdown).not.toContain('Acme');

    // In her own space, naming the other customer is refused, not quietly answered for hers.
    const [exportAcme] = await ask('gina', 'export acme', h.globexSpace);
    expect(exportAcme!.markdown).toContain('doesn\'t act for "acme": it acts for Globex Service Desk (@globex) only');
    expect(exportAcme!.files ?? []).toEqual([]);

    // A card of Acme's pressed by her is refused too: the card names Acme, and she is checked against it.
    const [acmeCard] = await ask('pat', 'add @acme', h.partnerSpace);
    await h.press('gina', acmeCard!, 'users.preview', {
      mode: 'emails',
      entries: 'x.y@acme.example.com',
      role: 'agent',
      welcome: 'false',
    });
    const after = await h.waitForReplies(acmeCard!.parentId!, (r) => r.length >= 2, h.partnerSpace);
    expect(after[1]!.markdown).toContain('you may not act for Acme Contact Center');
  }, 60_000);
});

describe("a file in the partner's space", () => {
  it('is imported for the customer the message names, or the one chosen on the card', async () => {
    const named = await h.upload('pat', 'named.csv', csvOf(['pia.named@globex.example.com']), {
      roomId: h.partnerSpace,
      text: 'import @globex',
    });
    const [mode] = await h.waitForReplies(named.id, (r) => r.some(isModeCard), h.partnerSpace);
    expect(cardOf(mode)!.actions[0].data.org).toBe('globex');

    const unnamed = await h.upload('pat', 'unnamed.csv', csvOf(['pia.chosen@acme.example.com']), {
      roomId: h.partnerSpace,
    });
    const [choice] = await h.waitForReplies(unnamed.id, (r) => r.length >= 1, h.partnerSpace);
    expect(cardText(choice)).toContain('Which organization?');
    await h.press('pat', choice!, 'orgs.choose', { org: 'acme' });
    const replies = await h.waitForReplies(unnamed.id, (r) => r.some(isModeCard), h.partnerSpace);
    const acmeMode = replies.find(isModeCard)!;
    expect(cardOf(acmeMode)!.actions[0].data.org).toBe('acme');
    expect(cardText(acmeMode)).toContain('unnamed.csv: 1 row checked');
  }, 60_000);
});

describe('a revoked credential', () => {
  it("tells only Globex's spaces when Globex's credential is revoked, and Acme goes on", async () => {
    const since = new Date().toISOString();
    await h.fx.call(null, 'POST', '/sandbox/oauth/revoke?org=globex');
    await h.fx.call(null, 'POST', '/sandbox/oauth/expire?org=globex');

    const [refused] = await ask('gina', 'licenses', h.globexSpace);
    expect(refused!.markdown).toMatch(/didn't accept|could not|couldn't/i);
    const told = await eventually(async () => {
      const posts = await h.botPostsIn(h.globexSpace, since);
      return posts.find((m) => m.markdown?.includes('admin credential could not be renewed'));
    });
    expect(told.markdown).toContain('About **Globex Service Desk**');
    expect((await h.botPostsIn(h.adminSpace, since)).filter((m) => m.markdown?.includes('admin credential'))).toEqual(
      [],
    );

    const [acmeSeats] = await ask('alice', 'licenses', h.adminSpace);
    expect(cardText(acmeSeats)).toMatch(/free of 20 \(/);

    const ready = (org?: string) =>
      fetch(`${h.app.url}/readyz${org ? `?org=${org}` : ''}`).then(async (r) => ({
        status: r.status,
        body: (await r.json()) as { checks: Record<string, string> },
      }));
    expect((await ready('globex')).status).toBe(503);
    expect((await ready('acme')).status).toBe(200);
    const all = await ready();
    expect(all.status).toBe(200);
    expect(all.body.checks['org acme']).toBe('ready');
    expect(all.body.checks['org globex']).toMatch(/credential/);
    const metrics = await (await fetch(`${h.app.url}/metrics`)).text();
    expect(metrics).toContain('wxcc_bot_admin_credential_usable{org="globex"} 0');
    expect(metrics).toContain('wxcc_bot_admin_credential_usable{org="acme"} 1');
  }, 60_000);
});

describe('an organization configured with another organization’s credential', () => {
  const wrong = new (class extends PartnerHarness {
    override orgs() {
      const [acme, globex] = super.orgs();
      // Globex's entry carries Acme's org id: its Service App belongs to another organization.
      return [acme!, { ...globex!, orgId: acme!.orgId! }];
    }
  })();
  beforeAll(() => wrong.start(), 60_000);
  afterAll(() => wrong.stop());

  it('is not acted for: its space is told why, and it is not ready', async () => {
    const asked = await wrong.say('gina', 'licenses', { roomId: wrong.globexSpace });
    const [reply] = await wrong.waitForReply(asked.id, wrong.globexSpace);
    expect(reply!.markdown).toContain('belongs to another organization');
    const res = await fetch(`${wrong.app.url}/readyz?org=globex`);
    expect(res.status).toBe(503);
    expect(JSON.stringify(await res.json())).toContain('belongs to the organization');
    expect((await fetch(`${wrong.app.url}/readyz?org=acme`)).status).toBe(200);
  }, 30_000);
});
