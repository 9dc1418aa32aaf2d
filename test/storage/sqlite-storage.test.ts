import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../../src/storage/sqlite/database.js';
import { MIGRATIONS } from '../../src/storage/sqlite/migrations.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import { handledEventStoreContract } from './handled-event-store-contract.js';
import { jobStoreContract, newJob, planned } from './job-store-contract.js';
import { syncStoreContract } from './sync-store-contract.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'wxcc-storage-'));
const open = async (options: { now: () => Date }) => openSqliteStorage(tempDir(), options);

jobStoreContract('SQLite', open);
syncStoreContract('SQLite', open);
handledEventStoreContract('SQLite', open);

/** The tables as the bot created them before schema steps were recorded (user_version 0). */
function writeUnversionedDatabase(dir: string): void {
  const db = new Database(join(dir, DATABASE_FILE));
  db.exec(MIGRATIONS[0]!.sql);
  db.prepare(
    "INSERT INTO jobs (id, kind, state, room_id, thread_id, requested_by, created_at, details) VALUES ('job-old', 'users', 'running', 'r', 't', 'alice@x', '2026-01-01T00:00:00.000Z', ?)",
  ).run(
    JSON.stringify({
      kind: 'users',
      role: 'agent',
      welcomeEmail: false,
      catalogue: { licenseIds: { standard: [], premium: [] } },
      seats: [],
      notes: [],
    }),
  );
  db.prepare(
    "INSERT INTO records (job_id, seq, email, state, attempts, plan) VALUES ('job-old', 1, ?, 'in_flight', 1, ?)",
  ).run('user1@acme.example.com', JSON.stringify(planned(1)));
  db.prepare("INSERT INTO people_settings (email, language, updated_at) VALUES ('eve@x', 'pt-BR', 'then')").run();
  expect(db.pragma('user_version', { simple: true })).toBe(0);
  db.close();
}

describe('the SQLite database', () => {
  it('still knows the events it handled once opened again', async () => {
    const dir = tempDir();
    const first = openSqliteStorage(dir);
    expect(await first.handledEvents.markHandled('event-1')).toBe(true);
    await first.close();
    const again = openSqliteStorage(dir);
    expect(await again.handledEvents.markHandled('event-1')).toBe(false);
    await again.close();
  });

  it('opens a data directory written before schema steps were recorded, with its data as it was', async () => {
    const dir = tempDir();
    writeUnversionedDatabase(dir);
    const storage = openSqliteStorage(dir);
    const job = await storage.jobs.job('job-old');
    expect(job).toMatchObject({ state: 'running', requestedBy: 'alice@x' });
    expect(await storage.jobs.pendingRecords('job-old', 0, 10)).toMatchObject([{ seq: 1, state: 'in_flight' }]);
    expect(await storage.settings.language('eve@x')).toBe('pt-BR');
    await storage.close();

    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.at(-1)!.version);
    db.close();
  });

  it('opens a data directory with synchronisation checks written before agent settings, as they were', async () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    for (const step of MIGRATIONS.filter((m) => m.version <= 2)) db.exec(step.sql);
    db.pragma('user_version = 2');
    db.prepare(
      "INSERT INTO sync_runs (id, origin, job_id, room_id, thread_id, requested_by, state, created_at, deadline_at) VALUES ('sync-old', 'job', 'job-old', 'r', 't', 'alice@x', 'done', 1, 2)",
    ).run();
    db.prepare(
      "INSERT INTO sync_users (run_id, seq, person_id, ci_user_id, email, tier, supervisor, tracking_ids, state, reason, profile) VALUES ('sync-old', 1, 'p1', 'ci1', 'old@x', 'premium', 1, '[]', 'invalid', ?, 'set')",
    ).run(JSON.stringify({ key: 'verify.notEnabled' }));
    db.close();

    const storage = openSqliteStorage(dir);
    expect(await storage.sync.run('sync-old')).toMatchObject({ state: 'done', supervisorStepAskedAt: undefined });
    const [user] = await storage.sync.usersInState('sync-old', 'invalid');
    expect(user).toMatchObject({
      email: 'old@x',
      reason: { key: 'verify.notEnabled' },
      profile: 'set',
      settings: undefined,
      appliedAt: undefined,
      settingsAsked: false,
    });
    expect(user).not.toHaveProperty('agent');
    expect(await storage.sync.counts('sync-old')).toEqual({
      total: 1,
      synced: 0,
      pending: 0,
      needsSettings: 0,
      invalid: 1,
    });
    await storage.close();
  });

  it('keeps what it holds across a reopen, and applies no step twice', async () => {
    const dir = tempDir();
    const first = openSqliteStorage(dir);
    await first.jobs.createJob(newJob('job-1'), [planned(1)]);
    await first.close();
    const second = openSqliteStorage(dir);
    expect((await second.jobs.job('job-1'))!.state).toBe('previewed');
    expect((await second.jobs.counts('job-1')).total).toBe(1);
    await second.close();
  });

  it('refuses a database written by a newer version, and says what to do', () => {
    const dir = tempDir();
    const db = new Database(join(dir, DATABASE_FILE));
    db.pragma(`user_version = ${MIGRATIONS.at(-1)!.version + 1}`);
    db.close();
    expect(() => openSqliteStorage(dir)).toThrow(/newer than this version of the bot knows.*run the newer version/);
  });

  it('says when it cannot be written, for readiness', async () => {
    const storage = openSqliteStorage(tempDir());
    expect(await storage.writeProblem()).toBeUndefined();
    await storage.close();
    expect(await storage.writeProblem()).toMatch(/^the store cannot be written: /);
  });

  it('keeps the credential sealed, and only for the client secret and refresh token that stored it', async () => {
    const dir = tempDir();
    const logger = pino({ level: 'silent' });
    const storage = openSqliteStorage(dir);
    const options = { clientSecret: 'secret-1', configuredRefreshToken: 'refresh-configured', logger };
    const pair = {
      accessToken: 'access-token-value',
      expiresAt: 2,
      refreshToken: 'refresh-token-value',
      refreshExpiresAt: 3,
      issuedAt: 1,
    };
    await storage.tokenVault('admin', options).save(pair);
    expect(await storage.tokenVault('admin', options).load()).toEqual(pair);
    expect(await storage.tokenVault('other', options).load()).toBeUndefined();
    expect(await storage.tokenVault('admin', { ...options, clientSecret: 'secret-2' }).load()).toBeUndefined();
    expect(
      await storage.tokenVault('admin', { ...options, configuredRefreshToken: 'refresh-new' }).load(),
    ).toBeUndefined();
    await storage.close();

    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    const row = db.prepare("SELECT sealed FROM credentials WHERE name = 'admin'").get() as { sealed: string };
    db.close();
    expect(Buffer.from(row.sealed, 'base64').includes(Buffer.from('refresh-token-value'))).toBe(false);
  });
});
