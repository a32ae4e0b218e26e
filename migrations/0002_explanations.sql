-- The unit's explanation of each warning it submits with (keyed by rule id).
ALTER TABLE submission_versions ADD COLUMN explanations_json TEXT NOT NULL DEFAULT '{}';
