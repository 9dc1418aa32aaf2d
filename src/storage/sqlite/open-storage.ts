import type { Storage } from '../storage.js';
import { openDatabase } from './database.js';
import { SqliteJobStore } from './job-store.js';
import { SqliteOutboxStore } from './outbox-store.js';
import { SqliteSettingsStore, SqliteUploadStore } from './small-stores.js';
import { SqliteSyncStore } from './sync-store.js';
import { SqliteTokenVault } from './token-vault.js';

export interface SqliteStorageOptions {
  /** The clock the stores stamp their rows with (tests pin it). */
  now?: () => Date;
}

/**
 * The bot's storage in one SQLite file under the data directory: opened, its schema brought up to
 * date, every store on the same connection (a job's records and its checks commit to the same file).
 */
export function openSqliteStorage(dataDir: string, options: SqliteStorageOptions = {}): Storage {
  const now = options.now ?? (() => new Date());
  const db = openDatabase(dataDir);
  const health = db.prepare('INSERT INTO health (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at');
  return {
    jobs: new SqliteJobStore(db, now),
    outbox: new SqliteOutboxStore(db, () => now().getTime()),
    uploads: new SqliteUploadStore(db),
    settings: new SqliteSettingsStore(db, now),
    sync: new SqliteSyncStore(db, () => now().getTime()),
    tokenVault: (name, vaultOptions) => new SqliteTokenVault(db, name, vaultOptions),
    async writeProblem() {
      try {
        health.run(now().toISOString());
        return undefined;
      } catch (error) {
        return `the store cannot be written: ${(error as Error).message}`;
      }
    },
    async close() {
      db.close();
    },
  };
}
