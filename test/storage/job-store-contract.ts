import { describe, expect, it } from 'vitest';
import { msg } from '../../src/i18n/msg.js';
import type { JobStore, NewJob, RecordRow } from '../../src/jobs/ports.js';
import type { PlannedUser } from '../../src/provisioning/plan.js';
import type { Storage } from '../../src/storage/storage.js';
import { encodeHydraId } from '../../src/webex/hydra-id.js';

/** Opens a fresh, empty storage whose rows are stamped with `now`. */
export type StorageFactory = (options: { now: () => Date }) => Promise<Storage>;

/** A clock the test moves by hand, so queue order and timestamps are known. */
export function manualClock(start = '2026-11-24T10:00:00Z'): { now: () => Date; tick: (ms?: number) => void } {
  let at = Date.parse(start);
  return { now: () => new Date(at), tick: (ms = 1000) => (at += ms) };
}

export function newJob(id: string, overrides: Partial<NewJob> = {}): NewJob {
  return {
    id,
    kind: 'users',
    roomId: 'room-1',
    threadId: 'thread-1',
    requestedBy: 'alice@acme.example.com',
    role: 'agent',
    welcomeEmail: false,
    catalogue: { licenseIds: { standard: ['lic-std'], premium: ['lic-prem'] }, fullAdminRoleId: 'role-admin' },
    seats: [],
    notes: [],
    ...overrides,
  };
}

export function planned(seq: number, overrides: Partial<PlannedUser> = {}): PlannedUser {
  return {
    seq,
    email: `user${seq}@acme.example.com`,
    action: 'create',
    after: { tier: 'standard', fullAdmin: false },
    supervisor: false,
    ...overrides,
  };
}

async function recordOf(store: JobStore, jobId: string, seq: number): Promise<RecordRow> {
  const all: RecordRow[] = [];
  for await (const r of store.iterateRecords(jobId)) all.push(r);
  return all.find((r) => r.seq === seq)!;
}

/**
 * What any `JobStore` (with the settings and uploads beside it) must do, whatever database holds it.
 * Run with each implementation's factory.
 */
