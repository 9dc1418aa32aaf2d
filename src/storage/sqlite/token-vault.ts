import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'pino';
import type { TokenPair, TokenVault } from '../../webex/admin-credential.js';
import { originOf, Sealer } from '../seal.js';
import type { TokenVaultOptions } from '../storage.js';

/** The admin credential's newest token pair in the SQLite file, sealed (see `Sealer`). */
export class SqliteTokenVault implements TokenVault {
  private readonly sealer: Sealer;
  private readonly origin: string;
  private readonly logger: Logger;

  constructor(
    private readonly db: BetterSqlite3.Database,
    private readonly name: string,
    options: TokenVaultOptions,
  ) {
    this.logger = options.logger;
    this.sealer = new Sealer(options.clientSecret);
    this.origin = originOf(options.configuredRefreshToken);
  }

  async load(): Promise<TokenPair | undefined> {
    const row = this.db.prepare('SELECT origin, sealed FROM credentials WHERE name = ?').get(this.name) as
      | { origin: string; sealed: string }
      | undefined;
    if (!row) return undefined;
    if (row.origin !== this.origin) {
      this.logger.info(
        'the configured refresh token changed since the stored one was issued: starting from the configured one',
      );
      return undefined;
    }
    try {
      return JSON.parse(this.sealer.open(row.sealed)) as TokenPair;
    } catch {
      this.logger.warn(
        'the stored admin credential cannot be opened with the configured client secret: starting from the configured refresh token',
      );
      return undefined;
    }
  }

  async save(pair: TokenPair): Promise<void> {
    this.db
      .prepare(
        'INSERT INTO credentials (name, origin, sealed, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET origin = excluded.origin, sealed = excluded.sealed, updated_at = excluded.updated_at',
      )
      .run(this.name, this.origin, this.sealer.seal(JSON.stringify(pair)), Date.now());
  }
}
