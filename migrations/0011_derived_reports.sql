-- Issue 12: a quarter, half-year or year a unit did not report itself is derived from its shorter
-- reports (shared/forms/filing.ts derivationParts). Reading every month of 3,300 units at each
-- city report is too slow, so each unit's derived figures are kept, one row per longer period:
--   stale = 0, values_json set   the figures derived from all its parts' latest versions;
--   stale = 0, values_json NULL  some part is missing: nothing to derive;
--   stale = 1                    a part changed since: derive again from the parts (the reader does,
--                                then writes the figures back only if `generation` has not moved).
-- The database keeps it honest: any new or amended report, by whichever path, marks the longer
-- periods containing it stale and moves their generation, in the same transaction.

-- Which longer period contains which shorter one (the same as shared/periods/windows.ts partsOf,
-- which a test checks), for the years 2000–2100.
CREATE TABLE period_parts (
  part_id TEXT NOT NULL,
  container_id TEXT NOT NULL,
  PRIMARY KEY (part_id, container_id)
) WITHOUT ROWID;

-- (D1 allows few terms in a compound SELECT: every period with its first and last month, then pairs.)
INSERT INTO period_parts (part_id, container_id)
WITH RECURSIVE
  years(y) AS (SELECT 2000 UNION ALL SELECT y + 1 FROM years WHERE y < 2100),
  nums(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM nums WHERE n < 12),
  periods(id, y, first, last) AS (
    SELECT printf('%d-%02d', y, n), y, n, n FROM years, nums
    UNION ALL SELECT printf('%d-Q%d', y, n), y, 3 * n - 2, 3 * n FROM years, nums WHERE n <= 4
    UNION ALL SELECT printf('%d-H%d', y, n), y, 6 * n - 5, 6 * n FROM years, nums WHERE n <= 2
    UNION ALL SELECT printf('%d', y), y, 1, 12 FROM years
  )
SELECT part.id, container.id FROM periods part JOIN periods container
  ON container.y = part.y AND container.first <= part.first AND part.last <= container.last
 AND container.last - container.first > part.last - part.first;

CREATE TABLE derived_reports (
  period_id TEXT NOT NULL,
  form_id TEXT NOT NULL,
  unit_code TEXT NOT NULL,
  values_json TEXT,
  stale INTEGER NOT NULL DEFAULT 1 CHECK (stale IN (0, 1)),
  generation INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (period_id, form_id, unit_code)
) WITHOUT ROWID;

CREATE TRIGGER reports_new_part AFTER INSERT ON reports
BEGIN
  INSERT INTO derived_reports (period_id, form_id, unit_code)
    SELECT container_id, NEW.form_id, NEW.unit_code FROM period_parts WHERE part_id = NEW.period_id AND true
  ON CONFLICT (period_id, form_id, unit_code) DO UPDATE SET values_json = NULL, stale = 1, generation = generation + 1;
END;

CREATE TRIGGER reports_amended_part AFTER UPDATE OF latest_version ON reports
BEGIN
  INSERT INTO derived_reports (period_id, form_id, unit_code)
    SELECT container_id, NEW.form_id, NEW.unit_code FROM period_parts WHERE part_id = NEW.period_id AND true
  ON CONFLICT (period_id, form_id, unit_code) DO UPDATE SET values_json = NULL, stale = 1, generation = generation + 1;
END;

-- What was reported before this migration: every longer period with a part, to be derived once.
INSERT INTO derived_reports (period_id, form_id, unit_code)
  SELECT DISTINCT p.container_id, r.form_id, r.unit_code FROM reports r JOIN period_parts p ON p.part_id = r.period_id;
