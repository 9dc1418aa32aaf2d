import type BetterSqlite3 from 'better-sqlite3';
import type { NewOutboxEntry, OutboxEntry, OutboxStore } from '../../jobs/ports.js';
import { HEAD_OF_GROUP, type Row, toEntry } from '../outbox-rows.js';
import { countsBy, SqliteStore } from './statements.js';

/** The outbox in the bot's SQLite file, on the same connection as the jobs it speaks for. */
export class SqliteOutboxStore extends SqliteStore implements OutboxStore {
  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => number,
  ) {
    super(db);
  }

  private insert(entry: NewOutboxEntry): boolean {
    const sql =
      "INSERT INTO outbox (key, grp, message, message_id, state, next_attempt_at, created_at) VALUES (?, ?, ?, ?, 'pending', ?, ?) ON CONFLICT(key) DO NOTHING";
    const at = this.now();
    const { changes } = this.stmt(sql).run(
      entry.key,
      entry.group,
      JSON.stringify(entry.message),
      entry.messageId ?? null,
      at,
      at,
    );
    return changes === 1;
  }

  async add(entries: NewOutboxEntry[]): Promise<string[]> {
    return this.db.transaction(() => entries.filter((entry) => this.insert(entry)).map((e) => e.key))();
  }

  async revise(entry: NewOutboxEntry): Promise<'added' | 'replaced' | 'rearmed'> {
    return this.db.transaction((): 'added' | 'replaced' | 'rearmed' => {
      const row = this.stmt('SELECT state, message_id FROM outbox WHERE key = ?').get(entry.key) as Row | undefined;
      if (!row) {
        this.insert(entry);
        return entry.messageId ? 'rearmed' : 'added';
      }
      const message = JSON.stringify(entry.message);
      if (row.state === 'pending') {
        this.stmt('UPDATE outbox SET message = ?, version = version + 1 WHERE key = ?').run(message, entry.key);
        return 'replaced';
      }
      this.stmt(
        "UPDATE outbox SET message = ?, version = version + 1, state = 'pending', attempts = 0, next_attempt_at = ?, last_error = NULL WHERE key = ?",
      ).run(message, this.now(), entry.key);
      return row.message_id ? 'rearmed' : 'replaced';
    })();
  }

  async entry(key: string): Promise<OutboxEntry | undefined> {
    const row = this.stmt('SELECT * FROM outbox WHERE key = ?').get(key) as Row | undefined;
    return row ? toEntry(row) : undefined;
  }

  async due(now: number, limit: number): Promise<OutboxEntry[]> {
    const sql = `SELECT * FROM outbox o WHERE ${HEAD_OF_GROUP} AND o.next_attempt_at <= ? ORDER BY o.id LIMIT ?`;
    return (this.stmt(sql).all(now, limit) as Row[]).map(toEntry);
  }

  async nextDueAt(): Promise<number | undefined> {
    const row = this.stmt(`SELECT MIN(o.next_attempt_at) AS at FROM outbox o WHERE ${HEAD_OF_GROUP}`).get() as {
      at: number | null;
    };
    return row.at ?? undefined;
  }

  async markSending(id: number, at: number): Promise<void> {
    this.stmt('UPDATE outbox SET sending_since = ? WHERE id = ?').run(at, id);
  }

  async markPosted(id: number, version: number, messageId: string): Promise<void> {
    const at = this.now();
    this.stmt(
      "UPDATE outbox SET message_id = ?, sending_since = NULL, attempts = 0, last_error = NULL, posted_at = ?, next_attempt_at = ?, state = CASE WHEN version = ? THEN 'posted' ELSE 'pending' END WHERE id = ?",
    ).run(messageId, at, at, version, id);
  }

  async retryLater(id: number, nextAttemptAt: number, error: string, uncertain: boolean): Promise<void> {
    this.stmt(
      'UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, last_error = ?, sending_since = CASE WHEN ? THEN sending_since ELSE NULL END WHERE id = ?',
    ).run(nextAttemptAt, error, uncertain ? 1 : 0, id);
  }

  async markFailed(id: number, version: number, error: string): Promise<void> {
    this.stmt(
      "UPDATE outbox SET sending_since = NULL, last_error = ?, next_attempt_at = ?, state = CASE WHEN version = ? THEN 'failed' ELSE 'pending' END WHERE id = ?",
    ).run(error, this.now(), version, id);
  }

  async tallies(): Promise<Record<string, number>> {
    return countsBy(this.stmt('SELECT state AS k, COUNT(*) AS n FROM outbox GROUP BY state'));
  }
}
