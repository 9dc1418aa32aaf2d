import type { Logger } from 'pino';
import type { HandledEventStore } from '../bot/handled-events-port.js';
import type { SyncStore } from '../contact-center/sync-ports.js';
import type { SettingsStore } from '../i18n/settings-port.js';
import type { JobStore, OutboxStore, UploadStore } from '../jobs/ports.js';
import type { AgentDefaultsStore } from '../provisioning/agent-defaults-port.js';
import type { TokenVault } from '../webex/admin-credential.js';

/** What a token vault needs to seal its pair and to tell a newly configured authorisation apart. */
export interface TokenVaultOptions {
  clientSecret: string;
  configuredRefreshToken: string;
  logger: Logger;
}

/**
 * Everything the bot keeps durably, behind the interfaces the domain defines. The composition opens
 * one implementation (see open-storage.ts: SQLite under the data directory, or a PostgreSQL schema when
 * DATABASE_URL is set) and hands each part to its users.
 */
export interface Storage {
  jobs: JobStore;
  /** The messages owed to threads, until Webex took them. */
  outbox: OutboxStore;
  uploads: UploadStore;
  settings: SettingsStore;
  /** The organisations' defaults for new Contact Center agents (`template`). */
  agentDefaults: AgentDefaultsStore;
  sync: SyncStore;
  /** The events the bot acted on, so a redelivered one is acted on once. */
  handledEvents: HandledEventStore;
  /** The vault of one named credential (`admin`). */
  tokenVault(name: string, options: TokenVaultOptions): TokenVault;
  /** Why the storage cannot take a write now (readiness), or undefined when it can. */
  writeProblem(): Promise<string | undefined>;
  /** Called each time the storage takes writes again after it broke. */
  onRecovered(listener: () => void): void;
  close(): Promise<void>;
}
