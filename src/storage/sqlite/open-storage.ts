import type { Logger } from 'pino';
import type { Storage } from '../storage.js';
import { SqliteHandledEventStore } from './handled-event-store.js';
import { SqliteJobStore } from './job-store.js';
import { SqliteOutboxStore } from './outbox-store.js';
import { SqliteAgentDefaultsStore, SqliteSettingsStore, SqliteUploadStore } from './small-stores.js';
import { HEALTH_WRITE, SupervisedDatabase } from './supervised-database.js';
import { SqliteSyncStore } from './sync-store.js';
import { SqliteTokenVault } from './token-vault.js';

export interface SqliteStorageOptions {
  /** The clock the stores stamp their rows with (tests pin it). */
  now?: () => Date;
  /** Where a broken store and its recovery are reported. */
  logger?: Logger;
  /** Waits between attempts to open the database again after it broke. */
  retryMs?: { first: number; max: number };
  /** How long the open waits for another process to let the database go (5 s when not given). */
  busyTimeoutMs?: number;
}

/**
 * The bot's storage in one SQLite file under the data directory: opened, its schema brought up to
 * date, every store on the same connection (a job's records and its checks commit to the same file).
 * The connection is supervised: a write into a file that was deleted, replaced or made read-only is
 * refused with a StorageUnavailableError, and the database is opened again once the file is back.
 */
export function openSqliteStorage(dataDir: string, options: SqliteStorageOptions = {}): Storage {
  const now = options.now ?? (() => new Date());
  const { logger, retryMs, busyTimeoutMs } = options;
  const recovered = new Set<() => void>();
  const onRecovered = () => {
    for (const listener of recovered) listener();
  };
  const database = new SupervisedDatabase(dataDir, { logger, retryMs, busyTimeoutMs, onRecovered });
  const db = database.handle;
  const health = db.prepare(HEALTH_WRITE);
  return {
    jobs: new SqliteJobStore(db, now),
    outbox: new SqliteOutboxStore(db, () => now().getTime()),
    uploads: new SqliteUploadStore(db),
    settings: new SqliteSettingsStore(db, now),
    agentDefaults: new SqliteAgentDefaultsStore(db, now),
    sync: new SqliteSyncStore(db, () => now().getTime()),
    handledEvents: new SqliteHandledEventStore(db, () => now().getTime()),
    tokenVault: (name, vaultOptions) => new SqliteTokenVault(db, name, vaultOptions),
    async writeProblem() {
      try {
        health.run(now().toISOString());
        return undefined;
      } catch (error) {
        return `the store cannot be written: ${(error as Error).message}`;
      }
    },
    onRecovered(listener) {
      recovered.add(listener);
    },
    async close() {
      database.close();
    },
  };
}
