import type { Context } from "hono";
import * as routes from "../../shared/api/routes/task-plans.ts";
import { isIsoDate, vietnamDate } from "../../shared/periods/calendar.ts";
import { unmatchedNames } from "../../shared/plan-tasks/assignment.ts";
import { parseDue } from "../../shared/plan-tasks/due.ts";
import { planTaskImport } from "../../shared/plan-tasks/plan-import.ts";
import { planProgress } from "../../shared/plan-tasks/progress.ts";
import { progressFormId } from "../../shared/plan-tasks/progress-form.ts";
import { parseParties } from "../../shared/plan-tasks/read-task-table.ts";
import { PLAN_ID, taskNumber, type StoredPlan } from "../../shared/plan-tasks/stored-plan.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { actorName } from "../auth/actor.ts";
import type { AppEnv } from "../app-env.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { badRequest, notFound } from "../errors.ts";
import { attachment } from "../export/file-name.ts";
import { taskTableWorkbook } from "../export/task-table-workbook.ts";
import { readTableUpload } from "../import/read-table-upload.ts";
import { requirePeriod, requireUnit } from "../lookups.ts";
import { progressFormsOf } from "../plan-forms.ts";
import { found } from "../middleware/found.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central, unitOrCentral } from "../middleware/roles.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { findTaskPlan, listTaskPlans, progressReports, saveTaskPlan } from "../repositories/task-plans.repo.ts";
import { listUnits } from "../repositories/units.repo.ts";
import { api, fileNamed, guarded, withoutExtension } from "./api.ts";

/** More rows than any plan's table has: a longer file is not a task table. */
const MAX_ROWS = 2_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";


async function requirePlan(db: D1Database, id: string): Promise<StoredPlan> {
  const plan = await findTaskPlan(db, id);
  if (!plan) throw notFound(`kế hoạch «${id}»`);
  return plan;
}

const view = (plan: StoredPlan, units: readonly Unit[]) => ({
  ...plan, formId: progressFormId(plan.id), unmatched: unmatchedNames(plan.tasks, units),
});

/** The heading of an imported plan from the query, with a message naming what is wrong. */
function headingOf(c: Context<AppEnv>) {
  const q = (name: string) => c.req.query(name)?.trim() ?? "";
  const id = q("id");
  const title = q("title");
  const year = Number(q("year"));
  if (!PLAN_ID.test(id)) throw badRequest(`Mã kế hoạch «${id}» không dùng được: chỉ chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ hai-phong-2025.`);
  if (!title) throw badRequest("Chưa có tên kế hoạch (ví dụ: Kế hoạch kiểm soát TTHC năm 2025).");
  if (!Number.isInteger(year) || year < 2000 || year > 2100) throw badRequest(`Năm của kế hoạch «${q("year")}» không hợp lệ: ghi năm bốn chữ số, ví dụ 2025.`);
  const from = q("from") || `${year}-01`;
  const to = q("to") || `${year}-12`;
  for (const [name, month] of [["từ tháng", from], ["đến tháng", to]] as const) {
    if (!MONTH.test(month)) throw badRequest(`Tháng «${month}» (${name}) không hợp lệ: ghi dạng YYYY-MM, ví dụ ${year}-01.`);
  }
  if (to < from) throw badRequest(`Tháng kết thúc ${to} ở trước tháng bắt đầu ${from}.`);
  return { id, title: title.slice(0, 300), year, from, to };
}

/** The plan and the task of the path, or 404 (before a malformed body's 400). */
const taskOfPath = found(async (c) => {
  const plan = await requirePlan(c.env.DB, c.req.param("planId") ?? "");
  const taskId = c.req.param("taskId") ?? "";
  const index = plan.tasks.findIndex((task) => task.id === taskId);
  if (index < 0) throw notFound(`nhiệm vụ «${taskId}» trong kế hoạch «${plan.title}»`);
  return { plan, index };
});

/** Plans and their tasks, progress on them (central), and the forms units file for them (each unit its own). */
export const taskPlansApi = api();
taskPlansApi.use("/api/v1/task-plans/*", central());

taskPlansApi.openapi(routes.plans, async (c) => {
  const plans = await listTaskPlans(c.env.DB);
  return c.json(plans.map(({ tasks, ...plan }) => ({ ...plan, formId: progressFormId(plan.id), tasks: tasks.length })), 200);
});

