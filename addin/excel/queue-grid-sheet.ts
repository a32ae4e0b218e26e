import { blockAddress, columnsAddress, rowsAddress } from "../../shared/layout/a1.ts";
import { literal, type ExcelValue } from "../../shared/layout/cell-content.ts";
import {
  charactersToPoints, isGridFormula, type CellStyle, type GridArea, type GridCell, type GridSheet, type GridValidation,
} from "../../shared/layout/grid.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { supportsExcelApi } from "./api-support.ts";
import { ruleBorders } from "./range-format.ts";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

const areaAddress = (a: GridArea) => blockAddress(a.row, a.column, a.row + a.rows - 1, a.column + a.columns - 1);

/**
 * What the cell takes through `Range.formulas`: text kept as text (never a formula), formulas with
 * their "=". A cell formatted as text keeps what it is given as it is: an apostrophe would stay in it.
 */
function input(cell: GridCell, format: string): ExcelValue {
  if (isGridFormula(cell)) return `=${cell.formula}`;
  if (cell === null || cell === "") return "";
  return typeof cell === "string" && format !== STYLE.textFormat ? literal(cell) : cell;
}

function queueStyle(range: Excel.Range, style: CellStyle): void {
  const format = range.format;
  if (style.bold !== undefined) format.font.bold = style.bold;
  if (style.italic !== undefined) format.font.italic = style.italic;
  if (style.size !== undefined) format.font.size = style.size;
  if (style.fill) format.fill.color = style.fill;
  if (style.border) ruleBorders(range);
  if (style.horizontal) format.horizontalAlignment = HORIZONTAL[style.horizontal];
  if (style.vertical) format.verticalAlignment = VERTICAL[style.vertical];
  if (style.wrap !== undefined) format.wrapText = style.wrap;
  if (style.locked !== undefined) format.protection.locked = style.locked;
}

