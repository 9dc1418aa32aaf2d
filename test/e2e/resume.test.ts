import type { ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ChildBot, freePort, startChildBot } from '../support/child-bot.js';
import { eventually } from '../support/receiver.js';
import { READY_AGENTS_SEED, SandboxFixture } from '../support/sandbox-api.js';

/**
 * The bot as a real child process against the sandbox in this process: killed in the middle of a
 * job, started again on the same data directory, it finishes the job with each user changed once.
 */
const fx = new SandboxFixture({ recordExchanges: true, seed: READY_AGENTS_SEED });
const dataDir = mkdtempSync(join(tmpdir(), 'wxcc-resume-'));
let port = 0;
let child: ChildProcess | undefined;

const started: ChildBot[] = [];
async function startBot(dir = dataDir): Promise<ChildProcess> {
  const bot = await startChildBot(fx, { port, dataDir: dir });
  started.push(bot);
  return bot.process;
}

beforeAll(async () => {
  await fx.start();
  port = await freePort();
  await fx.call(null, 'PUT', '/sandbox/licenses/CJPSTD', { totalUnits: 100 });
}, 60_000);
afterAll(async () => {
  child?.kill('SIGKILL');
  await fx.stop();
});

async function botReplies(
  thread: string,
): Promise<{ id: string; markdown?: string; attachments?: { content: any }[] }[]> {
  const res = await fx.call('alice', 'GET', `/messages?roomId=${fx.seed.adminSpaceId}&parentId=${thread}&max=100`);
  return (res.body.items as { personId: string }[]).filter((m) => m.personId === fx.seed.bot.id).reverse() as never;
}

/**
 * "@bot add" with `count` new addresses as Standard Agents, previewed and confirmed, while Webex
 * answers creations slowly (so the job is still running when the test interrupts it).
 */
async function startSlowJob(
  prefix: string,
  count = 25,
): Promise<{ thread: string; jobId: string; emails: string[]; created: () => number }> {
  const bot = fx.seed.bot;
  const asked = await fx.call('alice', 'POST', '/messages', {
    roomId: fx.seed.adminSpaceId,
    markdown: `<@personId:${bot.id}|${bot.displayName}> add`,
  });
  const thread = asked.body.id as string;
  const [card] = await eventually(async () => {
    const r = await botReplies(thread);
    return r.length >= 1 ? r : undefined;
  });
  const emails = Array.from({ length: count }, (_, i) => `${prefix}${String(i).padStart(2, '0')}@acme.example.com`);
  await fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 250, pathPattern: '^POST /v1/people$' });
  await fx.call('alice', 'POST', '/attachment/actions', {
    type: 'submit',
    messageId: card!.id,
    inputs: { action: 'users.preview', mode: 'emails', entries: emails.join('\n'), role: 'standard', welcome: 'false' },
  });
  const preview = await eventually(async () =>
    (await botReplies(thread)).find((m) => m.attachments && JSON.stringify(m.attachments).includes('Preview:')),
  );
  const jobId = (preview.attachments![0]!.content.actions as { data: { jobId: string } }[])[0]!.data.jobId;
  await fx.call('alice', 'POST', '/attachment/actions', {
    type: 'submit',
    messageId: preview.id,
    inputs: { action: 'job.confirm', jobId },
  });
  return { thread, jobId, emails, created: () => emails.filter((e) => fx.sandbox.state.findPersonByEmail(e)).length };
}

/** The summary card's counts, once the job's summary is in its thread. */
async function summaryFacts(thread: string, jobId: string): Promise<Record<string, string>> {
  const summary = await eventually(
    async () =>
      (await botReplies(thread)).find((m) => JSON.stringify(m.attachments ?? []).includes(`Job ${jobId} finished`)),
    { timeoutMs: 60_000, intervalMs: 200 },
  );
  const facts = (
    summary.attachments![0]!.content.body as { type: string; facts?: { title: string; value: string }[] }[]
  ).find((b) => b.type === 'FactSet')!.facts!;
  return Object.fromEntries(facts.map((f) => [f.title, f.value]));
}

