import type { FormDefinition } from "../../shared/forms/types.ts";
import { samePeriodLastYear } from "../../shared/periods/same-period.ts";
import type { Period } from "../../shared/periods/index.ts";
import { foldIntoSuccessors } from "../../shared/aggregation/successions.ts";
import { levelsOf } from "../config.ts";
import { listUnits } from "../repositories/units.repo.ts";
import { buildReport } from "./build-report.ts";

/**
 * The form's consolidated report of the same period of the previous year, when some unit reported
 * it (its own report, or figures derived from its shorter ones), with the lines of units merged since
 * counted for their successors; null when there is nothing to compare.
 */
export async function lastYearReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  const last = samePeriodLastYear(period);
  if (!last) return null;
  const [report, units] = await Promise.all([buildReport(db, env, last, form), listUnits(db, levelsOf(env))]);
  // Units merged since are compared through their successor: a new commune against its predecessors' figures.
  return report.units.length > 0 ? foldIntoSuccessors(form, report, units) : null;
}
