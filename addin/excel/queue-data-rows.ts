import { cellKey, findColumn } from "../../shared/forms/cells.ts";
import { blockAddress } from "../../shared/layout/a1.ts";
import { toCell } from "../../shared/layout/cell-content.ts";
import { isInput, normalFill, numberFormatOf } from "./cell-roles.ts";
import { derivedFormula, rateFormula } from "../../shared/layout/formulas.ts";
import { grid, ruleBorders } from "./range-format.ts";
import { leadValue } from "../../shared/layout/lead-cells.ts";
import { rowAddresses, type SheetLayout } from "../../shared/layout/sheet-layout.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { validationOf } from "./validation-rules.ts";

/**
 * Queues the rows the unit fills, one column at a time (a column holds one kind of cell on every
 * row): STT and the unit's name or the row's label; input cells shaded, unlocked, validated and
 * filled from `values`; totals and rates as formulas of the cells on their row.
 */
export function queueDataRows(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  unitName: string,
  values: Readonly<Record<string, unknown>>,
): void {
  const { dataRows, header, width, form } = layout;
  const first = dataRows[0];
  const last = dataRows[dataRows.length - 1];
  if (!first || !last) return;
  const count = dataRows.length;
  const column = (col: number) => sheet.getRange(blockAddress(first.row, col, last.row, col));
  // Rows of long text (an outline's sections) read from the top, like a page.
  const prose = dataRows.some((r) => r.formRow.fixed?.hint);

  header.columns.forEach((sheetColumn, i) => {
    const range = column(i + 1);
    switch (sheetColumn.kind) {
      case "lead": {
        if (sheetColumn.index === 0) {
          range.format.horizontalAlignment = "Center";
        } else {
          range.numberFormat = grid(count, 1, STYLE.textFormat);
          range.format.wrapText = true;
        }
        range.values = dataRows.map((r) => [leadValue(sheetColumn.index, r, unitName)]);
        range.format.verticalAlignment = prose ? "Top" : "Center";
        return;
      }
      case "rate": {
        const rate = form.rates.find((r) => r.id === sheetColumn.id)!;
        range.numberFormat = grid(count, 1, STYLE.rateFormat);
        range.formulas = dataRows.map((r) => [rateFormula(rate, rowAddresses(layout, r.row)) ?? ""]);
        range.format.fill.color = STYLE.computedFill;
        return;
      }
      case "data": {
        const definition = findColumn(form, sheetColumn.id)!;
        range.numberFormat = grid(count, 1, numberFormatOf(definition));
        range.format.fill.color = normalFill(definition);
        if (definition.kind === "derived") {
          range.formulas = dataRows.map((r) => [derivedFormula(definition, rowAddresses(layout, r.row)) ?? ""]);
          range.format.font.bold = true;
          return;
        }
        if (isInput(definition)) range.format.protection.locked = false;
        const validation = validationOf(definition);
        if (validation) {
          range.dataValidation.rule = validation.rule;
          range.dataValidation.errorAlert = validation.alert;
        }
        if (definition.kind === "text") {
          range.format.wrapText = true;
          range.format.verticalAlignment = "Top";
        }
        range.values = dataRows.map((r) => [toCell(definition, values[cellKey(r.formRow.id, definition.id)])]);
        return;
      }
      default: {
        const never: never = sheetColumn;
        throw new Error(`unknown sheet column ${JSON.stringify(never)}`);
      }
    }
  });

  ruleBorders(sheet.getRange(blockAddress(first.row, 1, last.row, width)));
}
