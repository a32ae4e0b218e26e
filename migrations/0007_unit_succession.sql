-- Merged and retired units (issue 10): a unit stops being expected from a month on; when it was
-- merged, `merged_into` names its successor, whose comparisons with earlier periods count its figures.
ALTER TABLE units ADD COLUMN retired_from TEXT;   -- a month id (YYYY-MM): not expected for any period ending on or after that month's window start
ALTER TABLE units ADD COLUMN merged_into TEXT REFERENCES units (code);
CREATE INDEX units_merged_into ON units (merged_into);
