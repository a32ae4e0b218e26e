-- Plans whose tasks units report progress on (issue 11): the task table as JSON (one row, replaced
-- whole by an import or an edit, each change in the audit log), the months whose periods ask for
-- progress, and the form id its progress reports are filed under.
CREATE TABLE task_plans (
  id TEXT PRIMARY KEY,
  form_id TEXT NOT NULL UNIQUE,
  title TEXT NOT NULL,
  year INTEGER NOT NULL,
  from_month TEXT NOT NULL,
  to_month TEXT NOT NULL,
  tasks_json TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);

-- A plan's progress is read across its periods: every report of one form.
CREATE INDEX reports_form ON reports (form_id, unit_code);
