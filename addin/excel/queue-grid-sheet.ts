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

/**
 * Queues a sheet of the shared grid model on a new, empty worksheet (no sync): number formats and
 * then every cell in one write each, merges, styles, widths and heights, frozen panes, the filter
 * and landscape printing where the host has them (ExcelApi 1.9).
 */
export function queueGridSheet(sheet: Excel.Worksheet, grid: GridSheet): void {
  const rows = grid.cells.length;
  const columns = grid.columnWidths.length;
  const everything = sheet.getRange();
  everything.format.font.name = STYLE.font;
  everything.format.font.size = STYLE.fontSize;
  grid.columnWidths.forEach((width, i) => (sheet.getRange(columnsAddress(i + 1)).format.columnWidth = charactersToPoints(width)));

  if (rows > 0) {
    const block = sheet.getRange(blockAddress(1, 1, rows, columns));
    const formats = grid.cells.map((row) => row.map(() => STYLE.generalFormat as string));
    for (const { area, style } of grid.styles) {
      if (!style.numberFormat) continue;
      for (let r = area.row; r < area.row + area.rows && r <= rows; r++) {
        for (let c = area.column; c < area.column + area.columns && c <= columns; c++) formats[r - 1]![c - 1] = style.numberFormat;
      }
    }
    block.numberFormat = formats;
    block.formulas = grid.cells.map((row) => row.map(input));
  }
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
