import { z } from "zod";
import {
  PlanProgressSchema, TaskPlanImportSchema, TaskPlanSchema, TaskPlanSummarySchema, type TaskEdit,
} from "../../shared/api/task-plan-schemas.ts";
import type { ApiClient } from "./client.ts";

const planPath = (id: string) => `/api/v1/task-plans/${encodeURIComponent(id)}`;

/** Plans' task tables and the progress on them, as the central page uses them. */
export function plansApi(client: ApiClient) {
  return {
    plans: () => client.call("GET", "/api/v1/task-plans", z.array(TaskPlanSummarySchema)),
    plan: (id: string) => client.call("GET", planPath(id), TaskPlanSchema),
    /** Checks (apply false) or applies a task table; 422 answers the issues, nothing stored. */
    importPlan: async (file: Blob, contentType: string, heading: { id: string; title: string; year: string }, apply: boolean) => {
      const query = new URLSearchParams({ ...heading, apply: String(apply) });
      const { json } = await client.send(`/api/v1/task-plans/import?${query}`, file, contentType);
      return TaskPlanImportSchema.parse(json);
    },
    editTask: (planId: string, taskId: string, edit: TaskEdit) =>
      client.call("PUT", `${planPath(planId)}/tasks/${encodeURIComponent(taskId)}`, TaskPlanSchema, { body: edit }),
    progress: (id: string, asOf: string) => client.call("GET", `${planPath(id)}/progress?asOf=${encodeURIComponent(asOf)}`, PlanProgressSchema),
    table: (id: string) => client.fetchFile(`${planPath(id)}.xlsx`, `Bang nhiem vu ${id}.xlsx`),
  };
}

export type PlansApi = ReturnType<typeof plansApi>;
