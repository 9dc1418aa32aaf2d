import type BetterSqlite3 from 'better-sqlite3';
import { HANDLED_EVENT_TTL_MS, type HandledEventStore } from '../../bot/handled-events-port.js';
import { StatementCache } from './statements.js';

/** The events the bot acted on, one row per id, forgotten once they are older than the expiry. */
export class SqliteHandledEventStore implements HandledEventStore {
  private readonly statements: StatementCache;

  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => number,
    private readonly ttlMs = HANDLED_EVENT_TTL_MS,
  ) {
    this.statements = new StatementCache(db);
  }

  async markHandled(eventId: string): Promise<boolean> {
    const at = this.now();
    this.statements.get('DELETE FROM handled_events WHERE handled_at <= ?').run(at - this.ttlMs);
    const inserted = this.statements
      .get('INSERT INTO handled_events (event_id, handled_at) VALUES (?, ?) ON CONFLICT(event_id) DO NOTHING')
      .run(eventId, at);
    return inserted.changes === 1;
  }
}
