import ExcelJS from "../xlsx/exceljs.ts";
import { cellAddress } from "../../shared/layout/a1.ts";
import { optionTexts, isoToSerial } from "../../shared/layout/cell-content.ts";
import { columnWidths, dataRowHeights, headerRowHeights } from "../../shared/layout/column-widths.ts";
import { leadValue } from "../../shared/layout/lead-cells.ts";
import { derivedFormula, rateFormula } from "../../shared/layout/formulas.ts";
import { cellName, factName } from "../../shared/layout/names.ts";
import { rowAddresses, sheetLayout, type SheetLayout } from "../../shared/layout/sheet-layout.ts";
import { codeLine, FACT_LABELS, periodLine, SIGNATURE, titleText, unitLine } from "../../shared/layout/sheet-text.ts";
import { COUNT_ALERT, DATE_ALERT, OPTION_ALERT, STYLE } from "../../shared/layout/styles.ts";
import type { SheetFacts } from "../../shared/layout/sheet-facts.ts";
import { cellKey, findColumn } from "../../shared/forms/cells.ts";
import type { Column, FormDefinition } from "../../shared/forms/types.ts";

/**
 * The form a unit fills outside Excel's add-in (LibreOffice, WPS, an old Excel): one sheet per
 * form in the add-in's layout (sheet-layout.ts), the header facts filled, the input cells shaded,
 * unlocked and validated, totals and rates as formulas, and the add-in's workbook names
 * (`BC_<formId>.<cellKey>`, `BC_<formId>._unit`, `BC_<formId>._period`) so that reading the
 * upload back never depends on addresses.
 */

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const fill = (hex: string) => ({ type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: `FF${hex.slice(1)}` } });
/** ExcelJS widths are in characters of the default font; the add-in's are in points. */
const POINTS_PER_CHARACTER = 5.6;

const quoted = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;
const absolute = (address: string) => address.replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2");

function validationOf(column: Column): ExcelJS.DataValidation | null {
  switch (column.kind) {
    case "count":
      return {
        type: "whole", operator: "greaterThanOrEqual", formulae: [0], allowBlank: true,
        showErrorMessage: true, errorStyle: "stop", errorTitle: COUNT_ALERT.title, error: COUNT_ALERT.message,
      };
    case "enum":
      return {
        type: "list", formulae: [`"${optionTexts(column).join(",")}"`], allowBlank: true,
        showErrorMessage: true, errorStyle: "stop", errorTitle: OPTION_ALERT.title, error: OPTION_ALERT.message,
      };
    case "date":
      return {
        type: "date", operator: "greaterThanOrEqual", formulae: [new Date(Date.UTC(1900, 2, 1))], allowBlank: true,
        showErrorMessage: true, errorStyle: "stop", errorTitle: DATE_ALERT.title, error: DATE_ALERT.message,
      };
    default:
      return null;
  }
}

function inputValue(column: Column, value: unknown): ExcelJS.CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  const text = String(value);
  if (column.kind === "enum") {
    const index = column.options.findIndex((o) => o.value === text);
    return index < 0 ? text : optionTexts(column)[index]!;
  }
  if (column.kind === "date") {
    const serial = isoToSerial(text);
    return serial === null ? text : new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000);
  }
  return text;
}

