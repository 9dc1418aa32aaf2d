import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'pino';
import { type StorageState, StorageUnavailableError } from '../errors.js';
import { connectDatabase, DATABASE_FILE, openDatabase } from './database.js';
import { databaseFileProblem, type FileIdentity, fileIdentity, writeAccessProblem } from './database-file.js';
import { MIGRATIONS, type Migration } from './migrations.js';

export interface SupervisedDatabaseOptions {
  migrations?: readonly Migration[];
  logger?: Logger;
  /** Waits between attempts to open the database again after it broke: from `first`, doubling to `max`. */
  retryMs?: { first: number; max: number };
  /** How long the first open waits for a lock another process holds. */
  busyTimeoutMs?: number;
  /** Told when the database takes writes again after it broke (work it refused can be taken up). */
  onRecovered?: () => void;
}

/** SQLite's result codes that say the file, not the statement, is the problem. */
function stateOfSqliteCode(code: string): StorageState | undefined {
  if (code === 'SQLITE_FULL') return 'full';
  // SQLite's own check for an unlinked or renamed file (rollback-journal mode makes it).
  if (code === 'SQLITE_READONLY_DBMOVED') return 'deleted';
  if (code.startsWith('SQLITE_READONLY')) return 'readonly';
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) return 'locked';
  if (code.startsWith('SQLITE_IOERR') || code.startsWith('SQLITE_CANTOPEN') || code === 'SQLITE_NOTADB')
    return 'unavailable';
  return undefined;
}

/** A failure of the file under SQLite as a StorageUnavailableError; any other error as it was. */
export function asStorageError(error: unknown, dataDir: string): unknown {
  if (error instanceof StorageUnavailableError) return error;
  const code = (error as { code?: unknown } | undefined)?.code;
  const state = typeof code === 'string' ? stateOfSqliteCode(code) : undefined;
  return state ? new StorageUnavailableError(state, dataDir, (error as Error).message, { cause: error }) : error;
}

/** The write readiness and recovery make to know the store takes writes (one row, rewritten). */
export const HEALTH_WRITE = 'INSERT INTO health (id, at) VALUES (1, ?) ON CONFLICT(id) DO UPDATE SET at = excluded.at';

type AnyFunction = (...args: unknown[]) => unknown;

/** Why the first open failed, in the words an operator acts on (SQLite says "disk I/O error"). */
function openingError(error: unknown, dataDir: string, path: string): unknown {
  const storageError = asStorageError(error, dataDir);
  if (!(storageError instanceof StorageUnavailableError)) return storageError;
  if (storageError.state === 'locked')
    return new StorageUnavailableError(
      'locked',
      dataDir,
      `another process holds ${path} (only one process may open it at a time)`,
      { cause: error },
    );
  const unwritable = existsSync(path)
    ? databaseFileProblem(path, fileIdentity(path))
    : existsSync(dataDir)
      ? writeAccessProblem(dataDir)
      : undefined;
  return unwritable
    ? new StorageUnavailableError(unwritable.state, dataDir, unwritable.detail, { cause: error })
    : storageError;
}

/** Statement methods that set how it answers: replayed on the statement prepared again after a reopen. */
const STATEMENT_MODES = new Set<PropertyKey>(['pluck', 'expand', 'raw', 'safeIntegers', 'bind']);
const STATEMENT_RUNS = new Set<PropertyKey>(['run', 'get', 'all', 'iterate']);

/**
 * The database file under the data directory, watched: every write first asks the file system whether
 * the path still names the file that was opened and whether it can be written, and fails with a
 * StorageUnavailableError that says why when not, so nothing goes into a deleted file or is taken for
 * kept. Once broken, it tries again with backoff and opens the database at the path anew when the
 * file is back (a new empty one when the folder was recreated empty); the stores keep the same
 * `handle` throughout, and their statements are prepared again on the new connection.
 */
export class SupervisedDatabase {
  readonly path: string;
  /** What the stores hold: a connection that follows reopens and checks the file before each write. */
  readonly handle: BetterSqlite3.Database;
  private db: BetterSqlite3.Database | undefined;
  private identity: FileIdentity;
  /** The WAL file of this connection, told apart from one that came with a restored database. */
  private walIdentity: FileIdentity | undefined;
  /** Counts reopens, so statements know they were prepared on a connection that is gone. */
  private generation = 0;
  /** Depth of running transactions: their statements were checked when the transaction began. */
  private inTransaction = 0;
  private closed = false;
  private broken: StorageUnavailableError | undefined;
  private retry: NodeJS.Timeout | undefined;
  private retryDelay: number;
  private readonly migrations: readonly Migration[];
  private readonly retryMs: { first: number; max: number };

