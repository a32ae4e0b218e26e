import type { FormDefinition } from "../forms/types.ts";
import { columnWidths, dataRowHeights } from "./column-widths.ts";
import { dataRows, headerBlock } from "./form-sheet-table.ts";
import { GridBuilder, pointsToCharacters, type GridSheet } from "./grid.ts";
import { cellName, factName } from "./names.ts";
import type { SheetFacts } from "./sheet-facts.ts";
import { sheetLayout, type SheetLayout } from "./sheet-layout.ts";
import { codeLine, FACT_LABELS, periodLine, SIGNATURE, titleText, unitLine } from "./sheet-text.ts";
import { STYLE } from "./styles.ts";

/** The lines above the table: title, unit, period and window, form code and basis, with the facts at the right. */
function topLines(grid: GridBuilder, layout: SheetLayout, facts: SheetFacts): void {
  const { form, lines, topWidth } = layout;
  grid.set(lines.title, 1, titleText(form)).merge(lines.title, 1, 1, topWidth).height(lines.title, 36)
    .style(lines.title, 1, 1, topWidth, { bold: true, size: 13, horizontal: "center", vertical: "middle", wrap: true });
  const line = (row: number, text: string, emphasis: "bold" | "italic", label: string, value: string) => {
    grid.set(row, 1, text).merge(row, 1, 1, topWidth - 2)
      .style(row, 1, 1, topWidth - 2, { horizontal: "left", [emphasis]: true })
      .set(row, topWidth - 1, label).style(row, topWidth - 1, 1, 1, { horizontal: "right", italic: true })
      // "2026" or "001" stays text.
      .set(row, topWidth, value).style(row, topWidth, 1, 1, { numberFormat: STYLE.textFormat, bold: true, horizontal: "left" });
  };
  line(lines.unit, unitLine(facts), "bold", FACT_LABELS.unit, facts.unitCode);
  line(lines.period, periodLine(facts), "italic", FACT_LABELS.period, facts.periodId);
  grid.set(lines.code, 1, codeLine(form)).merge(lines.code, 1, 1, topWidth)
    .style(lines.code, 1, 1, topWidth, { horizontal: "right", italic: true, size: 10 });
}

/** The place and date on the right, then the preparer on the left and the head of the unit on the right, each with what to sign. */
function signature(grid: GridBuilder, layout: SheetLayout): void {
  const width = layout.topWidth;
  const half = Math.ceil(width / 2);
  const row = layout.signatureRow;
  const put = (line: number, left: number, right: number, text: string, emphasis: "bold" | "italic") => {
    grid.set(line, left, text).merge(line, left, 1, right - left + 1)
      .style(line, left, 1, right - left + 1, { horizontal: "center", [emphasis]: true });
  };
  put(row, half + 1, width, SIGNATURE.date, "italic");
  put(row + 1, 1, half, SIGNATURE.preparer, "bold");
  put(row + 1, half + 1, width, SIGNATURE.head, "bold");
  put(row + 2, 1, half, SIGNATURE.preparerNote, "italic");
  put(row + 2, half + 1, width, SIGNATURE.headNote, "italic");
}

/**
 * A unit's form sheet as data, the one model the add-in writes into the open workbook and the
 * worker into the .xlsx to fill without it: the official layout (sheet-layout.ts), the header facts
 * filled, input cells shaded, unlocked and validated and filled from `values`, totals and rates as
 * formulas, a workbook name for every data, rate and fact cell (`BC_<formId>.<cellKey>`, `._unit`,
 * `._period`) so that reading it back never depends on addresses, panes frozen below the header and
 * beside the lead columns, printed landscape, the sheet protected so that only the input cells take
 * typing.
 */
export function formSheet(form: FormDefinition, facts: SheetFacts, values: Readonly<Record<string, unknown>> = {}): GridSheet {
  const layout = sheetLayout(form);
  const widths = columnWidths(layout);
  const grid = new GridBuilder(form.layout.sheetName, "landscape");
  widths.forEach((points, i) => grid.width(i + 1, pointsToCharacters(points)));
  topLines(grid, layout, facts);
  headerBlock(grid, layout, widths);
  dataRows(grid, layout, facts.unitName, values);
  // Rows of long text (an outline's guidance, what the unit writes) fit their content as it grows.
  for (const [row, height] of dataRowHeights(layout, widths)) grid.growing(row, height);
  signature(grid, layout);

  for (const cell of layout.cells) grid.name(cellName(form.id, cell.key), cell.row, cell.col);
  for (const fact of ["unit", "period"] as const) grid.name(factName(form.id, fact), layout.lines[fact], layout.topWidth);
  return grid.freeze(layout.numberRow, form.layout.leadColumns.length).protect().build();
}
