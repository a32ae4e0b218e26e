import ExcelJS from "../xlsx/exceljs.ts";
import type { GridSheet } from "../../shared/layout/grid.ts";
import { reportSheets, type ReportSheetsInput } from "../../shared/report-sheets/report-sheets.ts";
import { partSheets, type WorkbookPlan } from "../../shared/report-sheets/workbook-parts.ts";
import { addGridSheet } from "./grid-to-exceljs.ts";

export type WorkbookInput = ReportSheetsInput;

/** An .xlsx of sheets of the shared grid model, taken one at a time (the add-in inserts the same sheets). */
async function workbookOf(sheets: Iterable<GridSheet>, producedAt: Date): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.created = producedAt;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of sheets) addGridSheet(workbook, sheet);
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

/** The whole consolidated workbook as .xlsx bytes (pure: no I/O), for a period that fits in one part. */
export const reportWorkbook = (input: WorkbookInput): Promise<ArrayBuffer> => workbookOf(reportSheets(input), input.producedAt);

/** Part `index` (0-based) of the consolidated workbook (shared/report-sheets/workbook-parts.ts) as .xlsx bytes. */
export const reportWorkbookPart = (input: WorkbookInput, plan: WorkbookPlan, index: number): Promise<ArrayBuffer> =>
  workbookOf(partSheets(input, plan, index), input.producedAt);