function writeTop(sheet: ExcelJS.Worksheet, layout: SheetLayout, facts: SheetFacts): void {
  const { form, lines, topWidth } = layout;
  sheet.mergeCells(lines.title, 1, lines.title, topWidth);
  Object.assign(sheet.getCell(lines.title, 1), {
    value: titleText(form),
    font: { name: STYLE.font, bold: true, size: 13 },
    alignment: { horizontal: "center", vertical: "middle", wrapText: true },
  });
  sheet.getRow(lines.title).height = 36;
  const line = (row: number, text: string, fact: { label: string; value: string }, label: string, value: string, bold: boolean) => {
    sheet.mergeCells(row, 1, row, topWidth - 2);
    Object.assign(sheet.getCell(row, 1), { value: text, font: { name: STYLE.font, bold, italic: !bold }, alignment: { horizontal: "left" } });
    Object.assign(sheet.getCell(fact.label), { value: label, font: { name: STYLE.font, italic: true }, alignment: { horizontal: "right" } });
    Object.assign(sheet.getCell(fact.value), {
      value, numFmt: STYLE.textFormat, font: { name: STYLE.font, bold: true }, alignment: { horizontal: "left" },
    });
  };
  line(lines.unit, unitLine(facts), layout.facts.unit, FACT_LABELS.unit, facts.unitCode, true);
  line(lines.period, periodLine(facts), layout.facts.period, FACT_LABELS.period, facts.periodId, false);
  sheet.mergeCells(lines.code, 1, lines.code, topWidth);
  Object.assign(sheet.getCell(lines.code, 1), {
    value: codeLine(form), font: { name: STYLE.font, italic: true, size: 10 }, alignment: { horizontal: "right" },
  });
}

function writeHeader(sheet: ExcelJS.Worksheet, layout: SheetLayout, widths: readonly number[]): void {
  const { header, headerTop, numberRow, width } = layout;
  for (const cell of header.cells) {
    const top = headerTop + cell.row;
    const left = cell.column + 1;
    if (cell.rowSpan > 1 || cell.columnSpan > 1) sheet.mergeCells(top, left, top + cell.rowSpan - 1, left + cell.columnSpan - 1);
    sheet.getCell(top, left).value = cell.label.vi;
  }
  header.numbers.forEach((text, i) => (sheet.getCell(numberRow, i + 1).value = text));
  headerRowHeights(layout, widths).forEach((height, i) => (sheet.getRow(headerTop + i).height = height));
  for (let r = headerTop; r <= numberRow; r++) {
    for (let c = 1; c <= width; c++) {
      const cell = sheet.getCell(r, c);
      cell.font = { name: STYLE.font, bold: r < numberRow, italic: r === numberRow, size: r === numberRow ? 9 : STYLE.fontSize };
      cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
      cell.border = BORDER;
      cell.fill = fill(STYLE.headerFill);
      if (r === numberRow) cell.numFmt = STYLE.textFormat;
    }
  }
}

function writeRows(sheet: ExcelJS.Worksheet, layout: SheetLayout, unitName: string, values: Readonly<Record<string, unknown>>): void {
  const { form, header, dataRows } = layout;
  for (const dataRow of dataRows) {
    const at = rowAddresses(layout, dataRow.row);
    header.columns.forEach((sheetColumn, i) => {
      const cell = sheet.getCell(dataRow.row, i + 1);
      cell.border = BORDER;
      cell.font = { name: STYLE.font, size: STYLE.fontSize };
      cell.alignment = { vertical: "middle" };
      if (sheetColumn.kind === "lead") {
        const vertical = dataRow.formRow.fixed?.hint ? "top" : "middle";
        cell.value = leadValue(sheetColumn.index, dataRow, unitName);
        if (sheetColumn.index === 0) {
          cell.alignment = { horizontal: "center", vertical };
        } else {
          cell.numFmt = STYLE.textFormat;
          cell.alignment = { vertical, wrapText: true };
        }
        return;
      }
      if (sheetColumn.kind === "rate") {
        const rate = form.rates.find((r) => r.id === sheetColumn.id)!;
        const formula = rateFormula(rate, at);
        if (formula) cell.value = { formula: formula.slice(1), result: "" } as ExcelJS.CellFormulaValue;
        cell.numFmt = STYLE.rateFormat;
        cell.fill = fill(STYLE.computedFill);
        return;
      }
      const column = findColumn(form, sheetColumn.id)!;
      if (column.kind === "derived") {
        const formula = derivedFormula(column, at);
        const parts = column.terms.map((t) => values[cellKey(dataRow.formRow.id, t.column)]);
        const result = parts.every((v) => typeof v === "number")
          ? column.terms.reduce((sum, t, k) => sum + t.sign * (parts[k] as number), 0)
          : undefined;
        if (formula) cell.value = { formula: formula.slice(1), ...(result === undefined ? {} : { result }) } as ExcelJS.CellFormulaValue;
        cell.numFmt = STYLE.countFormat;
        cell.fill = fill(STYLE.computedFill);
        cell.font = { name: STYLE.font, size: STYLE.fontSize, bold: true };
        return;
      }
      cell.value = inputValue(column, values[cellKey(dataRow.formRow.id, column.id)]);
      cell.fill = fill(STYLE.inputFill);
      cell.protection = { locked: false };
      cell.numFmt = column.kind === "count" ? STYLE.countFormat : column.kind === "text" ? STYLE.textFormat
        : column.kind === "date" ? STYLE.dateFormat : STYLE.generalFormat;
      if (column.kind === "text") cell.alignment = { vertical: "top", wrapText: true };
      const validation = validationOf(column);
      if (validation) cell.dataValidation = validation;
    });
  }
}

