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

/** What the conversation would hear: each job's end, and the queued imports that start. */
class Heard implements JobListener {
  readonly ends: { jobId: string; counts: JobCounts; cancelled: boolean }[] = [];
  readonly startedFromQueue: string[] = [];

  async progress(): Promise<void> {}

  async finished(job: JobRow, counts: JobCounts, cancelled: boolean): Promise<void> {
    this.ends.push({ jobId: job.id, counts, cancelled });
  }

  async dequeued(job: JobRow): Promise<void> {
    this.startedFromQueue.push(job.id);
  }
}

const logger = pino({ level: 'silent' });

/** A confirmed job with these planned users, left as a crash would leave it. */
async function runningJob(store: JobStore, id: string, users: PlannedUser[], kind: 'users' | 'import' = 'users') {
  await store.createJob(newJob(id, { kind }), users);
  expect(await store.confirm(id, 'bob@acme.example.com')).toBeTruthy();
  return (await store.job(id))!;
}

function openStorage(): Storage {
  return openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-runner-')));
}

describe('the job runner after a restart', () => {
  it('reads users in flight back first, finishes the job, and changes nobody twice', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    const emails = [1, 2, 3, 4].map((n) => `user${n}@acme.example.com`);
    const job = await runningJob(store, 'job-crash', [planned(1), planned(2), planned(3), planned(4)]);
    // Before the crash: user 1 was done; user 2's creation reached Webex but its answer was lost;
    // user 3's creation was about to be sent and never arrived; user 4 was not reached.
    const [one] = await store.pendingRecords('job-crash', 0, 1);
    api.add(emails[0]!, [STANDARD]);
    await store.completeRecord(job, one!, { outcome: 'created', personId: `person-${emails[0]}` });
    await store.markInFlight('job-crash', 2);
    api.add(emails[1]!, [STANDARD]);
    await store.markInFlight('job-crash', 3);

    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger, concurrency: 4 });
    await runner.resume();
    await runner.idle();

    // Nothing about user 1 was asked again; users 2 and 3 were looked up before anything was written.
    expect(api.calls.filter((c) => c.includes(emails[0]!))).toEqual([]);
    expect(api.calls.indexOf(`find ${emails[1]}`)).toBeGreaterThanOrEqual(0);
    expect(api.calls.indexOf(`find ${emails[2]}`)).toBeLessThan(api.calls.indexOf(`create ${emails[2]}`));
    expect(emails.map((e) => api.writesFor(e).length)).toEqual([0, 0, 1, 1]);
    expect(heard.ends).toEqual([
      {
        jobId: 'job-crash',
        counts: { total: 4, done: 4, created: 4, updated: 0, unchanged: 0, failed: 0 },
        cancelled: false,
      },
    ]);
    expect((await store.job('job-crash'))!.state).toBe('done');
    // The read-back user counts as created (this job created it), not as unchanged.
    expect((await store.recordsWithOutcome('job-crash', 'created', 10)).map((r) => r.seq)).toEqual([1, 2, 3, 4]);
    await storage.close();
  });

  it('does not repeat a license change in flight that Webex had already applied', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    const email = 'dana@acme.example.com';
    const person = api.add(email, []);
    await runningJob(store, 'job-update', [
      planned(1, {
        email,
        action: 'update',
        personId: person.id,
        before: { tier: 'none', fullAdmin: false },
        held: { licenses: [], roles: [] },
      }),
    ]);
    await store.markInFlight('job-update', 1);
    // The PATCH went through before the crash.
    person.licenses = [STANDARD];

    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger });
    await runner.resume();
    await runner.idle();
    expect(api.calls).toEqual([`find ${email}`]);
    expect(heard.ends[0]!.counts).toMatchObject({ done: 1, updated: 1 });
    await storage.close();
  });

  it('hands each user to one worker only, however many work at once', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    const users = Array.from({ length: 450 }, (_, i) => planned(i + 1));
    await runningJob(store, 'job-many', users);
    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger, concurrency: 8 });
    await runner.resume();
    await runner.idle();
    const creates = api.calls.filter((c) => c.startsWith('create '));
    expect(creates).toHaveLength(450);
    expect(new Set(creates).size).toBe(450);
    expect(heard.ends[0]!.counts).toMatchObject({ total: 450, done: 450, created: 450 });
    await storage.close();
  });

  it('takes up the running import first and starts the queued one after it', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    await runningJob(store, 'imp-1', [planned(1)], 'import');
    await store.createJob(newJob('imp-2', { kind: 'import' }), [planned(2)]);
    expect(await store.confirm('imp-2', 'bob@acme.example.com')).toBe('queued');

    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger });
    await runner.resume();
    await runner.idle();
    // The queued import starts as the first one ends, so `idle` may return between the two.
    await expect.poll(() => heard.ends.length).toBe(2);
    await runner.idle();
    expect(heard.ends.map((e) => e.jobId)).toEqual(['imp-1', 'imp-2']);
    expect(heard.startedFromQueue).toEqual(['imp-2']);
    expect(api.calls).toEqual(['create user1@acme.example.com', 'create user2@acme.example.com']);
    await storage.close();
  });

  it('stops between users on request and leaves the rest not reached', async () => {
    const storage = openStorage();
    const store = storage.jobs;
    const api = new FakePeople();
    await runningJob(store, 'job-stop', [planned(1), planned(2), planned(3)]);
    await store.requestCancel('job-stop');
    const heard = new Heard();
    const runner = new JobRunner({ store, api, listener: heard, logger });
    await runner.run('job-stop');
    expect(api.calls).toEqual([]);
    expect(heard.ends).toMatchObject([{ jobId: 'job-stop', cancelled: true, counts: { total: 3, done: 0 } }]);
    expect((await store.job('job-stop'))!.state).toBe('cancelled');
    await storage.close();
  });
});
