import type { Logger } from 'pino';
import { HANDLED_EVENT_TTL_MS, type HandledEventStore } from '../../bot/handled-events-port.js';
import type { AgentField, NamedId } from '../../contact-center/agent-settings.js';
import type { SettingsStore } from '../../i18n/settings-port.js';
import type { Lang } from '../../i18n/translate.js';
import type { UploadRow, UploadStore } from '../../jobs/ports.js';
import type { AgentDefaultsStore, StoredAgentDefault } from '../../provisioning/agent-defaults-port.js';
import type { TokenPair, TokenVault } from '../../webex/admin-credential.js';
import { toUpload } from '../job-rows.js';
import { openStoredPair, originOf, Sealer } from '../seal.js';
import type { TokenVaultOptions } from '../storage.js';
import type { PgDatabase } from './database.js';

/** Each person's language, keyed by lower-cased address. */
export class PgSettingsStore implements SettingsStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => Date,
  ) {}

  async language(email: string): Promise<Lang | undefined> {
    const [row] = await this.db.rows<{ language: Lang }>('SELECT language FROM people_settings WHERE email = $1', [
      email.toLowerCase(),
    ]);
    return row?.language;
  }

  async setLanguage(email: string, language: Lang): Promise<void> {
    await this.db.run(
      'INSERT INTO people_settings (email, language, updated_at) VALUES ($1, $2, $3) ON CONFLICT (email) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at',
      [email.toLowerCase(), language, this.now().toISOString()],
    );
  }
}

/** Each organisation's defaults for new Contact Center agents, one row per field set or cleared. */
export class PgAgentDefaultsStore implements AgentDefaultsStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => Date,
  ) {}

  async agentDefaults(orgId: string): Promise<Partial<Record<AgentField, StoredAgentDefault>>> {
    const rows = await this.db.rows<{
      field: AgentField;
      value: string | null;
      updated_by: string;
      updated_at: string;
    }>('SELECT field, value, updated_by, updated_at FROM agent_defaults WHERE org_id = $1', [orgId]);
    return Object.fromEntries(
      rows.map((r) => [
        r.field,
        { value: r.value === null ? null : (JSON.parse(r.value) as NamedId[]), by: r.updated_by, at: r.updated_at },
      ]),
    );
  }

  async setAgentDefault(orgId: string, field: AgentField, value: NamedId[] | null, by: string): Promise<void> {
    await this.db.run(
      'INSERT INTO agent_defaults (org_id, field, value, updated_by, updated_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (org_id, field) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at',
      [orgId, field, value === null ? null : JSON.stringify(value), by, this.now().toISOString()],
    );
  }
}

/** Files posted for import, by id (the file itself is on the replica's disk, under its data directory). */
export class PgUploadStore implements UploadStore {
  constructor(private readonly db: PgDatabase) {}

  async save(upload: UploadRow): Promise<void> {
    await this.db.run(
      'INSERT INTO uploads (id, room_id, thread_id, requested_by, filename, path, created_at) VALUES ($1, $2, $3, $4, $5, $6, $7)',
      [upload.id, upload.roomId, upload.threadId, upload.requestedBy, upload.filename, upload.path, upload.createdAt],
    );
  }

  async get(id: string): Promise<UploadRow | undefined> {
    const [r] = await this.db.rows<Record<string, string>>('SELECT * FROM uploads WHERE id = $1', [id]);
    return r ? toUpload(r) : undefined;
  }
}

/**
 * The events the bot acted on, one row per id, forgotten once older than the expiry. The insert that
 * wins is the one PostgreSQL's unique key lets in: of two replicas given the same event, one acts.
 */
export class PgHandledEventStore implements HandledEventStore {
  constructor(
    private readonly db: PgDatabase,
    private readonly now: () => number,
    private readonly ttlMs = HANDLED_EVENT_TTL_MS,
  ) {}

  async markHandled(eventId: string): Promise<boolean> {
    const at = this.now();
    await this.db.run('DELETE FROM handled_events WHERE handled_at <= $1', [at - this.ttlMs]);
    const inserted = await this.db.run(
      'INSERT INTO handled_events (event_id, handled_at) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING',
      [eventId, at],
    );
    return inserted === 1;
  }
}

/** A named credential's newest token pair in PostgreSQL, sealed (see `Sealer`). */
export class PgTokenVault implements TokenVault {
  /** What a stored pair must match to be used (see `openStoredPair`), and the log that says when not. */
  private readonly expected: { origin: string; sealer: Sealer; logger: Logger };

  constructor(
    private readonly db: PgDatabase,
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
    const [row] = await this.db.rows<{ origin: string; sealed: string }>(
      'SELECT origin, sealed FROM credentials WHERE name = $1',
      [this.name],
    );
    return openStoredPair(row, this.expected);
  }

  async save(pair: TokenPair): Promise<void> {
    await this.db.run(
      'INSERT INTO credentials (name, origin, sealed, updated_at) VALUES ($1, $2, $3, $4) ON CONFLICT (name) DO UPDATE SET origin = excluded.origin, sealed = excluded.sealed, updated_at = excluded.updated_at',
      [this.name, this.expected.origin, this.expected.sealer.seal(JSON.stringify(pair)), Date.now()],
    );
  }
}
