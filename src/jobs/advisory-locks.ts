import pg from 'pg';
import type { Logger } from 'pino';

/**
 * Background work that one replica at a time must do (the synchronisation watcher's rounds), decided by
 * PostgreSQL session advisory locks on one connection of this replica. A replica keeps a lock it took for
 * as long as it lives, so the work stays where it began: the watcher knows which synchronisation runs it
 * drives itself (`isActive`), and a second replica taking turns would drive them again. A replica that
 * dies loses its connection, and PostgreSQL releases its locks at once: another takes the work at its next
 * round, with no lease to wait out.
 *
 * Why not a pg-boss singleton schedule: schedules are cron expressions (a minute at best) while the
 * watcher's interval is configured in milliseconds, and each scheduled round could land on a different
 * replica. (PostgreSQL docs, "Advisory Locks": session-level locks are held until released or the session
 * ends.) The SQL lives here, not in src/storage, only because the storage room is being rebuilt for
 * PostgreSQL at the same time; it belongs beside the PostgreSQL storage.
 */
export class AdvisoryLocks {
  private client: pg.Client | undefined;
  private readonly held = new Set<string>();
  private closed = false;

  constructor(private readonly options: { databaseUrl: string; logger: Logger }) {}

  /** Whether this replica holds `name` (taking it when free); false while the database does not answer. */
  async holds(name: string): Promise<boolean> {
    if (this.closed) return false;
    if (this.held.has(name)) return true;
    try {
      const client = await this.connection();
      const { rows } = await client.query<{ taken: boolean }>(
        "SELECT pg_try_advisory_lock(hashtext('wxcc-bot'), hashtext($1)) AS taken",
        [name],
      );
      if (rows[0]?.taken) this.held.add(name);
    } catch (error) {
      this.options.logger.warn({ err: error, lock: name }, 'could not ask PostgreSQL which replica does this work');
      this.drop();
    }
    return this.held.has(name);
  }

  /**
   * Runs `work` while this replica holds `name`, waiting for a replica that holds it now: work done once
   * for all replicas at start (registering the webhooks), where the second replica must see what the first
   * did. A connection of its own, ended after, so the lock never outlives the work.
   */
  async during<T>(name: string, work: () => Promise<T>): Promise<T> {
    const client = new pg.Client({ connectionString: this.options.databaseUrl, connectionTimeoutMillis: 10_000 });
    client.on('error', (error) => this.options.logger.warn({ err: error, lock: name }, 'a lock connection failed'));
    await client.connect();
    try {
      await client.query("SELECT pg_advisory_lock(hashtext('wxcc-bot'), hashtext($1))", [name]);
      return await work();
    } finally {
      // Ending the session releases its locks (PostgreSQL docs, "Advisory Locks").
      await client.end().catch(() => undefined);
    }
  }

  /** Gives every lock up (the connection ends). */
  async close(): Promise<void> {
    this.closed = true;
    const client = this.client;
    this.held.clear();
    this.client = undefined;
    // Released before the connection ends: PostgreSQL frees a closed session's locks only once its
    // backend has seen the close, and another replica asking at once would find them still held.
    await client?.query('SELECT pg_advisory_unlock_all()').catch(() => undefined);
    await client?.end().catch(() => undefined);
  }

  private async connection(): Promise<pg.Client> {
    if (this.client) return this.client;
    const client = new pg.Client({ connectionString: this.options.databaseUrl });
    // A lost connection has lost its locks too: they are asked for again at the next round.
    client.on('error', (error) => {
      this.options.logger.warn({ err: error }, 'the connection holding the replica locks was lost');
      if (this.client === client) this.drop();
    });
    await client.connect();
    this.client = client;
    return client;
  }

  private drop(): void {
    this.held.clear();
    const client = this.client;
    this.client = undefined;
    void client?.end().catch(() => undefined);
  }
}
