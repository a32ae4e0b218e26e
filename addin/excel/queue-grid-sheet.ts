import { blockAddress, columnsAddress, rowsAddress } from "../../shared/layout/a1.ts";
import { literal, type ExcelValue } from "../../shared/layout/cell-content.ts";
import { isGridFormula, type CellStyle, type GridArea, type GridCell, type GridSheet } from "../../shared/layout/grid.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { supportsExcelApi } from "./api-support.ts";
import { ruleBorders } from "./range-format.ts";

const HORIZONTAL = { left: "Left", center: "Center", right: "Right" } as const;
const VERTICAL = { top: "Top", middle: "Center" } as const;

/** Excel's column width in characters, as points: (7 px a character + 5 px padding) at 0.75 pt a pixel. */
export const charactersToPoints = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

const areaAddress = (a: GridArea) => blockAddress(a.row, a.column, a.row + a.rows - 1, a.column + a.columns - 1);

/** What the cell takes through `Range.formulas`: text kept as text (never a formula), formulas with their "=". */
function input(cell: GridCell): ExcelValue {
  if (isGridFormula(cell)) return `=${cell.formula}`;
  if (cell === null || cell === "") return "";
  return typeof cell === "string" ? literal(cell) : cell;
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
    const formulas = row.map(input);
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
 * Queues everything of a sheet of the shared grid model but its cells (no sync), after them:
 * merges, styles, widths and heights, frozen panes, the filter and landscape printing where the
 * host has them (ExcelApi 1.9).
 */
export function queueGridFrame(sheet: Excel.Worksheet, grid: GridSheet): void {
  const rows = grid.cells.length;
  const everything = sheet.getRange();
  everything.format.font.name = STYLE.font;
  everything.format.font.size = STYLE.fontSize;
  grid.columnWidths.forEach((width, i) => (sheet.getRange(columnsAddress(i + 1)).format.columnWidth = charactersToPoints(width)));
  for (const merge of grid.merges) sheet.getRange(areaAddress(merge)).merge(false);
  for (const { area, style } of grid.styles) queueStyle(sheet.getRange(areaAddress(area)), style);
  for (const [row, height] of Object.entries(grid.rowHeights)) sheet.getRange(rowsAddress(Number(row))).format.rowHeight = height;

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
