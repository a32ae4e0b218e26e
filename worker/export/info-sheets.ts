import type ExcelJS from "exceljs";
import type { ConsolidatedReport } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { LEVEL_LABELS, type Level } from "../../shared/units/levels.ts";
import type { StoredWarnings } from "../repositories/warnings.repo.ts";
import type { StatusLine } from "./status-lines.ts";
import { periodLabel, text, vnDate, vnTime } from "./vn-text.ts";

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE8EEF7" } };

export const COVER_SHEET = "Bìa";
export const STATUS_SHEET = "Tình trạng";
export const WARNINGS_SHEET = "Cảnh báo";

const STATE_LABELS: Record<StatusLine["state"], string> = { missing: "Chưa gửi", submitted: "Đã gửi", late: "Gửi muộn" };
const DECISION_LABELS: Record<string, string> = { accepted: "Đã chấp nhận", returned: "Trả lại" };

/** A warning with the unit it came from, for the issues sheet. */
export interface WarningEntry extends StoredWarnings {
  unitName: string;
  level: Level | null;
}

function table(sheet: ExcelJS.Worksheet, headerRow: number, headers: { label: string; width: number }[]) {
  headers.forEach(({ label, width }, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    cell.value = label;
    cell.font = { bold: true };
    cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
    cell.border = BORDER;
    cell.fill = HEADER_FILL;
    sheet.getColumn(i + 1).width = width;
  });
  sheet.getRow(headerRow).height = 32;
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: headerRow }];
}

function addRow(sheet: ExcelJS.Worksheet, values: (string | number | null)[]) {
  const row = sheet.addRow(values.map((v) => (typeof v === "number" ? v : v === null ? null : text(v))));
  row.eachCell({ includeEmpty: true }, (cell) => {
    cell.border = BORDER;
    cell.alignment = { vertical: "top", wrapText: true };
  });
  return row;
}

/** The cover: title, period, data window, deadline, completeness per form, time produced (Vietnam time). */
export function writeCoverSheet(
  workbook: ExcelJS.Workbook,
  period: PeriodInfo,
  reports: readonly { form: FormDefinition; report: ConsolidatedReport<PeriodInfo> }[],
  producedAt: Date,
): void {
  const sheet = workbook.addWorksheet(COVER_SHEET, { pageSetup: { orientation: "portrait", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 } });
  sheet.mergeCells(1, 1, 1, 7);
  Object.assign(sheet.getCell(1, 1), {
    value: "BÁO CÁO TỔNG HỢP KIỂM SOÁT THỦ TỤC HÀNH CHÍNH",
    font: { bold: true, size: 14 },
    alignment: { horizontal: "center", vertical: "middle" },
  });
  sheet.getRow(1).height = 28;
  const facts: [string, string][] = [
    ["Kỳ báo cáo", `${period.id} — ${periodLabel(period)}`],
    ["Số liệu", `từ ngày ${vnDate(period.start)} đến ngày ${vnDate(period.end)}`],
    ["Hạn gửi báo cáo", vnDate(period.deadline)],
    ["Thời điểm lập", `${vnTime(producedAt)} (giờ Việt Nam)`],
  ];
  facts.forEach(([label, value], i) => {
    sheet.getCell(3 + i, 1).value = label;
    sheet.getCell(3 + i, 1).font = { bold: true };
    sheet.mergeCells(3 + i, 2, 3 + i, 7);
    sheet.getCell(3 + i, 2).value = value;
  });
  const headerRow = 3 + facts.length + 1;
  sheet.getCell(headerRow - 1, 1).value = "Mức độ đầy đủ theo biểu";
  sheet.getCell(headerRow - 1, 1).font = { bold: true, italic: true };
  const headers = [
    { label: "Biểu", width: 34 }, { label: "Mã biểu", width: 16 }, { label: "Số đơn vị phải gửi", width: 12 },
    { label: "Đã gửi", width: 10 }, { label: "Trong đó gửi muộn", width: 12 }, { label: "Chưa gửi", width: 10 },
    { label: "Tổng hợp từ báo cáo tháng (*)", width: 14 },
  ];
  headers.forEach(({ label, width }, i) => {
    const cell = sheet.getCell(headerRow, i + 1);
    Object.assign(cell, { value: label, font: { bold: true }, border: BORDER, fill: HEADER_FILL, alignment: { horizontal: "center", vertical: "middle", wrapText: true } });
    sheet.getColumn(i + 1).width = width;
  });
  sheet.getRow(headerRow).height = 32;
  reports.forEach(({ form, report }, i) => {
    const c = report.completeness;
    const values = [form.title.vi, form.layout.code, c.expected, c.submitted, c.late, c.missing.length, report.units.filter((u) => u.source === "derived").length];
    values.forEach((value, k) => {
      const cell = sheet.getCell(headerRow + 1 + i, k + 1);
      cell.value = typeof value === "number" ? value : text(value);
      cell.border = BORDER;
      cell.alignment = { vertical: "top", wrapText: k === 0 };
    });
  });
  const after = headerRow + reports.length + 2;
  sheet.getCell(after, 1).value = `Các trang: một trang cho mỗi biểu; «${STATUS_SHEET}»: tình trạng gửi của từng đơn vị; «${WARNINGS_SHEET}»: các cảnh báo và giải trình của đơn vị.`;
  sheet.getCell(after, 1).font = { italic: true, size: 9 };
  sheet.views = [{ state: "frozen", xSplit: 0, ySplit: 1 }];
}

