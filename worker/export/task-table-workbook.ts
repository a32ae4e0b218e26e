import ExcelJS from "../xlsx/exceljs.ts";
import { TASK_TABLE_HEADER, taskTableCells } from "../../shared/plan-tasks/task-table-cells.ts";
import type { StoredPlan } from "../../shared/plan-tasks/stored-plan.ts";
import type { Levels } from "../../shared/units/levels.ts";

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const WIDTHS = [8, 60, 22, 30, 30, 40];

/**
 * A plan's task table as an .xlsx in the plans' own layout: the title, the header, sections,
 * headings and tasks. Imported again (after editing in Excel), it gives the same plan.
 */
export async function taskTableWorkbook(plan: StoredPlan, levels: Levels): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("Nhiệm vụ", { views: [{ state: "frozen", ySplit: 2 }] });
  sheet.columns = WIDTHS.map((width) => ({ width }));
  const title = sheet.addRow([plan.title]);
  title.font = { bold: true, size: 13 };
  sheet.mergeCells(1, 1, 1, TASK_TABLE_HEADER.length);
  for (const cells of taskTableCells(plan.tasks, levels)) {
    const row = sheet.addRow(cells);
    const heading = cells.slice(2).every((cell) => cell === "");
    row.eachCell({ includeEmpty: true }, (cell) => {
      cell.border = BORDER;
      cell.alignment = { wrapText: true, vertical: "top" };
      // Text stays text: a task that begins with "=" or "+" is not a formula.
      cell.numFmt = "@";
      if (heading || row.number === 2) cell.font = { bold: true };
    });
  }
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
