import type { Query } from "./query.ts";
import type { Review } from "../../shared/api/schemas.ts";
import { auditStatement } from "./audit.repo.ts";
import type { ReportKey } from "./submissions.repo.ts";

interface ReviewRow {
  period_id: string;
  form_id: string;
  unit_code: string;
  version: number;
  decision: Review["decision"];
  comment: string;
  at: string;
  reviewer: string;
}

const toReview = (row: ReviewRow): Review => ({
  decision: row.decision, comment: row.comment, version: row.version, at: row.at, reviewer: row.reviewer,
});

/** The latest review of one version of a report, or null. */
export async function reviewOf(db: D1Database, key: ReportKey, version: number): Promise<Review | null> {
  const row = await db
    .prepare(
      `SELECT period_id, form_id, unit_code, version, decision, comment, at, reviewer FROM reviews
       WHERE period_id = ?1 AND form_id = ?2 AND unit_code = ?3 AND version = ?4 ORDER BY id DESC LIMIT 1`,
    )
    .bind(key.periodId, key.formId, key.unitCode, version)
    .first<ReviewRow>();
  return row ? toReview(row) : null;
}

/** The latest review of a report's latest version, or null: to read with the version itself. */
export function latestReviewQuery(db: D1Database, key: ReportKey): Query<Review | null> {
  return {
    statement: db
      .prepare(
        `SELECT period_id, form_id, unit_code, version, decision, comment, at, reviewer FROM reviews
         WHERE period_id = ?1 AND form_id = ?2 AND unit_code = ?3
           AND version = (SELECT latest_version FROM reports WHERE period_id = ?1 AND form_id = ?2 AND unit_code = ?3)
         ORDER BY id DESC LIMIT 1`,
      )
      .bind(key.periodId, key.formId, key.unitCode),
    read: (rows) => (rows[0] ? toReview(rows[0] as ReviewRow) : null),
  };
}

/** The latest review of every report's latest version in a period, by `formId/unitCode`. */
export async function reviewsOfPeriod(db: D1Database, periodId: string): Promise<Map<string, Review>> {
  const { results } = await db
    .prepare(
      `SELECT v.period_id, v.form_id, v.unit_code, v.version, v.decision, v.comment, v.at, v.reviewer
       FROM reviews v JOIN reports r
         ON r.period_id = v.period_id AND r.form_id = v.form_id AND r.unit_code = v.unit_code AND r.latest_version = v.version
       WHERE v.period_id = ?1 ORDER BY v.id`,
    )
    .bind(periodId)
    .all<ReviewRow>();
  return new Map(results.map((row) => [`${row.form_id}/${row.unit_code}`, toReview(row)]));
}

/** Records a review and its audit line in one transaction. */
export async function recordReview(db: D1Database, key: ReportKey, review: Review): Promise<void> {
  await db.batch([
    db
      .prepare(
        `INSERT INTO reviews (period_id, form_id, unit_code, version, decision, comment, at, reviewer)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)`,
      )
      .bind(key.periodId, key.formId, key.unitCode, review.version, review.decision, review.comment, review.at, review.reviewer),
    auditStatement(db, {
      at: review.at, actor: review.reviewer, action: review.decision === "accepted" ? "review.accept" : "review.return",
      unitCode: key.unitCode, periodId: key.periodId, target: `${key.periodId}/${key.formId}/${key.unitCode}`,
      detail: { version: review.version, comment: review.comment },
    }),
  ]);
}
