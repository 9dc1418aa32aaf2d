import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { immutableSupported, setImmutable } from '../storage/file-attributes.js';
import { BotHarness, type PostedMessage } from '../support/bot-harness.js';
import { eventually } from '../support/receiver.js';
import { cardOf, confirmBatch, isSummary, jobIdOf, previewBatch, summaryCounts } from '../support/users-flow.js';

/**
 * The data directory failing under the running bot, as an operator's mistake or a sick volume makes it:
 * the bot says so at /readyz and in the thread, takes nothing it cannot keep, never dies of it, and
 * recovers by itself once the directory is back.
 */
const h = new BotHarness();
beforeAll(() => h.start(), 60_000);
afterAll(() => h.stop());

/** Made immutable during a test, made writable again whatever happens. */
const frozen: string[] = [];
afterEach(() => {
  for (const path of frozen.splice(0)) setImmutable(path, false);
});
const freeze = (path: string) => {
  frozen.push(path);
  expect(setImmutable(path, true)).toBe(true);
};
const canBeImmutable = (() => {
  const probe = join(h.dataDir, 'immutable-probe');
  writeFileSync(probe, '');
  const supported = immutableSupported(probe);
  rmSync(probe);
  return supported;
})();

async function readiness(): Promise<{ status: number; checks: Record<string, string> }> {
  const res = await fetch(`${h.app.url}/readyz`);
  return { status: res.status, checks: ((await res.json()) as { checks: Record<string, string> }).checks };
}

const storeRefusal = (state: string) =>
  `Sorry, that didn't work. I can't save anything right now: my data folder ${h.dataDir} ${state}. Nothing was changed. Whoever runs the bot must fix it; I'll carry on by myself once it's back.`;

/** A preview and its Confirm: the job runs to its summary (the store works end to end). */
async function aJobRuns(email: string): Promise<void> {
  const { thread, answer } = await previewBatch(h, 'alice', { entries: email, role: 'standard' });
  expect(String(cardOf(answer)?.body?.[0]?.text ?? '')).toMatch(/^Preview:/);
  const { summary } = await confirmBatch(h, 'alice', thread, answer);
  expect(summaryCounts(summary)).toMatchObject({ created: 1, failed: 0 });
  expect(h.personState(email)?.licenses).toContain('CJPSTD');
}

async function exportAnswer(): Promise<PostedMessage> {
  const asked = await h.say('alice', 'export');
  const [reply] = await h.waitForReply(asked.id);
  return reply!;
}

describe('the data directory deleted under the running bot', () => {
  it('is not ready and refuses previews at once, then recovers once the directory is back', async () => {
    expect((await readiness()).status).toBe(200);
    rmSync(h.dataDir, { recursive: true });

    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.checks.store).toBe(
      `the store cannot be written: the data directory ${h.dataDir} is deleted: the database file ${join(h.dataDir, 'bot.sqlite')} was deleted while open`,
    );
    const { answer } = await previewBatch(h, 'alice', { entries: 'gone1@acme.example.com', role: 'standard' });
    expect(answer.markdown).toBe(storeRefusal('is gone (it was deleted while I was running)'));
    expect(h.personState('gone1@acme.example.com')).toBeUndefined();
    // The bot does not make the directory again itself (a lost volume is not replaced by an empty folder).
    expect((await readiness()).status).toBe(503);

    mkdirSync(h.dataDir);
    await eventually(async () => (await readiness()).status === 200, { timeoutMs: 15_000, intervalMs: 200 });
    expect(h.logLines.join('')).toContain('the database file was gone: a new empty one was created');
    await aJobRuns('back1@acme.example.com');
  }, 60_000);
});

describe('the data directory made read-only under the running bot', () => {
  // Root (the tests' user) writes through permission bits, so the immutable attribute stands in for a
  // read-only directory: access(2) refuses it to root too, as it does for a read-only mount.
  it.skipIf(!canBeImmutable)(
    'is not ready and refuses previews, then works again once writable',
    async () => {
      expect((await readiness()).status).toBe(200);
      const files = readdirSync(h.dataDir).filter((name) => name.startsWith('bot.sqlite'));
      for (const name of files) freeze(join(h.dataDir, name));
      freeze(h.dataDir);

      const down = await readiness();
      expect(down.status).toBe(503);
      expect(down.checks.store).toMatch(
        new RegExp(`^the store cannot be written: the data directory ${h.dataDir} is read-only: .* \\(EPERM\\)$`),
      );
      const { answer } = await previewBatch(h, 'alice', { entries: 'frozen1@acme.example.com', role: 'standard' });
      expect(answer.markdown).toBe(storeRefusal('is read-only'));
      expect(h.personState('frozen1@acme.example.com')).toBeUndefined();

      for (const path of frozen.splice(0)) setImmutable(path, false);
      await eventually(async () => (await readiness()).status === 200, { timeoutMs: 15_000, intervalMs: 200 });
      await aJobRuns('thawed1@acme.example.com');
    },
    60_000,
  );
});

