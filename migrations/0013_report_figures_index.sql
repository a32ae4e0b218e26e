-- Issue 12: the city report of a month reads the latest figures of one period's and form's reports
-- (3,300 of them). Fetched row by row from the table, that took 18 ms in SQLite on the bench's
-- database (one lookup per report); from an index that holds everything that read needs, 3 ms.
-- It costs each submission about 25 µs of SQL and each report its figures a second time on disk.
CREATE INDEX reports_period_figures
  ON reports (period_id, form_id, unit_code, latest_version, late, last_submitted_at, latest_values_json);
