import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { SyncEngine } from '../../src/contact-center/sync-engine.js';
import type { SyncTrigger } from '../../src/contact-center/sync-trigger.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import type { Storage } from '../../src/storage/storage.js';
import { AGENT, FakeContactCenter, REQUEST, RecordingListener, TEST_SETTINGS, target } from './fake-contact-center.js';

/**
 * Several replicas share one store: a synchronisation check is driven by the replica that claimed it,
 * never by a second one at the same time (the watcher's round on another replica, a button pressed there),
 * and taken up elsewhere once the claim of a replica that died has lapsed.
 */
function replica(fake: FakeContactCenter, storage: Storage, owner: string) {
  const listener = new RecordingListener();
  let syncs = 0;
  const trigger: SyncTrigger = {
    mode: 'endpoint',
    async request() {
      syncs += 1;
      fake.synchronise();
      return { trackingId: `T-${owner}-${syncs}` };
    },
  };
  const engine = new SyncEngine({
    ...{ store: storage.sync, cc: fake.client(), trigger, listener, logger: pino({ level: 'silent' }) },
    settings: TEST_SETTINGS,
    now: () => fake.clock,
    driver: { owner },
  });
  return { engine, listener, syncs: () => syncs };
}

describe('a synchronisation check across replicas', () => {
  it('is driven by the replica that claimed it; the other one leaves it', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    const storage = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-sync-driver-')));
    const a = replica(fake, storage, 'replica-a');
    const b = replica(fake, storage, 'replica-b');
    const run = await a.engine.startRun(REQUEST, [target(1, { agent: AGENT })]);
    // While replica A writes the agent settings, replica B's watcher round and a button pressed on B ask
    // to drive the same check.
    let onB: Promise<void>[] = [];
    fake.afterBulk = () => {
      onB = [b.engine.drive(run.id), b.engine.watch()];
    };
    await a.engine.drive(run.id);
    await Promise.all(onB);
    expect(onB).toHaveLength(2);

    expect(a.listener.finished.map((f) => f.counts)).toEqual([
      { total: 1, synced: 1, pending: 0, needsSettings: 0, invalid: 0 },
    ]);
    expect(b.listener.finished).toEqual([]);
    expect([a.syncs(), b.syncs()]).toEqual([1, 0]);
    expect(fake.count('bulk')).toBe(1);
    // Given up at its end: nobody holds it now.
    expect(await storage.sync.claimRun(run.id, 'replica-c', Date.now() + 1_000, Date.now())).toBe(true);
    await storage.close();
  });

  it('is taken up by another replica once the claim of a replica that died has lapsed', async () => {
    const fake = new FakeContactCenter();
    fake.person(1);
    const storage = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-sync-driver-')));
    const b = replica(fake, storage, 'replica-b');
    const run = await b.engine.startRun(REQUEST, [target(1, { agent: AGENT })]);
    // Replica A claimed the check and died: its claim still holds for a while...
    expect(await storage.sync.claimRun(run.id, 'replica-a', Date.now() + 60_000, Date.now())).toBe(true);
    await b.engine.watch();
    await b.engine.drive(run.id);
    expect((await storage.sync.run(run.id))?.state).toBe('running');
    expect(b.syncs()).toBe(0);

    // ...and lapses, since nobody extends it: B's next round takes the check up and ends it.
    // (As if its time had passed: the claim's end is now behind.)
    expect(await storage.sync.claimRun(run.id, 'replica-a', Date.now() - 1, Date.now() - 60_001)).toBe(true);
    await b.engine.watch();
    await b.engine.drive(run.id);
    expect((await storage.sync.run(run.id))?.state).toBe('done');
    expect(b.listener.finished.map((f) => f.counts.synced)).toEqual([1]);
    await storage.close();
  });

  it("leaves an alert's users to the replica that drives its run now, and checks them once it is free", async () => {
    const fake = new FakeContactCenter();
    fake.person(1, { neverArrives: true });
    const storage = openSqliteStorage(mkdtempSync(join(tmpdir(), 'wxcc-sync-driver-')));
    const b = replica(fake, storage, 'replica-b');
    const run = await b.engine.startRun(REQUEST, [target(1)]);
    await storage.sync.finishRun(run.id);
    const finished = (await storage.sync.run(run.id))!;
    await storage.sync.createAlert('alert-1', finished, await storage.sync.notSynced(run.id, 10), 0);
    await storage.sync.setAlertMessage('alert-1', 'msg-alert-1');
    // "Retry sync" pressed on replica A: A drives the alert's run.
    expect(await storage.sync.claimRun(run.id, 'replica-a', Date.now() + 60_000, Date.now())).toBe(true);
    const before = fake.calls.length;
    await b.engine.watch();
    expect(fake.calls.length).toBe(before);

    await storage.sync.releaseRun(run.id, 'replica-a');
    await b.engine.watch();
    expect(fake.calls.length).toBeGreaterThan(before);
    expect((await storage.sync.alert('alert-1'))?.nextCheckAt).toBeGreaterThan(0);
    await storage.close();
  });
});
