import type { FormValues } from "../../shared/forms/types.ts";
import type { Issue } from "../../shared/validation/issue.ts";
import { auditStatement } from "./audit.repo.ts";
import { readOne, type Query } from "./query.ts";

/** Which report: one form of one unit for one period. */
export interface ReportKey {
  periodId: string;
  formId: string;
  unitCode: string;
}

/** One stored version of a report. */
export interface StoredVersion extends ReportKey {
  version: number;
  receipt: string;
  late: boolean;
  submittedAt: string;
  submittedBy: string;
  values: FormValues;
  notes: string | null;
  warnings: Issue[];
  explanations: Record<string, string>;
  requestHash: string | null;
}

interface VersionRow {
  period_id: string;
  form_id: string;
  unit_code: string;
  version: number;
  receipt: string;
  late: number;
  submitted_at: string;
  submitted_by: string;
  values_json: string;
  notes: string | null;
  warnings_json: string;
  explanations_json: string;
  request_hash: string | null;
}

const COLUMNS = `v.period_id, v.form_id, v.unit_code, v.version, v.receipt, v.late, v.submitted_at, v.submitted_by,
  v.values_json, v.notes, v.warnings_json, v.explanations_json, v.request_hash`;

function toVersion(row: VersionRow): StoredVersion {
  return {
    periodId: row.period_id,
    formId: row.form_id,
    unitCode: row.unit_code,
    version: row.version,
    receipt: row.receipt,
    late: row.late === 1,
    submittedAt: row.submitted_at,
    submittedBy: row.submitted_by,
    values: JSON.parse(row.values_json) as FormValues,
    notes: row.notes,
    warnings: JSON.parse(row.warnings_json) as Issue[],
    explanations: JSON.parse(row.explanations_json) as Record<string, string>,
    requestHash: row.request_hash,
  };
}

/** The latest version of a report, or null when it was never submitted. */
export function latestVersion(db: D1Database, key: ReportKey): Promise<StoredVersion | null> {
  return readOne(latestVersionQuery(db, key));
}

/** The read behind latestVersion, to run alone or with others. */
export function latestVersionQuery(db: D1Database, key: ReportKey): Query<StoredVersion | null> {
  return {
    statement: db
      .prepare(
        `SELECT ${COLUMNS} FROM reports r JOIN submission_versions v
           ON v.period_id = r.period_id AND v.form_id = r.form_id AND v.unit_code = r.unit_code AND v.version = r.latest_version
         WHERE r.period_id = ?1 AND r.form_id = ?2 AND r.unit_code = ?3`,
      )
      .bind(key.periodId, key.formId, key.unitCode),
    read: (rows) => (rows[0] ? toVersion(rows[0] as VersionRow) : null),
  };
}

/**
 * The latest values of the unit's reports and of every unit merged into it (directly or through
 * others) for these periods: a successor's history. One read: the predecessors come from a
 * recursive walk of `merged_into` in the same query.
 */
export function latestValuesWithPredecessors(
  db: D1Database,
  key: Omit<ReportKey, "periodId">,
  periodIds: readonly string[],
): Promise<{ periodId: string; unitCode: string; values: FormValues }[]> {
  return readOne(historyQuery(db, key, periodIds));
}

/** The read behind latestValuesWithPredecessors, to run alone or with others. */
export function historyQuery(
  db: D1Database,
  key: Omit<ReportKey, "periodId">,
  periodIds: readonly string[],
): Query<{ periodId: string; unitCode: string; values: FormValues }[]> {
  // No period before this one (year 1): a read that finds nothing keeps the batch's shape.
  const ids = periodIds.length > 0 ? periodIds : [""];
  const placeholders = ids.map((_, i) => `?${i + 3}`).join(", ");
  return {
    statement: db
      .prepare(
        `WITH RECURSIVE line(code, depth) AS (
           SELECT ?2, 0 UNION ALL SELECT u.code, line.depth + 1 FROM units u JOIN line ON u.merged_into = line.code WHERE line.depth < 32
         )
         SELECT r.period_id, r.unit_code, r.latest_values_json AS values_json FROM reports r
         WHERE r.form_id = ?1 AND r.unit_code IN (SELECT code FROM line) AND r.period_id IN (${placeholders})`,
      )
      .bind(key.formId, key.unitCode, ...ids),
    read: (rows) => (rows as { period_id: string; unit_code: string; values_json: string }[])
      .map((row) => ({ periodId: row.period_id, unitCode: row.unit_code, values: JSON.parse(row.values_json) as FormValues })),
  };
}

/** One version of a report, or null. */
export async function versionOf(db: D1Database, key: ReportKey, version: number): Promise<StoredVersion | null> {
  const row = await db
    .prepare(`SELECT ${COLUMNS} FROM submission_versions v WHERE v.period_id = ?1 AND v.form_id = ?2 AND v.unit_code = ?3 AND v.version = ?4`)
    .bind(key.periodId, key.formId, key.unitCode, version)
    .first<VersionRow>();
  return row ? toVersion(row) : null;
}

/** Every version of a report, oldest first. */
export async function allVersions(db: D1Database, key: ReportKey): Promise<StoredVersion[]> {
  const { results } = await db
    .prepare(`SELECT ${COLUMNS} FROM submission_versions v WHERE v.period_id = ?1 AND v.form_id = ?2 AND v.unit_code = ?3 ORDER BY v.version`)
    .bind(key.periodId, key.formId, key.unitCode)
    .all<VersionRow>();
  return results.map(toVersion);
}

