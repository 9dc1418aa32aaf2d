import type { NewOutboxEntry, OutboxEntry, OutboxStore } from '../../jobs/ports.js';
import { HEAD_OF_GROUP, toEntry } from '../outbox-rows.js';
import type { PgDatabase, Querier } from './database.js';
import { countsOf } from './rows.js';

/** The outbox in PostgreSQL, in the same schema as the jobs it speaks for. */
export class PgOutboxStore implements OutboxStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => number,
  ) {}

  private async insert(q: Querier, entry: NewOutboxEntry): Promise<boolean> {
    const at = this.now();
    const inserted = await q.run(
      "INSERT INTO outbox (key, grp, message, message_id, state, next_attempt_at, created_at) VALUES ($1, $2, $3, $4, 'pending', $5, $5) ON CONFLICT (key) DO NOTHING",
      [entry.key, entry.group, JSON.stringify(entry.message), entry.messageId ?? null, at],
    );
    return inserted === 1;
  }

  async add(entries: NewOutboxEntry[]): Promise<string[]> {
    return this.db.tx(async (q) => {
      const added: string[] = [];
      for (const entry of entries) if (await this.insert(q, entry)) added.push(entry.key);
      return added;
    });
  }

  async revise(entry: NewOutboxEntry): Promise<'added' | 'replaced' | 'rearmed'> {
    return this.db.tx(async (q): Promise<'added' | 'replaced' | 'rearmed'> => {
      const [row] = await q.rows('SELECT state, message_id FROM outbox WHERE key = $1', [entry.key]);
      if (!row) {
        await this.insert(q, entry);
        return entry.messageId ? 'rearmed' : 'added';
      }
      const message = JSON.stringify(entry.message);
      if (row.state === 'pending') {
        await q.run('UPDATE outbox SET message = $1, version = version + 1 WHERE key = $2', [message, entry.key]);
        return 'replaced';
      }
      await q.run(
        "UPDATE outbox SET message = $1, version = version + 1, state = 'pending', attempts = 0, next_attempt_at = $2, last_error = NULL WHERE key = $3",
        [message, this.now(), entry.key],
      );
      return row.message_id ? 'rearmed' : 'replaced';
    });
  }

  async entry(key: string): Promise<OutboxEntry | undefined> {
    const [row] = await this.db.rows('SELECT * FROM outbox WHERE key = $1', [key]);
    return row ? toEntry(row) : undefined;
  }

  async due(now: number, limit: number): Promise<OutboxEntry[]> {
    const sql = `SELECT * FROM outbox o WHERE ${HEAD_OF_GROUP} AND o.next_attempt_at <= $1 ORDER BY o.id LIMIT $2`;
    return (await this.db.rows(sql, [now, limit])).map(toEntry);
  }

  async nextDueAt(): Promise<number | undefined> {
    const [row] = await this.db.rows<{ at: number | null }>(
      `SELECT MIN(o.next_attempt_at) AS at FROM outbox o WHERE ${HEAD_OF_GROUP}`,
    );
    return row?.at ?? undefined;
  }

  async markSending(id: number, at: number): Promise<void> {
    await this.db.run('UPDATE outbox SET sending_since = $1 WHERE id = $2', [at, id]);
  }

  async markPosted(id: number, version: number, messageId: string): Promise<void> {
    await this.db.run(
      "UPDATE outbox SET message_id = $1, sending_since = NULL, attempts = 0, last_error = NULL, posted_at = $2, next_attempt_at = $2, state = CASE WHEN version = $3 THEN 'posted' ELSE 'pending' END WHERE id = $4",
      [messageId, this.now(), version, id],
    );
  }

  async retryLater(id: number, nextAttemptAt: number, error: string, uncertain: boolean): Promise<void> {
    await this.db.run(
      'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = $1, last_error = $2, sending_since = CASE WHEN $3::boolean THEN sending_since ELSE NULL END WHERE id = $4',
      [nextAttemptAt, error, uncertain, id],
    );
  }

  async markFailed(id: number, version: number, error: string): Promise<void> {
    await this.db.run(
      "UPDATE outbox SET sending_since = NULL, last_error = $1, next_attempt_at = $2, state = CASE WHEN version = $3 THEN 'failed' ELSE 'pending' END WHERE id = $4",
      [error, this.now(), version, id],
    );
  }

  async tallies(): Promise<Record<string, number>> {
    return countsOf(await this.db.rows('SELECT state AS k, COUNT(*) AS n FROM outbox GROUP BY state'));
  }
}
