-- Levels become data (shared/units/levels.ts, the LEVELS variable): the units table loses the CHECK
-- that fixed three levels. SQLite cannot drop a CHECK, so the table is rebuilt; every unit is kept.
-- D1 enforces foreign keys and ignores `PRAGMA foreign_keys = OFF`; deferring them lets the old table
-- go while reports and tokens point at `units`, which the renamed copy then satisfies at commit.
PRAGMA defer_foreign_keys = on;

CREATE TABLE units_new (
  code TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  level TEXT NOT NULL,
  parent TEXT REFERENCES units (code),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);
INSERT INTO units_new (code, name, level, parent, created_at, updated_at)
  SELECT code, name, level, parent, created_at, updated_at FROM units;
DROP TABLE units;
ALTER TABLE units_new RENAME TO units;
CREATE INDEX units_parent ON units (parent);

PRAGMA defer_foreign_keys = off;
