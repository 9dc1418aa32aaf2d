-- The bot's schema on PostgreSQL, as the SQLite schema stands after its step 5 (src/storage/sqlite/migrations.ts):
-- the same tables and columns, so both stores read and write the same rows. JSON stays in text columns (the
-- row readers are shared); flags stay integers 0/1; times in milliseconds are bigint; ISO times are text in
-- the "C" collation so they sort and compare as they do in SQLite. `records`, `sync_users` get an `id` in
-- place of SQLite's rowid (the order rows were written in).
-- Files here are only ever added: a file that shipped is never edited, databases out there have run it.

CREATE TABLE jobs (
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
  created_at TEXT COLLATE "C" NOT NULL,
  confirmed_at TEXT COLLATE "C",
  finished_at TEXT COLLATE "C",
  cancel_requested INTEGER NOT NULL DEFAULT 0,
  details TEXT NOT NULL
);
CREATE INDEX jobs_state ON jobs(state);

CREATE TABLE uploads (
  id TEXT PRIMARY KEY,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  filename TEXT NOT NULL,
  path TEXT NOT NULL,
  created_at TEXT NOT NULL
);

CREATE TABLE records (
  id BIGSERIAL UNIQUE,
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
CREATE INDEX records_email ON records(email, state);

CREATE TABLE audit (
  id BIGSERIAL PRIMARY KEY,
  at TEXT COLLATE "C" NOT NULL,
  job_id TEXT NOT NULL,
  email TEXT NOT NULL,
  person_id TEXT,
  requested_by TEXT NOT NULL,
  confirmed_by TEXT NOT NULL,
  outcome TEXT NOT NULL,
  details TEXT NOT NULL
);
CREATE INDEX audit_email ON audit(email);

CREATE TABLE health (
  id INTEGER PRIMARY KEY CHECK (id = 1),
  at TEXT NOT NULL
);

CREATE TABLE people_settings (
  email TEXT PRIMARY KEY,
  language TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE sync_runs (
  id TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  job_id TEXT,
  room_id TEXT NOT NULL,
  thread_id TEXT NOT NULL,
  requested_by TEXT NOT NULL,
  state TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  deadline_at BIGINT NOT NULL,
  finished_at BIGINT,
  resyncs INTEGER NOT NULL DEFAULT 0,
  triggers TEXT NOT NULL DEFAULT '[]',
  report_at_end INTEGER NOT NULL DEFAULT 0,
  retry_of_alert TEXT,
  progress_message_id TEXT,
  progress_edits INTEGER NOT NULL DEFAULT 0,
  progress_text TEXT,
  supervisor_step_at BIGINT
);
CREATE INDEX sync_runs_state ON sync_runs(state);

CREATE TABLE sync_users (
  id BIGSERIAL UNIQUE,
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
  last_checked_at BIGINT,
  profile TEXT,
  profile_reason TEXT,
  alert_id TEXT,
  agent TEXT,
  missing TEXT,
  settings_state TEXT,
  applied_at BIGINT,
  settings_asked_at BIGINT,
  PRIMARY KEY (run_id, seq)
);
CREATE INDEX sync_users_alert ON sync_users(alert_id);
CREATE INDEX sync_users_person ON sync_users(person_id);

CREATE TABLE sync_alerts (
  id TEXT PRIMARY KEY,
  run_id TEXT NOT NULL REFERENCES sync_runs(id),
  room_id TEXT NOT NULL,
  message_id TEXT,
  state TEXT NOT NULL,
  created_at BIGINT NOT NULL,
  closed_at BIGINT,
  closed_by TEXT,
  next_check_at BIGINT NOT NULL
);
CREATE INDEX sync_alerts_state ON sync_alerts(state);

CREATE TABLE credentials (
  name TEXT PRIMARY KEY,
  origin TEXT NOT NULL,
  sealed TEXT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE outbox (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  grp TEXT NOT NULL,
  message TEXT NOT NULL,
  message_id TEXT,
  state TEXT NOT NULL,
  version INTEGER NOT NULL DEFAULT 1,
  attempts INTEGER NOT NULL DEFAULT 0,
  next_attempt_at BIGINT NOT NULL,
  sending_since BIGINT,
  last_error TEXT,
  created_at BIGINT NOT NULL,
  posted_at BIGINT
);
CREATE INDEX outbox_owed ON outbox(state, grp, id);

CREATE TABLE agent_defaults (
  org_id TEXT NOT NULL,
  field TEXT NOT NULL,
  value TEXT,
  updated_by TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (org_id, field)
);

CREATE TABLE handled_events (
  event_id TEXT PRIMARY KEY,
  handled_at BIGINT NOT NULL
);
CREATE INDEX handled_events_at ON handled_events(handled_at);
