import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import { isSummary, jobIdOf, previewBatch, summaryCounts } from '../support/users-flow.js';

/**
 * Messages the bot owes a thread when Webex will not take them for a while: the job goes on, and each
 * message arrives once Webex takes it, exactly once.
 */
const h = new BotHarness();
beforeAll(() => h.start(), 60_000);
afterEach(() => h.fx.call(null, 'DELETE', '/sandbox/faults'));
afterAll(() => h.stop());

const failPostingMessages = () =>
  h.fx.call(null, 'PUT', '/sandbox/faults', {
    errorRate: 1,
    errorStatus: 503,
    latencyMs: 0,
    pathPattern: '^POST /v1/messages$',
  });

/** The bot's progress message of a job: the answer to Confirm, edited as the job goes. */
const progressOf = (jobId: string) => (m: PostedMessage) =>
  new RegExp(`^(Working on|Finished) job \`${jobId}\``).test(m.markdown ?? '');

const jobState = async (jobId: string) => (await h.app.store.job(jobId))?.state;

/** Posts of messages Webex refused (the sandbox's injected 503s) since `since` exchanges. */
const refusedPosts = (since: number) =>
  h.fx.sandbox.exchanges
    .slice(since)
    .filter((e) => e.method === 'POST' && e.path === '/v1/messages' && e.status === 503);

describe('a job whose messages Webex does not take at first', () => {
  it('runs even though the answer to Confirm cannot be posted, and the answer arrives once Webex takes it', async () => {
    const emails = ['owed.one@acme.example.com', 'owed.two@acme.example.com', 'owed.three@acme.example.com'];
    const { thread, answer: preview } = await previewBatch(h, 'alice', {
      entries: emails.join('\n'),
      role: 'standard',
    });
    const jobId = jobIdOf(preview);
    const since = h.fx.sandbox.exchanges.length;
    await failPostingMessages();
    await h.submit('alice', preview, { action: 'job.confirm', jobId });

    // The job ran and finished while Webex refused every message of the bot.
    await eventually(async () => (await jobState(jobId)) === 'done', { timeoutMs: 20_000, intervalMs: 100 });
    for (const email of emails) expect(h.personState(email)).toMatchObject({ licenses: ['CJPSTD'] });
    expect(refusedPosts(since).length).toBeGreaterThan(0);
    expect(await h.botReplies(thread)).toHaveLength(2);

    await h.fx.call(null, 'DELETE', '/sandbox/faults');
    const replies = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 40_000);
    // The answer (as the progress message, now with the final count) and then the summary, once each.
    expect(replies.filter(progressOf(jobId))).toHaveLength(1);
    expect(replies.find(progressOf(jobId))!.markdown).toMatch(
      new RegExp(`^Finished job \`${jobId}\`: 3 users were handled \\(3 created\\)`),
    );
    expect(replies.indexOf(replies.find(progressOf(jobId))!)).toBeLessThan(replies.indexOf(replies.find(isSummary)!));
    expect(replies.filter(isSummary)).toHaveLength(1);
    expect(summaryCounts(replies.find(isSummary)!)).toEqual({ created: 3, updated: 0, unchanged: 0, failed: 0 });
    // Pressing Confirm again says the job was handled (it ran), as it is.
    await h.submit('bruno', preview, { action: 'job.confirm', jobId });
    const again = await h.waitForReplies(thread, (r) => r.some((m) => /^Already handled/.test(m.markdown ?? '')));
    expect(again.find((m) => /^Already handled/.test(m.markdown ?? ''))!.markdown).toContain('has finished');
  }, 90_000);

  it('keeps the summary owed while its post fails, and posts it later, once', async () => {
    const emails = Array.from({ length: 6 }, (_, i) => `late.summary${i}@acme.example.com`);
    const { thread, answer: preview } = await previewBatch(h, 'alice', {
      entries: emails.join('\n'),
      role: 'standard',
    });
    const jobId = jobIdOf(preview);
    // Creations are slow, so the job is still running when Webex starts refusing the bot's posts.
    await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 400, pathPattern: '^POST /v1/people$' });
    await h.submit('alice', preview, { action: 'job.confirm', jobId });
    await h.waitForReplies(thread, (r) => r.some(progressOf(jobId)));
    const since = h.fx.sandbox.exchanges.length;
    await failPostingMessages();

    await eventually(async () => (await jobState(jobId)) === 'done', { timeoutMs: 20_000, intervalMs: 100 });
    // The summary was tried, refused, and is tried again: several refusals, no summary yet.
    await eventually(() => refusedPosts(since).length >= 2, { timeoutMs: 20_000, intervalMs: 100 });
    expect((await h.botReplies(thread)).filter(isSummary)).toEqual([]);

    await h.fx.call(null, 'DELETE', '/sandbox/faults');
    const replies = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 40_000);
    expect(summaryCounts(replies.find(isSummary)!)).toEqual({ created: 6, updated: 0, unchanged: 0, failed: 0 });
    // The progress message was edited meanwhile (edits are not posts): it says the job finished.
    expect(replies.find(progressOf(jobId))!.markdown).toMatch(/^Finished job/);
    await new Promise((resolve) => setTimeout(resolve, 1_500));
    expect((await h.botReplies(thread)).filter(isSummary)).toHaveLength(1);
  }, 90_000);
});
