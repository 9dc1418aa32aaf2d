import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
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
 * Imports when Webex goes down for a while, and when the same file is confirmed twice: users fail only
 * for reasons about them, and each is created once.
 */
const h = new BotHarness();
// The job's outage wait at a tenth of production's (2 s doubling to 60 s), and the outage with it: a
// 2.5 s outage meets the same three failed probes and a fourth that finds Webex back as 25 s would.
const SCALE = 0.1;
beforeAll(async () => {
  await h.start({ config: { outageWait: { firstMs: 2_000 * SCALE, maxMs: 60_000 * SCALE } } });
  await h.fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 200 });
}, 60_000);
afterEach(() => h.fx.call(null, 'DELETE', '/sandbox/faults'));
afterAll(() => h.stop());

const HEADER = 'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent';
const emailsOf = (prefix: string, n: number) =>
  Array.from({ length: n }, (_, i) => `${prefix}${String(i).padStart(2, '0')}@acme.example.com`);
const fileOf = (emails: string[]) => Buffer.from([HEADER, ...emails.map((e, i) => `${e},Test,N${i},TRUE`)].join('\n'));

/** Uploads a file as `who`, picks "Add services only", and returns the thread and the preview. */
async function uploadAndPreview(
  who: string,
  name: string,
  data: Buffer,
): Promise<{ thread: string; preview: PostedMessage }> {
  const upload = await h.upload(who, name, data);
  const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
  expect(isModeCard(modeCard!)).toBe(true);
  const action = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === 'add')!;
  await h.submit(who, modeCard!, action.data);
  const replies = await h.waitForReplies(upload.id, (r) => r.some(isPreviewCard));
  return { thread: upload.id, preview: replies.find(isPreviewCard)! };
}

const summaryIn = async (thread: string, timeoutMs = 60_000) =>
  (await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, timeoutMs)).find(isSummary)!;

/** Creations Webex carried out for an address (answered 2xx), from the sandbox's record of exchanges. */
const creations = (email: string) =>
  h.fx.sandbox.exchanges.filter(
    (e) =>
      e.method === 'POST' &&
      e.path === '/v1/people' &&
      e.status < 300 &&
      (e.requestBody as { emails?: string[] }).emails?.[0] === email,
  ).length;

describe('an import while Webex is down for a while', () => {
  it('waits for Webex instead of failing users, then creates each user exactly once', async () => {
    const emails = emailsOf('outage', 60);
    const { thread, preview } = await uploadAndPreview('alice', 'outage.csv', fileOf(emails));
    // Creations are slow enough that the outage falls in the middle of the job.
    await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 150, pathPattern: '^POST /v1/people$' });
    await h.submit('alice', preview, { action: 'job.confirm', jobId: jobIdOf(preview) });
    await eventually(() => emails.filter((e) => h.fx.sandbox.state.findPersonByEmail(e)).length >= 15, {
      timeoutMs: 30_000,
      intervalMs: 20,
    });
    const downAt = h.fx.sandbox.exchanges.length;
    await h.fx.call(null, 'PUT', '/sandbox/faults', {
      latencyMs: 0,
      errorRate: 1,
      errorStatus: 500,
      pathPattern: '^(GET|POST|PUT|PATCH) /v1/(people|licenses)',
    });
    await new Promise((resolve) => setTimeout(resolve, 25_000 * SCALE));
    const whileDown = h.fx.sandbox.exchanges.slice(downAt);
    await h.fx.call(null, 'DELETE', '/sandbox/faults');
    // Webex really was down for the job: its calls were answered 500, and the job did not end meanwhile.
    expect(whileDown.filter((e) => e.path.startsWith('/v1/people') && e.status === 500).length).toBeGreaterThan(0);
    expect((await h.botReplies(thread)).filter(isSummary)).toEqual([]);

    const summary = await summaryIn(thread, 90_000);
    expect(summaryCounts(summary)).toEqual({ created: 60, updated: 0, unchanged: 0, failed: 0 });
    for (const email of emails) {
      expect(creations(email)).toBe(1);
      expect(h.personState(email)!.licenses).toEqual(['CJPSTD']);
    }
    expect(h.logLines.join('')).toContain('Webex is not answering; the job waits and then tries again');
    // No errors file: nothing to upload again.
    const replies = await h.botReplies(thread);
    expect(replies.filter(isSummary)).toHaveLength(1);
    expect(replies.some((m) => /did not go through/.test(m.markdown ?? ''))).toBe(false);
  }, 180_000);
});

describe('the same file confirmed twice', () => {
  it('creates the users once: the second job finds them unchanged, and history shows one creation', async () => {
    const emails = emailsOf('twice', 4);
    const file = fileOf(emails);
    // Two admins each preview the file before either confirms it: both previews plan four creations.
    const first = await uploadAndPreview('alice', 'team.csv', file);
    const second = await uploadAndPreview('bruno', 'team.csv', file);
    expect(JSON.stringify(cardOf(second.preview))).toContain('4 to add');
    await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 200, pathPattern: '^POST /v1/people$' });
    await h.submit('alice', first.preview, { action: 'job.confirm', jobId: jobIdOf(first.preview) });
    await h.submit('bruno', second.preview, { action: 'job.confirm', jobId: jobIdOf(second.preview) });

    expect(summaryCounts(await summaryIn(first.thread))).toEqual({ created: 4, updated: 0, unchanged: 0, failed: 0 });
    expect(summaryCounts(await summaryIn(second.thread))).toEqual({ created: 0, updated: 0, unchanged: 4, failed: 0 });
    for (const email of emails) expect(creations(email)).toBe(1);

    const asked = await h.say('alice', `history ${emails[0]}`);
    const [history] = await h.waitForReply(asked.id);
    const lines = history!.markdown!.split('\n').slice(1);
    expect(lines).toHaveLength(2);
    expect(lines.filter((l) => l.includes(`job \`${jobIdOf(first.preview)}\`: created`))).toHaveLength(1);
    expect(lines.filter((l) => l.includes(`job \`${jobIdOf(second.preview)}\`: unchanged`))).toHaveLength(1);
    expect(lines.filter((l) => /`: created/.test(l))).toHaveLength(1);
  }, 90_000);
});