describe('a job interrupted by a crash', () => {
  it('is resumed on restart and changes each user exactly once', async () => {
    child = await startBot();
    // Webex answers slowly, so the job is still running when the process is killed.
    const { thread, jobId, emails, created } = await startSlowJob('crash');
    // Killed while Webex (the sandbox) holds creations the bot will never hear the answer to.
    await eventually(() => created() >= 6 && (fx.sandbox.inFlight.get('POST /v1/people') ?? 0) >= 2, {
      timeoutMs: 30_000,
      intervalMs: 5,
    });
    child.kill('SIGKILL');
    await new Promise((resolve) => child!.once('exit', resolve));
    const atCrash = created();
    expect(atCrash).toBeGreaterThanOrEqual(6);
    expect(atCrash).toBeLessThan(25);

    const restartedAt = fx.sandbox.exchanges.length;
    child = await startBot();
    expect(await summaryFacts(thread, jobId)).toEqual({ Created: '25', Updated: '0', Unchanged: '0', Failed: '0' });
    for (const email of emails) {
      const person = fx.sandbox.state.findPersonByEmail(email)!;
      expect(person.licenses.map((id) => fx.sandbox.state.offerOf(id))).toEqual(['CJPSTD']);
      const posts = fx.sandbox.exchanges.filter(
        (e) =>
          e.method === 'POST' && e.path === '/v1/people' && (e.requestBody as { emails: string[] }).emails[0] === email,
      );
      expect(posts.map((p) => p.status)).toEqual([200]);
      expect(
        fx.sandbox.exchanges.filter(
          (e) => e.method === 'PATCH' && (e.requestBody as { personId?: string }).personId === person.id,
        ),
      ).toEqual([]);
    }
    expect(started[1]!.output.join('')).toContain('resuming a job that was running when the bot stopped');
    // The crash left users whose creation was under way: after the restart they were read back by
    // address first (and not created again, as checked above).
    const readBack = fx.sandbox.exchanges
      .slice(restartedAt)
      .filter(
        (e) =>
          e.method === 'GET' &&
          e.path === '/v1/people' &&
          typeof e.query.email === 'string' &&
          emails.includes(e.query.email as string),
      );
    expect(readBack.length).toBeGreaterThanOrEqual(2);
  }, 150_000);
});

describe('a job interrupted by SIGTERM', () => {
  it('finishes the users in hand, exits cleanly, and resumes the rest on the next start without a read-back', async () => {
    // The first describe's bot is still running on this port.
    if (child && child.exitCode === null) {
      child.kill('SIGKILL');
      await new Promise((resolve) => child!.once('exit', resolve));
    }
    await fx.call(null, 'DELETE', '/sandbox/faults');
    const dir = mkdtempSync(join(tmpdir(), 'wxcc-sigterm-'));
    child = await startBot(dir);
    const { thread, jobId, emails, created } = await startSlowJob('term');
    // Stopped (as a container runtime does) while creations are under way.
    await eventually(() => created() >= 4 && (fx.sandbox.inFlight.get('POST /v1/people') ?? 0) >= 2, {
      timeoutMs: 30_000,
      intervalMs: 5,
    });
    const signalledAt = Date.now();
    child.kill('SIGTERM');
    const code = await new Promise<number | null>((resolve) => child!.once('exit', (c) => resolve(c)));
    expect(code).toBe(0);
    expect(Date.now() - signalledAt).toBeLessThan(10_000);
    expect(started.at(-1)!.output.join('')).toContain(
      'stopped between users for shutdown; the job resumes at the next start',
    );

    // Every user in hand was finished: none is left half-done, and what the store says was created is what Webex holds.
    const db = new Database(join(dir, 'bot.sqlite'), { readonly: true });
    const states = db
      .prepare('SELECT state, outcome, COUNT(*) AS n FROM records WHERE job_id = ? GROUP BY state, outcome')
      .all(jobId) as { state: string; outcome: string | null; n: number }[];
    db.close();
    expect(states.filter((r) => r.state === 'in_flight')).toEqual([]);
    const doneCreated = states.find((r) => r.state === 'done' && r.outcome === 'created')?.n ?? 0;
    const atStop = created();
    expect(doneCreated).toBe(atStop);
    expect(atStop).toBeLessThan(25);
    // No summary yet: the job is not finished.
    expect(
      (await botReplies(thread)).some((m) => JSON.stringify(m.attachments ?? []).includes(`Job ${jobId} finished`)),
    ).toBe(false);

    const restartedAt = fx.sandbox.exchanges.length;
    child = await startBot(dir);
    expect(await summaryFacts(thread, jobId)).toEqual({ Created: '25', Updated: '0', Unchanged: '0', Failed: '0' });
    for (const email of emails) {
      const posts = fx.sandbox.exchanges.filter(
        (e) =>
          e.method === 'POST' && e.path === '/v1/people' && (e.requestBody as { emails: string[] }).emails[0] === email,
      );
      expect(posts.map((p) => p.status)).toEqual([200]);
    }
    // A clean stop leaves nothing uncertain, so nobody had to be read back after the restart.
    const readBack = fx.sandbox.exchanges
      .slice(restartedAt)
      .filter((e) => e.method === 'GET' && e.path === '/v1/people' && emails.includes(e.query.email as string));
    expect(readBack).toEqual([]);
    expect(
      (await botReplies(thread)).filter((m) => JSON.stringify(m.attachments ?? []).includes(`Job ${jobId} finished`)),
    ).toHaveLength(1);
  }, 150_000);
});
