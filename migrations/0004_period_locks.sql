-- Locking a period (khóa sổ) and reopening it: an append-only history of events per period;
-- a period's state is its latest event (locked = 1: locked; 0: reopened). No event: open.
CREATE TABLE period_lock_events (
  id INTEGER PRIMARY KEY,
  period_id TEXT NOT NULL,
  locked INTEGER NOT NULL CHECK (locked IN (0, 1)),
  at TEXT NOT NULL,
  actor TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE INDEX period_lock_events_period ON period_lock_events (period_id, id);

CREATE TRIGGER period_lock_events_no_update BEFORE UPDATE ON period_lock_events
BEGIN SELECT RAISE(ABORT, 'period lock events are append-only'); END;
CREATE TRIGGER period_lock_events_no_delete BEFORE DELETE ON period_lock_events
BEGIN SELECT RAISE(ABORT, 'period lock events are append-only'); END;

-- The database itself refuses a version for a locked period, so a submission racing the lock
-- fails as a whole (the batch that appends a version is one transaction) instead of slipping in.
CREATE TRIGGER submission_versions_period_locked BEFORE INSERT ON submission_versions
WHEN (SELECT locked FROM period_lock_events WHERE period_id = NEW.period_id ORDER BY id DESC LIMIT 1) = 1
BEGIN SELECT RAISE(ABORT, 'period_locked'); END;
