import { blockAddress, rowsAddress } from "../../shared/layout/a1.ts";
import { headerRowHeights } from "../../shared/layout/column-widths.ts";
import { centreWrapped, grid, mergeBlock, ruleBorders } from "./range-format.ts";
import type { SheetLayout } from "../../shared/layout/sheet-layout.ts";
import { STYLE } from "../../shared/layout/styles.ts";

/**
 * Queues the header block of the shared layout model (merged group bands over their columns,
 * leaf labels below, shaded, wrapped and bordered) and the numbered row under it.
 */
export function queueSheetHeader(sheet: Excel.Worksheet, layout: SheetLayout, widths: readonly number[]): void {
  const { header, headerTop, numberRow, width } = layout;

  for (const cell of header.cells) {
    const top = headerTop + cell.row;
    const left = cell.column + 1;
    const block = sheet.getRange(blockAddress(top, left, top + cell.rowSpan - 1, left + cell.columnSpan - 1));
    mergeBlock(block, cell.rowSpan * cell.columnSpan);
    sheet.getRange(blockAddress(top, left, top, left)).values = [[cell.label.vi]];
  }

  const labels = sheet.getRange(blockAddress(headerTop, 1, numberRow - 1, width));
  labels.format.font.bold = true;
  headerRowHeights(layout, widths).forEach((height, i) => {
    sheet.getRange(rowsAddress(headerTop + i)).format.rowHeight = height;
  });

  const numbers = sheet.getRange(blockAddress(numberRow, 1, numberRow, width));
  numbers.numberFormat = grid(1, width, STYLE.textFormat); // "(1)" would otherwise become -1
  numbers.values = [header.numbers];
  numbers.format.font.italic = true;
  numbers.format.font.size = 9;

  const block = sheet.getRange(blockAddress(headerTop, 1, numberRow, width));
  centreWrapped(block);
  block.format.fill.color = STYLE.headerFill;
  ruleBorders(block);
}
