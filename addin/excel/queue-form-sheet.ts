import type { FormDefinition } from "../../shared/forms/types.ts";
import { formSheet } from "../../shared/layout/form-sheet.ts";
import { queueGridSheet } from "./queue-grid-sheet.ts";
import type { SheetFacts } from "./types.ts";

/**
 * Queues a whole form sheet on a new, empty worksheet (no sync): the sheet the worker's .xlsx has
 * too (shared/layout/form-sheet.ts), with the values given for its input cells.
 */
export function queueFormSheet(
  workbook: Excel.Workbook,
  sheet: Excel.Worksheet,
  form: FormDefinition,
  facts: SheetFacts,
  values: Readonly<Record<string, unknown>>,
): void {
  queueGridSheet(workbook, sheet, formSheet(form, facts, values));
}
