/**
 * The schema as numbered steps. A database records the last step applied (`PRAGMA user_version`);
 * opening it applies the steps after that one, each in its own transaction. Steps are only ever
 * added at the end: a step that shipped is never edited, since databases out there have run it.
 */
export interface Migration {
  version: number;
  description: string;
  sql: string;
}

/**
 * Step 1 is the schema as it stood before steps were recorded. Its `IF NOT EXISTS` lets a data
 * directory written by that version (`user_version` 0, every table there) open unchanged.
 */
const INITIAL_SCHEMA = `
CREATE TABLE IF NOT EXISTS jobs (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,
  state TEXT NOT NULL,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  preview_message_id TEXT,
  progress_message_id TEXT,
  progress_edits INTEGER NOT NULL DEFAULT 0,
  requested_by TEXT NOT NULL,
  confirmed_by TEXT,
  created_at TEXT NOT NULL,
  confirmed_at TEXT,
  finished_at TEXT,
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS jobs_state ON jobs(state);
CREATE TABLE IF NOT EXISTS uploads (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  filename TEXT NOT NULL,
  path TEXT NOT NULL,
  created_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS records (
  job_id TEXT NOT NULL REFERENCES jobs(id),
  seq INTEGER NOT NULL,
  email TEXT NOT NULL,
  state TEXT NOT NULL,
  attempts INTEGER NOT NULL DEFAULT 0,
  plan TEXT NOT NULL,
  outcome TEXT,
  result TEXT,
  PRIMARY KEY (job_id, seq)
);
CREATE TABLE IF NOT EXISTS audit (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  at TEXT NOT NULL,
  job_id TEXT NOT NULL,
  email TEXT NOT NULL,
  person_id TEXT,
  requested_by TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  outcome TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS audit_email ON audit(email);
CREATE TABLE IF NOT EXISTS health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS people_settings (
  email TEXT PRIMARY KEY,
  language TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS sync_runs (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  job_id TEXT,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  deadline_at INTEGER NOT NULL,
  finished_at INTEGER,
  resyncs INTEGER NOT NULL DEFAULT 0,
  triggers TEXT NOT NULL DEFAULT '[]',
  report_at_end INTEGER NOT NULL DEFAULT 0,
  retry_of_alert TEXT,
  progress_message_id TEXT,
  progress_edits INTEGER NOT NULL DEFAULT 0,
  progress_text TEXT
);
CREATE INDEX IF NOT EXISTS sync_runs_state ON sync_runs(state);
CREATE TABLE IF NOT EXISTS sync_users (
  run_id TEXT NOT NULL REFERENCES sync_runs(id),
  seq INTEGER NOT NULL,
  person_id TEXT NOT NULL,
  ci_user_id TEXT NOT NULL,
  email TEXT NOT NULL,
  tier TEXT NOT NULL,
  supervisor INTEGER NOT NULL,
  tracking_ids TEXT NOT NULL,
  state TEXT NOT NULL,
  reason TEXT NOT NULL,
  cc_user_id TEXT,
  checks INTEGER NOT NULL DEFAULT 0,
  last_checked_at INTEGER,
  profile TEXT,
  profile_reason TEXT,
  alert_id TEXT,
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX IF NOT EXISTS sync_users_alert ON sync_users(alert_id);
CREATE INDEX IF NOT EXISTS sync_users_person ON sync_users(person_id);
CREATE TABLE IF NOT EXISTS sync_alerts (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES sync_runs(id),
  room_id TEXT NOT NULL,
  message_id TEXT,
  state TEXT NOT NULL,
  created_at INTEGER NOT NULL,
  closed_at INTEGER,
  closed_by TEXT,
  next_check_at INTEGER NOT NULL
);
CREATE INDEX IF NOT EXISTS sync_alerts_state ON sync_alerts(state);
CREATE TABLE IF NOT EXISTS credentials (
  name TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  sealed TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
`;

/**
 * Step 2: the messages the bot owes a thread, kept until Webex took them. `version` counts the
 * revisions of a message kept up to date (a job's progress); `sending_since` marks a post whose
 * outcome is unknown. Records get an index by address: a job asks, user by user, whether another
 * job changed the same address meanwhile.
 */
const OUTBOX = `
CREATE TABLE outbox (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  key TEXT NOT NULL UNIQUE,
  grp TEXT NOT NULL,
  message TEXT NOT NULL,
  message_id TEXT,
  state TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at INTEGER NOT NULL,
  sending_since INTEGER,
  last_error TEXT,
  created_at INTEGER NOT NULL,
  posted_at INTEGER
);
CREATE INDEX outbox_owed ON outbox(state, grp, id);
CREATE INDEX records_email ON records(email, state);
`;

/**
 * Step 3: agent settings in the synchronisation checks. Per user of a run: the settings to apply
 * (JSON), the settings still missing (JSON), what became of the write (applied, refused) and when it
 * was accepted, and when the to-do asking for settings went out; per run, when the Control Hub step
 * for supervisors was asked for. Rows written before have none of these (nothing to apply).
 */
const AGENT_SETTINGS = `
ALTER TABLE sync_users ADD COLUMN agent TEXT;
ALTER TABLE sync_users ADD COLUMN missing TEXT;
ALTER TABLE sync_users ADD COLUMN settings_state TEXT;
ALTER TABLE sync_users ADD COLUMN applied_at INTEGER;
ALTER TABLE sync_users ADD COLUMN settings_asked_at INTEGER;
ALTER TABLE sync_runs ADD COLUMN supervisor_step_at INTEGER;
`;

/**
 * Step 4: each organisation's defaults for new Contact Center agents (`template`), one row per field;
 * `value` is the JSON list of ids and names, NULL when the default was cleared.
 */
const AGENT_DEFAULTS = `
CREATE TABLE agent_defaults (
  org_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (org_id, field)
);
`;

/**
 * Step 5: the ids of the events the bot acted on, with when, so a redelivered event is not acted on
 * again after a restart; rows older than the expiry (`HANDLED_EVENT_TTL_MS`) are deleted as new ones
 * come in.
 */
const HANDLED_EVENTS = `
CREATE TABLE handled_events (
  event_id TEXT PRIMARY KEY,
  handled_at INTEGER NOT NULL
);
CREATE INDEX handled_events_at ON handled_events(handled_at);
`;

/**
 * Step 6: which process drives a synchronisation check, and until when (several replicas on PostgreSQL
 * claim a check's driving; the columns are here too so both stores keep one contract).
 */
const SYNC_RUN_CLAIMS = `
ALTER TABLE sync_runs ADD COLUMN driver TEXT;
ALTER TABLE sync_runs ADD COLUMN driver_until INTEGER;
`;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    description: 'jobs, records, audit, uploads, settings, synchronisation checks and credentials',
    sql: INITIAL_SCHEMA,
  },
  { version: 2, description: 'the outbox of messages owed to threads; records by address', sql: OUTBOX },
  { version: 3, description: 'agent settings in the synchronisation checks', sql: AGENT_SETTINGS },
  { version: 4, description: "each organisation's defaults for new Contact Center agents", sql: AGENT_DEFAULTS },
  {
    version: 5,
    description: 'the events the bot acted on, to act on a redelivered one only once',
    sql: HANDLED_EVENTS,
  },
  { version: 6, description: 'which process drives a synchronisation check, until when', sql: SYNC_RUN_CLAIMS },
];