  /** Opens the database (creating the data directory); throws when it cannot, as at the bot's start. */
  constructor(
    readonly dataDir: string,
    private readonly options: SupervisedDatabaseOptions = {},
  ) {
    this.path = join(dataDir, DATABASE_FILE);
    this.migrations = options.migrations ?? MIGRATIONS;
    this.retryMs = options.retryMs ?? { first: 250, max: 5_000 };
    this.retryDelay = this.retryMs.first;
    try {
      this.db = openDatabase(dataDir, this.migrations, { busyTimeoutMs: options.busyTimeoutMs });
    } catch (error) {
      throw openingError(error, dataDir, this.path);
    }
    // A first write makes the WAL file exist, so that it is known as this connection's own.
    this.writeFailure(this.db);
    this.identity = fileIdentity(this.path);
    this.walIdentity = this.currentWal();
    this.handle = this.makeHandle();
  }

  /** Why the database cannot be written now, asked of the file system (no earlier answer is reused). */
  problem(): StorageUnavailableError | undefined {
    if (this.closed) return new StorageUnavailableError('closed', this.dataDir, 'the store was closed');
    if (!this.db) return this.broken ?? new StorageUnavailableError('unavailable', this.dataDir, 'not open');
    const found = databaseFileProblem(this.path, this.identity);
    return found ? new StorageUnavailableError(found.state, this.dataDir, found.detail) : undefined;
  }

  close(): void {
    this.closed = true;
    clearTimeout(this.retry);
    this.retry = undefined;
    if (!this.dropConnection()) throw new Error('the database is busy (a read is still under way)');
  }

  /** Throws the reason the database cannot take a write now, and starts recovering from it. */
  private guard(): void {
    const problem = this.problem();
    if (problem) throw this.failed(problem);
  }

  private connection(): BetterSqlite3.Database {
    if (this.db) return this.db;
    throw this.failed(this.problem()!);
  }

  /** Notes a failure of the store (logged once per outage) and schedules an attempt to recover. */
  private failed(error: StorageUnavailableError): StorageUnavailableError {
    if (error.state === 'closed') return error;
    if (!this.broken)
      this.options.logger?.error(
        { state: error.state, dataDir: this.dataDir, detail: error.detail },
        'the store cannot be written: every write is refused until it recovers',
      );
    this.broken = error;
    this.scheduleRecovery();
    return error;
  }

  /** Runs one statement or transaction; a failure of the file becomes a StorageUnavailableError. */
  private execute<T>(write: boolean, run: () => T): T {
    if (write && this.inTransaction === 0) this.guard();
    try {
      return run();
    } catch (error) {
      const mapped = asStorageError(error, this.dataDir);
      throw mapped instanceof StorageUnavailableError ? this.failed(mapped) : mapped;
    }
  }

  private scheduleRecovery(): void {
    if (this.retry || this.closed) return;
    this.retry = setTimeout(() => this.recover(), this.retryDelay);
    this.retry.unref();
    this.retryDelay = Math.min(this.retryDelay * 2, this.retryMs.max);
  }

  private recover(): void {
    this.retry = undefined;
    if (this.closed) return;
    const outcome = this.attemptRecovery();
    if (outcome === 'waiting') {
      this.scheduleRecovery();
      return;
    }
    const wasBroken = this.broken !== undefined;
    if (wasBroken) this.options.logger?.info({ path: this.path }, outcome);
    this.broken = undefined;
    this.retryDelay = this.retryMs.first;
    if (wasBroken) this.options.onRecovered?.();
  }

  /** One attempt: back when the file is the one opened and takes a write; otherwise open the path anew. */
  private attemptRecovery(): 'waiting' | string {
    if (this.db) {
      const problem = this.problem();
      if (!problem) {
        const failure = this.writeFailure(this.db);
        if (!failure) return 'the store is writable again';
        // A full disk is not mended by opening again; any other failure may have wedged the connection.
        if (failure.state === 'full') return 'waiting';
      } else if (problem.state === 'readonly') return 'waiting';
    }
    // A data directory that is gone is not made again here: an unmounted volume would leave an empty
    // folder on the container's own disk, and the jobs would be kept where nothing keeps them.
    if (!existsSync(this.dataDir)) return 'waiting';
    // The old connection is let go first: it holds the lock of a file that may still be the one at the
    // path, and its WAL file must be out of the way before a new database there looks for one.
    if (!this.dropConnection()) return 'waiting';
    const lost = !existsSync(this.path);
    let fresh: BetterSqlite3.Database | undefined;
    try {
      fresh = connectDatabase(this.path, this.migrations, { busyTimeoutMs: 100 });
      const identity = fileIdentity(this.path);
      const problem = databaseFileProblem(this.path, identity) ?? this.writeFailure(fresh);
      if (problem) throw new Error(problem.detail);
      this.db = fresh;
      this.identity = identity;
      this.walIdentity = this.currentWal();
      this.generation += 1;
    } catch (error) {
      fresh?.close();
      this.options.logger?.debug({ err: error, path: this.path }, 'the store could not be opened again yet');
      return 'waiting';
    }
    if (lost)
      this.options.logger?.warn(
        { path: this.path },
        'the database file was gone: a new empty one was created, and the jobs, records and audit trail the old one held are lost (restore the data directory from a backup to get them back)',
      );
    return 'the store was opened again and is writable';
  }

