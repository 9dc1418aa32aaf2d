import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import type BetterSqlite3 from 'better-sqlite3';
import type { Logger } from 'pino';
import type { TokenPair, TokenVault } from '../webex/admin-credential.js';

const SCHEMA = `
CREATE TABLE IF NOT EXISTS credentials (
  name TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  sealed TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);`;

/**
 * The admin credential's newest token pair in the bot's SQLite file, sealed with AES-256-GCM under a
 * key derived from the client secret: the data directory alone does not give the tokens away.
 * `origin` fingerprints the configured refresh token, so an operator who configures a new
 * authorisation starts from it rather than from an older, stored one.
 */
export class SqliteTokenVault implements TokenVault {
  private readonly key: Buffer;
  private readonly origin: string;
  private readonly name: string;
  private readonly logger: Logger;

  constructor(
    private readonly db: BetterSqlite3.Database,
    options: { name: string; clientSecret: string; configuredRefreshToken: string; logger: Logger },
  ) {
    this.db.exec(SCHEMA);
    this.name = options.name;
    this.logger = options.logger;
    this.key = scryptSync(options.clientSecret, 'wxcc-provisioning-bot:credential-vault', 32);
    this.origin = createHash('sha256').update(options.configuredRefreshToken).digest('hex');
  }

  load(): TokenPair | undefined {
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
      const raw = Buffer.from(row.sealed, 'base64');
      const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
      decipher.setAuthTag(raw.subarray(12, 28));
      const plain = Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
      return JSON.parse(plain) as TokenPair;
    } catch {
      this.logger.warn(
        'the stored admin credential cannot be opened with the configured client secret: starting from the configured refresh token',
      );
      return undefined;
    }
  }

  save(pair: TokenPair): void {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(JSON.stringify(pair), 'utf8'), cipher.final()]);
    const value = Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
    this.db
      .prepare(
        'INSERT INTO credentials (name, origin, sealed, updated_at) VALUES (?, ?, ?, ?) ON CONFLICT(name) DO UPDATE SET origin = excluded.origin, sealed = excluded.sealed, updated_at = excluded.updated_at',
      )
      .run(this.name, this.origin, value, Date.now());
  }
}
