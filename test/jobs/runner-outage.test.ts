import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { JobCounts, JobRow, JobStore } from '../../src/jobs/ports.js';
import { type JobListener, JobRunner } from '../../src/jobs/runner.js';
import type { PlannedUser } from '../../src/provisioning/plan.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { newJob, planned } from '../storage/job-store-contract.js';
import { FakePeople } from '../support/fake-people.js';

const STANDARD = 'lic-std';

class Heard implements JobListener {
  readonly ends: { jobId: string; counts: JobCounts }[] = [];
  async progress(): Promise<void> {}
  async finished(job: JobRow, counts: JobCounts): Promise<void> {
    this.ends.push({ jobId: job.id, counts });
  }
}

/** The runner's log lines, to see what it said it did. */
function listeningLogger(lines: string[]) {
  return pino({ level: 'info' }, { write: (line: string) => lines.push((JSON.parse(line) as { msg: string }).msg) });
}

function openStorage(): Storage {
  return openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-outage-')));
}

async function runningJob(store: JobStore, id: string, users: PlannedUser[]): Promise<JobRow> {
  await store.createJob(newJob(id), users);
  expect(await store.confirm(id, 'bob@acme.example.com')).toBe('running');
  return (await store.job(id))!;
}

const emailOf = (seq: number) => `user${seq}@acme.example.com`;
const FAST = { firstMs: 20, maxMs: 80 };

describe('a job while Webex does not answer', () => {
  it('waits, probes Webex, and goes on: nobody fails, and each user is created once', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    const lines: string[] = [];
    const users = Array.from({ length: 30 }, (_, i) => planned(i + 1));
    await runningJob(store, 'job-outage', users);
    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger: listeningLogger(lines), outageWait: FAST });
    // Webex goes down after a few users and comes back a little later.
    const outage = (async () => {
      while (api.calls.filter((c) => c.startsWith('create')).length < 5) await new Promise((r) => setTimeout(r, 1));
      api.down = true;
      await new Promise((r) => setTimeout(r, 400));
      api.down = false;
    })();
    await runner.run('job-outage');
    await outage;

    expect(heard.ends[0]!.counts).toMatchObject({ total: 30, done: 30, created: 30, failed: 0 });
    for (const user of users) expect(api.created(user.email)).toBe(1);
    expect(lines).toContain('Webex is not answering; the job waits and then tries again');
    expect(lines).toContain('Webex answers again; the job goes on');
    // While Webex was down, a few probes went out, not a call per user: besides the creations and the
    // read-backs of the users in hand, only reads of the admin who confirmed.
    const probes = api.calls.filter((c) => c === 'find bob@acme.example.com').length;
    expect(probes).toBeGreaterThan(0);
    expect(api.calls.length - probes).toBeLessThan(2 * 30 + 3 * 4);
    expect((await store.job('job-outage'))!.state).toBe('done');
    await storage.close();
  });

  it('fails a user that Webex keeps failing while it serves the others, so the job ends', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    api.failingFor = emailOf(2);
    await runningJob(
      store,
      'job-one-bad',
      Array.from({ length: 12 }, (_, i) => planned(i + 1)),
    );
    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger: pino({ level: 'silent' }), outageWait: FAST });
    await runner.run('job-one-bad');
    expect(heard.ends[0]!.counts).toMatchObject({ total: 12, created: 11, failed: 1 });
    const [failed] = await store.recordsWithOutcome('job-one-bad', 'failed', 5);
    expect(failed!.email).toBe(emailOf(2));
    expect(failed!.result!.reason).toMatchObject({ key: 'exec.failing' });
    await storage.close();
  });

  it('stops waiting when the bot stops, leaving the user in hand to be read back first', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    api.down = true;
    await runningJob(store, 'job-down', [planned(1), planned(2)]);
    const heard = new Heard();
    const runner = new JobRunner({
      store,
      api,
      listener: heard,
      logger: pino({ level: 'silent' }),
      outageWait: { firstMs: 60_000, maxMs: 60_000 },
      concurrency: 1,
    });
    const running = runner.run('job-down');
    await expect.poll(() => api.calls.length).toBeGreaterThan(0);
    const stoppedAt = Date.now();
    await runner.stop();
    await running;
    expect(Date.now() - stoppedAt).toBeLessThan(5_000);
    expect(heard.ends).toEqual([]);
    expect((await store.job('job-down'))!.state).toBe('running');
    // The creation was sent (and failed): after a restart the user is looked up before anything else.
    expect((await store.pendingRecords('job-down', 0, 10)).map((r) => r.state)).toEqual(['in_flight', 'pending']);
    await storage.close();
  });
});

describe('two jobs for the same users', () => {
  it('finds the users the first job created as unchanged, and counts one creation', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    const users = [planned(1), planned(2), planned(3)];
    // Both previews planned creations before either was confirmed.
    await store.createJob(newJob('job-first'), users);
    await store.createJob(newJob('job-second'), users);
    await store.confirm('job-first', 'alice@acme.example.com');
    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger: pino({ level: 'silent' }) });
    await runner.run('job-first');
    await store.confirm('job-second', 'bruno@acme.example.com');
    await runner.run('job-second');

    expect(heard.ends.map((e) => [e.jobId, e.counts])).toEqual([
      ['job-first', { total: 3, done: 3, created: 3, updated: 0, unchanged: 0, failed: 0 }],
      ['job-second', { total: 3, done: 3, created: 0, updated: 0, unchanged: 3, failed: 0 }],
    ]);
    for (const user of users) {
      expect(api.created(user.email)).toBe(1);
      expect((await store.history(user.email)).map((a) => [a.jobId, a.outcome])).toEqual([
        ['job-second', 'unchanged'],
        ['job-first', 'created'],
      ]);
    }
    await storage.close();
  });

  it('reads a user planned as unchanged again when another job changed it since, and brings it back', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    const email = emailOf(1);
    const person = api.add(email, [STANDARD]);
    const keep = planned(1, {
      action: 'unchanged',
      personId: person.id,
      before: { tier: 'standard', fullAdmin: false },
      held: { licenses: [STANDARD], roles: [] },
    });
    const remove = planned(1, {
      action: 'update',
      personId: person.id,
      before: { tier: 'standard', fullAdmin: false },
      after: { tier: 'none', fullAdmin: false },
      held: { licenses: [STANDARD], roles: [] },
    });
    await store.createJob(newJob('job-keep'), [keep]);
    await store.createJob(newJob('job-remove'), [remove]);
    await store.confirm('job-remove', 'alice@acme.example.com');
    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger: pino({ level: 'silent' }) });
    await runner.run('job-remove');
    expect(api.people.get(email)!.licenses).toEqual([]);
    await store.confirm('job-keep', 'bruno@acme.example.com');
    await runner.run('job-keep');
    // The second job's preview said "already Standard Agent"; Webex no longer held that, so it was read and set.
    expect(heard.ends[1]!.counts).toMatchObject({ updated: 1, unchanged: 0 });
    expect(api.people.get(email)!.licenses).toEqual([STANDARD]);
    await storage.close();
  });
});