export function jobStoreContract(name: string, open: StorageFactory): void {
  describe(`${name}: the job store`, () => {
    async function fresh() {
      const clock = manualClock();
      const storage = await open({ now: clock.now });
      return { storage, store: storage.jobs, clock };
    }

    it('keeps a job as previewed with its details, and reads it back as written', async () => {
      const { storage, store } = await fresh();
      const job = await store.createJob(
        newJob('job-imp', {
          kind: 'import',
          role: undefined,
          seats: [{ tier: 'standard', free: 3, needed: 2, short: [] }],
          notes: [msg('preview.note.ignoredColumns', { columns: 'X' })],
          mode: 'add-remove',
          filename: 'people.csv',
          headers: ['User ID/Email (Required)', 'Contact Center'],
        }),
        [planned(1), planned(2, { action: 'update', personId: 'p2' })],
      );
      expect(job).toMatchObject({
        id: 'job-imp',
        kind: 'import',
        state: 'previewed',
        createdAt: '2026-11-24T10:00:00.000Z',
        mode: 'add-remove',
        filename: 'people.csv',
        headers: ['User ID/Email (Required)', 'Contact Center'],
        progressEdits: 0,
        cancelRequested: false,
        previewMessageId: undefined,
        confirmedBy: undefined,
      });
      expect(job.notes).toEqual([msg('preview.note.ignoredColumns', { columns: 'X' })]);
      expect(await store.job('job-imp')).toEqual(job);
      expect(await store.job('nope')).toBeUndefined();
      expect((await store.counts('job-imp')).total).toBe(2);

      await store.setPreviewMessage('job-imp', 'msg-preview');
      await store.appendRecords('job-imp', [planned(3)]);
      await store.updateDetails('job-imp', { seats: [{ tier: 'premium', free: 0, needed: 1, short: ['x@y'] }] });
      const after = (await store.job('job-imp'))!;
      expect(after.previewMessageId).toBe('msg-preview');
      expect(after.seats).toEqual([{ tier: 'premium', free: 0, needed: 1, short: ['x@y'] }]);
      expect(after.filename).toBe('people.csv');
      expect((await store.counts('job-imp')).total).toBe(3);
      await storage.close();
    });

    it('confirms a preview once: the second press finds it handled', async () => {
      const { storage, store, clock } = await fresh();
      await store.createJob(newJob('job-1'), [planned(1)]);
      clock.tick(5000);
      expect(await store.confirm('job-1', 'bob@acme.example.com')).toBe('running');
      expect(await store.confirm('job-1', 'carol@acme.example.com')).toBe(false);
      const job = (await store.job('job-1'))!;
      expect(job).toMatchObject({
        state: 'running',
        confirmedBy: 'bob@acme.example.com',
        confirmedAt: '2026-11-24T10:00:05.000Z',
      });
      expect(await store.confirm('unknown', 'bob@acme.example.com')).toBe(false);
      await storage.close();
    });

    it('runs one import at a time: the others queue in the order they were confirmed', async () => {
      const { storage, store, clock } = await fresh();
      for (const id of ['imp-a', 'imp-b', 'imp-c']) await store.createJob(newJob(id, { kind: 'import' }), []);
      await store.createJob(newJob('users-1'), []);
      expect(await store.confirm('imp-a', 'bob@x')).toBe('running');
      clock.tick();
      expect(await store.confirm('imp-c', 'bob@x')).toBe('queued');
      clock.tick();
      expect(await store.confirm('imp-b', 'bob@x')).toBe('queued');
      // A batch from the card does not wait for imports.
      expect(await store.confirm('users-1', 'bob@x')).toBe('running');
      expect(await store.queuePosition('imp-c')).toBe(1);
      expect(await store.queuePosition('imp-b')).toBe(2);
      expect(await store.queuePosition('imp-a')).toBe(0);

      expect(await store.startNextQueued()).toBeUndefined();
      await store.finish('imp-a');
      expect((await store.job('imp-a'))!.state).toBe('done');
      expect(await store.startNextQueued()).toBe('imp-c');
      expect((await store.job('imp-c'))!.state).toBe('running');
      expect(await store.startNextQueued()).toBeUndefined();
      expect(await store.queuePosition('imp-b')).toBe(1);
      expect((await store.jobsInState('queued')).map((j) => j.id)).toEqual(['imp-b']);
      await storage.close();
    });

    it('cancels and expires previews once, and stops a running job between users', async () => {
      const { storage, store, clock } = await fresh();
      for (const id of ['p-cancel', 'p-expire', 'p-request', 'q-busy', 'q-wait', 'r-run']) {
        await store.createJob(newJob(id, { kind: id.startsWith('q') ? 'import' : 'users' }), [planned(1)]);
        clock.tick();
      }
      expect(await store.cancel('p-cancel')).toBe(true);
      expect(await store.cancel('p-cancel')).toBe(false);
      expect(await store.expire('p-cancel')).toBe(false);
      expect(await store.expire('p-expire')).toBe(true);
      expect(await store.confirm('p-expire', 'bob@x')).toBe(false);
      expect((await store.job('p-cancel'))!).toMatchObject({ state: 'cancelled', finishedAt: expect.any(String) });
      expect((await store.job('p-expire'))!.state).toBe('expired');

      expect(await store.requestCancel('p-request')).toBe('cancelled');
      await store.confirm('q-busy', 'bob@x');
      expect(await store.confirm('q-wait', 'bob@x')).toBe('queued');
      expect(await store.requestCancel('q-wait')).toBe('cancelled');
      expect(await store.confirm('r-run', 'bob@x')).toBe('running');
      expect(await store.requestCancel('r-run')).toBe('stopping');
      expect((await store.job('r-run'))!).toMatchObject({ state: 'running', cancelRequested: true });
      await store.markCancelled('r-run');
      expect((await store.job('r-run'))!.state).toBe('cancelled');
      expect(await store.requestCancel('r-run')).toBe(false);
      expect(await store.requestCancel('unknown')).toBe(false);

      // Expired previews are left out of the recent jobs; the newest come first.
      const recent = (await store.recentJobs(10)).map((j) => j.id);
      expect(recent).toEqual(['r-run', 'q-wait', 'q-busy', 'p-request', 'p-cancel']);
      expect(await store.recentJobs(2)).toHaveLength(2);
      await storage.close();
    });

    it('hands out records in order a page at a time, and keeps one in flight until it is done', async () => {
      const { storage, store } = await fresh();
      await store.createJob(newJob('job-r'), [planned(1), planned(2), planned(3), planned(4)]);
      await store.confirm('job-r', 'bob@x');
      expect((await store.pendingRecords('job-r', 0, 2)).map((r) => r.seq)).toEqual([1, 2]);
      expect((await store.pendingRecords('job-r', 2, 2)).map((r) => r.seq)).toEqual([3, 4]);

      await store.markInFlight('job-r', 2);
      const inFlight = (await store.pendingRecords('job-r', 0, 10)).find((r) => r.seq === 2)!;
      expect(inFlight).toMatchObject({ state: 'in_flight', attempts: 1, email: 'user2@acme.example.com' });
      // The plan is kept with the record: a resume has what it needs to finish the user.
      expect(inFlight.after).toEqual({ tier: 'standard', fullAdmin: false });

      const job = (await store.job('job-r'))!;
      await store.completeRecord(job, inFlight, { outcome: 'created', personId: 'person-2', trackingId: 'T2' });
      await store.markInFlight('job-r', 1);
      const first = await recordOf(store, 'job-r', 1);
      await store.completeRecord(job, first, { outcome: 'failed', reason: msg('exec.throttled') });
      expect((await store.pendingRecords('job-r', 0, 10)).map((r) => r.seq)).toEqual([3, 4]);
      expect(await recordOf(store, 'job-r', 2)).toMatchObject({
        state: 'done',
        outcome: 'created',
        attempts: 1,
        result: { outcome: 'created', personId: 'person-2', trackingId: 'T2' },
      });
      expect(await store.counts('job-r')).toEqual({
        total: 4,
        done: 2,
        created: 1,
        updated: 0,
        unchanged: 0,
        failed: 1,
      });
      expect((await store.recordsWithOutcome('job-r', 'failed', 10)).map((r) => r.seq)).toEqual([1]);
      expect((await store.recordsWithOutcome('job-r', null, 1)).map((r) => r.seq)).toEqual([3]);
      expect(await store.tallies()).toEqual({
        jobs: { running: 1 },
        records: { created: 1, failed: 1, pending: 2 },
      });
      await storage.close();
    });

    it('iterates every record of a large job in order, and only the unsuccessful ones when asked', async () => {
      const { storage, store } = await fresh();
      const users = Array.from({ length: 1203 }, (_, i) => planned(i + 1));
      await store.createJob(newJob('job-big', { kind: 'import' }), users.slice(0, 600));
      await store.appendRecords('job-big', users.slice(600));
      const job = (await store.job('job-big'))!;
      for (const seq of [2, 700, 1203]) {
        const record = (await store.pendingRecords('job-big', seq - 1, 1))[0]!;
        await store.completeRecord(job, record, { outcome: seq === 700 ? 'failed' : 'created' });
      }
      const seqs: number[] = [];
      for await (const r of store.iterateRecords('job-big')) seqs.push(r.seq);
      expect(seqs).toEqual(users.map((u) => u.seq));
      const unsuccessful: number[] = [];
      for await (const r of store.iterateRecords('job-big', true)) unsuccessful.push(r.seq);
      expect(unsuccessful).toHaveLength(1203 - 2);
      expect(unsuccessful).toContain(700);
      expect(unsuccessful).not.toContain(2);
      expect(unsuccessful).not.toContain(1203);
      await storage.close();
    });

    it('keeps an audit entry per user done, newest first, and finds it by address in any case', async () => {
      const { storage, store, clock } = await fresh();
      const before = { tier: 'none' as const, fullAdmin: false };
      await store.createJob(newJob('job-a'), [
        planned(1, { email: 'dana@acme.example.com', action: 'update', personId: 'p-dana', before }),
      ]);
      await store.confirm('job-a', 'bob@acme.example.com');
      const job = (await store.job('job-a'))!;
      const [record] = await store.pendingRecords('job-a', 0, 1);
      await store.completeRecord(job, record!, {
        outcome: 'updated',
        personId: 'p-dana',
        trackingId: 'T-1',
        before: { licenses: [], roles: [] },
        after: { licenses: ['lic-std'], roles: [] },
      });
      clock.tick(60_000);
      await store.createJob(newJob('job-b'), [
        planned(1, { email: 'dana@acme.example.com', action: 'update', personId: 'p-dana', before }),
      ]);
      await store.confirm('job-b', 'carol@acme.example.com');
      const jobB = (await store.job('job-b'))!;
      const [again] = await store.pendingRecords('job-b', 0, 1);
      await store.completeRecord(jobB, again!, { outcome: 'failed', reason: msg('exec.throttled') });

      const history = await store.history('Dana@ACME.example.com');
      expect(history.map((h) => [h.jobId, h.outcome])).toEqual([
        ['job-b', 'failed'],
        ['job-a', 'updated'],
      ]);
      expect(history[1]).toEqual({
        at: '2026-11-24T10:00:00.000Z',
        jobId: 'job-a',
        email: 'dana@acme.example.com',
        personId: 'p-dana',
        requestedBy: 'alice@acme.example.com',
        confirmedBy: 'bob@acme.example.com',
        outcome: 'updated',
        before: { licenses: [], roles: [] },
        after: { licenses: ['lic-std'], roles: [] },
        beforeAccess: before,
        afterAccess: { tier: 'standard', fullAdmin: false },
        trackingId: 'T-1',
        reason: undefined,
      });
      // A failed change left the user as they were.
      expect(history[0]).toMatchObject({ afterAccess: before, reason: msg('exec.throttled') });
      expect(await store.history('dana@acme.example.com', 1)).toHaveLength(1);
      expect(await store.history('nobody@acme.example.com')).toEqual([]);
      await storage.close();
    });

    it('names the users a job changed for the Contact Center check, and who asked for a supervisor', async () => {
      const { storage, store } = await fresh();
      const premium = { tier: 'premium' as const, fullAdmin: false };
      await store.createJob(newJob('job-s'), [
        planned(1, { after: premium, supervisor: true }),
        planned(2, { action: 'update', personId: encodeHydraId('PEOPLE', 'ci-2') }),
        planned(3),
        planned(4),
      ]);
      await store.confirm('job-s', 'bob@x');
      const job = (await store.job('job-s'))!;
      const records = await store.pendingRecords('job-s', 0, 10);
      await store.completeRecord(job, records[0]!, {
        outcome: 'created',
        personId: encodeHydraId('PEOPLE', 'ci-1'),
        trackingId: 'T-1',
      });
      await store.completeRecord(job, records[1]!, { outcome: 'updated' });
      await store.completeRecord(job, records[2]!, { outcome: 'failed', personId: encodeHydraId('PEOPLE', 'ci-3') });
      expect(await store.syncTargets('job-s')).toEqual([
        {
          personId: encodeHydraId('PEOPLE', 'ci-1'),
          ciUserId: 'ci-1',
          email: 'user1@acme.example.com',
          tier: 'premium',
          supervisor: true,
          trackingIds: ['T-1'],
        },
        {
          personId: encodeHydraId('PEOPLE', 'ci-2'),
          ciUserId: 'ci-2',
          email: 'user2@acme.example.com',
          tier: 'standard',
          supervisor: false,
          trackingIds: [],
        },
      ]);
      expect(await store.supervisorWanted('USER1@acme.example.com')).toBe(true);
      expect(await store.supervisorWanted('user2@acme.example.com')).toBe(false);
      expect(await store.supervisorWanted('user4@acme.example.com')).toBe(false);
      await storage.close();
    });

    it('names the users with Contact Center settings to apply, even those Control Hub left unchanged', async () => {
      const { storage, store } = await fresh();
      const agent = { teams: [{ id: 'team-1', name: 'Vendas' }] };
      const existing = (n: number) => ({ action: 'update' as const, personId: encodeHydraId('PEOPLE', `ci-${n}`) });
      await store.createJob(newJob('job-a'), [
        planned(1, { ...existing(1), agent }),
        planned(2, { ...existing(2), action: 'unchanged' }),
      ]);
      await store.confirm('job-a', 'bob@x');
      const job = (await store.job('job-a'))!;
      for (const record of await store.pendingRecords('job-a', 0, 10))
        await store.completeRecord(job, record, { outcome: 'unchanged', personId: record.personId! });
      expect(await store.syncTargets('job-a')).toEqual([
        {
          personId: encodeHydraId('PEOPLE', 'ci-1'),
          ciUserId: 'ci-1',
          email: 'user1@acme.example.com',
          tier: 'standard',
          supervisor: false,
          trackingIds: [],
          agent,
        },
      ]);
      await storage.close();
    });

    it('counts progress edits from the message they edit', async () => {
      const { storage, store } = await fresh();
      await store.createJob(newJob('job-p'), []);
      await store.setProgressMessage('job-p', 'msg-1');
      await store.countProgressEdit('job-p');
      await store.countProgressEdit('job-p');
      expect((await store.job('job-p'))!).toMatchObject({ progressMessageId: 'msg-1', progressEdits: 2 });
      await store.setProgressMessage('job-p', 'msg-2');
      expect((await store.job('job-p'))!).toMatchObject({ progressMessageId: 'msg-2', progressEdits: 0 });
      await storage.close();
    });
  });

  describe(`${name}: settings and uploads`, () => {
    it("remembers each person's language by address, in any case", async () => {
      const storage = await open({ now: manualClock().now });
      expect(await storage.settings.language('eve@acme.example.com')).toBeUndefined();
      await storage.settings.setLanguage('Eve@Acme.example.com', 'pt-BR');
      expect(await storage.settings.language('eve@acme.example.com')).toBe('pt-BR');
      await storage.settings.setLanguage('eve@acme.example.com', 'en');
      expect(await storage.settings.language('EVE@acme.example.com')).toBe('en');
      await storage.close();
    });

    it('keeps an upload until its mode is chosen', async () => {
      const storage = await open({ now: manualClock().now });
      const upload = {
        id: 'upload-1',
        roomId: 'room-1',
        threadId: 'thread-1',
        requestedBy: 'alice@acme.example.com',
        filename: 'people.csv',
        path: '/data/uploads/upload-1.csv',
        createdAt: '2026-11-24T10:00:00.000Z',
      };
      await storage.uploads.save(upload);
      expect(await storage.uploads.get('upload-1')).toEqual(upload);
      expect(await storage.uploads.get('upload-2')).toBeUndefined();
      expect(await storage.writeProblem()).toBeUndefined();
      await storage.close();
    });
  });
}
