import type ExcelJS from "exceljs";
import type { ConsolidatedReport, UnitLine } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import { findColumn } from "../../shared/forms/cells.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { sheetHeader, type SheetColumn } from "../../shared/layout/sheet-columns.ts";
import { LEVEL_LABELS, LEVELS } from "../../shared/units/levels.ts";
import { text, vnDate } from "./vn-text.ts";

const ROMAN = ["I", "II", "III", "IV", "V", "VI"];
const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const HEADER_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFE8EEF7" } };
const TOTAL_FILL = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: "FFF3F3F3" } };


/** A1 column letters of a 1-based column index. */
export function letters(index: number): string {
  let text = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

type Figures = Record<string, number>;
type Rates = Record<string, number | null>;

/**
 * Writes one form's consolidated report as the official sheet: title, period and window, merged
 * header groups, the numbered row, the grand total, then each level's subtotal and its units.
 * Derived columns, subtotals, the grand total and rates are formulas, each with its result stored.
 */
export function writeReportSheet(workbook: ExcelJS.Workbook, form: FormDefinition, report: ConsolidatedReport<PeriodInfo>): void {
  const header = sheetHeader(form, true);
  const width = header.columns.length;
  const sheet = workbook.addWorksheet(form.layout.sheetName, {
    properties: { defaultRowHeight: 18 },
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const colOf = new Map<string, number>();
  header.columns.forEach((c, i) => colOf.set(c.kind === "lead" ? `#${c.index}` : c.id, i + 1));

  sheet.mergeCells(1, 1, 1, width);
  Object.assign(sheet.getCell(1, 1), {
    value: `TỔNG HỢP ${form.title.vi.toUpperCase()}`,
    font: { bold: true, size: 13 },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  });
  sheet.getRow(1).height = 30;
  sheet.mergeCells(2, 1, 2, width);
  const p = report.period;
  Object.assign(sheet.getCell(2, 1), {
    value: `Kỳ báo cáo ${p.id}: số liệu từ ngày ${vnDate(p.start)} đến ngày ${vnDate(p.end)}; hạn gửi ${vnDate(p.deadline)}`,
    font: { italic: true },
    alignment: { horizontal: "center" },
  });
  sheet.mergeCells(3, 1, 3, width);
  Object.assign(sheet.getCell(3, 1), { value: `${form.layout.code} — ${form.basis.vi}`, font: { italic: true, size: 9 }, alignment: { horizontal: "right" } });

  const top = 5;
  for (const cell of header.cells) {
    const row = top + cell.row;
    const column = cell.column + 1;
    if (cell.rowSpan > 1 || cell.columnSpan > 1) sheet.mergeCells(row, column, row + cell.rowSpan - 1, column + cell.columnSpan - 1);
    sheet.getCell(row, column).value = cell.label.vi;
  }
  const numberRow = top + header.depth;
  header.numbers.forEach((text, i) => (sheet.getCell(numberRow, i + 1).value = text));
  for (let r = top; r <= numberRow; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { bold: r < numberRow, italic: r === numberRow, size: r === numberRow ? 9 : 10 };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
      cell.fill = HEADER_FILL;
    }
  }

  const grandRow = numberRow + 1;
  const levelRows: number[] = [];
  let row = grandRow + 1;
  const plan: { row: number; write: () => void }[] = [];
  LEVELS.forEach((level, li) => {
    const lines = report.units.filter((u) => u.level === level);
    const levelRow = row++;
    levelRows.push(levelRow);
    const first = row;
    const unitRows = lines.map((line) => ({ line, row: row++ }));
    const last = row - 1;
    plan.push({
      row: levelRow,
      write: () =>
        writeLine(levelRow, ROMAN[li]!, LEVEL_LABELS[level].vi, report.levels[level].total, report.levels[level].rates, (id) =>
          lines.length ? `SUM(${letters(colOf.get(id)!)}${first}:${letters(colOf.get(id)!)}${last})` : null, "subtotal"),
    });
    unitRows.forEach(({ line, row: r }, i) => plan.push({ row: r, write: () => writeUnit(r, i + 1, line) }));
  });

  const writeCells = (r: number, figures: Figures, rates: Rates, sumFormula: ((id: string) => string | null) | null) => {
    header.columns.forEach((column, i) => {
      const cell = sheet.getCell(r, i + 1);
      cell.border = BORDER;
      if (column.kind === "data") {
        const result = figures[column.id] ?? 0;
        const derived = findColumn(form, column.id);
        if (derived?.kind === "derived") {
          const formula = derived.terms.map((t, k) => `${k === 0 ? (t.sign < 0 ? "-" : "") : t.sign < 0 ? "-" : "+"}${letters(colOf.get(t.column)!)}${r}`).join("");
          cell.value = { formula, result };
        } else {
          const formula = sumFormula?.(column.id) ?? null;
          cell.value = formula ? { formula, result } : result;
        }
        cell.numFmt = "#,##0";
      } else if (column.kind === "rate") {
        cell.value = rateFormula(form, column, r, colOf, rates[column.id] ?? null);
        cell.numFmt = "0.00%";
      }
    });
  };

  const writeLine = (r: number, stt: string, name: string, figures: Figures, rates: Rates, sum: (id: string) => string | null, kind: "subtotal" | "grand") => {
    sheet.getCell(r, 1).value = stt;
    sheet.getCell(r, 2).value = name;
    writeCells(r, figures, rates, sum);
    const excelRow = sheet.getRow(r);
    excelRow.font = { bold: true };
    for (let c = 1; c <= width; c++) sheet.getCell(r, c).fill = TOTAL_FILL;
    if (kind === "grand") excelRow.font = { bold: true, size: 11 };
  };

  const writeUnit = (r: number, stt: number, line: UnitLine) => {
    sheet.getCell(r, 1).value = stt;
    sheet.getCell(r, 2).value = text(line.source === "derived" ? `${line.name} (*)` : line.name);
    writeCells(r, line.values, line.rates, null);
  };

  writeLine(grandRow, "", "TỔNG CỘNG", report.total, report.rates, (id) => levelRows.map((r) => `${letters(colOf.get(id)!)}${r}`).join("+"), "grand");
  for (const step of plan) step.write();

  let note = row + 1;
  if (report.units.some((u) => u.source === "derived")) {
    sheet.getCell(note++, 2).value = "(*) Số liệu tổng hợp từ các báo cáo tháng của đơn vị (đơn vị chưa gửi báo cáo của kỳ).";
  }
  const c = report.completeness;
  sheet.getCell(note, 2).value = `Đã gửi ${c.submitted}/${c.expected} đơn vị (${c.late} gửi muộn); chưa gửi: ${c.missing.length}.`;

  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 38;
  for (let i = 3; i <= width; i++) sheet.getColumn(i).width = 13;
  sheet.views = [{ state: "frozen", xSplit: 2, ySplit: numberRow }];
}

function rateFormula(form: FormDefinition, column: Extract<SheetColumn, { kind: "rate" }>, r: number, colOf: Map<string, number>, result: number | null) {
  const rate = form.rates.find((x) => x.id === column.id)!;
  const sum = (ids: string[]) => ids.map((id) => `${letters(colOf.get(id)!)}${r}`).join("+");
  const numerator = sum(rate.numerator);
  const denominator = sum(rate.denominator);
  return { formula: `IF((${denominator})=0,"",(${numerator})/(${denominator}))`, result: result ?? "" } as ExcelJS.CellFormulaValue;
}
