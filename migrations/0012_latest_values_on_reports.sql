-- Issue 12: the city report of a month, the history a submission is checked against and a plan's
-- progress read the latest figures of thousands of reports; joining each report to its latest
-- version made that read about twice as slow. The latest version's figures are kept on the report.
-- The database keeps them right whichever path writes (the API, an upload, SQL seeds), in either
-- order: a new version sets them when it is the report's latest, and a report whose latest version
-- moves takes that version's figures (none yet while the version row is still to come).
ALTER TABLE reports ADD COLUMN latest_values_json TEXT;

UPDATE reports SET latest_values_json = (
  SELECT v.values_json FROM submission_versions v
   WHERE v.period_id = reports.period_id AND v.form_id = reports.form_id AND v.unit_code = reports.unit_code
     AND v.version = reports.latest_version
);

CREATE TRIGGER versions_latest_values AFTER INSERT ON submission_versions
BEGIN
  UPDATE reports SET latest_values_json = NEW.values_json
   WHERE period_id = NEW.period_id AND form_id = NEW.form_id AND unit_code = NEW.unit_code AND latest_version = NEW.version;
END;

CREATE TRIGGER reports_new_latest_values AFTER INSERT ON reports
BEGIN
  UPDATE reports SET latest_values_json = (
    SELECT v.values_json FROM submission_versions v
     WHERE v.period_id = NEW.period_id AND v.form_id = NEW.form_id AND v.unit_code = NEW.unit_code AND v.version = NEW.latest_version
  ) WHERE period_id = NEW.period_id AND form_id = NEW.form_id AND unit_code = NEW.unit_code;
END;

CREATE TRIGGER reports_moved_latest_values AFTER UPDATE OF latest_version ON reports
BEGIN
  UPDATE reports SET latest_values_json = (
    SELECT v.values_json FROM submission_versions v
     WHERE v.period_id = NEW.period_id AND v.form_id = NEW.form_id AND v.unit_code = NEW.unit_code AND v.version = NEW.latest_version
  ) WHERE period_id = NEW.period_id AND form_id = NEW.form_id AND unit_code = NEW.unit_code;
END;
