import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { freePort } from '../support/child-bot.js';
import { eventually } from '../support/receiver.js';
import { cardOf } from '../support/users-flow.js';

/**
 * Events reach the bot through Webex even when Webex throttles or fails: the content of each
 * delivery and the person behind a card press are read through the bot's own client (limited and
 * retried), so a 429 or a 500 delays an answer but never loses it or ends the process.
 */
const h = new BotHarness();
beforeAll(async () => {
  // Webex's Retry-After (whole seconds) waited at a tenth: every 429 is still met and honoured.
  await h.start({ config: { retryMs: { first: 200, max: 1_000 }, retryAfterScale: 0.1 } });
}, 60_000);
afterAll(() => h.stop());

describe('events under a throttled and failing Webex', () => {
  it('answers every message and card press while reading them meets 429s and 500s', async () => {
    // What the bot reads to understand an event: the message, the card submission, the person.
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      throttleRate: 0.3,
      errorRate: 0.1,
      pathPattern: '^GET /v1/(messages/|attachment/actions/|people/)',
      randomSeed: 7,
    });
    try {
      const asked = await Promise.all([1, 2, 3, 4].map(() => h.say('alice', 'help')));
      const replies = await Promise.all(
        asked.map((m) => h.waitForReplies(m.id, (r) => r.length >= 1, undefined, 40_000)),
      );
      for (const [reply] of replies) expect(cardOf(reply)).toBeDefined();

      // Pressing the help card's "Add users" button: a card submission whose person is looked up.
      const [help] = replies[0]!;
      const thread = asked[0]!.id;
      await h.submit('bruno', help!, { action: 'users.card' });
      const after = await h.waitForReplies(thread, (r) => r.length >= 2, undefined, 40_000);
      expect(JSON.stringify(cardOf(after[1]))).toContain('users.preview');
    } finally {
      await h.fx.call(null, 'DELETE', '/sandbox/faults');
    }
  });
});

describe('a bot starting while Webex throttles it', () => {
  it('waits and retries instead of exiting, and becomes ready once Webex answers', async () => {
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      throttleRate: 1,
      pathPattern: '^GET /v1/people/me$',
    });
    // Beside the running bot, so in a data directory of its own: one process opens a database.
    const dataDir = mkdtempSync(join(tmpdir(), 'wxcc-second-bot-'));
    const port = await freePort();
    const started = h.startBot({
      config: { retryMs: { first: 200, max: 400 }, retryAfterScale: 0.1, readinessTimeoutMs: 10_000, dataDir, port },
    });
    let settled = false;
    void started.then(
      () => (settled = true),
      () => (settled = true),
    );
    // The client's own retries give up first; then the start says why in the log and tries again.
    const retrying = "reading the bot's own identity (GET /people/me) failed; trying again";
    await eventually(async () => (h.logLines.join('').split(retrying).length > 1 ? true : undefined), {
      timeoutMs: 30_000,
    });
    expect(settled).toBe(false);
    // Meanwhile it answers health checks, and readiness says what the start waits for.
    expect((await fetch(`http://127.0.0.1:${port}/healthz`)).status).toBe(200);
    const waiting = await fetch(`http://127.0.0.1:${port}/readyz`);
    expect(waiting.status).toBe(503);
    expect(((await waiting.json()) as { checks: { start: string } }).checks.start).toMatch(
      /^reading the bot's own identity \(GET \/people\/me\) failed: /,
    );
    await h.fx.call(null, 'DELETE', '/sandbox/faults');
    const app = await started;
    try {
      expect(app.ready).toBe(true);
      const asked = await h.say('alice', 'help');
      // Two bots listen now (the harness's and this one): both answer, each once.
      const replies = await h.waitForReplies(asked.id, (r) => r.length >= 2);
      expect(replies.length).toBe(2);
    } finally {
      await app.stop();
    }
  });
});
