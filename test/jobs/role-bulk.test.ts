import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import type { JobCounts, JobRow } from '../../src/jobs/ports.js';
import { type JobListener, JobRunner } from '../../src/jobs/runner.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import { newJob, planned } from '../storage/job-store-contract.js';
import { FakePeople } from '../support/fake-people.js';

class Heard implements JobListener {
  readonly ends: JobCounts[] = [];
  async progress(): Promise<void> {}
  async finished(_job: JobRow, counts: JobCounts): Promise<void> {
    this.ends.push(counts);
  }
}

const emails = [1, 2, 3].map((n) => `user${n}@acme.example.com`);

async function grantJob(api: FakePeople) {
  const store = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-roles-'))).jobs;
  api.add('bob@acme.example.com').roles = ['role-admin'];
  const users = emails.map((email, i) => {
    const person = api.add(email, ['lic-prem']);
    return planned(i + 1, {
      action: 'update',
      personId: person.id,
      held: { licenses: ['lic-prem'], roles: [] },
      before: { tier: 'premium', fullAdmin: false },
      after: { tier: 'premium', fullAdmin: true },
    });
  });
  await store.createJob(newJob('job-roles'), users);
  await store.confirm('job-roles', 'bob@acme.example.com');
  const heard = new Heard();
  const runner = new JobRunner({ store, api, listener: heard, logger: pino({ level: 'silent' }), concurrency: 4 });
  await runner.resume();
  await runner.idle();
  return heard;
}

describe('Full Administrator for many users of a job', () => {
  it('goes in one SCIM Bulk request, with no per-user role call', async () => {
    const api = new FakePeople();
    const heard = await grantJob(api);
    expect(api.calls.filter((c) => c === 'bulk roles')).toHaveLength(1);
    expect(api.calls.filter((c) => c.startsWith('roles '))).toEqual([]);
    expect(heard.ends[0]).toMatchObject({ total: 3, updated: 3, failed: 0 });
  });

  it('is read back and sent per user when the Bulk request goes unanswered, changing nobody twice', async () => {
    const api = new FakePeople();
    api.bulkUnanswered = true;
    const heard = await grantJob(api);
    for (const email of emails) {
      const calls = api.calls.filter((c) => c.includes(email));
      // Read back first (in flight), then one role change.
      expect(calls).toEqual([`find ${email}`, `roles person-${email}`]);
    }
    expect(heard.ends[0]).toMatchObject({ total: 3, updated: 3, failed: 0 });
  });
});
