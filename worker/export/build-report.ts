import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import { derivationParts, files } from "../../shared/forms/filing.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { periodInfo, type Period } from "../../shared/periods/index.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { dataWindow } from "../../shared/periods/windows.ts";
import { readTogether, type Query } from "../repositories/query.ts";
import { reportsQuery, type ReportState } from "../repositories/submissions.repo.ts";
import { unitsQuery } from "../repositories/units.repo.ts";

/** The read one form's report of one period needs: its reports, and those of the shorter periods it derives from. */
export function reportReads(db: D1Database, period: Period, form: FormDefinition): Query<ReportState[]> {
  return reportsQuery(db, [period.id, ...derivationParts(form, period).map((m) => m.id)], { formId: form.id, withValues: true });
}

/** Builds the consolidated report of one form for one period from the stored reports: the registry and the reports in one D1 round trip. */
export async function buildReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  const [units, reports] = await readTogether(db, [unitsQuery(db, levelsOf(env)), reportReads(db, period, form)] as const);
  return consolidateRead(env, period, form, units, reports);
}

/** The consolidated report from what was read (reportReads and the registry). */
export function consolidateRead(env: Env, period: Period, form: FormDefinition, units: readonly Unit[], reports: readonly ReportState[]) {
  // A unit without its own report is derived from the form's shorter reports (months, or quarters…).
  const months = derivationParts(form, period).map((m) => m.id);
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
  const levels = levelsOf(env);
  const inputs: UnitInput[] = units.map((unit) => ({
    unit,
    own: own.get(unit.code) ?? null,
    expected: files(form, unit.level, period.type, levels) && activeIn(unit, dataWindow(period)),
    ...(months.length > 0 ? { months: monthly.get(unit.code) ?? months.map(() => null) } : {}),
  }));
  return consolidate(form, periodInfo(period, deadlineConfig(env), undefined, levels), Math.max(months.length, 1), inputs, levels);
}
