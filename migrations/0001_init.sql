-- Units, their tokens, reports with every version, and the audit log.
-- Never edit a migration once applied: add a new one.

CREATE TABLE units (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL CHECK (level IN ('cap-tinh', 'cap-huyen', 'cap-xa')),
  parent TEXT REFERENCES units (code),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

-- Tokens are stored only as SHA-256 hashes.
CREATE TABLE unit_tokens (
  id INTEGER PRIMARY KEY,
  unit_code TEXT NOT NULL REFERENCES units (code),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);
CREATE INDEX unit_tokens_unit ON unit_tokens (unit_code);

-- One row per (period, form, unit): the latest version number and the first version's lateness.
CREATE TABLE reports (
  period_id TEXT NOT NULL,
  form_id TEXT NOT NULL,
  unit_code TEXT NOT NULL REFERENCES units (code),
  latest_version INTEGER NOT NULL,
  late INTEGER NOT NULL,
  first_submitted_at TEXT NOT NULL,
  last_submitted_at TEXT NOT NULL,
  PRIMARY KEY (period_id, form_id, unit_code)
);

-- Every version of every report, append-only.
CREATE TABLE submission_versions (
  period_id TEXT NOT NULL,
  form_id TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  version INTEGER NOT NULL,
  receipt TEXT NOT NULL UNIQUE,
  late INTEGER NOT NULL,
  submitted_at TEXT NOT NULL,
  submitted_by TEXT NOT NULL,
  values_json TEXT NOT NULL,
  notes TEXT,
  warnings_json TEXT NOT NULL,
  idempotency_key TEXT,
  request_hash TEXT,
  PRIMARY KEY (period_id, form_id, unit_code, version),
  FOREIGN KEY (period_id, form_id, unit_code) REFERENCES reports (period_id, form_id, unit_code)
);
CREATE UNIQUE INDEX submission_versions_idempotency
  ON submission_versions (period_id, form_id, unit_code, idempotency_key)
  WHERE idempotency_key IS NOT NULL;

CREATE TRIGGER submission_versions_no_update BEFORE UPDATE ON submission_versions
BEGIN SELECT RAISE(ABORT, 'submission versions are append-only'); END;
CREATE TRIGGER submission_versions_no_delete BEFORE DELETE ON submission_versions
BEGIN SELECT RAISE(ABORT, 'submission versions are append-only'); END;

CREATE TABLE audit_log (
  id INTEGER PRIMARY KEY,
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  action TEXT NOT NULL,
  unit_code TEXT,
  period_id TEXT,
  target TEXT NOT NULL,
  detail_json TEXT NOT NULL DEFAULT '{}'
);
CREATE INDEX audit_log_unit ON audit_log (unit_code, id);
CREATE INDEX audit_log_period ON audit_log (period_id, id);

CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
