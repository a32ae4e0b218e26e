import { writeForms } from "../../addin/excel/write-forms.ts";
import { centers } from "../../shared/forms/centers.ts";
import { checkForm } from "../../shared/forms/check-form.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import type { SheetFacts } from "../../addin/excel/types.ts";
import { cellName } from "../../shared/layout/names.ts";
import { ExcelMock } from "./fake-excel/mock-excel.ts";
import { FakeWorkbook } from "./fake-excel/workbook.ts";

/** A commune's November 2026 report. */
export const FACTS: SheetFacts = {
  periodId: "2026-11",
  periodLabel: "Tháng 11/2026",
  start: "2026-10-15",
  end: "2026-11-14",
  deadline: "2026-11-18",
  unitCode: "XA-001",
  unitName: "UBND xã An Lư",
};

/** A fresh workbook with one blank sheet, and the global Excel pointing at it. */
export function freshExcel(sheets: string[] = ["Sheet1"], excelApi?: number): ExcelMock {
  return new ExcelMock(new FakeWorkbook(sheets), excelApi).install();
}

/**
 * A plan-progress form with one row per task (not in the catalogue yet): an option, a date, a
 * text and a count per row, to exercise every column kind.
 */
export function tasksForm(rowCount = 2): FormDefinition {
  const labels = ["Rà soát, đánh giá TTHC", "Công bố, công khai TTHC"];
  return checkForm({
    id: "plan_tasks",
    title: { vi: "Tiến độ thực hiện kế hoạch", en: "Plan progress" },
    basis: { vi: "Theo Kế hoạch kiểm soát TTHC năm 2026", en: "After the 2026 plan" },
    filing: { levels: ["cap-tinh", "cap-huyen"], periodTypes: ["quarter"] },
    rows: {
      kind: "fixed",
      rows: Array.from({ length: rowCount }, (_, i) => ({
        id: `t${i + 1}`,
        label: { vi: labels[i] ?? `Nhiệm vụ ${i + 1}`, en: `Task ${i + 1}` },
      })),
    },
    columns: [
      {
        kind: "enum", id: "status", label: { vi: "Tình trạng", en: "Status" },
        options: [
          { value: "done", label: { vi: "Đã hoàn thành", en: "Done" } },
          { value: "doing", label: { vi: "Đang thực hiện", en: "In progress" } },
          { value: "not_started", label: { vi: "Chưa thực hiện", en: "Not started" } },
        ],
      },
      { kind: "date", id: "done_on", label: { vi: "Ngày hoàn thành", en: "Done on" } },
      { kind: "text", id: "output", label: { vi: "Văn bản, sản phẩm", en: "Output" }, maxLength: 500 },
      { kind: "count", id: "documents", nature: "flow", label: { vi: "Số văn bản ban hành", en: "Documents issued" } },
    ],
    rules: [],
    rates: [],
    layout: {
      code: "Biểu số 07",
      sheetName: "Tiến độ kế hoạch",
      order: ["status", "done_on", "output", "documents"],
      groups: [{ label: { vi: "Kết quả thực hiện", en: "Result" }, columns: ["status", "done_on"] }],
      leadColumns: [
        { vi: "STT", en: "No." },
        { vi: "Nhiệm vụ", en: "Task" },
      ],
    },
    example: { "t1.status": "done", "t1.done_on": "2026-03-02", "t1.output": "Quyết định 12/QĐ-UBND", "t1.documents": 1 },
  });
}

/** What a clerk types for a balanced month of dossiers (received 60 = 40 + 15 + 5). */
export const DOSSIERS_MONTH = {
  carried_over: 10, received_online: 30, received_direct: 20,
  resolved_early: 15, resolved_ontime: 20, resolved_late: 5,
  pending_intime: 12, pending_overdue: 3,
  returned: 5,
} as const;

/** 100 procedures, 10 kept out; 50 + 20 end to end. */
export const CENTERS_MONTH = { tthc_total: 100, tthc_not_at_center: 10, full_cycle_done: 50, full_cycle_added: 20 } as const;

/** The clerk types every value into its named cell. */
export function typeAll(excel: ExcelMock, formId: string, values: Record<string, number | string>): void {
  for (const [key, value] of Object.entries(values)) excel.workbook.type(cellName(formId, key), value);
}

/** The clerk lifts the protection of every sheet (Review → Unprotect Sheet), to type over a total. */
export function liftProtection(excel: ExcelMock): void {
  for (const sheet of excel.workbook.sheets) sheet.protection = null;
}

/** A fresh workbook with both forms written and a balanced month typed into each. */
export async function filledWorkbook(): Promise<ExcelMock> {
  const excel = freshExcel();
  await writeForms([dossiers, centers], FACTS, { overwrite: false });
  typeAll(excel, "dossiers", DOSSIERS_MONTH);
  typeAll(excel, "centers", CENTERS_MONTH);
  return excel;
}
