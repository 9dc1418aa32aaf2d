import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, FAST_SYNC, type PostedMessage, SyncClock } from '../support/bot-harness.js';
import { cardProblems } from '../support/cards.js';
import { eventually } from '../support/receiver.js';
import { specChecker } from '../support/spec-check.js';
import { cardOf, cardText, confirmBatch, previewBatch } from '../support/users-flow.js';

// The watcher's rounds are driven by the test: a check that nothing happens runs the rounds it speaks
// of and then looks, rather than sleeping through them.
const h = new BotHarness({ syncClock: new SyncClock() });
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

const isAlert = (m: PostedMessage): boolean =>
  String(cardOf(m)?.body?.[0]?.text ?? '').endsWith('Invalid in the Contact Center');

/** The bot's top-level messages in the admin space (alerts are posted there, not in a job's thread). */
async function topLevelBotMessages(): Promise<PostedMessage[]> {
  const res = await h.fx.call<{ items: PostedMessage[] }>('alice', 'GET', `/messages?roomId=${h.adminSpace}&max=200`);
  return res.body.items.filter((m) => m.personId === h.fx.seed.bot.id && !m.parentId).reverse();
}

const alerts = async (): Promise<PostedMessage[]> => (await topLevelBotMessages()).filter(isAlert);
const alertsFor = async (email: string): Promise<PostedMessage[]> =>
  (await alerts()).filter((a) => cardText(a).includes(email));
const synchronizations = (): number => h.fx.sandbox.state.ccSyncCount;
const setInvalid = (email: string, mode: 'once' | 'always' | 'off') =>
  h.fx.call(null, 'PUT', '/sandbox/contact-center/invalid', { email, mode });
/** How often the Contact Center answered the bot's reads of one user. */
const ccReadsOf = (email: string): number => {
  const person = h.fx.sandbox.state.findPersonByEmail(email)!;
  return h.fx.sandbox.exchanges.filter((e) => e.method === 'GET' && e.path.endsWith(`/by-ci-user-id/${person.uuid}`))
    .length;
};

/** A card's button by its action, and the data it sends. */
const button = (m: PostedMessage | undefined, action: string): Record<string, string> | undefined =>
  (cardOf(m)?.actions as { data?: Record<string, string> }[] | undefined)?.find((a) => a.data?.action === action)?.data;

/** Adds users by card as Alice and returns the job's summary text and thread. */
async function addUsers(
  entries: string,
  role: 'standard' | 'agent' | 'supervisor' = 'standard',
): Promise<{ thread: string; summary: string; replies: PostedMessage[] }> {
  const { thread, answer } = await previewBatch(h, 'alice', { entries, role });
  const { summary, replies } = await confirmBatch(h, 'alice', thread, answer);
  return { thread, summary: cardText(summary), replies };
}