/** Every unit × form: state, version, receipt time (Vietnam time), the review of the latest version. */
export function writeStatusSheet(workbook: ExcelJS.Workbook, forms: readonly FormDefinition[], lines: readonly StatusLine[]): void {
  const sheet = workbook.addWorksheet(STATUS_SHEET);
  table(sheet, 1, [
    { label: "STT", width: 6 }, { label: "Mã đơn vị", width: 14 }, { label: "Tên đơn vị", width: 36 }, { label: "Cấp", width: 22 },
    { label: "Biểu", width: 28 }, { label: "Tình trạng", width: 12 }, { label: "Phiên bản", width: 10 },
    { label: "Thời điểm nhận (giờ Việt Nam)", width: 22 }, { label: "Kết quả xem xét", width: 16 }, { label: "Ý kiến", width: 40 },
  ]);
  const titleOf = new Map(forms.map((f) => [f.id, f.title.vi]));
  lines.forEach((line, i) => {
    addRow(sheet, [
      i + 1, line.unitCode, line.unitName, LEVEL_LABELS[line.level]?.vi ?? line.level, titleOf.get(line.formId) ?? line.formId,
      STATE_LABELS[line.state], line.version, line.submittedAt ? vnTime(line.submittedAt) : "",
      line.review ? (DECISION_LABELS[line.review.decision] ?? line.review.decision) : "", line.review?.comment ?? "",
    ]);
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 10 } };
}

/** Every warning stored with the latest versions of the period, with the unit's explanation. */
export function writeWarningsSheet(workbook: ExcelJS.Workbook, forms: readonly FormDefinition[], entries: readonly WarningEntry[]): void {
  const sheet = workbook.addWorksheet(WARNINGS_SHEET);
  table(sheet, 1, [
    { label: "STT", width: 6 }, { label: "Mã đơn vị", width: 14 }, { label: "Tên đơn vị", width: 32 }, { label: "Biểu", width: 26 },
    { label: "Phiên bản", width: 10 }, { label: "Quy tắc", width: 14 }, { label: "Nội dung cảnh báo", width: 60 },
    { label: "Giải trình của đơn vị", width: 50 },
  ]);
  const titleOf = new Map(forms.map((f) => [f.id, f.title.vi]));
  let n = 0;
  for (const entry of entries) {
    for (const warning of entry.warnings) {
      addRow(sheet, [
        ++n, entry.unitCode, entry.unitName, titleOf.get(entry.formId) ?? entry.formId, entry.version, warning.rule,
        warning.message, entry.explanations[warning.rule] ?? "",
      ]);
    }
  }
  if (n === 0) sheet.getCell(2, 1).value = "Không có cảnh báo nào trong các báo cáo mới nhất của kỳ.";
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: 8 } };
}
