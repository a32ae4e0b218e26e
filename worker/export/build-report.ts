import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import { derivationParts, files } from "../../shared/forms/filing.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { periodInfo, type Period } from "../../shared/periods/index.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { dataWindow } from "../../shared/periods/windows.ts";
import { reportsOfPeriods } from "../repositories/submissions.repo.ts";
import { listUnits } from "../repositories/units.repo.ts";

/** Builds the consolidated report of one form for one period from the stored reports. */
export async function buildReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  // A unit without its own report is derived from the form's shorter reports (months, or quarters…).
  const months = derivationParts(form, period).map((m) => m.id);
  const [units, reports] = await Promise.all([
    listUnits(db, levelsOf(env)),
    reportsOfPeriods(db, [period.id, ...months], { formId: form.id, withValues: true }),
  ]);
  const own = new Map<string, { values: FormValues; late: boolean }>();
  const monthly = new Map<string, (FormValues | null)[]>();
  for (const report of reports) {
    if (!report.values) continue;
    if (report.periodId === period.id) {
      own.set(report.unitCode, { values: report.values, late: report.late });
      continue;
    }
    const list = monthly.get(report.unitCode) ?? months.map(() => null);
    list[months.indexOf(report.periodId)] = report.values;
    monthly.set(report.unitCode, list);
  }
  const inputs: UnitInput[] = units.map((unit) => ({
    unit,
    own: own.get(unit.code) ?? null,
    expected: files(form, unit.level, period.type, levelsOf(env)) && activeIn(unit, dataWindow(period)),
    ...(months.length > 0 ? { months: monthly.get(unit.code) ?? months.map(() => null) } : {}),
  }));
  return consolidate(form, periodInfo(period, deadlineConfig(env), undefined, levelsOf(env)), Math.max(months.length, 1), inputs, levelsOf(env));
}
