import { existsSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { createLogger } from '../../src/log.js';
import { StorageUnavailableError } from '../../src/storage/errors.js';
import { DATABASE_FILE } from '../../src/storage/sqlite/database.js';
import { databaseFileProblem, fileIdentity } from '../../src/storage/sqlite/database-file.js';
import { openSqliteStorage } from '../../src/storage/sqlite/open-storage.js';
import { SupervisedDatabase } from '../../src/storage/sqlite/supervised-database.js';
import type { Storage } from '../../src/storage/storage.js';
import { eventually } from '../support/receiver.js';
import { immutableSupported, setImmutable } from './file-attributes.js';
import { newJob, planned } from './job-store-contract.js';

const tempDir = () => mkdtempSync(join(tmpdir(), 'wxcc-supervised-'));
const canBeImmutable = immutableSupported(probeFile());

function probeFile(): string {
  const path = join(tempDir(), 'probe');
  writeFileSync(path, '');
  return path;
}

/** A storage under a fresh data directory that retries quickly, and the log lines it wrote. */
function supervisedStorage(dir = tempDir()): { dir: string; storage: Storage; logs: string[] } {
  const logs: string[] = [];
  const sink = new Writable({
    write: (chunk: Buffer, _encoding, done) => {
      logs.push(chunk.toString('utf8'));
      done();
    },
  });
  const storage = openSqliteStorage(dir, { logger: createLogger('debug', sink), retryMs: { first: 20, max: 100 } });
  opened.push(storage);
  return { dir, storage, logs };
}

const opened: Storage[] = [];
const frozen: string[] = [];
afterEach(async () => {
  for (const path of frozen.splice(0)) setImmutable(path, false);
  for (const storage of opened.splice(0)) await storage.close().catch(() => undefined);
});

async function refusal(write: Promise<unknown>): Promise<StorageUnavailableError> {
  const error = await write.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(StorageUnavailableError);
  return error as StorageUnavailableError;
}

describe('the database file check', () => {
  it('passes the file that was opened, and tells a deleted, a replaced and a non-file path apart', () => {
    const dir = tempDir();
    const path = join(dir, 'bot.sqlite');
    writeFileSync(path, 'opened');
    const opened = fileIdentity(path);
    expect(databaseFileProblem(path, opened)).toBeUndefined();

    // Replaced the way a restore does it: another file renamed over the path.
    writeFileSync(join(dir, 'restored'), 'restored');
    renameSync(join(dir, 'restored'), path);
    expect(databaseFileProblem(path, opened)).toMatchObject({ state: 'replaced' });

    rmSync(path);
    expect(databaseFileProblem(path, opened)).toMatchObject({
      state: 'deleted',
      detail: `the database file ${path} was deleted while open`,
    });
    mkdirSync(path);
    expect(databaseFileProblem(path, opened)).toMatchObject({ state: 'replaced' });

    rmSync(dir, { recursive: true });
    expect(databaseFileProblem(path, opened)).toMatchObject({ state: 'deleted' });
  });

  it.skipIf(!canBeImmutable)('finds a folder or a file that cannot be written, even as root', () => {
    const dir = tempDir();
    const path = join(dir, 'bot.sqlite');
    writeFileSync(path, 'opened');
    const opened = fileIdentity(path);
    frozen.push(dir);
    setImmutable(dir, true);
    expect(databaseFileProblem(path, opened)).toEqual({
      state: 'readonly',
      detail: `${dir} cannot be written (EPERM)`,
    });
    setImmutable(dir, false);
    frozen.push(path);
    setImmutable(path, true);
    expect(databaseFileProblem(path, opened)).toEqual({
      state: 'readonly',
      detail: `${path} cannot be written (EPERM)`,
    });
    setImmutable(path, false);
    expect(databaseFileProblem(path, opened)).toBeUndefined();
  });
});

describe('the supervised store', () => {
  it('refuses every write once its data directory is deleted, and starts afresh once the folder is back', async () => {
    const { dir, storage, logs } = supervisedStorage();
    await storage.jobs.createJob(newJob('job-1'), [planned(1)]);
    rmSync(dir, { recursive: true });

    const refused = await refusal(storage.jobs.createJob(newJob('job-2'), [planned(1)]));
    expect(refused).toMatchObject({ state: 'deleted', dataDir: dir, code: 'storage_unavailable' });
    await refusal(storage.settings.setLanguage('eve@x', 'pt-BR'));
    expect(await storage.writeProblem()).toBe(
      `the store cannot be written: the data directory ${dir} is deleted: the database file ${join(dir, DATABASE_FILE)} was deleted while open`,
    );
    // Nothing is made in its place while the folder is gone.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(existsSync(dir)).toBe(false);

    mkdirSync(dir);
    await eventually(async () => (await storage.writeProblem()) === undefined, { timeoutMs: 5_000 });
    // The same store objects write into the new file; what the old one held is gone, and the log says so.
    await storage.jobs.createJob(newJob('job-3'), [planned(1)]);
    expect(await storage.jobs.job('job-1')).toBeUndefined();
    expect((await storage.jobs.job('job-3'))!.state).toBe('previewed');
    expect(logs.join('')).toContain('the store cannot be written: every write is refused until it recovers');
    expect(logs.join('')).toContain('the database file was gone: a new empty one was created');
  });

  it('starts a sound new file when only the database file was deleted, without the old WAL in it', async () => {
    const { dir, storage } = supervisedStorage();
    await storage.jobs.createJob(newJob('job-1'), [planned(1), planned(2)]);
    rmSync(join(dir, DATABASE_FILE));
    expect(await refusal(storage.jobs.createJob(newJob('job-2'), [planned(1)]))).toMatchObject({ state: 'deleted' });
    await eventually(async () => (await storage.writeProblem()) === undefined, { timeoutMs: 5_000 });
    await storage.jobs.createJob(newJob('job-3'), [planned(1)]);
    expect(await storage.jobs.job('job-1')).toBeUndefined();
    await storage.close();
    const db = new Database(join(dir, DATABASE_FILE), { readonly: true });
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(db.prepare('SELECT id FROM jobs').all()).toEqual([{ id: 'job-3' }]);
    db.close();
  });

  it('refuses writes into a database file replaced under it, then opens the one now at the path', async () => {
    const { dir, storage } = supervisedStorage();
    await storage.jobs.createJob(newJob('job-kept'), [planned(1)]);
    await storage.close();
    // A copy of this database with one job in it is restored over the file of a running store.
    const backup = join(tempDir(), 'backup.sqlite');
    renameSync(join(dir, DATABASE_FILE), backup);
    const running = supervisedStorage(dir).storage;
    expect(await running.jobs.job('job-kept')).toBeUndefined();
    renameSync(backup, join(dir, DATABASE_FILE));

    expect(await refusal(running.jobs.createJob(newJob('job-lost'), [planned(1)]))).toMatchObject({
      state: 'replaced',
    });
    await eventually(async () => (await running.writeProblem()) === undefined, { timeoutMs: 5_000 });
    expect((await running.jobs.job('job-kept'))!.state).toBe('previewed');
    expect(await running.jobs.job('job-lost')).toBeUndefined();
  });

  it.skipIf(!canBeImmutable)(
    'refuses writes while its folder is read-only, and takes them once it is writable',
    async () => {
      const { dir, storage } = supervisedStorage();
      frozen.push(dir);
      setImmutable(dir, true);
      expect(await refusal(storage.jobs.createJob(newJob('job-1'), [planned(1)]))).toMatchObject({ state: 'readonly' });
      expect(await storage.writeProblem()).toMatch(/is read-only: .* cannot be written \(EPERM\)$/);
      setImmutable(dir, false);
      expect(await storage.writeProblem()).toBeUndefined();
      await storage.jobs.createJob(newJob('job-1'), [planned(1)]);
      expect((await storage.jobs.counts('job-1')).total).toBe(1);
    },
  );

  it('says when the disk is full, and takes writes again once there is room', async () => {
    const dir = tempDir();
    const database = new SupervisedDatabase(dir, { retryMs: { first: 20, max: 50 } });
    try {
      const db = database.handle;
      db.exec('CREATE TABLE filler (data BLOB)');
      // SQLite's page limit stands in for a full disk: it answers SQLITE_FULL as the disk would.
      const pages = db.pragma('page_count', { simple: true }) as number;
      db.pragma(`max_page_count = ${pages + 2}`);
      const fill = db.prepare('INSERT INTO filler (data) VALUES (zeroblob(100000))');
      expect(() => fill.run()).toThrow(StorageUnavailableError);
      expect(() => fill.run()).toThrow(`the data directory ${dir} is full: database or disk is full`);
      expect(database.problem()).toBeUndefined();
      db.pragma('max_page_count = 1000000');
      fill.run();
      expect(db.prepare('SELECT COUNT(*) AS n FROM filler').get()).toEqual({ n: 1 });
    } finally {
      database.close();
    }
  });

  it.skipIf(!canBeImmutable)('names the folder that cannot be written when it cannot open at all', () => {
    const dir = tempDir();
    frozen.push(dir);
    setImmutable(dir, true);
    expect(() => openSqliteStorage(dir)).toThrow(
      new StorageUnavailableError('readonly', dir, `${dir} cannot be written (EPERM)`),
    );
  });

  it('is opened by one process only, and the second is told why', () => {
    const { dir } = supervisedStorage();
    expect(() => openSqliteStorage(dir, { busyTimeoutMs: 50 })).toThrow(
      new StorageUnavailableError(
        'locked',
        dir,
        `another process holds ${join(dir, DATABASE_FILE)} (only one process may open it at a time)`,
      ),
    );
    expect(() => new Database(join(dir, DATABASE_FILE), { timeout: 50 }).pragma('user_version')).toThrow(/locked/);
    // No shared-memory file is mapped: SQLite keeps the WAL index in the process's own memory.
    expect(readdirSync(dir).filter((name) => name.endsWith('-shm'))).toEqual([]);
  });
});