describe('Contact Center synchronisation after a job', () => {
  it('asks for one synchronisation and reports every user synced when the Contact Center picks them up', async () => {
    const before = synchronizations();
    const alertsBefore = (await alerts()).length;
    const { summary } = await addUsers('sam.sync@acme.example.com, tess.sync@acme.example.com');
    expect(summary).toContain('Contact Center: 2 ready. Nothing left to do.');
    expect(synchronizations()).toBe(before + 1);
    for (const email of ['sam.sync@acme.example.com', 'tess.sync@acme.example.com']) {
      expect(h.ccUser(email)).toEqual({ profileType: 'STANDARD_AGENT', contactCenterEnabled: true, active: true });
    }
    expect((await alerts()).length).toBe(alertsBefore);
  });

  it('brings in with a re-sync a user the first synchronisation missed, ready and without an alert', async () => {
    const email = 'uma.once@acme.example.com';
    await setInvalid(email, 'once');
    const before = synchronizations();
    const { summary } = await addUsers(email);
    expect(summary).toContain('Contact Center: 1 ready. Nothing left to do.');
    // The first synchronisation left her out of the Contact Center; the re-sync brought her in, and the
    // bot enabled her with the organisation's default settings.
    expect(synchronizations()).toBe(before + 2);
    expect(h.ccUser(email)).toEqual({ profileType: 'STANDARD_AGENT', contactCenterEnabled: true, active: true });
    expect(await alertsFor(email)).toEqual([]);
  });

  it('asks for the Supervisor role in Control Hub, and confirms it after "Done: check again", also when the synchronisation takes a while', async () => {
    const email = 'vera.super@acme.example.com';
    await h.fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 700 });
    try {
      const since = h.fx.sandbox.exchanges.length;
      const { thread, summary, replies } = await addUsers(email, 'supervisor');
      // Ready as a Premium agent; the role is what is left, and only Control Hub gives it.
      expect(h.ccUser(email)).toEqual({ profileType: 'PREMIUM_AGENT', contactCenterEnabled: true, active: true });
      expect(summary).toContain(
        'Contact Center: 0 ready and 1 needs settings. Still to do: the Supervisor role in Control Hub (steps in this thread).',
      );
      expect(summary).toContain(
        'Premium Agent (Supervisor) for vera.super@acme.example.com: still to do. Give this user the Supervisor role in Control Hub',
      );
      expect(replies.some((m) => button(m, 'sync.applyDefaults'))).toBe(false);
      const step = replies.find((m) => button(m, 'sync.supervisorDone'))!;
      expect(cardProblems(cardOf(step)!)).toEqual([]);
      expect(cardText(step)).toContain('1 user needs the Supervisor role in Control Hub');
      expect(cardText(step)).toContain(email);
      expect(cardText(step)).toContain('choose **Premium Agent - Supervisor Role**');
      expect(await alertsFor(email)).toEqual([]);

      // The administrator gives the role in Control Hub (the sandbox plays that step), then presses Done.
      const played = await h.fx.call(null, 'POST', '/sandbox/control-hub/supervisor', { email, supervisor: true });
      expect(played.status).toBe(200);
      const syncsBefore = synchronizations();
      await h.submit('alice', step, button(step, 'sync.supervisorDone')!);
      const after = await h.waitForReplies(thread, (r) =>
        r.some((m) => m.markdown?.startsWith('**Contact Center check of job')),
      );
      expect(after.some((m) => /^Thanks, Alice .*: checking the Supervisor role/.test(m.markdown ?? ''))).toBe(true);
      const result = after.find((m) => m.markdown?.startsWith('**Contact Center check of job'))!.markdown!;
      expect(result).toMatch(/finished\*\*: 1 ready \(of 1 user\)\./);
      expect(result).toContain(
        'Premium Agent (Supervisor): confirmed in the Contact Center for vera.super@acme.example.com.',
      );
      // The role reached the Contact Center with the synchronisation the bot asked for after "Done".
      expect(synchronizations()).toBe(syncsBefore + 1);
      expect(h.ccProfileOf(email)).toBe('SUPERVISOR');
      // What the bot sent the Contact Center: one bulk update that enabled her with the settings; never a
      // profile type (only Control Hub changes it).
      const person = h.fx.sandbox.state.findPersonByEmail(email)!;
      const ccUserId = h.fx.sandbox.state.ccUserByCiId(person.uuid)!.id;
      const writes = h.fx.sandbox.exchanges.slice(since).filter((e) => e.path.startsWith('/cc/') && e.method !== 'GET');
      expect(writes.map((e) => `${e.method} ${e.path.replace(/organization\/[^/]+/, 'organization/{orgid}')}`)).toEqual(
        ['PATCH /cc/organization/{orgid}/user/bulk'],
      );
      const items = (writes[0]!.requestBody as { items: { item: Record<string, unknown> }[] }).items;
      expect(items).toHaveLength(1);
      expect(items[0]!.item).toMatchObject({ id: ccUserId, contactCenterEnabled: true });
      expect(items[0]!.item).not.toHaveProperty('userProfileId');
    } finally {
      await h.fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 0 });
    }
  });

  it('raises exactly one alert with the support request text for a user missing for good, and a notice when it clears', async () => {
    const email = 'walt.invalid@acme.example.com';
    await setInvalid(email, 'always');
    const before = synchronizations();
    const { summary, thread } = await addUsers(email);
    expect(summary).toContain('Contact Center: 0 ready and 1 invalid. See the alert in this space for what to do.');
    // The first synchronisation and the configured re-syncs.
    expect(synchronizations()).toBe(before + 1 + FAST_SYNC.resyncs);
    expect(h.ccUser(email)).toBeUndefined();

    const [alert, ...others] = await eventually(async () =>
      (await alertsFor(email)).length > 0 ? alertsFor(email) : undefined,
    );
    expect(others).toEqual([]);
    expect(alert!.parentId).toBeUndefined();
    expect(cardProblems(cardOf(alert)!)).toEqual([]);
    const person = h.fx.sandbox.state.findPersonByEmail(email)!;
    const text = cardText(alert);
    expect(text).toContain('1 user is Invalid in the Contact Center');
    expect(text).toContain('Licensed in Control Hub, but still not in the Contact Center after synchronization.');
    // Advice for one user who is missing: the license, another synchronisation, then a case, in the singular.
    expect(text).toContain('check that the user still has a Contact Center license');
    expect(text).toContain('If that does not fix it, open a case at https://help.webex.com');
    expect(text).not.toContain('each user');
    expect(text).toContain('Retry sync');
    expect(text).toContain('Dismiss');
    const support = (cardOf(alert)!.body as { type: string; id?: string; value?: string }[]).find(
      (b) => b.id === 'supportText',
    )!.value!;
    expect(support).toContain(`Organization ID: ${h.fx.sandbox.state.orgUuid}`);
    expect(support).toContain(
      `- ${email}: CI user id ${person.uuid}; Contact Center user id none (not in the Contact Center); expected license Standard Agent; sync status Invalid`,
    );
    expect(support).toMatch(/trackingIds: ROUTER_/);
    // Requests of one kind share a line with their times, or say how many when in the same second.
    const asked = [...support.matchAll(/^- (.+?UTC): synchronization[^(\n]*(?:\(asked (\d+) times\))?/gm)];
    expect(asked.reduce((n, m) => n + (m[2] ? Number(m[2]) : m[1]!.split('UTC').length - 1), 0)).toBe(
      1 + FAST_SYNC.resyncs,
    );
    expect(support).toContain('synchronization again for users still Invalid');
    expect(support).toContain('synchronization after the changes');
    // The job's thread points to the alert too.
    expect((await h.botReplies(thread)).some((m) => cardText(m).includes('See the alert in this space'))).toBe(true);

    // The watcher keeps checking, and says nothing while nothing changes.
    const readsBefore = ccReadsOf(email);
    for (let round = 0; round < 3; round += 1) await h.watcherRound();
    await eventually(() => ccReadsOf(email) >= readsBefore + 3 || undefined);
    expect(await alertsFor(email)).toHaveLength(1);
    expect(await h.botReplies(alert!.id)).toEqual([]);

    // The cause is fixed and a synchronisation brings him in (Control Hub's own, or an administrator's
    // press), disabled with nothing set: the watcher gives him his settings, reads them back, and says so.
    await setInvalid(email, 'off');
    await h.fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    for (let round = 0; round < 2; round += 1) await h.watcherRound();
    const [notice] = await h.waitForReplies(alert!.id, (r) => r.length > 0);
    expect(h.ccUser(email)).toEqual({ profileType: 'STANDARD_AGENT', contactCenterEnabled: true, active: true });
    expect(notice!.markdown).toMatch(
      /^\*\*Resolved\*\* \(.+ UTC\): the user of this alert is now ready in the Contact Center: walt.invalid@acme.example.com\./,
    );
    // A resolved alert is no longer watched: nothing more is read or said.
    const readsResolved = ccReadsOf(email);
    for (let round = 0; round < 2; round += 1) await h.watcherRound();
    expect(await h.botReplies(alert!.id)).toHaveLength(1);
    expect(await alertsFor(email)).toHaveLength(1);
    expect(ccReadsOf(email)).toBe(readsResolved);
  });

  it('retries from the alert on request, and Dismiss stops the watching', async () => {
    const email = 'xena.invalid@acme.example.com';
    await setInvalid(email, 'always');
    await addUsers(email);
    const [alert] = await eventually(async () => ((await alertsFor(email)).length > 0 ? alertsFor(email) : undefined));
    const before = synchronizations();
    await h.submit('bruno', alert!, {
      action: 'sync.retry',
      alertId: (cardOf(alert)!.actions as { data: { alertId: string } }[])[0]!.data.alertId,
    });
    const replies = await h.waitForReplies(alert!.id, (r) =>
      r.some((m) => m.markdown?.startsWith('**Retry sync done**')),
    );
    expect(replies[0]!.markdown).toMatch(
      /^Retrying for Bruno .*: I asked for another synchronization and am checking the user again/,
    );
    expect(replies.find((m) => m.markdown?.startsWith('**Retry sync done**'))!.markdown).toContain(
      `${email}: Invalid.`,
    );
    expect(synchronizations()).toBeGreaterThan(before);
    // Dismiss asks once more inside the card: its "Yes, dismiss" is what reaches the bot.
    const [, dismissButton] = cardOf(alert)!.actions as {
      type: string;
      card: { actions: { title: string; data: Record<string, unknown> }[] };
    }[];
    expect(dismissButton!.type).toBe('Action.ShowCard');
    const yes = dismissButton!.card.actions[0]!;
    expect(yes.title).toBe('Yes, dismiss');
    // Someone who may not act cannot dismiss it.
    await h.submit('mallory', alert!, yes.data);
    const refused = await h.waitForReplies(alert!.id, (r) =>
      r.some((m) => /only Control Hub administrators/.test(m.markdown ?? '')),
    );
    expect(refused.some((m) => m.markdown?.startsWith('Dismissed'))).toBe(false);

    await h.submit('alice', alert!, yes.data);
    const dismissed = await h.waitForReplies(alert!.id, (r) =>
      r.some((m) => m.markdown?.startsWith('Dismissed by Alice')),
    );
    expect(dismissed.filter((m) => m.markdown?.startsWith('Dismissed'))).toHaveLength(1);
    // Pressed again (or delivered again), the alert stays dismissed and says so.
    await h.submit('alice', alert!, yes.data);
    await h.waitForReplies(alert!.id, (r) => r.some((m) => m.markdown === 'This alert is dismissed already.'));
    expect((await h.botReplies(alert!.id)).filter((m) => m.markdown?.startsWith('Dismissed'))).toHaveLength(1);
    // A round that began before the dismissal may still have read her; the rounds after may not.
    await h.watcherRound();
    const count = (await h.botReplies(alert!.id)).length;
    const reads = ccReadsOf(email);
    await setInvalid(email, 'off');
    for (let round = 0; round < 2; round += 1) await h.watcherRound();
    expect(await h.botReplies(alert!.id)).toHaveLength(count);
    expect(ccReadsOf(email)).toBe(reads);
    expect(await alertsFor(email)).toHaveLength(1);
  });
});

