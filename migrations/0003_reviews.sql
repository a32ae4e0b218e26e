-- The central office's review of a report version: accepted, or returned with a comment.
-- Append-only; a report's review is the latest one of its latest version (a new version reopens it).
CREATE TABLE reviews (
  id INTEGER PRIMARY KEY,
  period_id TEXT NOT NULL,
  form_id TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  version INTEGER NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accepted', 'returned')),
  comment TEXT NOT NULL DEFAULT '',
  at TEXT NOT NULL,
  reviewer TEXT NOT NULL,
  FOREIGN KEY (period_id, form_id, unit_code, version) REFERENCES submission_versions (period_id, form_id, unit_code, version)
);
CREATE INDEX reviews_report ON reviews (period_id, form_id, unit_code, version, id);

CREATE TRIGGER reviews_no_update BEFORE UPDATE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
CREATE TRIGGER reviews_no_delete BEFORE DELETE ON reviews
BEGIN SELECT RAISE(ABORT, 'reviews are append-only'); END;
