import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { SyncReporter } from '../../src/bot/sync-reporter.js';
import type { SyncRun, SyncStore, SyncUserRow } from '../../src/contact-center/sync-ports.js';
import { msg } from '../../src/i18n/msg.js';
import { BotHarness, FAST_SYNC, type PostedMessage } from '../support/bot-harness.js';
import { cardOf, cardText, isSummary, jobIdOf, previewBatch } from '../support/users-flow.js';

/** The to-dos of a check, posted by the bot in a thread of the admin space, as the checks post them. */
async function postTodos(h: BotHarness): Promise<{ run: SyncRun; thread: string }> {
  const root = await h.say('alice', 'New agents of this week', { mention: false });
  const email = 'dana.agent@acme.example.com';
  const person = h.fx.sandbox.state.findPersonByEmail(email)!;
  const run = await h.app.sync.startRun(
    { origin: 'command', roomId: h.adminSpace, threadId: root.id, requestedBy: 'alice.admin@acme.example.com' },
    [{ personId: person.id, ciUserId: person.uuid, email, tier: 'standard', supervisor: false, trackingIds: [] }],
  );
  const reporter = new SyncReporter({
    botClient: h.app.botClient,
    organisation: async () => ({ orgId: 'org', orgUuid: h.fx.sandbox.state.orgUuid }),
    store: {} as SyncStore,
    logger: pino({ level: 'silent' }),
    languageOf: async () => 'en',
    defaultLanguage: 'en',
  });
  const row: SyncUserRow = {
    personId: person.id,
    ciUserId: person.uuid,
    email,
    tier: 'standard',
    supervisor: false,
    trackingIds: [],
    runId: run.id,
    seq: 1,
    state: 'needs_settings',
    reason: msg('verify.notEnabled'),
    ccUserId: 'cc-1',
    checks: 1,
    settings: undefined,
    appliedAt: undefined,
    settingsAsked: false,
    lastCheckedAt: undefined,
    profile: undefined,
    profileReason: undefined,
    alertId: undefined,
    missing: ['site', 'teams', 'desktopProfile'],
  };
  await reporter.settingsNeeded(run, [row]);
  await reporter.supervisorStepNeeded(run, [{ ...row, tier: 'premium', supervisor: true, profile: 'waiting' }]);
  return { run, thread: root.id };
}

const actionOf = (m: PostedMessage, name: string): Record<string, string> =>
  (cardOf(m)!.actions as { data: Record<string, string> }[]).find((a) => a.data.action === name)!.data;

describe('the to-dos of a check, in the admin space', () => {
  const h = new BotHarness();
  // An organisation that has set no default agent settings yet.
  beforeAll(() => h.start({ config: { agentDefaults: {} } }), 60_000);
  afterAll(() => h.stop());

  it('"Apply the defaults" says how to set defaults while none are set, and only for admins', async () => {
    const { run, thread } = await postTodos(h);
    const apply = vi.spyOn(h.app.sync, 'applySettings');
    const [todo] = await h.waitForReplies(thread, (r) => r.length >= 2);
    expect(cardText(todo)).toContain('1 user needs Contact Center settings');
    const inputs = actionOf(todo!, 'sync.applyDefaults');
    expect(inputs).toEqual({ action: 'sync.applyDefaults', runId: run.id });

    await h.submit('mallory', todo!, inputs);
    await h.waitForReplies(thread, (r) => r.some((m) => /only Control Hub administrators/.test(m.markdown ?? '')));
    await h.submit('alice', todo!, inputs);
    const replies = await h.waitForReplies(thread, (r) =>
      r.some((m) => m.markdown?.startsWith('This organization has no default')),
    );
    expect(replies.find((m) => m.markdown?.startsWith('This organization has no default'))!.markdown).toBe(
      'This organization has no default Contact Center settings, so nothing was applied. Send `template` to see and set them (site, team, desktop profile), then press **Apply the defaults** again.',
    );
    expect(apply).not.toHaveBeenCalled();
    apply.mockRestore();
  });

  it('"Done: check again" checks the run again', async () => {
    const { run, thread } = await postTodos(h);
    const checkAgain = vi.spyOn(h.app.sync, 'checkAgain').mockResolvedValue('checking');
    const replies = await h.waitForReplies(thread, (r) => r.length >= 2);
    const todo = replies.find((m) => cardText(m).includes('the Supervisor role in Control Hub'))!;
    expect(cardText(todo)).toContain('Premium Agent - Supervisor Role');
    await h.submit('bruno', todo, actionOf(todo, 'sync.supervisorDone'));
    const answered = await h.waitForReplies(thread, (r) => r.some((m) => m.markdown?.startsWith('Thanks')));
    expect(answered.find((m) => m.markdown?.startsWith('Thanks'))!.markdown).toMatch(
      /^Thanks, Bruno .*: checking the Supervisor role of these users now\./,
    );
    expect(checkAgain).toHaveBeenCalledWith(run.id);
    checkAgain.mockRestore();
  });

  it('the first answer of `sync` says the check ended once it did', async () => {
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^GET /cc/.*/by-ci-user-id/',
    });
    try {
      const asked = await h.say('alice', 'sync eli.agent@acme.example.com');
      const replies = await h.waitForReplies(asked.id, (r) =>
        r.some((m) => m.markdown?.startsWith('**Contact Center check by')),
      );
      const first = await h.waitForReplies(asked.id, (r) => /Check ended/.test(r[0]?.markdown ?? ''));
      expect(first[0]!.markdown).toMatch(
        /^Checking the user eli.agent@acme.example.com in the Contact Center\.[\s\S]*\n\n\*\*Check ended\*\* \(.+ UTC\): 0 ready and 1 waiting for synchronization\. The result is below\.$/,
      );
      expect(first[0]!.markdown).not.toMatch(/still checking/i);
      expect(replies.at(-1)!.markdown).toContain('- eli.agent@acme.example.com: Waiting for synchronization.');
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
    }
  });
});

