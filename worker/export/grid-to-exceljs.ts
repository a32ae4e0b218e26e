import type ExcelJS from "exceljs";
import { cellAddress } from "../../shared/layout/a1.ts";
import { isoToSerial } from "../../shared/layout/cell-content.ts";
import { isGridFormula, type CellStyle, type GridCell, type GridSheet, type GridValidation } from "../../shared/layout/grid.ts";
import { STYLE } from "../../shared/layout/styles.ts";

const THIN = { style: "thin" as const };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** ExcelJS writes a string as text whatever it begins with; only `{ formula }` objects become formulas. */
function valueOf(cell: GridCell): ExcelJS.CellValue {
  if (isGridFormula(cell)) return { formula: cell.formula, result: cell.result } as ExcelJS.CellFormulaValue;
  return cell;
}

/**
 * One object per distinct font, fill or alignment, shared by every cell that has it: ExcelJS keeps
 * what it is given per cell, and a copy per cell made a 3,300-unit workbook several times larger.
 */
function interned<T extends object>(cache: Map<string, T>, value: T): T {
  const key = JSON.stringify(value);
  const known = cache.get(key);
  if (known) return known;
  cache.set(key, value);
  return value;
}

interface StyleCache {
  font: Map<string, Partial<ExcelJS.Font>>;
  fill: Map<string, ExcelJS.Fill>;
  alignment: Map<string, Partial<ExcelJS.Alignment>>;
}

function applyStyle(target: ExcelJS.Cell, style: CellStyle, cache: StyleCache): void {
  if (style.bold !== undefined || style.italic !== undefined || style.size !== undefined) {
    target.font = interned(cache.font, {
      ...target.font,
      ...(style.bold !== undefined ? { bold: style.bold } : {}),
      ...(style.italic !== undefined ? { italic: style.italic } : {}),
      ...(style.size !== undefined ? { size: style.size } : {}),
    });
  }
  if (style.fill) target.fill = interned(cache.fill, { type: "pattern", pattern: "solid", fgColor: { argb: argb(style.fill) } });
  if (style.border) target.border = BORDER;
  if (style.horizontal || style.vertical || style.wrap !== undefined) {
    target.alignment = interned(cache.alignment, {
      ...target.alignment,
      ...(style.horizontal ? { horizontal: style.horizontal } : {}),
      ...(style.vertical ? { vertical: style.vertical } : {}),
      ...(style.wrap !== undefined ? { wrapText: style.wrap } : {}),
    });
  }
  if (style.numberFormat) target.numFmt = style.numberFormat;
  if (style.locked !== undefined) target.protection = style.locked ? LOCKED : UNLOCKED;
}

const LOCKED = { locked: true };
const UNLOCKED = { locked: false };
/** Excel's day 0 of the 1900 date system, for a date serial as ExcelJS takes it. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The grid's data validation as ExcelJS writes it. */
function dataValidation(rule: GridValidation): ExcelJS.DataValidation {
  const alert = { allowBlank: true, showErrorMessage: true, errorStyle: "stop", errorTitle: rule.alert.title, error: rule.alert.message } as const;
  switch (rule.kind) {
    case "whole":
      return { type: "whole", operator: "greaterThanOrEqual", formulae: [rule.min], ...alert };
    case "list":
      return { type: "list", formulae: [`"${rule.options.join(",")}"`], ...alert };
    case "date":
      return { type: "date", operator: "greaterThanOrEqual", formulae: [new Date(EPOCH_MS + isoToSerial(rule.min)! * 86_400_000)], ...alert };
    default: {
      const never: never = rule;
      throw new Error(`unknown validation ${JSON.stringify(never)}`);
    }
  }
}

/** A protected sheet's cells, rows and columns may still be formatted; every cell may be selected. */
const FORMATTING_ALLOWED = { formatCells: true, formatColumns: true, formatRows: true, selectLockedCells: true, selectUnlockedCells: true };

const quoted = (sheetName: string) => `'${sheetName.replace(/'/g, "''")}'`;

/** Adds one sheet of the shared grid model to an ExcelJS workbook. */
export function addGridSheet(workbook: ExcelJS.Workbook, grid: GridSheet): ExcelJS.Worksheet {
  const sheet = workbook.addWorksheet(grid.name, {
    properties: { defaultRowHeight: 18 },
    pageSetup: { orientation: grid.orientation, paperSize: 9, fitToPage: true, fitToWidth: 1, fitToHeight: 0 },
  });
  const cache: StyleCache = { font: new Map(), fill: new Map(), alignment: new Map() };
  // Every cell of the grid in the documents' font, as the add-in writes it (Times New Roman 11).
  const font = interned(cache.font, { name: STYLE.font, size: STYLE.fontSize });
  grid.cells.forEach((row, r) =>
    row.forEach((cell, c) => {
      const target = sheet.getCell(r + 1, c + 1);
      target.font = font;
      if (cell !== null && cell !== "") target.value = valueOf(cell);
    }),
  );
  for (const m of grid.merges) sheet.mergeCells(m.row, m.column, m.row + m.rows - 1, m.column + m.columns - 1);
  for (const { area, style } of grid.styles) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.column; c < area.column + area.columns; c++) applyStyle(sheet.getCell(r, c), style, cache);
    }
  }
  grid.columnWidths.forEach((width, i) => (sheet.getColumn(i + 1).width = width));
  for (const [row, height] of Object.entries(grid.rowHeights)) sheet.getRow(Number(row)).height = height;
  if (grid.freeze.rows || grid.freeze.columns) {
    sheet.views = [{ state: "frozen", xSplit: grid.freeze.columns, ySplit: grid.freeze.rows }];
  }
  for (const { area, rule } of grid.validations ?? []) {
    const validation = dataValidation(rule);
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.column; c < area.column + area.columns; c++) sheet.getCell(r, c).dataValidation = validation;
    }
  }
  for (const { name, row, column } of grid.names ?? []) {
    workbook.definedNames.add(`${quoted(grid.name)}!${cellAddress(row, column).replace(/^([A-Z]+)(\d+)$/, "$$$1$$$2")}`, name);
  }
  // ExcelJS's protect() sets the sheet's protection at once (its promise only hashes a password: none here).
  if (grid.protected) void sheet.protect("", FORMATTING_ALLOWED);
  if (grid.autoFilter) {
    const f = grid.autoFilter;
    sheet.autoFilter = { from: { row: f.row, column: f.column }, to: { row: f.row + f.rows - 1, column: f.column + f.columns - 1 } };
  }
  return sheet;
}
