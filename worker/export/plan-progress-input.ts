import { vietnamDate } from "../../shared/periods/calendar.ts";
import { parsePeriodId, type Period } from "../../shared/periods/index.ts";
import { dataWindow } from "../../shared/periods/windows.ts";
import { planProgress, type PlanProgress } from "../../shared/plan-tasks/progress.ts";
import { progressFormId } from "../../shared/plan-tasks/progress-form.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { asksProgress } from "../plan-forms.ts";
import { listTaskPlans, progressReports } from "../repositories/task-plans.repo.ts";

/**
 * The progress of every plan asking for it in a period, as the period's report gives it: by the
 * reports of that period and before, overdue judged at the end of its data window (or today, when
 * the window has not ended).
 */
export async function periodPlanProgress(db: D1Database, env: Env, period: Period, units: readonly Unit[], now = new Date()): Promise<PlanProgress[]> {
  const plans = (await listTaskPlans(db)).filter((plan) => asksProgress(plan, period));
  const end = dataWindow(period).end;
  const today = vietnamDate(now);
  const asOf = today < end ? today : end;
  return Promise.all(plans.map(async (plan) => {
    const reports = (await progressReports(db, progressFormId(plan.id))).filter((report) => {
      const reported = parsePeriodId(report.periodId);
      return reported !== null && dataWindow(reported).end <= end;
    });
    return planProgress(plan, units, levelsOf(env), reports, asOf, deadlineConfig(env).holidays);
  }));
}
