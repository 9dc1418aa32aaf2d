import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';
import type { Logger } from 'pino';
import type { TokenPair } from '../webex/admin-credential.js';

/**
 * AES-256-GCM under a key derived from the client secret, for the credential's token pair: the data
 * directory (or a database dump) alone does not give the tokens away. Any storage seals with it.
 */
export class Sealer {
  private readonly key: Buffer;

  constructor(clientSecret: string) {
    this.key = scryptSync(clientSecret, 'wxcc-provisioning-bot:credential-vault', 32);
  }

  seal(plain: string): string {
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', this.key, iv);
    const sealed = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
    return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64');
  }

  /** Throws when the value was sealed under another key (or altered). */
  open(value: string): string {
    const raw = Buffer.from(value, 'base64');
    const decipher = createDecipheriv('aes-256-gcm', this.key, raw.subarray(0, 12));
    decipher.setAuthTag(raw.subarray(12, 28));
    return Buffer.concat([decipher.update(raw.subarray(28)), decipher.final()]).toString('utf8');
  }
}

/**
 * Fingerprints the configured refresh token, so an operator who configures a new authorisation starts
 * from it rather than from an older, stored pair.
 */
export function originOf(configuredRefreshToken: string): string {
  return createHash('sha256').update(configuredRefreshToken).digest('hex');
}

/**
 * The token pair a store holds for a credential, when it is still the one to use: issued from the refresh
 * token configured now, and sealed with the client secret configured now. Otherwise the configured
 * refresh token is the start (said in the log), whichever store held it.
 */
export function openStoredPair(
  row: { origin: string; sealed: string } | undefined,
  expected: { origin: string; sealer: Sealer; logger: Logger },
): TokenPair | undefined {
  if (!row) return undefined;
  if (row.origin !== expected.origin) {
    expected.logger.info(
      'the configured refresh token changed since the stored one was issued: starting from the configured one',
    );
    return undefined;
  }
  try {
    return JSON.parse(expected.sealer.open(row.sealed)) as TokenPair;
  } catch {
    expected.logger.warn(
      'the stored admin credential cannot be opened with the configured client secret: starting from the configured refresh token',
    );
    return undefined;
  }
}