describe('the sync command', () => {
  it('checks one address on demand, with the result in the thread', async () => {
    const asked = await h.say('alice', 'sync dana.agent@acme.example.com');
    const replies = await h.waitForReplies(asked.id, (r) =>
      r.some((m) => m.markdown?.startsWith('**Contact Center check')),
    );
    expect(replies[0]!.markdown).toMatch(/^Checking the user dana.agent@acme.example.com in the Contact Center\. /);
    expect(replies.at(-1)!.markdown).toMatch(
      /^\*\*Contact Center check by alice.admin@acme.example.com finished\*\*: 1 ready \(of 1 user\)\./,
    );
  });

  it('checks the last job again, and every Contact Center user with "sync all"', async () => {
    const last = await h.say('alice', 'sync');
    const lastReplies = await h.waitForReplies(last.id, (r) =>
      r.some((m) => m.markdown?.startsWith('**Contact Center check')),
    );
    expect(lastReplies[0]!.markdown).toMatch(
      /^Checking the users that job job-\w+ created or changed in the Contact Center \(1 user\)/,
    );
    expect(lastReplies.at(-1)!.markdown).toContain('finished**: 1 ready (of 1 user).');

    const all = await h.say('alice', 'sync all');
    const allReplies = await h.waitForReplies(all.id, (r) =>
      r.some((m) => m.markdown?.startsWith('**Contact Center check')),
    );
    // The bot's organisation's people: the sandbox also holds other organisations (issue 19).
    const licensed = [...h.fx.sandbox.state.people.values()].filter(
      (p) => p.kind === 'person' && p.orgId === h.fx.sandbox.state.orgId && h.fx.sandbox.state.contactCenterOfferOf(p),
    ).length;
    expect(allReplies[0]!.markdown).toMatch(
      /^Checking everyone who holds a Contact Center license or is already an agent in the Contact Center \(\d+ users\)/,
    );
    expect(allReplies.at(-1)!.markdown).toContain(`${licensed} ready (of ${licensed} users)`);
  });

  it('says which users could not be checked when the Contact Center API keeps failing', async () => {
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^GET /cc/.*/by-ci-user-id/',
    });
    try {
      const asked = await h.say('alice', 'sync eli.agent@acme.example.com');
      const replies = await h.waitForReplies(asked.id, (r) =>
        r.some((m) => m.markdown?.startsWith('**Contact Center check')),
      );
      const result = replies.at(-1)!.markdown!;
      expect(result).toContain('ended**: the user is not ready yet (0 ready and 1 waiting for synchronization).');
      expect(result).toMatch(
        /- eli.agent@acme.example.com: Waiting for synchronization\. Could not be checked: the Contact Center API failed \(trackingId \S+\)\./,
      );
      // The first answer told how the check went while it ran, and says it ended now that it did.
      const [first] = await h.waitForReplies(asked.id, (r) => /Check ended/.test(r[0]?.markdown ?? ''));
      expect(first!.markdown).toMatch(
        /^Checking the user eli.agent@acme.example.com in the Contact Center\.[\s\S]*\n\n\*\*Check ended\*\* \(.+ UTC\): 0 ready and 1 waiting for synchronization\. The result is below\.$/,
      );
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
    }
  });

  it('says what to give when the address is not one', async () => {
    const asked = await h.say('alice', 'sync nobody@nowhere.example.com');
    const [reply] = await h.waitForReply(asked.id);
    expect(reply!.markdown).toBe('No Webex user in this organization has the address nobody@nowhere.example.com.');
  });
});

