import type { Column } from "../forms/types.ts";
import { optionTexts } from "./cell-content.ts";
import type { GridValidation } from "./grid.ts";
import { COUNT_ALERT, DATE_ALERT, OPTION_ALERT } from "./styles.ts";

/**
 * What Excel itself refuses as the clerk types in a column's input cells: counts are whole numbers
 * ≥ 0, an option comes from the list (its Vietnamese labels, or its values when a label has a
 * comma), a date is a date. Text and computed columns have none. Pasting can still get round
 * Excel's validation, which is why the shared rules check what is read back.
 */
export function validationOf(column: Column): GridValidation | null {
  const alert = (of: { title: string; message: string }) => ({ title: of.title, message: of.message });
  switch (column.kind) {
    case "count":
      return { kind: "whole", min: 0, alert: alert(COUNT_ALERT) };
    case "enum":
      return { kind: "list", options: optionTexts(column), alert: alert(OPTION_ALERT) };
    case "date":
      return { kind: "date", min: "1900-03-01", alert: alert(DATE_ALERT) };
    case "text":
    case "derived":
      return null;
    default: {
      const never: never = column;
      throw new Error(`unknown column kind ${JSON.stringify(never)}`);
    }
  }
}
