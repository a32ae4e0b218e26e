import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { FormSchema } from "../../shared/api/schemas.ts";
import {
  PlanProgressSchema, TaskEditSchema, TaskPlanImportSchema, TaskPlanSchema, TaskPlanSummarySchema,
} from "../../shared/api/task-plan-schemas.ts";
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
import { requireCentral, requireUnitOrCentral } from "../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { badRequest, notFound } from "../errors.ts";
import { attachment } from "../export/file-name.ts";
import { taskTableWorkbook } from "../export/task-table-workbook.ts";
import { readTableUpload } from "../import/read-table-upload.ts";
import { requirePeriod, requireUnit } from "../lookups.ts";
import { progressFormsOf } from "../plan-forms.ts";
import { readJson } from "../read-json.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { findTaskPlan, listTaskPlans, progressReports, saveTaskPlan } from "../repositories/task-plans.repo.ts";
import { listUnits } from "../repositories/units.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

/** More rows than any plan's table has: a longer file is not a task table. */
const MAX_ROWS = 2_000;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const planParam = z.object({ planId: z.string() });

const routes = [
  createRoute({
    method: "get", path: "/api/v1/task-plans", tags: ["plans"], summary: "Plans whose tasks units report progress on (central)",
    responses: { 200: json(z.array(TaskPlanSummarySchema), "The plans, by first month"), ...errors(401, 403) },
  }),
  createRoute({
    method: "post", path: "/api/v1/task-plans/import", tags: ["plans"],
    summary: "Import a plan's task table from an .xlsx or a CSV: check it, then apply it (central administrator)",
    description:
      "The body is the file, laid out as the plans' tables: STT, Nội dung, Thời gian, Chủ trì, Phối hợp, Kết quả/sản phẩm (a header " +
      "row, Roman-numbered sections, numbered tasks). Every row is checked first; with any issue the answer is 422 with the issues by " +
      "row and column and nothing is stored. `apply=false` (the default) says what would be stored; `apply=true` stores it, replacing " +
      "the plan of the same id whole. Reports already sent keep their values.",
    request: {
      query: z.object({
        id: z.string().meta({ description: "The plan's id: lower-case letters, digits and hyphens (hai-phong-2025)" }),
        title: z.string(),
        year: z.string().meta({ description: "The year a time without a year falls in" }),
        from: z.string().optional().meta({ description: "First month asking for progress (YYYY-MM); default January of the year" }),
        to: z.string().optional().meta({ description: "Last month (YYYY-MM); default December of the year" }),
        apply: z.enum(["true", "false"]).optional(),
      }),
    },
    responses: {
      200: json(TaskPlanImportSchema, "What the import stores (and whether it was applied)"),
      ...errors(400, 401, 403, 413),
      422: json(TaskPlanImportSchema, "Issues by row and column; nothing stored"),
    },
  }),
  createRoute({
    method: "get", path: "/api/v1/task-plans/{planId}.xlsx", tags: ["plans"],
    summary: "A plan's task table as .xlsx, in the layout the import reads (central)",
    request: { params: planParam },
    responses: { 200: { description: "The workbook", content: { [XLSX]: { schema: z.string().meta({ format: "binary" }) } } }, ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "get", path: "/api/v1/task-plans/{planId}", tags: ["plans"], summary: "One plan with its tasks (central)",
    request: { params: planParam },
    responses: { 200: json(TaskPlanSchema, "The plan"), ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "put", path: "/api/v1/task-plans/{planId}/tasks/{taskId}", tags: ["plans"],
    summary: "Edit one task: content, time, lead and supporting units, expected output (central administrator)",
    description: "The time and the parties are written as in the plan («Quý II/2025», «Các sở, ban, ngành; UBND cấp xã») and read the same way as an import.",
    request: {
      params: planParam.extend({ taskId: z.string() }),
      body: { content: { "application/json": { schema: TaskEditSchema } } },
    },
    responses: { 200: json(TaskPlanSchema, "The plan with the task changed"), ...errors(400, 401, 403, 404, 413) },
  }),
  createRoute({
    method: "get", path: "/api/v1/task-plans/{planId}/progress", tags: ["plans"],
    summary: "Where a plan stands: each task per unit, per unit, and the overdue list (central)",
    description: "Each unit's status on each of its tasks by its latest report; a lead unit's task past its time and not done is overdue by working days (weekends and holidays skipped).",
    request: { params: planParam, query: z.object({ asOf: z.string().optional().meta({ description: "The date to judge overdue on (YYYY-MM-DD); default today in Vietnam" }) }) },
    responses: { 200: json(PlanProgressSchema, "The progress"), ...errors(400, 401, 403, 404) },
  }),
  createRoute({
    method: "get", path: "/api/v1/progress-forms/{periodId}/{unitCode}", tags: ["plans"],
    summary: "The plan progress forms a unit files for a period: its own tasks of each plan asking for it (the unit itself, or central)",
    request: { params: z.object({ periodId: z.string(), unitCode: z.string() }) },
    responses: { 200: json(z.array(FormSchema), "One form per plan, with the unit's tasks as rows"), ...errors(401, 403, 404) },
  }),
];

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

/** Plans and their tasks, progress on them, and the forms units file for them. */
export function mountTaskPlans(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);

  app.get("/api/v1/task-plans", async (c) => {
    requireCentral(c.get("actor"));
    const plans = await listTaskPlans(c.env.DB);
    return c.json(plans.map(({ tasks, ...plan }) => ({ ...plan, formId: progressFormId(plan.id), tasks: tasks.length })));
  });

  app.post("/api/v1/task-plans/import", async (c) => {
    requireCentral(c.get("actor"), "plans");
    const heading = headingOf(c);
    const apply = c.req.query("apply") === "true";
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

  app.get("/api/v1/task-plans/:file{[^/]+\\.xlsx}", async (c) => {
    requireCentral(c.get("actor"));
    const plan = await requirePlan(c.env.DB, c.req.param("file").slice(0, -".xlsx".length));
    return c.body(await taskTableWorkbook(plan, levelsOf(c.env)), 200, {
      "Content-Type": XLSX, "Content-Disposition": attachment(`Bảng nhiệm vụ ${plan.id}.xlsx`),
    });
  });

  app.get("/api/v1/task-plans/:planId", async (c) => {
    requireCentral(c.get("actor"));
    const plan = await requirePlan(c.env.DB, c.req.param("planId"));
    const levels = levelsOf(c.env);
    return c.json(view(plan, await listUnits(c.env.DB, levels)));
  });

  app.put("/api/v1/task-plans/:planId/tasks/:taskId", async (c) => {
    requireCentral(c.get("actor"), "plans");
    const plan = await requirePlan(c.env.DB, c.req.param("planId"));
    const index = plan.tasks.findIndex((task) => task.id === c.req.param("taskId"));
    if (index < 0) throw notFound(`nhiệm vụ «${c.req.param("taskId")}» trong kế hoạch «${plan.title}»`);
    const edit = await readJson(c, TaskEditSchema);
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
    return c.json(view({ ...changed, updatedAt: at, updatedBy: actor }, await listUnits(c.env.DB, levels)));
  });

  app.get("/api/v1/task-plans/:planId/progress", async (c) => {
    requireCentral(c.get("actor"));
    const asOfParam = c.req.query("asOf");
    if (asOfParam !== undefined && !isIsoDate(asOfParam)) throw badRequest(`Ngày «${asOfParam}» không hợp lệ: ghi dạng YYYY-MM-DD, ví dụ 2025-12-31.`);
    const plan = await requirePlan(c.env.DB, c.req.param("planId"));
    const levels = levelsOf(c.env);
    const [units, reports] = await Promise.all([listUnits(c.env.DB, levels), progressReports(c.env.DB, progressFormId(plan.id))]);
    const asOf = asOfParam ?? vietnamDate(new Date());
    return c.json(planProgress(plan, units, levels, reports, asOf, deadlineConfig(c.env).holidays));
  });

  app.get("/api/v1/progress-forms/:periodId/:unitCode", async (c) => {
    const unitCode = c.req.param("unitCode");
    requireUnitOrCentral(c.get("actor"), unitCode);
    const period = requirePeriod(c.req.param("periodId"));
    const unit = await requireUnit(c.env.DB, unitCode);
    return c.json(await progressFormsOf(c.env.DB, unit, period, levelsOf(c.env)));
  });
}

