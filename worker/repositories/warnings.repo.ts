import type { Issue } from "../../shared/validation/issue.ts";

/** The warnings stored with one report's latest version, and the unit's explanations (by rule). */
export interface StoredWarnings {
  formId: string;
  unitCode: string;
  version: number;
  warnings: Issue[];
  explanations: Record<string, string>;
}

/** Every latest version of a period that carries warnings, by form and unit. */
export async function warningsOfPeriod(db: D1Database, periodId: string): Promise<StoredWarnings[]> {
  const { results } = await db
    .prepare(
      `SELECT v.form_id, v.unit_code, v.version, v.warnings_json, v.explanations_json
       FROM reports r JOIN submission_versions v
         ON v.period_id = r.period_id AND v.form_id = r.form_id AND v.unit_code = r.unit_code AND v.version = r.latest_version
       WHERE r.period_id = ?1 AND v.warnings_json <> '[]'
       ORDER BY v.form_id, v.unit_code`,
    )
    .bind(periodId)
    .all<{ form_id: string; unit_code: string; version: number; warnings_json: string; explanations_json: string }>();
  return results.map((row) => ({
    formId: row.form_id,
    unitCode: row.unit_code,
    version: row.version,
    warnings: JSON.parse(row.warnings_json) as Issue[],
    explanations: JSON.parse(row.explanations_json) as Record<string, string>,
  }));
}
