import ExcelJS from "exceljs";
import type { ConsolidatedReport } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { writeReportSheet } from "./report-sheet.ts";
import { settle } from "./settle.ts";

/** The consolidated workbook of a period: one sheet per form, in the official layout. */
export async function reportWorkbook(reports: { form: FormDefinition; report: ConsolidatedReport<PeriodInfo> }[]): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.created = new Date();
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const { form, report } of reports) writeReportSheet(workbook, form, report);
  return (await settle(workbook.xlsx.writeBuffer())) as ArrayBuffer;
}
