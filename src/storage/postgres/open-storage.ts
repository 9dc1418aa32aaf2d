import type { Logger } from 'pino';
import { StorageUnavailableError } from '../errors.js';
import type { Storage } from '../storage.js';
import { HEALTH_WRITE, PgDatabase, unavailableState } from './database.js';
import { PgJobStore } from './job-store.js';
import { loadMigrations, migrate, type PgMigration } from './migrate.js';
import { PgOutboxStore } from './outbox-store.js';
import {
  PgAgentDefaultsStore,
  PgHandledEventStore,
  PgSettingsStore,
  PgTokenVault,
  PgUploadStore,
} from './small-stores.js';
import { PgSyncStore } from './sync-store.js';

export interface PostgresStorageOptions {
  /** The schema this store keeps its tables in (created when missing). */
  schema: string;
  /** The clock the stores stamp their rows with (tests pin it). */
  now?: () => Date;
  /** Where a broken database and its recovery are reported. */
  logger?: Logger;
  /** How often a database that stopped answering is tried again (5 s when not given). */
  probeMs?: number;
  /** The migrations to apply (the files under migrations/postgres when not given). */
  migrations?: PgMigration[];
}

/**
 * The bot's storage in one schema of a PostgreSQL database: the schema brought up to date (see
 * `migrate`), every store on one pool. Several replicas may open the same schema: each change that
 * must happen once (Confirm, the next queued import, a handled event) is one transaction PostgreSQL
 * lets only one of them make.
 */
export async function openPostgresStorage(url: string, options: PostgresStorageOptions): Promise<Storage> {
  const now = options.now ?? (() => new Date());
  const recovered = new Set<() => void>();
  const db = new PgDatabase(url, options.schema, {
    logger: options.logger,
    probeMs: options.probeMs,
    onRecovered: () => {
      for (const listener of recovered) listener();
    },
  });
  try {
    const client = await db.pool.connect();
    let failed = false;
    try {
      await migrate(client, options.schema, options.migrations ?? loadMigrations());
    } catch (error) {
      failed = true;
      throw error;
    } finally {
      client.release(failed);
    }
  } catch (error) {
    await db.close();
    // Not reachable, or refusing the connection or the writes: a sentence naming the database.
    const state = unavailableState(error);
    if (state)
      throw new StorageUnavailableError(state, db.where, (error as Error).message, { cause: error, place: 'database' });
    throw error;
  }
  return {
    jobs: new PgJobStore(db, now),
    outbox: new PgOutboxStore(db, () => now().getTime()),
    uploads: new PgUploadStore(db),
    settings: new PgSettingsStore(db, now),
    agentDefaults: new PgAgentDefaultsStore(db, now),
    sync: new PgSyncStore(db, () => now().getTime()),
    handledEvents: new PgHandledEventStore(db, () => now().getTime()),
    tokenVault: (name, vaultOptions) => new PgTokenVault(db, name, vaultOptions),
    async writeProblem() {
      try {
        await db.run(HEALTH_WRITE, [now().toISOString()]);
        return undefined;
      } catch (error) {
        return `the store cannot be written: ${(error as Error).message}`;
      }
    },
    onRecovered(listener) {
      recovered.add(listener);
    },
    close: () => db.close(),
  };
}
