import pg from 'pg';
import type { Logger } from 'pino';
import { type StorageState, StorageUnavailableError } from '../errors.js';

/** A schema name the bot makes itself: lower-case letters, digits and `_`, as PostgreSQL takes it unquoted. */
const SCHEMA_RE = /^[a-z_][a-z0-9_]{0,62}$/;

export function assertSchemaName(schema: string): string {
  if (!SCHEMA_RE.test(schema))
    throw new Error(
      `"${schema}" is not a usable PostgreSQL schema name: use lower-case letters, digits and _ (at most 63)`,
    );
  return schema;
}

/** The server and database of a URL, in words an operator can act on (never the password). */
export function describeServer(url: string): string {
  try {
    const u = new URL(url);
    return `PostgreSQL ${u.hostname}:${u.port || '5432'}${u.pathname}`;
  } catch {
    return 'PostgreSQL';
  }
}

/** Where a PostgreSQL store lives: its server, database and schema. */
export function describeDatabase(url: string, schema: string): string {
  return `${describeServer(url)}, schema ${schema}`;
}

// int8 (COUNT(*), bigint columns: times in milliseconds, serial ids) as numbers: every value the bot keeps
// there is far below 2^53.
const INT8_OID = 20;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === INT8_OID && format !== 'binary'
      ? (v: string) => Number(v)
      : pg.types.getTypeParser(oid, format ?? 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** What runs a statement: the pool, or a transaction's client. */
export interface Querier {
  rows<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  /** Runs a statement; the number of rows it touched. */
  run(sql: string, params?: unknown[]): Promise<number>;
}

const NODE_CONNECTION_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE']);

/**
 * Why an error means the database cannot be used now (not a fault of the statement), or undefined:
 * connection failures (SQLSTATE class 08), a server shutting down or starting (57P0x), out of resources
 * (53xxx), a server that refuses writes (25006, a read-only replica or `default_transaction_read_only`).
 */
export function unavailableState(error: unknown): StorageState | undefined {
  const { code, message } = (error ?? {}) as { code?: unknown; message?: unknown };
  if (typeof code === 'string') {
    if (NODE_CONNECTION_CODES.has(code)) return 'unavailable';
    if (code === '25006') return 'readonly';
    if (code === '53100') return 'full';
    if (code.startsWith('08') || code.startsWith('57P') || code.startsWith('53')) return 'unavailable';
  }
  if (
    typeof message === 'string' &&
    /Connection terminated|connection timeout|Client has encountered a connection/i.test(message)
  )
    return 'unavailable';
  return undefined;
}

/** What readiness and the recovery probe write: one row, so a store that takes it takes writes. */
export const HEALTH_WRITE =
  'INSERT INTO health (id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = excluded.at';

/** SQLSTATEs after which a transaction is simply tried again: another replica's transaction won the race. */
const RETRYABLE = new Set(['40001', '40P01']);
const MAX_TRIES = 20;

export interface PgDatabaseOptions {
  logger?: Logger;
  /** Called each time the database answers again after it failed. */
  onRecovered?: () => void;
  /** How often a broken database is tried again (5 s when not given). */
  probeMs?: number;
  /** Connections of this store (5 when not given). */
  maxConnections?: number;
}

/**
 * One schema of a PostgreSQL database, through a pool whose connections all have that schema as their
 * search path. A failure to reach the database (or its refusal of writes) becomes a StorageUnavailableError
 * and starts probing it; `onRecovered` is called once it answers again.
 */
export class PgDatabase implements Querier {
  readonly pool: pg.Pool;
  readonly where: string;
  private broken: string | undefined;
  private probe: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(
    readonly url: string,
    readonly schema: string,
    private readonly options: PgDatabaseOptions = {},
  ) {
    assertSchemaName(schema);
    this.where = describeDatabase(url, schema);
    this.pool = new pg.Pool({
      connectionString: url,
      options: `-c search_path=${schema}`,
      max: options.maxConnections ?? 5,
      connectionTimeoutMillis: 5_000,
      idleTimeoutMillis: 30_000,
      types,
    });
    // An idle connection the server dropped: the next query reconnects; nothing to do but say it.
    this.pool.on('error', (error) => this.options.logger?.warn({ err: error }, 'a PostgreSQL connection dropped'));
  }

  /** Why the database failed last, while it has not answered since. */
  get problem(): string | undefined {
    return this.broken;
  }

  async rows<T = Record<string, unknown>>(sql: string, params: unknown[] = []): Promise<T[]> {
    return (await this.guard(() => this.pool.query(sql, params))).rows as T[];
  }

  async run(sql: string, params: unknown[] = []): Promise<number> {
    return (await this.guard(() => this.pool.query(sql, params))).rowCount ?? 0;
  }

  /**
   * Runs `work` in one SERIALIZABLE transaction: it behaves as if no other replica ran anything meanwhile
   * (what SQLite's one writer gives for free). When PostgreSQL finds it raced another one, it is run again.
   */
  async tx<T>(work: (q: Querier) => Promise<T>): Promise<T> {
    for (let attempt = 1; ; attempt++) {
      try {
        return await this.guard(async () => {
          const client = await this.pool.connect();
          let broken = false;
          try {
            await client.query('BEGIN ISOLATION LEVEL SERIALIZABLE');
            const result = await work(clientQuerier(client));
            await client.query('COMMIT');
            return result;
          } catch (error) {
            // A connection that failed is not given back to the pool for the next caller.
            broken = unavailableState(error) !== undefined;
            if (!broken) await client.query('ROLLBACK').catch(() => undefined);
            throw error;
          } finally {
            client.release(broken);
          }
        });
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (!code || !RETRYABLE.has(code) || attempt >= MAX_TRIES) throw error;
        // A short random pause, so the transactions that raced do not meet again at once.
        await new Promise((resolve) => setTimeout(resolve, Math.random() * 5 * attempt));
      }
    }
  }

  private async guard<T>(call: () => Promise<T>): Promise<T> {
    if (this.closed)
      throw new StorageUnavailableError('closed', this.where, 'the store was closed', { place: 'database' });
    try {
      const result = await call();
      this.answered();
      return result;
    } catch (error) {
      const state = unavailableState(error);
      if (!state) throw error;
      this.failed((error as Error).message);
      throw new StorageUnavailableError(state, this.where, (error as Error).message, {
        cause: error,
        place: 'database',
      });
    }
  }

  private failed(detail: string): void {
    if (this.broken === undefined) this.options.logger?.error({ where: this.where, detail }, 'PostgreSQL failed');
    this.broken = detail;
    if (this.probe || this.closed) return;
    this.probe = setInterval(() => {
      // A write, not a read: a server that answers but refuses writes (a standby) has not recovered.
      this.pool.query(HEALTH_WRITE, [new Date().toISOString()]).then(
        () => this.answered(),
        () => undefined,
      );
    }, this.options.probeMs ?? 5_000);
    this.probe.unref();
  }

  private answered(): void {
    if (this.broken === undefined) return;
    this.broken = undefined;
    clearInterval(this.probe);
    this.probe = undefined;
    this.options.logger?.info({ where: this.where }, 'PostgreSQL answers again');
    this.options.onRecovered?.();
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    clearInterval(this.probe);
    await this.pool.end();
  }
}

function clientQuerier(client: pg.PoolClient): Querier {
  return {
    async rows<T>(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rows as T[];
    },
    async run(sql: string, params: unknown[] = []) {
      return (await client.query(sql, params)).rowCount ?? 0;
    },
  };
}
