import type { FormDefinition } from "../../shared/forms/types.ts";
import { belongsTo } from "../../shared/layout/names.ts";
import { queueFormSheet } from "./queue-form-sheet.ts";
import type { SheetFacts, WriteOptions, WriteResult } from "./types.ts";

/** A sheet name no one uses, for a sheet about to be replaced (Excel keeps at least one sheet). */
const asideName = (i: number) => `~baocao ${Date.now().toString(36)} ${i}`;

/**
 * Writes one sheet per form in the official layout, in two syncs for all forms together. The
 * first finds which form sheets exist; when any does and `overwrite` is false, nothing is written
 * and their form ids come back in `existing` (the pane asks the clerk, then calls again with
 * `overwrite: true`). Otherwise each existing sheet is replaced in place, the forms' old names are
 * deleted, and every sheet is queued and written in the second sync. The first sheet is activated.
 */
export async function writeForms(forms: readonly FormDefinition[], facts: SheetFacts, options: WriteOptions): Promise<WriteResult> {
  return Excel.run(async (context) => {
    const workbook = context.workbook;
    const found = forms.map((form) => {
      const sheet = workbook.worksheets.getItemOrNullObject(form.layout.sheetName);
      sheet.load("name,position");
      return { form, sheet };
    });
    workbook.names.load("items/name");
    await context.sync();

    const existing = found.filter(({ sheet }) => !sheet.isNullObject).map(({ form }) => form.id);
    if (existing.length > 0 && !options.overwrite) return { written: [], existing };

    for (const item of workbook.names.items) {
      if (forms.some((form) => belongsTo(item.name, form.id))) item.delete();
    }
    const written = found.map(({ form, sheet: old }, i) => {
      const replacing = !old.isNullObject;
      if (replacing) old.name = asideName(i);
      const sheet = workbook.worksheets.add(form.layout.sheetName);
      if (replacing) {
        sheet.position = old.position;
        old.delete();
      }
      queueFormSheet(workbook, sheet, form, facts, options.values?.[form.id] ?? {});
      return sheet;
    });
    written[0]?.activate();
    await context.sync();
    return { written: forms.map((form) => form.id), existing };
  });
}
