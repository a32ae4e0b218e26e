import { cellKey, findColumn } from "../forms/cells.ts";
import { isInput, numberFormatOf } from "./cell-roles.ts";
import { gridValueOf } from "./cell-content.ts";
import { validationOf } from "./cell-validation.ts";
import { headerRowHeights } from "./column-widths.ts";
import { derivedFormula, rateFormula } from "./formulas.ts";
import type { GridBuilder, GridCell } from "./grid.ts";
import { leadValue } from "./lead-cells.ts";
import { rowAddresses, type SheetLayout } from "./sheet-layout.ts";
import { STYLE } from "./styles.ts";

/**
 * The header block of the shared layout model (merged group bands over their columns, leaf labels
 * below, shaded, wrapped and bordered) and the numbered row under it.
 */
export function headerBlock(grid: GridBuilder, layout: SheetLayout, widths: readonly number[]): void {
  const { header, headerTop, numberRow, width } = layout;
  for (const cell of header.cells) {
    const top = headerTop + cell.row;
    const left = cell.column + 1;
    grid.set(top, left, cell.label.vi).merge(top, left, cell.rowSpan, cell.columnSpan);
  }
  grid.line(numberRow, 1, header.numbers);
  headerRowHeights(layout, widths).forEach((height, i) => grid.height(headerTop + i, height));
  const rows = numberRow - headerTop + 1;
  grid.style(headerTop, 1, rows, width, { horizontal: "center", vertical: "middle", wrap: true, fill: STYLE.headerFill, border: true });
  grid.style(headerTop, 1, rows - 1, width, { bold: true });
  // "(1)" would otherwise become -1.
  grid.style(numberRow, 1, 1, width, { numberFormat: STYLE.textFormat, italic: true, size: 9 });
}

/** A derived cell's formula, with its result when every part is a number. */
function derivedCell(formula: string | null, parts: readonly unknown[], signs: readonly number[]): GridCell {
  if (formula === null) return null;
  const result = parts.every((v) => typeof v === "number") ? parts.reduce<number>((sum, v, k) => sum + signs[k]! * (v as number), 0) : "";
  return { formula: formula.slice(1), result };
}

/**
 * The rows the unit fills, a column at a time (a column holds one kind of cell on every row): STT
 * and the unit's name or the row's label; input cells shaded, unlocked, validated and filled from
 * `values`; totals and rates as formulas of the cells on their row.
 */
export function dataRows(grid: GridBuilder, layout: SheetLayout, unitName: string, values: Readonly<Record<string, unknown>>): void {
  const { dataRows: rows, header, width, form } = layout;
  const first = rows[0];
  if (!first) return;
  const count = rows.length;
  // Rows of long text (an outline's sections) read from the top, like a page.
  const vertical = rows.some((r) => r.formRow.fixed?.hint) ? "top" : "middle";

  header.columns.forEach((sheetColumn, i) => {
    const col = i + 1;
    const put = (cell: (row: (typeof rows)[number]) => GridCell) => rows.forEach((r) => grid.set(r.row, col, cell(r)));
    switch (sheetColumn.kind) {
      case "lead":
        put((r) => leadValue(sheetColumn.index, r, unitName));
        grid.style(first.row, col, count, 1, sheetColumn.index === 0
          ? { horizontal: "center", vertical }
          : { numberFormat: STYLE.textFormat, wrap: true, vertical });
        return;
      case "rate": {
        const rate = form.rates.find((r) => r.id === sheetColumn.id)!;
        put((r) => {
          const formula = rateFormula(rate, rowAddresses(layout, r.row));
          return formula === null ? null : { formula: formula.slice(1), result: "" };
        });
        grid.style(first.row, col, count, 1, { numberFormat: STYLE.rateFormat, fill: STYLE.computedFill });
        return;
      }
      case "data": {
        const column = findColumn(form, sheetColumn.id)!;
        if (column.kind === "derived") {
          put((r) => derivedCell(
            derivedFormula(column, rowAddresses(layout, r.row)),
            column.terms.map((t) => values[cellKey(r.formRow.id, t.column)]),
            column.terms.map((t) => t.sign),
          ));
          grid.style(first.row, col, count, 1, { numberFormat: numberFormatOf(column), fill: STYLE.computedFill, bold: true });
          return;
        }
        put((r) => gridValueOf(column, values[cellKey(r.formRow.id, column.id)]));
        grid.style(first.row, col, count, 1, {
          numberFormat: numberFormatOf(column), fill: STYLE.inputFill, locked: !isInput(column),
          ...(column.kind === "text" ? { wrap: true, vertical: "top" as const } : {}),
        });
        const validation = validationOf(column);
        if (validation) grid.validate(first.row, col, count, 1, validation);
        return;
      }
      default: {
        const never: never = sheetColumn;
        throw new Error(`unknown sheet column ${JSON.stringify(never)}`);
      }
    }
  });
  grid.style(first.row, 1, count, width, { border: true });
}
