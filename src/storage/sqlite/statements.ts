import type BetterSqlite3 from 'better-sqlite3';

/**
 * Statements prepared once and reused: a statement prepared per call holds native memory the garbage
 * collector does not see, which grows with the number of users a job handles.
 */
export class StatementCache {
  private readonly statements = new Map<string, BetterSqlite3.Statement>();

  constructor(readonly db: BetterSqlite3.Database) {}

  get(sql: string): BetterSqlite3.Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

/** A store on the bot's database: its statements prepared once (StatementCache), its transactions on `db`. */
export abstract class SqliteStore {
  private readonly statements: StatementCache;

  constructor(protected readonly db: BetterSqlite3.Database) {
    this.statements = new StatementCache(db);
  }

  protected stmt(sql: string): BetterSqlite3.Statement {
    return this.statements.get(sql);
  }
}

/** `SELECT <key> AS k, COUNT(*) AS n ... GROUP BY <key>` as a map from key to count. */
export function countsBy(statement: BetterSqlite3.Statement): Record<string, number> {
  return Object.fromEntries((statement.all() as { k: string; n: number }[]).map((r) => [r.k, r.n]));
}
