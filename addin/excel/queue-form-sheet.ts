import type { FormDefinition } from "../../shared/forms/types.ts";
import { blockAddress, columnsAddress, rowsAddress } from "../../shared/layout/a1.ts";
import { supportsExcelApi } from "./api-support.ts";
import { columnWidths, dataRowHeights } from "../../shared/layout/column-widths.ts";
import { cellName, factName } from "../../shared/layout/names.ts";
import { queueDataRows } from "./queue-data-rows.ts";
import { queueSheetHeader } from "./queue-sheet-header.ts";
import { queueSheetTop } from "./queue-sheet-top.ts";
import { queueSignature } from "./queue-signature.ts";
import { sheetLayout } from "../../shared/layout/sheet-layout.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import type { SheetFacts } from "./types.ts";

/**
 * Queues a whole form sheet on a new, empty worksheet (no sync): the official layout, the values
 * given for its input cells, a workbook name for every data, rate and fact cell, column widths,
 * panes frozen below the header, landscape printing where the host supports it (ExcelApi 1.9).
 */
export function queueFormSheet(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  form: FormDefinition,
  facts: SheetFacts,
  values: Readonly<Record<string, unknown>>,
): void {
  const layout = sheetLayout(form);
  const widths = columnWidths(layout);

  const everything = sheet.getRange();
  everything.format.font.name = STYLE.font;
  everything.format.font.size = STYLE.fontSize;
  widths.forEach((width, i) => {
    sheet.getRange(columnsAddress(i + 1)).format.columnWidth = width;
  });

  queueSheetTop(sheet, layout, facts);
  queueSheetHeader(sheet, layout, widths);
  queueDataRows(sheet, layout, facts.unitName, values);
  // Rows of long text (an outline's guidance, what the unit writes) fit their content as it grows.
  const tall = [...dataRowHeights(layout, widths).keys()];
  if (tall.length > 0) sheet.getRange(rowsAddress(Math.min(...tall), Math.max(...tall))).format.autofitRows();
  queueSignature(sheet, layout);

  for (const cell of layout.cells) workbook.names.add(cellName(form.id, cell.key), sheet.getRange(cell.address));
  workbook.names.add(factName(form.id, "unit"), sheet.getRange(layout.facts.unit.value));
  workbook.names.add(factName(form.id, "period"), sheet.getRange(layout.facts.period.value));

  const lead = form.layout.leadColumns.length;
  if (lead > 0) sheet.freezePanes.freezeAt(sheet.getRange(blockAddress(1, 1, layout.numberRow, lead)));
  else sheet.freezePanes.freezeRows(layout.numberRow);
  if (supportsExcelApi("1.9")) sheet.pageLayout.orientation = "Landscape"; // optional: ExcelApi 1.8 hosts write the form too
}
