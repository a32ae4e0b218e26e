import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import { periodInfo, type Period } from "../../shared/periods/index.ts";
import type { ReportSheetsInput } from "../../shared/report-sheets/report-sheets.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import { deadlineConfig, kpiPlans, levelsOf } from "../config.ts";
import { reviewsOfPeriod } from "../repositories/reviews.repo.ts";
import { reportsOfPeriods } from "../repositories/submissions.repo.ts";
import { listUnits } from "../repositories/units.repo.ts";
import { warningsOfPeriod } from "../repositories/warnings.repo.ts";
import { buildReport } from "./build-report.ts";
import { lastYearReport } from "./last-year.ts";
import { periodPlanProgress } from "./plan-progress-input.ts";
import { isNumeric } from "../../shared/forms/cells.ts";
import { statusLines } from "./status-lines.ts";
import { dataWindow } from "../../shared/periods/windows.ts";

/** The file name of a period's consolidated workbook. */
export const workbookFileName = (periodId: string) => `Báo cáo tổng hợp ${periodId}.xlsx`;

/**
 * Everything the consolidated workbook of a period shows, read from D1: each form's report, the
 * status matrix (from the same repository reads as GET /api/v1/status/{periodId}) and the warnings.
 */
export async function loadWorkbookInput(db: D1Database, env: Env, period: Period): Promise<ReportSheetsInput> {
  // The forms some level files for this period's type: a monthly workbook has no review sheet.
  const forms = formsOfPeriodType(catalogue, period.type);
  const [reports, units, states, reviews, stored] = await Promise.all([
    Promise.all(forms.map(async (form) => {
      const [report, lastYear] = await Promise.all([
        buildReport(db, env, period, form),
        form.columns.some(isNumeric) ? lastYearReport(db, env, period, form) : null,
      ]);
      return { form, report, lastYear };
    })),
    listUnits(db, levelsOf(env)),
    reportsOfPeriods(db, [period.id], { withValues: false }),
    reviewsOfPeriod(db, period.id),
    warningsOfPeriod(db, period.id),
  ]);
  const nameOf = new Map(units.map((u) => [u.code, u.name]));
  const plans = await periodPlanProgress(db, env, period, units);
  return {
    period: periodInfo(period, deadlineConfig(env), undefined, levelsOf(env)),
    reports,
    status: statusLines(units, forms, period.type, states, reviews, levelsOf(env), dataWindow(period)),
    warnings: stored.map((w) => ({ ...w, unitName: nameOf.get(w.unitCode) ?? w.unitCode })),
    targets: targetsInForce(period.id, kpiPlans(env)),
    plans,
    producedAt: new Date(),
  };
}
