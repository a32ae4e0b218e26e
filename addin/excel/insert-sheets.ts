import type { GridSheet } from "../../shared/layout/grid.ts";
import { queueGridSheet } from "./queue-grid-sheet.ts";

/** What `insertSheets` did: the sheets written, or the names already taken (nothing written). */
export interface InsertResult {
  inserted: string[];
  existing: string[];
}

const asideName = (i: number) => `~baocao ${Date.now().toString(36)} ${i}`;

/**
 * Inserts sheets of the shared grid model (the consolidated report) into the open workbook, in two
 * syncs whatever their number and size. The first finds which names are taken; when any is and
 * `overwrite` is false, nothing is written and the names come back in `existing` (the pane asks,
 * then calls again). Otherwise a sheet of the same name is replaced in place, the new ones are
 * added after the others, and the first is activated.
 */
export async function insertSheets(grids: readonly GridSheet[], options: { overwrite: boolean }): Promise<InsertResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const found = grids.map((grid) => {
      const sheet = worksheets.getItemOrNullObject(grid.name);
      sheet.load("name,position");
      return { grid, sheet };
    });
    await context.sync();

    const existing = found.filter(({ sheet }) => !sheet.isNullObject).map(({ sheet }) => sheet.name);
    if (existing.length > 0 && !options.overwrite) return { inserted: [], existing };

    const written = found.map(({ grid, sheet: old }, i) => {
      const replacing = !old.isNullObject;
      if (replacing) old.name = asideName(i);
      const sheet = worksheets.add(grid.name);
      if (replacing) {
        sheet.position = old.position;
        old.delete();
      }
      queueGridSheet(sheet, grid);
      return sheet;
    });
    written[0]?.activate();
    await context.sync();
    return { inserted: grids.map((g) => g.name), existing };
  });
}
