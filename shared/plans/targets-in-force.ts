import { monthsOf, parsePeriodId } from "../periods/index.ts";
import type { FormTargets, Plan } from "./types.ts";

/**
 * The plan in force for a period: of the plans whose months cover the period's first month (from
 * `from` to `to`, or on while no later plan starts), the one with the latest `from`; null when none.
 */
export function planInForce(periodId: string, plans: readonly Plan[]): Plan | null {
  const period = parsePeriodId(periodId);
  if (!period) throw new RangeError(`Not a period id: ${periodId}`);
  const firstMonth = monthsOf(period)[0]!.id;
  let inForce: Plan | null = null;
  for (const plan of plans) {
    // "YYYY-MM" ids sort as the months do.
    const covers = plan.from <= firstMonth && (plan.to === undefined || firstMonth <= plan.to);
    if (covers && (inForce === null || plan.from > inForce.from)) inForce = plan;
  }
  return inForce;
}

/** The targets in force for a period, by form id then rate id; empty when no plan is in force. */
export function targetsInForce(periodId: string, plans: readonly Plan[]): Record<string, FormTargets> {
  const plan = planInForce(periodId, plans);
  const byForm: Record<string, FormTargets> = {};
  if (!plan) return byForm;
  for (const { formId, rateId, target } of plan.targets) {
    (byForm[formId] ??= {})[rateId] = { target, plan: plan.title.vi };
  }
  return byForm;
}
