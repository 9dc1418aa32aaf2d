import pg from 'pg';
import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncAlerts } from '../../src/contact-center/sync-alerts.js';
import type { SyncChecks } from '../../src/contact-center/sync-checks.js';
import type { SyncStore } from '../../src/contact-center/sync-ports.js';
import { DEFAULT_SYNC_SETTINGS } from '../../src/contact-center/sync-settings.js';
import { SyncWatcher } from '../../src/contact-center/sync-watcher.js';
import { AdvisoryLocks } from '../../src/jobs/advisory-locks.js';
import { postgresAvailable, TEST_DATABASE_URL } from '../support/services.js';

const logger = pino({ level: 'silent' });
const available = await postgresAvailable();

/** A replica's connection, named so that the test can cut it as a crash would. */
function replicaUrl(name: string): string {
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('application_name', `h20c-${name}`);
  return url.toString();
}

const opened: AdvisoryLocks[] = [];
function locks(name: string): AdvisoryLocks {
  const l = new AdvisoryLocks({ databaseUrl: replicaUrl(name), logger });
  opened.push(l);
  return l;
}

/** What a replica dying does to its database session: PostgreSQL ends it. */
async function cut(name: string): Promise<void> {
  const admin = new pg.Client({ connectionString: TEST_DATABASE_URL });
  await admin.connect();
  await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = $1', [
    `h20c-${name}`,
  ]);
  await admin.end();
}

/** A watcher whose rounds only note which replica ran them (nothing open, nothing unfinished). */
function watcher(replica: string, rounds: string[]): SyncWatcher {
  const store = {
    runsInState: async () => {
      rounds.push(replica);
      return [];
    },
    alertsInState: async () => [],
  } as unknown as SyncStore;
  return new SyncWatcher({
    store,
    checks: {} as SyncChecks,
    alerts: {} as SyncAlerts,
    logger,
    settings: { ...DEFAULT_SYNC_SETTINGS, watchIntervalMs: 50 },
    now: () => Date.now(),
    isActive: () => false,
    drive: async () => undefined,
    afterCheck: async () => undefined,
    stopping: () => false,
  });
}

async function until(what: string, check: () => boolean): Promise<void> {
  const end = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > end) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe.skipIf(!available)('background work on one replica at a time (PostgreSQL advisory locks)', () => {
  const watchers: SyncWatcher[] = [];
  afterEach(async () => {
    for (const w of watchers.splice(0)) await w.stop();
    for (const l of opened.splice(0)) await l.close();
  });

  it('gives a lock to one replica, keeps it there, and hands it on when that replica stops', async () => {
    const a = locks('a');
    const b = locks('b');
    expect(await a.holds('h20c-sync-watcher:acme')).toBe(true);
    expect(await b.holds('h20c-sync-watcher:acme')).toBe(false);
    expect(await a.holds('h20c-sync-watcher:acme')).toBe(true);
    // Another organization's watcher may run on the other replica.
    expect(await b.holds('h20c-sync-watcher:globex')).toBe(true);
    await a.close();
    expect(await b.holds('h20c-sync-watcher:acme')).toBe(true);
  });

  it("runs the sync watcher's rounds on one replica; another takes them up when it dies", async () => {
    const a = locks('a');
    const b = locks('b');
    const rounds: string[] = [];
    const onA = watcher('a', rounds);
    const onB = watcher('b', rounds);
    watchers.push(onA, onB);
    onA.start(() => a.holds('h20c-sync-watcher:acme'));
    await until('a round on a', () => rounds.includes('a'));
    onB.start(() => b.holds('h20c-sync-watcher:acme'));
    await until('several rounds', () => rounds.length >= 6);
    expect(new Set(rounds)).toEqual(new Set(['a']));

    // Replica a dies: it does nothing more, and PostgreSQL ends its session (nobody released the lock);
    // b's next round is its own.
    await onA.stop();
    await cut('a');
    await until('a round on b', () => rounds.includes('b'));
    const afterDeath = rounds.length;
    await until('more rounds', () => rounds.length >= afterDeath + 4);
    expect(new Set(rounds.slice(afterDeath))).toEqual(new Set(['b']));
  });
});