  /** Why a write into `db` fails now, tried for real (a full disk shows only then). */
  private writeFailure(db: BetterSqlite3.Database): StorageUnavailableError | undefined {
    try {
      db.prepare(HEALTH_WRITE).run(new Date().toISOString());
      return undefined;
    } catch (error) {
      const mapped = asStorageError(error, this.dataDir);
      return mapped instanceof StorageUnavailableError
        ? mapped
        : new StorageUnavailableError('unavailable', this.dataDir, (error as Error).message, { cause: error });
    }
  }

  /** Closes the current connection; false while it cannot be (an iterator still reads from it). */
  private dropConnection(): boolean {
    if (!this.db) return true;
    const gone = databaseFileProblem(this.path, this.identity);
    try {
      this.db.close();
    } catch (error) {
      this.options.logger?.debug({ err: error }, 'the broken database connection is still busy');
      return false;
    }
    this.db = undefined;
    if (gone?.state === 'deleted' || gone?.state === 'replaced') this.removeOwnWal();
    return true;
  }

  private currentWal(): FileIdentity | undefined {
    return existsSync(`${this.path}-wal`) ? fileIdentity(`${this.path}-wal`) : undefined;
  }

  /**
   * SQLite cannot checkpoint into a file deleted or replaced under it, so closing leaves its WAL file at
   * the path, where the next database opened there would replay it as its own: this connection's WAL
   * is removed (known by identity, so a WAL restored along with a backup stays).
   */
  private removeOwnWal(): void {
    const wal = `${this.path}-wal`;
    const now = this.currentWal();
    if (!now || !this.walIdentity || now.dev !== this.walIdentity.dev || now.ino !== this.walIdentity.ino) return;
    try {
      unlinkSync(wal);
      this.options.logger?.info({ wal }, 'removed the WAL file of the database file that is gone');
    } catch (error) {
      this.options.logger?.warn({ err: error, wal }, 'could not remove the WAL file of the database file that is gone');
    }
  }

  /**
   * The connection the stores hold. `prepare` and `transaction` answer objects that find the current
   * connection at each call; every other member is the current connection's own.
   */
  private makeHandle(): BetterSqlite3.Database {
    const handle: BetterSqlite3.Database = new Proxy({} as BetterSqlite3.Database, {
      get: (_target, property) => {
        if (property === 'prepare') return (sql: string) => this.statement(sql);
        if (property === 'transaction') return (fn: AnyFunction) => this.transaction(fn);
        if (property === 'exec')
          return (sql: string) => {
            this.execute(true, () => this.connection().exec(sql));
            return handle;
          };
        if (property === 'close') return () => this.close();
        const db = this.connection();
        const value: unknown = Reflect.get(db, property);
        return typeof value === 'function' ? value.bind(db) : value;
      },
    });
    return handle;
  }

  private statement(sql: string): BetterSqlite3.Statement {
    let prepared: { generation: number; statement: BetterSqlite3.Statement } | undefined;
    const modes: [PropertyKey, unknown[]][] = [];
    const current = (): BetterSqlite3.Statement => {
      if (prepared?.generation !== this.generation) {
        const statement = this.connection().prepare(sql);
        for (const [mode, args] of modes) (Reflect.get(statement, mode) as AnyFunction).apply(statement, args);
        prepared = { generation: this.generation, statement };
      }
      return prepared.statement;
    };
    // Prepared at once, so a mistake in the SQL shows where it is written, as before.
    current();
    const proxy: BetterSqlite3.Statement = new Proxy({} as BetterSqlite3.Statement, {
      get: (_target, property) => {
        const value: unknown = Reflect.get(current(), property);
        if (typeof value !== 'function') return value;
        if (STATEMENT_RUNS.has(property))
          return (...args: unknown[]) => {
            const statement = current();
            return this.execute(!statement.readonly, () =>
              (Reflect.get(statement, property) as AnyFunction).apply(statement, args),
            );
          };
        if (STATEMENT_MODES.has(property))
          return (...args: unknown[]) => {
            modes.push([property, args]);
            (value as AnyFunction).apply(current(), args);
            return proxy;
          };
        return (value as AnyFunction).bind(current());
      },
    });
    return proxy;
  }

  private transaction(fn: AnyFunction): BetterSqlite3.Transaction {
    let made: { generation: number; tx: BetterSqlite3.Transaction } | undefined;
    const variant =
      (kind: 'default' | 'deferred' | 'immediate' | 'exclusive') =>
      (...args: unknown[]): unknown =>
        this.execute(true, () => {
          if (made?.generation !== this.generation)
            made = { generation: this.generation, tx: this.connection().transaction(fn) };
          this.inTransaction += 1;
          try {
            return kind === 'default' ? made.tx(...args) : made.tx[kind](...args);
          } finally {
            this.inTransaction -= 1;
          }
        });
    return Object.assign(variant('default'), {
      default: variant('default'),
      deferred: variant('deferred'),
      immediate: variant('immediate'),
      exclusive: variant('exclusive'),
    }) as unknown as BetterSqlite3.Transaction;
  }
}