/** The version stored under an idempotency key of this report, or null. */
export function findByIdempotencyKey(db: D1Database, key: ReportKey, idempotencyKey: string): Promise<StoredVersion | null> {
  return readOne(idempotencyQuery(db, key, idempotencyKey));
}

/** The read behind findByIdempotencyKey, to run alone or with others. */
export function idempotencyQuery(db: D1Database, key: ReportKey, idempotencyKey: string): Query<StoredVersion | null> {
  return {
    statement: db
      .prepare(
        `SELECT ${COLUMNS} FROM submission_versions v
         WHERE v.period_id = ?1 AND v.form_id = ?2 AND v.unit_code = ?3 AND v.idempotency_key = ?4`,
      )
      .bind(key.periodId, key.formId, key.unitCode, idempotencyKey),
    read: (rows) => (rows[0] ? toVersion(rows[0] as VersionRow) : null),
  };
}

/** A version to append. */
export interface NewVersion {
  key: ReportKey;
  receipt: string;
  lateIfFirst: boolean;
  submittedAt: string;
  submittedBy: string;
  values: FormValues;
  notes: string | null;
  warnings: Issue[];
  explanations: Record<string, string>;
  idempotencyKey: string | null;
  requestHash: string;
}

/**
 * Appends versions in one transaction (a D1 batch), all or none: each report's counter moves on by
 * one and its version takes that number, so parallel amendments get consecutive versions exactly
 * once; lateness stays the first version's. Fails as a whole on a repeated idempotency key or
 * receipt, or a locked period. Answers in the order given.
 */
export async function appendVersions(db: D1Database, versions: readonly NewVersion[]): Promise<{ version: number; late: boolean }[]> {
  const results = await db.batch(versions.flatMap((version) => appendStatements(db, version)));
  return versions.map((_, i) => {
    const row = results[i * STATEMENTS_PER_VERSION + 1]!.results[0] as { version: number; late: number } | undefined;
    if (!row) throw new Error("the new version was not returned");
    return { version: row.version, late: row.late === 1 };
  });
}

const STATEMENTS_PER_VERSION = 3;

/** The counter, the version (its number and lateness returned) and the audit line of one new version. */
function appendStatements(db: D1Database, version: NewVersion): D1PreparedStatement[] {
  const { key } = version;
  return [
    db
      .prepare(
        `INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at)
         VALUES (?1, ?2, ?3, 1, ?4, ?5, ?5)
         ON CONFLICT (period_id, form_id, unit_code) DO UPDATE
           SET latest_version = latest_version + 1, last_submitted_at = excluded.last_submitted_at`,
      )
      .bind(key.periodId, key.formId, key.unitCode, version.lateIfFirst ? 1 : 0, version.submittedAt),
    db
      .prepare(
        `INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by,
           values_json, notes, warnings_json, idempotency_key, request_hash, explanations_json)
         SELECT period_id, form_id, unit_code, latest_version, ?4, late, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12
         FROM reports WHERE period_id = ?1 AND form_id = ?2 AND unit_code = ?3
         RETURNING version, late`,
      )
      .bind(
        key.periodId, key.formId, key.unitCode, version.receipt, version.submittedAt, version.submittedBy,
        JSON.stringify(version.values), version.notes, JSON.stringify(version.warnings), version.idempotencyKey,
        version.requestHash, JSON.stringify(version.explanations),
      ),
    auditStatement(db, {
      at: version.submittedAt, actor: version.submittedBy, action: "submit", unitCode: key.unitCode, periodId: key.periodId,
      target: `${key.periodId}/${key.formId}/${key.unitCode}`,
      detail: { receipt: version.receipt, warnings: version.warnings.length },
    }),
  ];
}

/** A report's latest state, for status and consolidation. */
export interface ReportState {
  periodId: string;
  formId: string;
  unitCode: string;
  version: number;
  late: boolean;
  submittedAt: string;
  values: FormValues | null;
}

/** The latest state of every report of the given periods (and form, when given), with values when asked. */
export function reportsOfPeriods(
  db: D1Database,
  periodIds: readonly string[],
  options: { formId?: string; withValues: boolean },
): Promise<ReportState[]> {
  return readOne(reportsQuery(db, periodIds, options));
}

/** The read behind reportsOfPeriods, to run alone or with others. */
export function reportsQuery(
  db: D1Database,
  periodIds: readonly string[],
  options: { formId?: string; withValues: boolean },
): Query<ReportState[]> {
  const placeholders = periodIds.map((_, i) => `?${i + 2}`).join(", ");
  return {
    statement: db
      .prepare(
        `SELECT r.period_id, r.form_id, r.unit_code, r.latest_version, r.late, r.last_submitted_at
           ${options.withValues ? ", r.latest_values_json AS values_json" : ""}
         FROM reports r
         WHERE r.period_id IN (${placeholders}) AND (?1 IS NULL OR r.form_id = ?1)`,
      )
      .bind(options.formId ?? null, ...periodIds),
    read: (rows) => (rows as {
      period_id: string; form_id: string; unit_code: string; latest_version: number; late: number;
      last_submitted_at: string; values_json?: string;
    }[]).map((row) => ({
      periodId: row.period_id,
      formId: row.form_id,
      unitCode: row.unit_code,
      version: row.latest_version,
      late: row.late === 1,
      submittedAt: row.last_submitted_at,
      values: row.values_json ? (JSON.parse(row.values_json) as FormValues) : null,
    })),
  };
}
