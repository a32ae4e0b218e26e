import ExcelJS from "../xlsx/exceljs.ts";
import { reportSheets, type ReportSheetsInput } from "../../shared/report-sheets/report-sheets.ts";
import { addGridSheet } from "./grid-to-exceljs.ts";

export type WorkbookInput = ReportSheetsInput;

/**
 * The consolidated workbook, built in memory (pure: no I/O) from the same sheets the add-in
 * inserts into an open workbook (shared/report-sheets).
 */
export function buildWorkbook(input: WorkbookInput): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.created = input.producedAt;
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const sheet of reportSheets(input)) addGridSheet(workbook, sheet);
  return workbook;
}

/** The consolidated workbook as .xlsx bytes . */
export async function reportWorkbook(input: WorkbookInput): Promise<ArrayBuffer> {
  const bytes = await buildWorkbook(input).xlsx.writeBuffer();
  return bytes as ArrayBuffer;
}