describe('a job running when the data directory turns read-only', () => {
  it.skipIf(!canBeImmutable)(
    'stops where it is, loses nobody, and finishes by itself once the directory is writable again',
    async () => {
      const emails = Array.from({ length: 12 }, (_, i) => `midjob${i}@acme.example.com`);
      const { thread, answer } = await previewBatch(h, 'alice', { entries: emails.join('\n'), role: 'standard' });
      // Slow creations, so the directory fails while the job is under way.
      await h.fx.call(null, 'PUT', '/sandbox/faults', { latencyMs: 300, pathPattern: '^POST /v1/people$' });
      try {
        await h.submit('alice', answer, { action: 'job.confirm', jobId: jobIdOf(answer) });
        await eventually(() => emails.some((e) => h.personState(e)) || undefined, { timeoutMs: 15_000 });
        const files = readdirSync(h.dataDir).filter((name) => name.startsWith('bot.sqlite'));
        for (const name of files) freeze(join(h.dataDir, name));
        freeze(h.dataDir);
        await eventually(async () => (await readiness()).status === 503 || undefined, { timeoutMs: 10_000 });
        // The job cannot record its users: it stops instead of working on without a trail.
        const createdWhileFrozen = emails.filter((e) => h.personState(e)).length;
        expect(createdWhileFrozen).toBeLessThan(emails.length);
      } finally {
        for (const path of frozen.splice(0)) setImmutable(path, false);
        await h.fx.call(null, 'DELETE', '/sandbox/faults');
      }
      // Writable again: the store recovers and the job is taken up where it stopped, without a restart.
      const replies = await h.waitForReplies(thread, (r) => r.some(isSummary), undefined, 60_000);
      expect(summaryCounts(replies.find(isSummary)!)).toMatchObject({ created: emails.length, failed: 0 });
      for (const email of emails) expect(h.personState(email)?.licenses).toContain('CJPSTD');
      const posts = h.fx.sandbox.exchanges.filter(
        (e) => e.method === 'POST' && e.path === '/v1/people' && e.status < 300,
      );
      const created = posts.map((e) => (e.requestBody as { emails: string[] }).emails[0]);
      for (const email of emails) expect(created.filter((c) => c === email)).toHaveLength(1);
    },
    120_000,
  );
});

describe('files the bot cannot write', () => {
  it('answers an export into an exports folder that is a file, and lives on', async () => {
    const exports = join(h.dataDir, 'exports');
    rmSync(exports, { recursive: true, force: true });
    writeFileSync(exports, 'not a folder');
    try {
      const answer = await exportAnswer();
      expect(answer.files ?? []).toEqual([]);
      expect(answer.markdown).toBe(
        `Sorry, that didn't work. I couldn't write a file in ${exports}: something that isn't a folder is in the way. Whoever runs the bot must fix its data folder.`,
      );
    } finally {
      rmSync(exports);
    }
    expect((await exportAnswer()).files).toHaveLength(1);
  });

  it.skipIf(!canBeImmutable)('answers an export into a folder it cannot write, and lives on', async () => {
    // The folder exists, so the file stream fails only once it opens: the error once went unheard.
    const exports = join(h.dataDir, 'exports');
    mkdirSync(exports, { recursive: true });
    freeze(exports);
    const answer = await exportAnswer();
    expect(answer.markdown).toBe(
      `Sorry, that didn't work. I couldn't write a file in ${exports}: that folder can't be written to (permissions, or a read-only disk). Whoever runs the bot must fix its data folder.`,
    );
    setImmutable(exports, false);
    expect((await exportAnswer()).files).toHaveLength(1);
  });

  it('says in the thread when the results file of an import cannot be written', async () => {
    const csv = Buffer.from(
      'User ID/Email (Required),First Name,Last Name,Contact center Standard Agent\nresults1@acme.example.com,R,One,TRUE\n',
    );
    const upload = await h.upload('alice', 'one.csv', csv);
    const [modeCard] = await h.waitForReplies(upload.id, (r) => r.length >= 1);
    const add = (cardOf(modeCard)!.actions as { data: Record<string, string> }[]).find((a) => a.data.mode === 'add')!;
    await h.submit('alice', modeCard!, add.data);
    const isPreview = (m: PostedMessage) => String(cardOf(m)?.body?.[0]?.text ?? '').startsWith('Preview:');
    const preview = (await h.waitForReplies(upload.id, (r) => r.some(isPreview))).find(isPreview)!;

    const results = join(h.dataDir, 'results');
    rmSync(results, { recursive: true, force: true });
    writeFileSync(results, 'not a folder');
    try {
      const jobId = jobIdOf(preview);
      await h.submit('alice', preview, { action: 'job.confirm', jobId });
      const notPosted = (m: PostedMessage) => (m.markdown ?? '').startsWith('The results file of job');
      const replies = await h.waitForReplies(upload.id, (r) => r.some(isSummary) && r.some(notPosted));
      expect(replies.find(notPosted)!.markdown).toBe(
        `The results file of job \`${jobId}\` could not be posted. I couldn't write a file in ${results}: something that isn't a folder is in the way. Whoever runs the bot must fix its data folder.`,
      );
      expect(h.personState('results1@acme.example.com')?.licenses).toContain('CJPSTD');
    } finally {
      rmSync(results);
    }
  });
});
