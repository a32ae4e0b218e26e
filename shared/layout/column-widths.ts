import { findColumn } from "../forms/cells.ts";
import type { SheetLayout } from "./sheet-layout.ts";
import { leadValue } from "./lead-cells.ts";
import { WIDTH } from "./styles.ts";

/** The width in points of each table column, left to right. */
export function columnWidths(layout: SheetLayout): number[] {
  return layout.header.columns.map((column) => {
    switch (column.kind) {
      case "lead":
        return column.index === 0 ? WIDTH.number : column.index === 1 ? WIDTH.name : WIDTH.hint;
      case "rate":
        return WIDTH.rate;
      case "data":
        if (findColumn(layout.form, column.id)?.kind !== "text") return WIDTH.data;
        // A form of one text column is written in prose: its cell takes the room.
        return layout.form.layout.order.length === 1 ? WIDTH.prose : WIDTH.text;
      default: {
        const never: never = column;
        throw new Error(`unknown sheet column ${JSON.stringify(never)}`);
      }
    }
  });
}

const POINTS_PER_CHARACTER = 6.2; // bold 11 pt Times New Roman, with margins
const LINE_HEIGHT = 15;
/** Excel's highest row. */
const MAX_ROW_HEIGHT = 409;

function linesOf(text: string, width: number, perCharacter: number): number {
  const perLine = Math.max(1, Math.floor(width / perCharacter));
  return text.split("\n").reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / perLine)), 0);
}

/**
 * Heights in points of the data rows whose lead cells hold long text (an outline's labels and
 * guidance), so that the guidance shows whole beside the cell the unit writes in; other rows keep
 * Excel's own height (absent from the map).
 */
export function dataRowHeights(layout: SheetLayout, widths: readonly number[]): Map<number, number> {
  const heights = new Map<number, number>();
  for (const dataRow of layout.dataRows) {
    if (!dataRow.formRow.fixed) continue;
    let lines = 1;
    layout.header.columns.forEach((column, i) => {
      if (column.kind === "lead" && column.index > 0) lines = Math.max(lines, linesOf(String(leadValue(column.index, dataRow, "")), widths[i]!, 5.6));
    });
    if (lines > 1) heights.set(dataRow.row, Math.min(MAX_ROW_HEIGHT, lines * LINE_HEIGHT + 6));
  }
  return heights;
}

/**
 * Heights in points of the header block's label rows, tall enough for each wrapped label: Excel
 * does not fit rows to merged cells by itself.
 */
export function headerRowHeights(layout: SheetLayout, widths: readonly number[]): number[] {
  const heights = Array.from({ length: layout.header.depth }, () => 2 * LINE_HEIGHT);
  for (const cell of layout.header.cells) {
    const width = widths.slice(cell.column, cell.column + cell.columnSpan).reduce((a, b) => a + b, 0);
    const perLine = Math.max(1, Math.floor(width / POINTS_PER_CHARACTER));
    const lines = Math.ceil(cell.label.vi.length / perLine);
    const share = (lines * LINE_HEIGHT + 6) / cell.rowSpan;
    for (let r = cell.row; r < cell.row + cell.rowSpan; r++) heights[r] = Math.max(heights[r]!, share);
  }
  return heights.map((h) => Math.ceil(h));
}
