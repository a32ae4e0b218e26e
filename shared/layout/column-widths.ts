import { findColumn } from "../forms/cells.ts";
import type { SheetLayout } from "./sheet-layout.ts";
import { WIDTH } from "./styles.ts";

/** The width in points of each table column, left to right. */
export function columnWidths(layout: SheetLayout): number[] {
  return layout.header.columns.map((column) => {
    switch (column.kind) {
      case "lead":
        return column.index === 0 ? WIDTH.number : WIDTH.name;
      case "rate":
        return WIDTH.rate;
      case "data":
        return findColumn(layout.form, column.id)?.kind === "text" ? WIDTH.text : WIDTH.data;
      default: {
        const never: never = column;
        throw new Error(`unknown sheet column ${JSON.stringify(never)}`);
      }
    }
  });
}

const POINTS_PER_CHARACTER = 6.2; // bold 11 pt Times New Roman, with margins
const LINE_HEIGHT = 15;

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
