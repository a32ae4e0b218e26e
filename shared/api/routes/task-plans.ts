import { z } from "zod";
import { FormSchema } from "../schemas.ts";
import { PlanProgressSchema, TaskEditSchema, TaskPlanImportSchema, TaskPlanSchema, TaskPlanSummarySchema } from "../task-plan-schemas.ts";
import { route } from "./define.ts";
import { errors, file, json } from "./responses.ts";

/** Plans' task tables, the progress on them, and the forms units file for them. */

const planParam = z.object({ planId: z.string() });

export const plans = route({
  method: "get", path: "/api/v1/task-plans", tags: ["plans"], summary: "Plans whose tasks units report progress on (central)",
  responses: { 200: json(z.array(TaskPlanSummarySchema), "The plans, by first month"), ...errors(401, 403) },
});

export const importPlan = route({
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
});

export const planTable = route({
  method: "get", path: "/api/v1/task-plans/{planId}.xlsx", tags: ["plans"],
  summary: "A plan's task table as .xlsx, in the layout the import reads (central)",
  request: { params: planParam },
  responses: { 200: file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "The workbook"), ...errors(401, 403, 404) },
});

export const plan = route({
  method: "get", path: "/api/v1/task-plans/{planId}", tags: ["plans"], summary: "One plan with its tasks (central)",
  request: { params: planParam },
  responses: { 200: json(TaskPlanSchema, "The plan"), ...errors(401, 403, 404) },
});

export const editTask = route({
  method: "put", path: "/api/v1/task-plans/{planId}/tasks/{taskId}", tags: ["plans"],
  summary: "Edit one task: content, time, lead and supporting units, expected output (central administrator)",
  description: "The time and the parties are written as in the plan («Quý II/2025», «Các sở, ban, ngành; UBND cấp xã») and read the same way as an import.",
  request: {
    params: planParam.extend({ taskId: z.string() }),
    body: { content: { "application/json": { schema: TaskEditSchema } } },
  },
  responses: { 200: json(TaskPlanSchema, "The plan with the task changed"), ...errors(400, 401, 403, 404, 413) },
});

export const progress = route({
  method: "get", path: "/api/v1/task-plans/{planId}/progress", tags: ["plans"],
  summary: "Where a plan stands: each task per unit, per unit, and the overdue list (central)",
  description: "Each unit's status on each of its tasks by its latest report; a lead unit's task past its time and not done is overdue by working days (weekends and holidays skipped).",
  request: { params: planParam, query: z.object({ asOf: z.string().optional().meta({ description: "The date to judge overdue on (YYYY-MM-DD); default today in Vietnam" }) }) },
  responses: { 200: json(PlanProgressSchema, "The progress"), ...errors(400, 401, 403, 404) },
});

export const progressForms = route({
  method: "get", path: "/api/v1/progress-forms/{periodId}/{unitCode}", tags: ["plans"],
  summary: "The plan progress forms a unit files for a period: its own tasks of each plan asking for it (the unit itself, or central)",
  request: { params: z.object({ periodId: z.string(), unitCode: z.string() }) },
  responses: { 200: json(z.array(FormSchema), "One form per plan, with the unit's tasks as rows"), ...errors(401, 403, 404) },
});
