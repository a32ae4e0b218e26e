import type { FormDefinition } from "../../shared/forms/types.ts";
import { cellName } from "../../shared/layout/names.ts";

/**
 * Activates the sheet holding a form's cell and selects the cell, found by its name (one sync).
 * Resolves to false when the workbook has no such cell.
 */
export async function selectCell(form: FormDefinition | string, cellKey: string): Promise<boolean> {
  const formId = typeof form === "string" ? form : form.id;
  return Excel.run(async (context) => {
    const range = context.workbook.names.getItemOrNullObject(cellName(formId, cellKey)).getRangeOrNullObject();
    range.load("address");
    range.worksheet.activate();
    range.select();
    await context.sync();
    return !range.isNullObject;
  });
}
