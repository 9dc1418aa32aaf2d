import { createHmac } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deliveryBody } from '../../src/sandbox/deliveries.js';
import { BotHarness, WEBHOOK_SECRET } from '../support/bot-harness.js';
import { cardProblems } from '../support/cards.js';
import { specChecker } from '../support/spec-check.js';

const h = new BotHarness();
let foreignHookId: string;

beforeAll(async () => {
  await h.fx.start();
  // A webhook of the same bot token that this deployment did not create: it must survive the start.
  const foreign = await h.fx.call('bot', 'POST', '/webhooks', {
    name: 'another integration',
    targetUrl: 'http://127.0.0.1:9/elsewhere',
    resource: 'messages',
    event: 'created',
  });
  foreignHookId = foreign.body.id;
  h.app = await h.startBot();
}, 60_000);
afterAll(() => h.stop());

describe('the bot in the admin space', () => {
  it('starts ready, with its webhooks registered and other webhooks left alone', async () => {
    expect(h.app.ready).toBe(true);
    const hooks = (await h.fx.call('bot', 'GET', '/webhooks')).body.items as {
      id: string;
      resource: string;
      targetUrl: string;
      secret?: string;
    }[];
    expect(hooks.map((x) => x.id)).toContain(foreignHookId);
    const mine = hooks.filter((x) => x.targetUrl === h.app.webhookUrl);
    expect(mine.map((x) => x.resource).sort()).toEqual(['all', 'attachmentActions']);
    expect(mine.every((x) => x.secret === WEBHOOK_SECRET)).toBe(true);
    const ready = await fetch(`${h.app.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('answers "@bot help" from an admin with the help card, in the message\'s thread', async () => {
    const asked = await h.say('alice', 'help');
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.parentId).toBe(asked.id);
    const card = reply!.attachments![0]!.content;
    const cardText = JSON.stringify(card);
    expect(cardText).toContain('Provisioning Bot');
    expect(cardText).toContain('**licenses**: Contact Center Standard Agent and Premium Agent seats');
    expect(cardText).toContain('Example: @Provisioning Bot licenses');
    expect(reply!.markdown).toContain('- **help**');
    expect(cardProblems(card)).toEqual([]);
  });

  it('lets a User Administrator act too, and answers in an existing thread without replying to a reply', async () => {
    const root = await h.fx.call('alice', 'POST', '/messages', {
      roomId: h.adminSpace,
      text: 'Seat check before the new site opens',
    });
    const asked = await h.say('bruno', 'licenses', { parentId: root.body.id });
    const replies = await h.waitForReply(root.body.id);
    expect(replies[0]!.parentId).toBe(root.body.id);
    expect(asked.parentId).toBe(root.body.id);
  });

  it('refuses a member of the space who is not an administrator, and does nothing', async () => {
    const asked = await h.say('mallory', 'licenses');
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.markdown).toMatch(
      /only Control Hub administrators of this organization \(full, user and device, or Contact Center service administrators\)/,
    );
    expect(reply!.attachments).toBeUndefined();
  });

  it('refuses commands in a space that is not an admin space', async () => {
    const lobby = h.fx.room('Acme Lobby');
    const asked = await h.say('alice', 'licenses', { roomId: lobby });
    const [reply] = await h.waitForReply(asked.id, lobby);
    expect(reply!.markdown).toMatch(/only take commands in the Contact Center admin space/);
    expect(reply!.attachments).toBeUndefined();
  });

  it('says so when it does not know a command', async () => {
    const asked = await h.say('alice', 'frobnicate the agents');
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.markdown).toMatch(/I don't know the command "frobnicate the agents". Send `help`/);
  });

  it("shows the sandbox's seat counts and follows them when they change", async () => {
    const first = await h.say('alice', 'licenses');
    const [before] = await h.waitForReply(first.id);
    const facts = (m: typeof before) =>
      (m!.attachments![0]!.content.body as { type: string; facts?: { title: string; value: string }[] }[]).find(
        (b) => b.type === 'FactSet',
      )!.facts;
    expect(facts(before)).toEqual([
      { title: 'Standard Agent', value: '18 free of 20 (2 in use)' },
      { title: 'Premium Agent', value: '8 free of 10 (2 in use)' },
    ]);
    expect(cardProblems(before!.attachments![0]!.content)).toEqual([]);

    await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 25 });
    await h.fx.call('serviceApp', 'PATCH', '/licenses/users', {
      personId: h.fx.person('gus').id,
      licenses: [{ id: h.fx.license('CJPPRM').id, operation: 'add' }],
    });
    await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPPRM', { totalUnits: 3 });
    const second = await h.say('alice', 'licenses');
    const [after] = await h.waitForReply(second.id);
    expect(facts(after)).toEqual([
      { title: 'Standard Agent', value: '23 free of 25 (2 in use)' },
      { title: 'Premium Agent', value: '0 free of 3 (3 in use)' },
    ]);
    expect(JSON.stringify(after!.attachments![0]!.content)).toContain('No free Premium Agent seats');
  });

  it('checks a card submission against the person who pressed it', async () => {
    const asked = await h.say('alice', 'help');
    const [card] = await h.waitForReply(asked.id);
    await h.fx.call('mallory', 'POST', '/attachment/actions', {
      type: 'submit',
      messageId: card!.id,
      inputs: { action: 'anything' },
    });
    const replies = await h.waitForReply(asked.id, h.adminSpace, 2);
    expect(replies[1]!.markdown).toMatch(/only Control Hub administrators/);
  });

  it('ignores deliveries with a forged or missing signature, and acts on the genuine one', async () => {
    // A real "@bot help" whose delivery the sandbox is kept from sending, so only the test delivers it.
    const hook = [...h.fx.sandbox.state.webhooks.values()].find(
      (x) => x.targetUrl === h.app.webhookUrl && x.resource === 'all',
    )!;
    hook.status = 'inactive';
    const asked = await h.say('alice', 'help');
    hook.status = 'active';
    const body = JSON.stringify(
      deliveryBody(
        hook,
        {
          resource: 'messages',
          event: 'created',
          actorId: asked.personId,
          data: {
            id: asked.id,
            roomId: asked.roomId,
            roomType: 'group',
            personId: asked.personId,
            personEmail: asked.personEmail,
            created: new Date().toISOString(),
          },
        },
        h.fx.seed.organization.id,
      ),
    );
    const deliver = (signature?: string) =>
      fetch(h.app.webhookUrl!, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(signature ? { 'x-spark-signature': signature } : {}) },
        body,
      });
    expect((await deliver(createHmac('sha1', 'not-the-secret').update(body).digest('hex'))).status).toBe(401);
    expect((await deliver()).status).toBe(401);
    expect((await deliver('zz')).status).toBe(401);
    // Give a wrongly accepted delivery every chance to show up before checking that nothing happened.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(await h.botReplies(asked.id)).toEqual([]);
    expect((await deliver(createHmac('sha1', WEBHOOK_SECRET).update(body).digest('hex'))).status).toBe(200);
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.attachments).toHaveLength(1);
  });

  it('sends Webex only requests the specification accepts, and never logs a secret', () => {
    const botEmails = [h.fx.seed.bot.email, 'provisioning-app@acme.example.com'];
    const sent = h.fx.sandbox.exchanges.filter((e) => botEmails.includes(e.actorEmail ?? ''));
    expect(sent.length).toBeGreaterThan(10);
    expect(sent.flatMap((e) => specChecker().check(e, { allRequests: true }))).toEqual([]);
    const logs = h.logLines.join('');
    expect(logs.length).toBeGreaterThan(0);
    for (const secret of [h.fx.token('bot'), h.fx.token('serviceApp'), WEBHOOK_SECRET])
      expect(logs).not.toContain(secret);
  });

  it('every card it sent is valid Adaptive Cards 1.3', () => {
    const cards = h.botCards();
    expect(cards.length).toBeGreaterThan(2);
    for (const card of cards) expect(cardProblems(card)).toEqual([]);
  });

  it('says it is ready only while Webex answers its admin credential and its store takes writes', async () => {
    const good = await fetch(`${h.app.url}/readyz`);
    expect(good.status).toBe(200);
    expect(((await good.json()) as { checks: Record<string, string> }).checks).toEqual({
      webhooks: 'registered',
      store: 'writable',
      webex: 'reachable',
      credential: 'usable',
    });
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^GET /v1/people/me$',
    });
    try {
      const down = await fetch(`${h.app.url}/readyz`);
      expect(down.status).toBe(503);
      expect(((await down.json()) as { checks: Record<string, string> }).checks.webex).toMatch(
        /^the admin credential cannot reach Webex/,
      );
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
    }
    expect((await fetch(`${h.app.url}/readyz`)).status).toBe(200);
  });

  it('stops being ready when its webhooks disappear', async () => {
    const hooks = (await h.fx.call('bot', 'GET', '/webhooks')).body.items as { id: string; targetUrl: string }[];
    for (const x of hooks.filter((x) => x.targetUrl === h.app.webhookUrl))
      await h.fx.call('bot', 'DELETE', `/webhooks/${x.id}`);
    const res = await fetch(`${h.app.url}/readyz`);
    expect(res.status).toBe(503);
    expect(((await res.json()) as { checks: { webhooks: string } }).checks.webhooks).toMatch(/not registered/);
  });
});

describe('a bot whose webhooks cannot be registered', () => {
  it('does not report itself ready', async () => {
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^POST /v1/webhooks$',
    });
    // Beside the running bot, so in a data directory of its own: one process opens a database.
    const dataDir = mkdtempSync(join(tmpdir(), 'wxcc-second-bot-'));
    const app = await h.startBot({ config: { readinessTimeoutMs: 1_500, dataDir } });
    try {
      expect(app.ready).toBe(false);
      expect((await fetch(`${app.url}/readyz`)).status).toBe(503);
      expect(h.logLines.join('')).toContain('the bot is NOT ready');
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
      await app.stop();
    }
  });
});