describe('a job waiting for "Synchronize Users" (real Webex: manual mode)', () => {
  const h = new BotHarness();
  beforeAll(
    () =>
      h.start({
        config: {
          sync: {
            mode: 'manual',
            settings: {
              ...FAST_SYNC,
              deadlineMs: 60_000,
              pollInitialMs: 20_000,
              pollMaxMs: 20_000,
              summaryWaitMs: 60_000,
            },
          },
        },
      }),
    60_000,
  );
  afterAll(() => h.stop());

  it('says in its progress message what it waits for and since when, until the summary', async () => {
    const { thread, answer } = await previewBatch(h, 'alice', {
      entries: 'pia.wait@acme.example.com',
      role: 'standard',
    });
    await h.submit('alice', answer, { action: 'job.confirm', jobId: jobIdOf(answer) });
    const isProgress = (m: PostedMessage) => /^(Working on|Finished) job `job-\w+`/.test(m.markdown ?? '');
    const isManualCard = (m: PostedMessage) => cardText(m).includes('Synchronized: check again');
    const waiting = await h.waitForReplies(
      thread,
      (r) => r.some((m) => isProgress(m) && /, waiting for an admin/.test(m.markdown!)) && r.some(isManualCard),
    );
    expect(waiting.find(isProgress)!.markdown).toMatch(
      /^Finished job `job-\w+`: its only user was handled [^\n]*\n\nContact Center: since \w{3} \d+, \d{4}, \d+:\d\d:\d\d [AP]M UTC, waiting for an admin to press \*\*Synchronize Users\*\* in Control Hub \(\*\*Services › Contact Center › Tenant settings › General\*\*\)\. The summary follows once the users are there, or by .+ UTC\.$/,
    );
    expect(waiting.some(isSummary)).toBe(false);

    // The administrator presses the button in Control Hub, then "check again" here.
    const manual = waiting.find(isManualCard)!;
    await h.fx.call(null, 'POST', '/sandbox/contact-center/synchronize');
    await h.submit('alice', manual, actionOf(manual, 'sync.check'));
    // The user is there now, disabled with nothing set: the bot writes the settings, then reads them
    // back two seconds later, before the summary.
    const after = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 40_000);
    expect(cardText(after.find(isSummary))).toContain('Contact Center: 1 ready. Nothing left to do.');
    await h.waitForReplies(
      thread,
      (r) => !/, waiting for an admin/.test(r.find(isProgress)?.markdown ?? ', waiting for an admin'),
    );
    const progress = (await h.botReplies(thread)).find(isProgress)!;
    expect(progress.markdown).toMatch(/^Finished job `job-\w+`: its only user was handled .*The summary follows\.$/);
    expect(after.indexOf(after.find(isProgress)!)).toBeLessThan(after.indexOf(after.find(isSummary)!));
  });
});
