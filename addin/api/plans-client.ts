import * as routes from "../../shared/api/routes/task-plans.ts";
import { routePath } from "../../shared/api/routes/typed.ts";
import { TaskPlanImportSchema, type TaskEdit } from "../../shared/api/task-plan-schemas.ts";
import type { ApiClient } from "./client.ts";

/** Plans' task tables and the progress on them, as the central page uses them. */
export function plansApi(client: ApiClient) {
  return {
    plans: () => client.route(routes.plans),
    plan: (planId: string) => client.route(routes.plan, { params: { planId } }),
    /** Checks (apply false) or applies a task table; 422 answers the issues, nothing stored. */
    importPlan: async (file: Blob, contentType: string, heading: { id: string; title: string; year: string }, apply: boolean) => {
      const { json } = await client.send(routePath(routes.importPlan, {}, { ...heading, apply: String(apply) }), file, contentType);
      return TaskPlanImportSchema.parse(json);
    },
    editTask: (planId: string, taskId: string, edit: TaskEdit) => client.route(routes.editTask, { params: { planId, taskId }, body: edit }),
    progress: (planId: string, asOf: string) => client.route(routes.progress, { params: { planId }, query: { asOf } }),
    table: (planId: string) => client.fetchFile(routePath(routes.planTable, { planId }), `Bang nhiem vu ${planId}.xlsx`),
  };
}

export type PlansApi = ReturnType<typeof plansApi>;
