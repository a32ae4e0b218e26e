import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import { periodInfo, type Period } from "../../shared/periods/index.ts";
import type { ReportSheetsInput } from "../../shared/report-sheets/report-sheets.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import { deadlineConfig, kpiPlans, levelsOf } from "../config.ts";
import { reviewsOfPeriod } from "../repositories/reviews.repo.ts";
import { readTogether, type Query } from "../repositories/query.ts";
import { reportsQuery, type ReportState } from "../repositories/submissions.repo.ts";
import { unitsQuery } from "../repositories/units.repo.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { warningsOfPeriod } from "../repositories/warnings.repo.ts";
import { consolidateRead, keepDerived, reportReads, type ReadReport } from "./build-report.ts";
import type { PeriodReads } from "../repositories/period-reads.repo.ts";
import { lastYearFrom, lastYearRead, lastYearReads } from "./last-year.ts";
import { periodPlanProgress } from "./plan-progress-input.ts";
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
  const levels = levelsOf(env);
  // One D1 round trip for the registry, the period's states and every form's reports (and last year's).
  const reads = forms.map((form) => ({ form, current: reportReads(db, period, form), last: lastYearReads(db, period, form) }));
  const queries: Query<unknown>[] = [
    unitsQuery(db, levels), reportsQuery(db, [period.id], { withValues: false }),
    ...reads.flatMap(({ current, last }) => (last ? [current, last] : [current])),
  ];
  const [answers, reviews, stored] = await Promise.all([readTogether(db, queries), reviewsOfPeriod(db, period.id), warningsOfPeriod(db, period.id)]);
  const units = answers[0] as Unit[];
  const states = answers[1] as ReportState[];
  let next = 2;
  const read: ReadReport[] = [];
  const reports = reads.map(({ form, last }) => {
    const current = answers[next++] as PeriodReads;
    const lastReads = last ? (answers[next++] as PeriodReads) : null;
    read.push({ form, period, reads: current }, ...lastYearRead(period, form, lastReads));
    return { form, report: consolidateRead(env, period, form, units, current), lastYear: lastYearFrom(env, period, form, units, lastReads) };
  });
  await keepDerived(db, read);
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
