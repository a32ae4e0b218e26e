import type { StoredPlan, StoredTask } from "../../shared/plan-tasks/stored-plan.ts";
import { progressFormId } from "../../shared/plan-tasks/progress-form.ts";
import type { FormValues } from "../../shared/forms/types.ts";
import type { ProgressReport } from "../../shared/plan-tasks/progress.ts";

interface PlanRow {
  id: string; form_id: string; title: string; year: number; from_month: string; to_month: string;
  tasks_json: string; updated_at: string; updated_by: string;
}

const fromRow = (row: PlanRow): StoredPlan => ({
  id: row.id, title: row.title, year: row.year, from: row.from_month, to: row.to_month,
  tasks: JSON.parse(row.tasks_json) as StoredTask[], updatedAt: row.updated_at, updatedBy: row.updated_by,
});

/** Every plan, in order of their first month. */
export async function listTaskPlans(db: D1Database): Promise<StoredPlan[]> {
  const { results } = await db.prepare("SELECT * FROM task_plans ORDER BY from_month, id").all<PlanRow>();
  return results.map(fromRow);
}

/** The plan with this id, or null. */
export async function findTaskPlan(db: D1Database, id: string): Promise<StoredPlan | null> {
  const row = await db.prepare("SELECT * FROM task_plans WHERE id = ?1").bind(id).first<PlanRow>();
  return row ? fromRow(row) : null;
}

/** The plan whose progress is filed under this form id, or null. */
export async function findTaskPlanByForm(db: D1Database, formId: string): Promise<StoredPlan | null> {
  const row = await db.prepare("SELECT * FROM task_plans WHERE form_id = ?1").bind(formId).first<PlanRow>();
  return row ? fromRow(row) : null;
}

/** A statement storing a plan whole (created, or replaced keeping its first creation time). */
export function saveTaskPlan(db: D1Database, plan: StoredPlan, at: string, by: string): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO task_plans (id, form_id, title, year, from_month, to_month, tasks_json, created_at, updated_at, updated_by)
       VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?8, ?9)
       ON CONFLICT (id) DO UPDATE SET title = excluded.title, year = excluded.year, from_month = excluded.from_month,
         to_month = excluded.to_month, tasks_json = excluded.tasks_json, updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
    )
    .bind(plan.id, progressFormId(plan.id), plan.title, plan.year, plan.from, plan.to, JSON.stringify(plan.tasks), at, by);
}

/** The latest version of every unit's progress report on a plan, all periods. */
export async function progressReports(db: D1Database, formId: string): Promise<ProgressReport[]> {
  const { results } = await db
    .prepare(
      `SELECT r.unit_code, r.period_id, r.latest_values_json AS values_json FROM reports r WHERE r.form_id = ?1`,
    )
    .bind(formId)
    .all<{ unit_code: string; period_id: string; values_json: string }>();
  return results.map((row) => ({ unitCode: row.unit_code, periodId: row.period_id, values: JSON.parse(row.values_json) as FormValues }));
}