// The heading's own messages (which field, what to write) before the query's schema and the file's 413.
taskPlansApi.openapi(guarded(routes.importPlan, central("plans"), found(headingOf)), async (c) => {
  const heading = c.var.found;
  const apply = c.req.valid("query").apply === "true";
  const grid = await readTableUpload(c, {
    empty: "Chưa có tệp: chọn tệp .xlsx hoặc .csv của bảng nhiệm vụ (STT, Nội dung, Thời gian, Chủ trì, Phối hợp, Kết quả).",
    unreadable: "Không đọc được tệp bảng nhiệm vụ",
    tooLong: (rows) => `Tệp có ${rows} dòng: bảng nhiệm vụ của một kế hoạch tối đa ${MAX_ROWS} dòng.`,
  }, MAX_ROWS);

  const existing = await findTaskPlan(c.env.DB, heading.id);
  const { plan, changes, issues } = planTaskImport(grid, heading, existing);
  if (!plan) return c.json({ applied: false, plan: null, changes, issues }, 422);
  const levels = levelsOf(c.env);
  const units = await listUnits(c.env.DB, levels);
  if (!apply) return c.json({ applied: false, plan: view(plan, units), changes, issues: [] }, 200);

  const at = new Date().toISOString();
  const actor = actorName(c.get("actor"));
  await c.env.DB.batch([
    saveTaskPlan(c.env.DB, plan, at, actor),
    auditStatement(c.env.DB, {
      at, actor, action: existing ? "plan.replace" : "plan.create", target: `plan/${plan.id}`,
      detail: { title: plan.title, tasks: plan.tasks.length, from: plan.from, to: plan.to, ...changes },
    }),
  ]);
  return c.json({ applied: true, plan: view({ ...plan, updatedAt: at, updatedBy: actor }, units), changes, issues: [] }, 200);
});

taskPlansApi.openapi(fileNamed(taskPlansApi, routes.planTable), async (c) => {
  const plan = await requirePlan(c.env.DB, withoutExtension(c.req.valid("param").planId));
  return c.body(await taskTableWorkbook(plan, levelsOf(c.env)), 200, {
    "Content-Type": XLSX, "Content-Disposition": attachment(`Bảng nhiệm vụ ${plan.id}.xlsx`),
  });
});

taskPlansApi.openapi(routes.plan, async (c) => {
  const plan = await requirePlan(c.env.DB, c.req.valid("param").planId);
  const levels = levelsOf(c.env);
  return c.json(view(plan, await listUnits(c.env.DB, levels)), 200);
});

taskPlansApi.openapi(guarded(routes.editTask, central("plans"), taskOfPath, jsonBody()), async (c) => {
  const { plan, index } = c.var.found;
  const edit = c.req.valid("json");
  const before = plan.tasks[index]!;
  const after = {
    ...before, content: edit.content, due: parseDue(edit.due, plan.year),
    lead: parseParties(edit.lead), support: parseParties(edit.support), output: edit.output,
  };
  if (after.lead.length === 0) throw badRequest(`Nhiệm vụ ${taskNumber(before)}: cần có đơn vị chủ trì.`);
  const at = new Date().toISOString();
  const actor = actorName(c.get("actor"));
  const changed = { ...plan, tasks: plan.tasks.map((task, i) => (i === index ? after : task)) };
  await c.env.DB.batch([
    saveTaskPlan(c.env.DB, changed, at, actor),
    auditStatement(c.env.DB, {
      at, actor, action: "plan.task.update", target: `plan/${plan.id}/${before.id}`,
      detail: { number: taskNumber(before), before: { content: before.content, due: before.due, lead: before.lead, support: before.support, output: before.output }, after: edit },
    }),
  ]);
  const levels = levelsOf(c.env);
  return c.json(view({ ...changed, updatedAt: at, updatedBy: actor }, await listUnits(c.env.DB, levels)), 200);
});

taskPlansApi.openapi(routes.progress, async (c) => {
  const asOfParam = c.req.valid("query").asOf;
  if (asOfParam !== undefined && !isIsoDate(asOfParam)) throw badRequest(`Ngày «${asOfParam}» không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ 2025-12-31.`);
  const plan = await requirePlan(c.env.DB, c.req.valid("param").planId);
  const levels = levelsOf(c.env);
  const [units, reports] = await Promise.all([listUnits(c.env.DB, levels), progressReports(c.env.DB, progressFormId(plan.id))]);
  const asOf = asOfParam ?? vietnamDate(new Date());
  return c.json(planProgress(plan, units, levels, reports, asOf, deadlineConfig(c.env).holidays), 200);
});

/** The plans' progress forms of a unit for a period: the unit itself, or the central office. */
export const progressFormsApi = api();
progressFormsApi.use("/api/v1/progress-forms/:periodId/:unitCode", unitOrCentral());
progressFormsApi.openapi(routes.progressForms, async (c) => {
  const params = c.req.valid("param");
  const period = requirePeriod(params.periodId);
  const unit = await requireUnit(c.env.DB, params.unitCode);
  return c.json(await progressFormsOf(c.env.DB, unit, period, levelsOf(c.env)), 200);
});
