import { getForm } from "../shared/forms/catalogue.ts";
import type { FormDefinition } from "../shared/forms/types.ts";
import { PROGRESS_PERIOD_TYPES, unitProgressForm } from "../shared/plan-tasks/progress-form.ts";
import { planCovers, type StoredPlan } from "../shared/plan-tasks/stored-plan.ts";
import type { Period } from "../shared/periods/index.ts";
import { lastMonthOf } from "../shared/periods/windows.ts";
import type { Levels, Unit } from "../shared/units/levels.ts";
import { notFound } from "./errors.ts";
import { findTaskPlanByForm, listTaskPlans } from "./repositories/task-plans.repo.ts";

/** Whether a period asks for progress on the plan: a quarter or the year, ending within its months. */
export const asksProgress = (plan: StoredPlan, period: Period): boolean =>
  PROGRESS_PERIOD_TYPES.includes(period.type) && planCovers(plan, lastMonthOf(period).id);

/** The progress forms a unit files for a period: one per plan asking for it that gives the unit tasks. */
export async function progressFormsOf(db: D1Database, unit: Unit, period: Period, levels: Levels): Promise<FormDefinition[]> {
  const plans = (await listTaskPlans(db)).filter((plan) => asksProgress(plan, period));
  return plans.flatMap((plan) => unitProgressForm(plan, unit, levels) ?? []);
}

/**
 * A form of the catalogue, or the progress form of a plan as the unit files it for the period;
 * 404 otherwise (no such form, or a plan that asks nothing of this unit for this period).
 */
export async function requireFormFor(db: D1Database, formId: string, unit: Unit, period: Period, levels: Levels): Promise<FormDefinition> {
  const form = getForm(formId);
  if (form) return form;
  const plan = await findTaskPlanByForm(db, formId);
  if (!plan) throw notFound(`biểu mẫu «${formId}»`);
  if (!asksProgress(plan, period)) {
    throw notFound(`báo cáo tiến độ kỳ ${period.id} của kế hoạch «${plan.title}» (kế hoạch hỏi tiến độ theo quý và năm, từ tháng ${plan.from} đến tháng ${plan.to})`);
  }
  const own = unitProgressForm(plan, unit, levels);
  if (!own) throw notFound(`nhiệm vụ của đơn vị «${unit.code}» trong kế hoạch «${plan.title}» (đơn vị không chủ trì, không phối hợp nhiệm vụ nào)`);
  return own;
}
