import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import {
  cardOf,
  isModeCard,
  isPreview as isPreviewCard,
  isSummary,
  jobIdOf,
  summaryCounts,
} from '../support/users-flow.js';

/**
 * The whole import flow on a bad day at Webex: every token (the bot's own, the admin credential's, the
 * people's) meets 30% 429s and 10% 500s, and in the middle of the job Webex fails every call for a
 * long outage. The bot answers every message and press, never exits, creates each user exactly once
 * and fails nobody because Webex was down.
 *
 * In wall time the bot's waits are a tenth of production's, and so is the outage: a 1 s Retry-After
 * is waited 100 ms, and the job's outage wait probes after 0.2, 0.4, 0.8, 1.6 and 3.2 s instead of 2,
 * 4, 8, 16 and 32 s. A 6 s outage so meets the same four failed probes and a fifth that finds Webex
 * back as a one-minute outage does in production, and it still outlasts every call's own retries
 * (four attempts, under 2 s of backoff): each user in flight fails over to the outage wait, as it
 * would for real.
 */
const h = new BotHarness();
const USERS = 300;
const SCALE = 0.1;
const OUTAGE_MS = 60_000 * SCALE;
// Every request but the test's own reading of the space (a Webex client's, not the bot's).
const EVERYTHING = '^(?!GET /v1/messages$)';

beforeAll(async () => {
  await h.start({
    config: {
      retryMs: { first: 200, max: 2_000 },
      retryAfterScale: SCALE,
      // The job runner's production waits (2 s doubling up to 60 s), scaled.
      outageWait: { firstMs: 2_000 * SCALE, maxMs: 60_000 * SCALE },
    },
  });
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: USERS + 50 });
}, 60_000);
afterAll(async () => {
  await h.fx.call(null, 'DELETE', '/sandbox/faults');
  await h.stop();
});

/** The test's own calls (a person's Webex client) meet the same faults: a client tries again. */
async function persist<T>(call: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await call();
    } catch (error) {
      if (attempt >= 30) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
}

const faults = (body: Record<string, unknown>) =>
  persist(async () => {
    const res = await h.fx.call(null, 'PUT', '/sandbox/faults', { pathPattern: EVERYTHING, ...body });
    if (res.status !== 200) throw new Error(`faults: ${res.status}`);
  });

/** Creations Webex carried out for an address, from the sandbox's record of what it answered 2xx. */
function creationsByAddress(): Map<string, number> {
  const counts = new Map<string, number>();
  for (const e of h.fx.sandbox.exchanges)
    if (e.method === 'POST' && e.path === '/v1/people' && e.status < 300) {
      const email = (e.requestBody as { emails?: string[] }).emails?.[0] ?? '';
      counts.set(email, (counts.get(email) ?? 0) + 1);
    }
  return counts;
}

describe('a 300-user import under 30% 429 and 10% 500 on every token, with a long outage', () => {
  it('answers every press, creates each user once, and fails nobody', async () => {
    const emails = Array.from({ length: USERS }, (_, i) => `fault${String(i).padStart(3, '0')}@acme.example.com`);
    const file = ['User ID/Email (Required),First Name,Last Name,Contact center Standard Agent']
      .concat(emails.map((e, i) => `${e},Fault,N${i},TRUE`))
      .join('\n');
    await faults({ throttleRate: 0.3, errorRate: 0.1, randomSeed: 11 });

    const upload = await persist(() => h.upload('alice', 'bad-day.csv', Buffer.from(file)));
    const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1, undefined, 60_000);
    expect(isModeCard(modeCard!)).toBe(true);
    const add = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === 'add')!;
    await persist(() => h.submit('alice', modeCard!, add.data));
    const replies = await h.waitForReplies(upload.id, (r) => r.some(isPreviewCard), undefined, 60_000);
    const preview = replies.find(isPreviewCard)!;
    await persist(() => h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) }));

    // A third of the way in, Webex fails every call for the outage.
    await eventually(() => creationsByAddress().size >= USERS / 3 || undefined, {
      timeoutMs: 240_000,
      intervalMs: 250,
    });
    await faults({ errorRate: 1, errorStatus: 500 });
    await new Promise((resolve) => setTimeout(resolve, OUTAGE_MS));
    await faults({ throttleRate: 0.3, errorRate: 0.1, randomSeed: 12 });

    const all = await h.waitForReplies(upload.id, (r) => r.some(isSummary), undefined, 300_000);
    const summaries = all.filter(isSummary);
    expect(summaries).toHaveLength(1);
    expect(summaryCounts(summaries[0]!)).toMatchObject({ created: USERS, failed: 0 });
    const created = creationsByAddress();
    for (const email of emails) expect(created.get(email), email).toBe(1);

    // The process lives on and still answers, faults and all.
    const asked = await persist(() => h.say('alice', 'help'));
    const [help] = await h.waitForReplies(asked.id, (r) => r.length >= 1, undefined, 60_000);
    expect(cardOf(help)).toBeDefined();
  }, 600_000);
});
