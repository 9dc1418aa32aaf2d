import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import { MIGRATIONS, type Migration } from './migrations.js';

const require = createRequire(import.meta.url);
const Database = require('better-sqlite3') as typeof BetterSqlite3;

/** The bot's database file in its data directory. */
export const DATABASE_FILE = 'bot.sqlite';

/** Opens (or creates) the database under `dataDir` and brings its schema up to date. */
export function openDatabase(
  dataDir: string,
  migrations: readonly Migration[] = MIGRATIONS,
  options: ConnectOptions = {},
): BetterSqlite3.Database {
  mkdirSync(dataDir, { recursive: true });
  return connectDatabase(join(dataDir, DATABASE_FILE), migrations, options);
}

export interface ConnectOptions {
  /** How long to wait for a lock another process holds (SQLite's busy timeout); 5 s when not given. */
  busyTimeoutMs?: number;
}

/** Opens (or creates, in an existing folder) the database file at `path`, its schema up to date. */
export function connectDatabase(
  path: string,
  migrations: readonly Migration[] = MIGRATIONS,
  options: ConnectOptions = {},
): BetterSqlite3.Database {
  const db = new Database(path, { timeout: options.busyTimeoutMs ?? 5_000 });
  try {
    // WAL normally keeps its index in a `-shm` file mapped into memory; when that file vanishes or its
    // folder turns read-only the process dies of SIGBUS, with no log. In EXCLUSIVE locking mode set
    // before the first WAL access SQLite keeps the index in heap memory and never maps a shared file
    // ("Use of WAL Without Shared-Memory", https://sqlite.org/wal.html#noshm); the price is that only
    // this connection may open the database, which the bot's one process is. No memory-mapped I/O
    // either (https://sqlite.org/mmap.html: an I/O error on a mapped page is a signal, not an error).
    db.pragma('locking_mode = EXCLUSIVE');
    db.pragma('mmap_size = 0');
    db.pragma('journal_mode = WAL');
    // In WAL mode, NORMAL survives the process being killed (what resume is built for) without an
    // fsync per user; after a power cut a user's last mark may be lost, and the create then meets
    // Webex's 409 and is read back instead of repeated.
    db.pragma('synchronous = NORMAL');
    migrate(db, migrations);
  } catch (error) {
    db.close();
    throw error;
  }
  return db;
}

/** Applies the steps the database has not had yet, each with its version, in one transaction each. */
export function migrate(db: BetterSqlite3.Database, migrations: readonly Migration[]): void {
  const current = db.pragma('user_version', { simple: true }) as number;
  const latest = migrations.at(-1)?.version ?? 0;
  if (current > latest)
    throw new Error(
      `the database is at schema version ${current}, newer than this version of the bot knows (${latest}): run the newer version, or restore a backup of the data directory`,
    );
  for (const step of migrations) {
    if (step.version <= current) continue;
    db.transaction(() => {
      db.exec(step.sql);
      // A pragma takes no bound parameters; the version is a number from the list above.
      db.pragma(`user_version = ${Math.trunc(step.version)}`);
    })();
  }
}