describe('without a synchronisation endpoint (real Webex)', () => {
  it('asks for the Control Hub steps and finishes after "Synchronised: check again"', async () => {
    await h.app.stop();
    h.app = await h.startBot({
      config: {
        sync: {
          mode: 'manual',
          settings: {
            ...FAST_SYNC,
            deadlineMs: 60_000,
            pollInitialMs: 20_000,
            pollMaxMs: 20_000,
            summaryWaitMs: 1_000,
          },
        },
      },
    });
    const before = synchronizations();
    const { thread, summary, replies } = await addUsers('yuri.manual@acme.example.com');
    expect(synchronizations()).toBe(before);
    const manual = replies.find((m) => cardText(m).includes('Press Synchronize Users in Control Hub'))!;
    expect(cardProblems(cardOf(manual)!)).toEqual([]);
    expect(cardText(manual)).toContain('Services › Contact Center › Tenant settings › General');
    expect(cardText(manual)).toContain('Synchronized: check again');
    expect(summary).toContain(
      'Contact Center: 0 ready and 1 waiting for synchronization so far. Waiting for an admin to press Synchronize Users in Control Hub',
    );

    // The administrator presses the button in Control Hub, then "check again" here.
    await h.fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    await h.submit('alice', manual, {
      action: 'sync.check',
      runId: (cardOf(manual)!.actions as { data: { runId: string } }[])[0]!.data.runId,
    });
    // The user is there now, disabled with nothing set: the bot writes the settings, then reads them
    // back two seconds later, before it says the result.
    const after = await h.waitForReplies(
      thread,
      (r) => r.some((m) => m.markdown?.startsWith('**Contact Center check of job')),
      undefined,
      40_000,
    );
    expect(after.find((m) => m.markdown?.startsWith('Thanks, Alice'))).toBeDefined();
    expect(after.find((m) => m.markdown?.startsWith('**Contact Center check of job'))!.markdown).toMatch(
      /finished\*\*: 1 ready \(of 1 user\)\./,
    );
    expect(h.ccUser('yuri.manual@acme.example.com')).toEqual({
      profileType: 'STANDARD_AGENT',
      contactCenterEnabled: true,
      active: true,
    });
  });
});

