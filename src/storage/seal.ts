import { createCipheriv, createDecipheriv, createHash, randomBytes, scryptSync } from 'node:crypto';

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
