import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'pino';
import type { TokenPair, TokenVault } from '../../webex/admin-credential.js';
import { openStoredPair, originOf, Sealer } from '../seal.js';
import type { TokenVaultOptions } from '../storage.js';

/** The admin credential's newest token pair in the SQLite file, sealed (see `Sealer`). */
export class SqliteTokenVault implements TokenVault {
  /** What a stored pair must match to be used (see `openStoredPair`), and the log that says when not. */
  private readonly expected: { origin: string; sealer: Sealer; logger: Logger };

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly name: string,
    options: TokenVaultOptions,
  ) {
    this.expected = {
      origin: originOf(options.configuredRefreshToken),
      sealer: new Sealer(options.clientSecret),
      logger: options.logger,
    };
  }

  async load(): Promise<TokenPair | undefined> {
    const row = this.db.prepare('SELECT origin, sealed FROM credentials WHERE name = ?').get(this.name) as
      | { origin: string; sealed: string }
      | undefined;
    return openStoredPair(row, this.expected);
  }

  async save(pair: TokenPair): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO credentials (name, origin, sealed, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET origin = excluded.origin, sealed = excluded.sealed, updated_at = excluded.updated_at',
      )
      .run(this.name, this.expected.origin, this.expected.sealer.seal(JSON.stringify(pair)), Date.now());
  }
}
