import type { FormDefinition } from "../../shared/forms/types.ts";
import { samePeriodLastYear } from "../../shared/periods/same-period.ts";
import type { Period } from "../../shared/periods/index.ts";
import { buildReport } from "./build-report.ts";

/**
 * The form's consolidated report of the same period of the previous year, when some unit reported
 * it (its own report, or figures derived from its shorter ones); null when there is nothing to compare.
 */
export async function lastYearReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  const last = samePeriodLastYear(period);
  if (!last) return null;
  const report = await buildReport(db, env, last, form);
  return report.units.length > 0 ? report : null;
}