/** The grid's data validation as the Excel JavaScript API takes it. */
function ruleOf(rule: GridValidation): Excel.DataValidationRule {
  switch (rule.kind) {
    case "whole":
      return { wholeNumber: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
    case "list":
      return { list: { inCellDropDown: true, source: rule.options.join(",") } };
    case "date":
      return { date: { formula1: rule.min, operator: "GreaterThanOrEqualTo" } };
    default: {
      const never: never = rule;
      throw new Error(`unknown validation ${JSON.stringify(never)}`);
    }
  }
}

/** A run of a sheet's rows as written in one `Range.formulas` and one `Range.numberFormat`. */
export interface RowBlock {
  top: number;
  formulas: ExcelValue[][];
  formats: string[][];
  /** Characters the block adds to Excel's request (its two arrays as JSON). */
  size: number;
}

/**
 * The sheet's cells in runs of rows, each under `maxSize` characters of request (a single row may
 * exceed it), so that a large report can be written over several syncs.
 */
export function rowBlocks(grid: GridSheet, maxSize: number): RowBlock[] {
  const columns = grid.columnWidths.length;
  const formats = grid.cells.map((row) => row.map(() => STYLE.generalFormat as string));
  for (const { area, style } of grid.styles) {
    if (!style.numberFormat) continue;
    for (let r = area.row; r < area.row + area.rows && r <= grid.cells.length; r++) {
      for (let c = area.column; c < area.column + area.columns && c <= columns; c++) formats[r - 1]![c - 1] = style.numberFormat;
    }
  }
  const blocks: RowBlock[] = [];
  let current: RowBlock | null = null;
  grid.cells.forEach((row, i) => {
    const formulas = row.map((cell, c) => input(cell, formats[i]![c]!));
    const size = JSON.stringify(formulas).length + JSON.stringify(formats[i]).length;
    if (!current || current.size + size > maxSize) blocks.push((current = { top: i + 1, formulas: [], formats: [], size: 0 }));
    current.formulas.push(formulas);
    current.formats.push(formats[i]!);
    current.size += size;
  });
  return blocks;
}

/** Queues one block's number formats, then its cells (no sync). */
export function queueRowBlock(sheet: Excel.Worksheet, block: RowBlock): void {
  const range = sheet.getRange(blockAddress(block.top, 1, block.top + block.formulas.length - 1, block.formulas[0]!.length));
  range.numberFormat = block.formats;
  range.formulas = block.formulas;
}

/**
 * Queues everything of a sheet of the shared grid model but its cells and names (no sync), after
 * the cells: merges, styles, widths and heights, data validation, frozen panes, the filter and
 * landscape printing where the host has them (ExcelApi 1.9).
 */
export function queueGridFrame(sheet: Excel.Worksheet, grid: GridSheet): void {
  const rows = grid.cells.length;
  const everything = sheet.getRange();
  everything.format.font.name = STYLE.font;
  everything.format.font.size = STYLE.fontSize;
  grid.columnWidths.forEach((width, i) => (sheet.getRange(columnsAddress(i + 1)).format.columnWidth = charactersToPoints(width)));
  for (const merge of grid.merges) sheet.getRange(areaAddress(merge)).merge(false);
  for (const { area, style } of grid.styles) queueStyle(sheet.getRange(areaAddress(area)), style);
  const growing = grid.growingRows ?? [];
  for (const [row, height] of Object.entries(grid.rowHeights)) {
    if (!growing.includes(Number(row))) sheet.getRange(rowsAddress(Number(row))).format.rowHeight = height;
  }
  // Excel fits them now and keeps fitting them as the clerk types.
  if (growing.length > 0) sheet.getRange(rowsAddress(Math.min(...growing), Math.max(...growing))).format.autofitRows();
  for (const { area, rule } of grid.validations ?? []) {
    const validation = sheet.getRange(areaAddress(area)).dataValidation;
    validation.rule = ruleOf(rule);
    validation.errorAlert = { showAlert: true, style: "Stop", title: rule.alert.title, message: rule.alert.message };
  }

  const { rows: frozenRows, columns: frozenColumns } = grid.freeze;
  if (frozenRows > 0 && frozenColumns > 0) sheet.freezePanes.freezeAt(sheet.getRange(blockAddress(1, 1, frozenRows, frozenColumns)));
  else if (frozenRows > 0) sheet.freezePanes.freezeRows(frozenRows);
  else if (frozenColumns > 0) sheet.freezePanes.freezeColumns(frozenColumns);

  if (supportsExcelApi("1.9")) {
    sheet.pageLayout.orientation = grid.orientation === "landscape" ? "Landscape" : "Portrait";
    if (grid.autoFilter && rows > grid.autoFilter.row) {
      const f = grid.autoFilter;
      sheet.autoFilter.apply(sheet.getRange(blockAddress(f.row, f.column, rows, f.column + f.columns - 1)));
    }
  }
}

/** Queues the grid's workbook names of cells (a form's `BC_<formId>.<cellKey>`), no sync. */
export function queueGridNames(workbook: Excel.Workbook, sheet: Excel.Worksheet, grid: GridSheet): void {
  for (const { name, row, column } of grid.names ?? []) workbook.names.add(name, sheet.getRange(blockAddress(row, column, row, column)));
}

/** How a protected sheet of the grid model is protected: no password, formats free (issues are marked by colour). */
export const SHEET_PROTECTION: Excel.WorksheetProtectionOptions = { allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true };

/** Queues a whole sheet of the grid model on a new, empty worksheet in one request (no sync): a form sheet. */
export function queueGridSheet(workbook: Excel.Workbook, sheet: Excel.Worksheet, grid: GridSheet): void {
  for (const block of rowBlocks(grid, Number.POSITIVE_INFINITY)) queueRowBlock(sheet, block);
  queueGridFrame(sheet, grid);
  queueGridNames(workbook, sheet, grid);
  if (grid.protected) sheet.protection.protect(SHEET_PROTECTION); // last: what came before wrote locked cells
}
