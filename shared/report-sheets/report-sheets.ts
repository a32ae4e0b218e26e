import type { ConsolidatedReport } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import type { FormDefinition } from "../forms/types.ts";
import type { GridSheet } from "../layout/grid.ts";
import type { FormTargets } from "../plans/types.ts";
import { belowTargetSheet } from "./below-target-sheet.ts";
import { lastYearSheet, lastYearSize } from "./last-year-sheet.ts";
import { LAST_YEAR_SHEET } from "./sheet-names.ts";
import type { SheetSize } from "./sheet-size.ts";
import { coverSheet } from "./cover-sheet.ts";
import { formReportSheet } from "./form-report-sheet.ts";
import { textReportSheet } from "./text-report-sheet.ts";
import { isNumeric } from "../forms/cells.ts";
import { statusSheet, type StatusLine } from "./status-sheet.ts";
import { levelNamer } from "../units/levels.ts";
import { warningsSheet, type WarningEntry } from "./warnings-sheet.ts";
import type { PlanProgress } from "../plan-tasks/progress.ts";
import { planProgressSheet } from "./plan-progress-sheet.ts";

/** A sheet of the workbook, built when asked for. */
export interface SheetSource {
  /** The whole sheet; or, from a source with `size` (a tall table), only its header and the body rows `rows` (sheet rows). */
  build(rows?: { from: number; to: number }): GridSheet;
  /** The sheet's size measured without keeping its rows; absent: measured on the built sheet. */
  size?(): SheetSize;
}

/** Everything the consolidated workbook of a period shows. */
export interface ReportSheetsInput {
  period: PeriodInfo;
  /** Each form's report, and for a form of figures the same period of the previous year (null: nobody reported it). */
  reports: readonly { form: FormDefinition; report: ConsolidatedReport<PeriodInfo>; lastYear?: ConsolidatedReport<PeriodInfo> | null }[];
  status: readonly StatusLine[];
  warnings: readonly WarningEntry[];
  /** The targets of the plan in force for the period, by form id. */
  targets: Readonly<Record<string, FormTargets>>;
  /** The progress of each plan asking for it this period, by the reports up to the period. */
  plans?: readonly PlanProgress[];
  producedAt: Date;
}

/**
 * The consolidated report of a period as sheets, in workbook order: the cover ("Bìa"), one sheet
 * per form in the official layout (a written report: each section with what every unit wrote), the
 * same period of the previous year beside this one ("Cùng kỳ năm trước"), the units below the plan's targets ("Chưa đạt chỉ tiêu"),
 * each plan's progress ("Tiến độ …"), the status sheet ("Tình trạng") and the issues sheet ("Cảnh báo").
 * Each sheet is built when asked for, so a workbook of thousands of units is built a sheet at a time.
 */
export function reportSheetSources(input: ReportSheetsInput): SheetSource[] {
  const forms = input.reports.map((r) => r.form);
  const targets = () => input.reports.flatMap(({ form, report }) =>
    form.rates
      .filter((rate) => input.targets[form.id]?.[rate.id])
      .map((rate) => ({ form, rateId: rate.id, rate: report.rates[rate.id] ?? null, target: input.targets[form.id]![rate.id]! })),
  );
  const whole = (build: () => GridSheet): SheetSource => ({ build });
  return [
    whole(() => coverSheet(input.period, input.reports, targets(), input.producedAt)),
    ...input.reports.map(({ form, report }) => whole(() => (form.columns.some(isNumeric) ? formReportSheet(form, report) : textReportSheet(form, report)))),
    whole(() => belowTargetSheet(input.reports, input.targets)),
    {
      build: (rows) => lastYearSheet(input.reports, rows),
      size: () => ({ name: LAST_YEAR_SHEET, ...lastYearSize(input.reports), headerRows: 1, mergedRuns: [], splittable: true }),
    },
    ...(input.plans ?? []).map((plan) => whole(() => planProgressSheet(plan))),
    whole(() => statusSheet(forms, input.status, levelNamer(input.reports.map(({ report }) => report.levels)))),
    whole(() => warningsSheet(forms, input.warnings)),
  ];
}

/** Every sheet of the consolidated report, built at once. */
export const reportSheets = (input: ReportSheetsInput): GridSheet[] => reportSheetSources(input).map((source) => source.build());
