import { z } from "zod";

/** Who leads or supports a task, as the plan words it. */
export const PartySchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("level"), level: z.string() }),
  z.object({ kind: z.literal("departments"), except: z.array(z.string()).optional() }),
  z.object({ kind: z.literal("unit"), name: z.string() }),
]).meta({ id: "Party" });

export const DueSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("date"), date: z.string() }),
  z.object({ kind: z.literal("month"), month: z.string() }),
  z.object({ kind: z.literal("quarter"), quarter: z.string() }),
  z.object({ kind: z.literal("half"), half: z.string() }),
  z.object({ kind: z.literal("year"), year: z.number().int() }),
  z.object({ kind: z.literal("recurring"), every: z.enum(["month", "quarter", "half-year", "year"]).optional() }),
  z.object({ kind: z.literal("on-occurrence") }),
  z.object({ kind: z.literal("text"), text: z.string() }),
]).meta({ id: "Due" });

export const TaskSchema = z.object({
  id: z.string().meta({ description: "Stable id from the section and number (t_ii_6_2): the row id of the progress form" }),
  number: z.string(),
  section: z.object({ number: z.string(), title: z.string() }),
  group: z.object({ number: z.string(), title: z.string() }).optional(),
  content: z.string(),
  due: DueSchema,
  lead: z.array(PartySchema),
  support: z.array(PartySchema),
  output: z.string(),
}).meta({ id: "PlanTask" });

const PlanFields = {
  id: z.string(),
  formId: z.string().meta({ description: "The form id progress reports on this plan are filed under" }),
  title: z.string(),
  year: z.number().int(),
  from: z.string().meta({ description: "First month (YYYY-MM) whose quarter or year asks for progress" }),
  to: z.string().meta({ description: "Last month (YYYY-MM)" }),
  updatedAt: z.string().optional(),
  updatedBy: z.string().optional(),
};

export const TaskPlanSummarySchema = z.object({ ...PlanFields, tasks: z.number().int() }).meta({ id: "TaskPlanSummary" });

export const TaskPlanSchema = z.object({
  ...PlanFields,
  tasks: z.array(TaskSchema),
  unmatched: z.array(z.string()).meta({ description: "Named offices of the plan that match no registered unit" }),
}).meta({ id: "TaskPlan" });

/** What a plan's import would do, or did; with 422, the issues by row and column and nothing stored. */
export const TaskPlanImportSchema = z.object({
  applied: z.boolean(),
  plan: TaskPlanSchema.nullable(),
  changes: z.object({
    replaces: z.boolean().meta({ description: "A plan with this id exists and would be replaced" }),
    added: z.array(z.string()), changed: z.array(z.string()), removed: z.array(z.string()),
  }),
  issues: z.array(z.object({ row: z.number().int(), column: z.string().nullable(), message: z.string() })),
}).meta({ id: "TaskPlanImport" });

/** One task as the central office edits it: the time and the parties in the plan's own words. */
export const TaskEditSchema = z.object({
  content: z.string().trim().min(1, { error: "Nội dung nhiệm vụ không được để trống." }).max(4000),
  due: z.string().trim().max(300).meta({ description: "As the plan words it: «Quý II/2025», «Trước ngày 30/4/2025», «Thường xuyên»" }),
  lead: z.string().trim().min(1, { error: "Nhiệm vụ cần có đơn vị chủ trì." }).max(2000),
  support: z.string().trim().max(2000),
  output: z.string().trim().max(2000),
}).meta({ id: "TaskEdit" });

const CountsSchema = z.object({
  not_started: z.number().int(), in_progress: z.number().int(), done: z.number().int(), not_arising: z.number().int(), unreported: z.number().int(),
});
const StatusValue = z.enum(["not_started", "in_progress", "done", "not_arising"]).nullable();

export const PlanProgressSchema = z.object({
  planId: z.string(),
  title: z.string(),
  asOf: z.string().meta({ description: "The date (Vietnam) overdue is judged on" }),
  tasks: z.array(z.object({
    id: z.string(), number: z.string(), content: z.string(), due: z.string(), dueOn: z.string().nullable(),
    lead: z.string(), support: z.string(), output: z.string(), counts: CountsSchema, overdue: z.number().int(),
    units: z.array(z.object({
      unitCode: z.string(), unitName: z.string(), role: z.enum(["lead", "support"]), status: StatusValue,
      doneOn: z.string().nullable(), output: z.string().nullable(), note: z.string().nullable(),
      periodId: z.string().nullable(), overdueDays: z.number().int().nullable(),
    })),
  })),
  units: z.array(z.object({
    code: z.string(), name: z.string(), level: z.string(), periodId: z.string().nullable(), tasks: z.number().int(),
    counts: CountsSchema, overdue: z.number().int(),
  })),
  overdue: z.array(z.object({
    unitCode: z.string(), unitName: z.string(), taskId: z.string(), number: z.string(), content: z.string(),
    dueOn: z.string(), days: z.number().int(), status: StatusValue,
  })),
  unmatched: z.array(z.string()),
}).meta({ id: "PlanProgress" });

export type TaskPlanSummary = z.infer<typeof TaskPlanSummarySchema>;
export type TaskPlanView = z.infer<typeof TaskPlanSchema>;
export type TaskPlanImport = z.infer<typeof TaskPlanImportSchema>;
export type TaskEdit = z.infer<typeof TaskEditSchema>;
export type PlanProgressView = z.infer<typeof PlanProgressSchema>;
