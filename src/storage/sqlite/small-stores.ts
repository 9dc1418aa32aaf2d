import type BetterSqlite3 from 'better-sqlite3';
import type { AgentField, NamedId } from '../../contact-center/agent-settings.js';
import type { SettingsStore } from '../../i18n/settings-port.js';
import type { Lang } from '../../i18n/translate.js';
import type { UploadRow, UploadStore } from '../../jobs/ports.js';
import type { AgentDefaultsStore, StoredAgentDefault } from '../../provisioning/agent-defaults-port.js';
import { toUpload } from '../job-rows.js';
import { StatementCache } from './statements.js';

/** Each person's language, keyed by lower-cased address. */
export class SqliteSettingsStore implements SettingsStore {
  private readonly statements: StatementCache;

  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => Date,
  ) {
    this.statements = new StatementCache(db);
  }

  async language(email: string): Promise<Lang | undefined> {
    const row = this.statements.get('SELECT language FROM people_settings WHERE email = ?').get(email.toLowerCase()) as
      | { language: Lang }
      | undefined;
    return row?.language;
  }

  async setLanguage(email: string, language: Lang): Promise<void> {
    this.statements
      .get(
        'INSERT INTO people_settings (email, language, updated_at) VALUES (?, ?, ?) ON CONFLICT(email) DO UPDATE SET language = excluded.language, updated_at = excluded.updated_at',
      )
      .run(email.toLowerCase(), language, this.now().toISOString());
  }
}

/** Each organisation's defaults for new Contact Center agents, one row per field set or cleared. */
export class SqliteAgentDefaultsStore implements AgentDefaultsStore {
  private readonly statements: StatementCache;

  constructor(
    db: BetterSqlite3.Database,
    private readonly now: () => Date,
  ) {
    this.statements = new StatementCache(db);
  }

  async agentDefaults(orgId: string): Promise<Partial<Record<AgentField, StoredAgentDefault>>> {
    const rows = this.statements
      .get('SELECT field, value, updated_by, updated_at FROM agent_defaults WHERE org_id = ?')
      .all(orgId) as { field: AgentField; value: string | null; updated_by: string; updated_at: string }[];
    return Object.fromEntries(
      rows.map((r) => [
        r.field,
        { value: r.value === null ? null : (JSON.parse(r.value) as NamedId[]), by: r.updated_by, at: r.updated_at },
      ]),
    );
  }

  async setAgentDefault(orgId: string, field: AgentField, value: NamedId[] | null, by: string): Promise<void> {
    this.statements
      .get(
        'INSERT INTO agent_defaults (org_id, field, value, updated_by, updated_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT(org_id, field) DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at',
      )
      .run(orgId, field, value === null ? null : JSON.stringify(value), by, this.now().toISOString());
  }
}

/** Files posted for import, by id. */
export class SqliteUploadStore implements UploadStore {
  private readonly statements: StatementCache;

  constructor(db: BetterSqlite3.Database) {
    this.statements = new StatementCache(db);
  }

  async save(upload: UploadRow): Promise<void> {
    this.statements
      .get(
        'INSERT INTO uploads (id, room_id, thread_id, requested_by, filename, path, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)',
      )
      .run(
        upload.id,
        upload.roomId,
        upload.threadId,
        upload.requestedBy,
        upload.filename,
        upload.path,
        upload.createdAt,
      );
  }

  async get(id: string): Promise<UploadRow | undefined> {
    const r = this.statements.get('SELECT * FROM uploads WHERE id = ?').get(id) as Record<string, string> | undefined;
    return r ? toUpload(r) : undefined;
  }
}
