import { isNumeric } from "../../shared/forms/cells.ts";
import { outline } from "../../shared/forms/catalogue.ts";
import { OUTLINE_FORM_ID } from "../../shared/outline/outline-form.ts";
import type { Period } from "../../shared/periods/index.ts";
import type { CityReportInput } from "../../shared/written-report/city-report.ts";
import { loadWorkbookInput, workbookFileName } from "./workbook-input.ts";
import { reportHeading } from "../config.ts";

/** The file name of a period's draft report. */
export const draftFileName = (periodId: string) => `Dự thảo báo cáo ${periodId}.docx`;


/**
 * Everything the city's draft report is written from: the workbook's reads (each form's report, the
 * status, the targets), last year's same period for each form of figures, who has not sent what.
 */
export async function loadCityReportInput(db: D1Database, env: Env, period: Period): Promise<CityReportInput> {
  const heading = reportHeading(env); // a malformed heading is said before anything is read
  const workbook = await loadWorkbookInput(db, env, period);
  const numeric = workbook.reports.filter(({ form }) => form.columns.some(isNumeric));
  const missing: Record<string, string[]> = {};
  for (const line of workbook.status) if (line.state === "missing") (missing[line.formId] ??= []).push(line.unitName);
  return {
    period: workbook.period,
    outline,
    written: workbook.reports.find(({ form }) => form.id === OUTLINE_FORM_ID)?.report ?? null,
    tables: numeric.map(({ form, report, lastYear: last }) => ({
      form, report, lastYear: last ? { period: last.period, total: last.total, rates: last.rates } : null,
    })),
    targets: workbook.targets,
    missing,
    heading,
    producedAt: workbook.producedAt,
    workbookFileName: workbookFileName(period.id),
    plans: workbook.plans ?? [],
  };
}