describe('after a restart', () => {
  it('the watcher picks up the unfinished check and the open alert where they were', async () => {
    await h.app.stop();
    h.app = await h.startBot();
    const stuck = 'zoe.invalid@acme.example.com';
    await setInvalid(stuck, 'always');
    await addUsers(stuck);
    const [alert] = await eventually(async () => ((await alertsFor(stuck)).length > 0 ? alertsFor(stuck) : undefined));
    // The cause is fixed in Control Hub: the next synchronisation brings her in.
    await setInvalid(stuck, 'off');

    // A slow synchronisation: the bot stops while the next job's check is still waiting for it.
    await h.fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 2_500 });
    const syncsBefore = synchronizations();
    const { thread, summary } = await (async () => {
      const { thread: t, answer } = await previewBatch(h, 'alice', {
        entries: 'abe.slow@acme.example.com',
        role: 'standard',
      });
      await h.submit('alice', answer, {
        action: 'job.confirm',
        jobId: String((cardOf(answer)!.actions as { data: { jobId: string } }[])[0]!.data.jobId),
      });
      await eventually(
        () => h.fx.sandbox.state.findPersonByEmail('abe.slow@acme.example.com')?.licenses.length === 1 || undefined,
      );
      // The check reads the user only after it asked for the synchronisation.
      await eventually(() => ccReadsOf('abe.slow@acme.example.com') > 0 || undefined);
      await h.app.stop();
      const replies = await h.waitForReplies(t, (r) =>
        r.some((m) => /^Job job-\w+ finished/.test(String(cardOf(m)?.body?.[0]?.text ?? ''))),
      );
      return {
        thread: t,
        summary: cardText(replies.find((m) => /^Job job-\w+ finished/.test(String(cardOf(m)?.body?.[0]?.text ?? '')))),
      };
    })();
    expect(summary).toContain(
      'Contact Center: 0 ready and 1 waiting for synchronization so far. I keep checking and will post the result in this thread.',
    );

    // While the bot is down, the synchronisation lands: both users are there, disabled with nothing set,
    // as the Contact Center brings users in; the bot enables them once it is back.
    await eventually(() => synchronizations() > syncsBefore || undefined);
    for (const email of ['abe.slow@acme.example.com', stuck])
      expect(h.ccUser(email)).toEqual({ profileType: 'STANDARD_AGENT', contactCenterEnabled: false, active: true });
    await h.fx.call(null, 'PUT', '/sandbox/contact-center/settings', { syncDelayMs: 0 });
    h.app = await h.startBot();

    const followUp = await h.waitForReplies(thread, (r) =>
      r.some((m) => m.markdown?.startsWith('**Contact Center check of job')),
    );
    expect(followUp.filter((m) => m.markdown?.startsWith('**Contact Center check of job'))).toHaveLength(1);
    expect(followUp.find((m) => m.markdown?.startsWith('**Contact Center check of job'))!.markdown).toContain(
      'finished**: 1 ready (of 1 user).',
    );
    const [notice, ...more] = await h.waitForReplies(alert!.id, (r) => r.length > 0);
    expect(notice!.markdown).toContain(`is now ready in the Contact Center: ${stuck}`);
    expect(more).toEqual([]);
    expect(await alertsFor(stuck)).toHaveLength(1);
    for (const email of ['abe.slow@acme.example.com', stuck])
      expect(h.ccUser(email)).toEqual({ profileType: 'STANDARD_AGENT', contactCenterEnabled: true, active: true });
  });
});

describe('what the checks sent', () => {
  it('are requests the Webex and Contact Center specifications accept, within the Contact Center rate limit', () => {
    const botEmails = [h.fx.seed.bot.email, 'provisioning-app@acme.example.com'];
    const sent = h.fx.sandbox.exchanges.filter((e) => botEmails.includes(e.actorEmail ?? ''));
    expect(sent.filter((e) => e.path.startsWith('/cc/')).length).toBeGreaterThan(20);
    expect(sent.flatMap((e) => specChecker().check(e, { allRequests: true }))).toEqual([]);
    expect(sent.filter((e) => e.path.startsWith('/cc/') && e.status === 429)).toEqual([]);
  });
});
