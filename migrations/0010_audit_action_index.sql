-- The audit log filtered by action on the central page (newest first) reads this index, not the
-- whole log (issue 12: no full scan of a growing table on a request path).
CREATE INDEX audit_log_action ON audit_log (action, id);
