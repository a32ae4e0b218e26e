import ExcelJS from "exceljs";
import type { ConsolidatedReport } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { writeCoverSheet, writeStatusSheet, writeWarningsSheet, type WarningEntry } from "./info-sheets.ts";
import { writeReportSheet } from "./report-sheet.ts";
import { settle } from "./settle.ts";
import type { StatusLine } from "./status-lines.ts";

/** Everything the consolidated workbook of a period shows. */
export interface WorkbookInput {
  period: PeriodInfo;
  reports: readonly { form: FormDefinition; report: ConsolidatedReport<PeriodInfo> }[];
  status: readonly StatusLine[];
  warnings: readonly WarningEntry[];
  producedAt: Date;
}

/**
 * The consolidated workbook, built in memory (pure: no I/O): the cover ("Bìa"), one sheet per form
 * in the official layout, the status sheet ("Tình trạng") and the issues sheet ("Cảnh báo").
 */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.created = input.producedAt;
  workbook.calcProperties.fullCalcOnLoad = true;
  const forms = input.reports.map((r) => r.form);
  writeCoverSheet(workbook, input.period, input.reports, input.producedAt);
  for (const { form, report } of input.reports) writeReportSheet(workbook, form, report);
  writeStatusSheet(workbook, forms, input.status);
  writeWarningsSheet(workbook, forms, input.warnings);
  return workbook;
}

/** The consolidated workbook as .xlsx bytes (ExcelJS settled, ../shared/design/XLSX.md). */
export async function reportWorkbook(input: WorkbookInput): Promise<ArrayBuffer> {
  const bytes = await settle(buildWorkbook(input).xlsx.writeBuffer());
  return bytes as ArrayBuffer;
}
