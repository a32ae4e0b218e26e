import type { Column } from "../../shared/forms/types.ts";
import { optionTexts } from "../../shared/layout/cell-content.ts";
import { COUNT_ALERT, DATE_ALERT, OPTION_ALERT } from "../../shared/layout/styles.ts";

/** An Excel data validation for a column's input cells, with the alert that explains a refusal. */
export interface CellValidation {
  rule: Excel.DataValidationRule;
  alert: Excel.DataValidationErrorAlert;
}

/**
 * What Excel itself refuses as the clerk types: counts are whole numbers ≥ 0, an option comes
 * from the list (its Vietnamese labels, or its values when a label has a comma), a date is a
 * date. Text and computed columns have none. Pasting can still get round Excel's validation,
 * which is why the shared rules check what is read back.
 */
export function validationOf(column: Column): CellValidation | null {
  switch (column.kind) {
    case "count":
      return { rule: { wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } }, alert: { ...COUNT_ALERT } };
    case "enum": {
      const source = optionTexts(column).join(",");
      return { rule: { list: { inCellDropDown: true, source } }, alert: { ...OPTION_ALERT } };
    }
    case "date":
      return { rule: { date: { formula1: "1900-03-01", operator: "GreaterThanOrEqualTo" } }, alert: { ...DATE_ALERT } };
    case "text":
    case "derived":
      return null;
    default: {
      const never: never = column;
      throw new Error(`unknown column kind ${JSON.stringify(never)}`);
    }
  }
}
