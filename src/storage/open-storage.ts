import type { Logger } from 'pino';
import { openPostgresStorage } from './postgres/open-storage.js';
import { openSqliteStorage } from './sqlite/open-storage.js';
import type { Storage } from './storage.js';

/** The schema prefix when none is configured: the deployment's schema, and `<prefix>_org_<key>` per organisation. */
export const DEFAULT_SCHEMA_PREFIX = 'wxcc_bot';

/** The schema of one organisation of a deployment that serves several (its data apart, as `orgs/<key>` is). */
export function orgSchema(prefix: string, key: string): string {
  // Organisation keys are lower-case letters, digits and hyphens (orgs-file.ts); a schema takes `_`.
  return `${prefix}_org_${key.replace(/-/g, '_')}`;
}

export interface OpenStorageOptions {
  /** The SQLite store's folder (always: uploads and exports are files there, whatever keeps the rows). */
  dataDir: string;
  /** A postgres:// URL: the store is that database's `schema`. Absent: SQLite under `dataDir`, as always. */
  databaseUrl?: string;
  /** The PostgreSQL schema (DEFAULT_SCHEMA_PREFIX when not given); ignored for SQLite. */
  schema?: string;
  logger?: Logger;
  /** SQLite only: how long the open waits for another process to let the file go. */
  busyTimeoutMs?: number;
}

/** The bot's storage: PostgreSQL when a database URL is configured, the embedded SQLite file otherwise. */
export async function openStorage(options: OpenStorageOptions): Promise<Storage> {
  const { dataDir, databaseUrl, logger, busyTimeoutMs } = options;
  if (!databaseUrl) return openSqliteStorage(dataDir, { logger, busyTimeoutMs });
  return openPostgresStorage(databaseUrl, { schema: options.schema ?? DEFAULT_SCHEMA_PREFIX, logger });
}