function writeSignature(sheet: ExcelJS.Worksheet, layout: SheetLayout): void {
  const width = layout.topWidth;
  const half = Math.ceil(width / 2);
  const row = layout.signatureRow;
  const put = (line: number, left: number, right: number, text: string, bold: boolean) => {
    if (right > left) sheet.mergeCells(line, left, line, right);
    Object.assign(sheet.getCell(line, left), {
      value: text, font: { name: STYLE.font, bold, italic: !bold }, alignment: { horizontal: "center" },
    });
  };
  put(row, half + 1, width, SIGNATURE.date, false);
  put(row + 1, 1, half, SIGNATURE.preparer, true);
  put(row + 1, half + 1, width, SIGNATURE.head, true);
  put(row + 2, 1, half, SIGNATURE.preparerNote, false);
  put(row + 2, half + 1, width, SIGNATURE.headNote, false);
}

/** Adds one form's sheet to the workbook: the add-in's layout, facts, values and names. */
export function addFormSheet(
  workbook: ExcelJS.Workbook,
  form: FormDefinition,
  facts: SheetFacts,
  values: Readonly<Record<string, unknown>> = {},
): void {
  const layout = sheetLayout(form);
  const widths = columnWidths(layout);
  const sheet = workbook.addWorksheet(form.layout.sheetName, {
    pageSetup: { orientation: "landscape", paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  widths.forEach((points, i) => (sheet.getColumn(i + 1).width = Math.round((points / POINTS_PER_CHARACTER) * 10) / 10));
  writeTop(sheet, layout, facts);
  writeHeader(sheet, layout, widths);
  writeRows(sheet, layout, facts.unitName, values);
  for (const [row, height] of dataRowHeights(layout, widths)) sheet.getRow(row).height = height;
  writeSignature(sheet, layout);

  const ref = (address: string) => `${quoted(form.layout.sheetName)}!${absolute(address)}`;
  for (const cell of layout.cells) workbook.definedNames.add(ref(cell.address), cellName(form.id, cell.key));
  workbook.definedNames.add(ref(layout.facts.unit.value), factName(form.id, "unit"));
  workbook.definedNames.add(ref(layout.facts.period.value), factName(form.id, "period"));

  const lead = form.layout.leadColumns.length;
  sheet.views = [{ state: "frozen", xSplit: lead, ySplit: layout.numberRow, topLeftCell: cellAddress(layout.numberRow + 1, lead + 1) }];
}

/** The workbook of the unit's forms for a period, as .xlsx bytes. */
export async function unitFormWorkbook(
  forms: readonly FormDefinition[],
  facts: SheetFacts,
  values: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {},
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const form of forms) addFormSheet(workbook, form, facts, values[form.id] ?? {});
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
