import type { GridSheet } from "../../shared/layout/grid.ts";
import { queueGridFrame, queueRowBlock, rowBlocks } from "./queue-grid-sheet.ts";

/**
 * The most characters of cells one sync sends. Excel on the web refuses a request over 5 MB; a
 * character of Vietnamese text may take 3 bytes in UTF-8, and formats and styles ride along.
 */
export const MAX_REQUEST_CHARS = 1_000_000;

/** What `insertSheets` did: the sheets written, or the names already taken (nothing written). */
export interface InsertResult {
  inserted: string[];
  existing: string[];
}

/**
 * Empties a sheet to be written again (queued, no sync): its protection (a unit's form sheet of the
 * same name is protected without a password), contents, formats, merges, frozen panes, row heights.
 * The sheet itself stays, so formulas elsewhere that point into it keep working.
 */
function queueEmptied(sheet: Excel.Worksheet): void {
  sheet.protection.unprotect();
  const everything = sheet.getRange();
  everything.unmerge();
  everything.clear("All");
  everything.format.useStandardHeight = true;
  sheet.freezePanes.unfreeze();
}

/**
 * Inserts sheets of the shared grid model (the consolidated report) into the open workbook: two
 * syncs, and one more for each further `MAX_REQUEST_CHARS` of cells (a city of thousands of units on
 * Excel on the web). The first finds which names are taken; when any is and
 * `overwrite` is false, nothing is written and the names come back in `existing` (the pane asks,
 * then calls again). Otherwise a sheet of the same name is emptied and written again where it is
 * (references to it from other sheets keep working), the new ones are added after the others, and
 * the first is activated.
 */
export async function insertSheets(grids: readonly GridSheet[], options: { overwrite: boolean }): Promise<InsertResult> {
  return Excel.run(async (context) => {
    const worksheets = context.workbook.worksheets;
    const found = grids.map((grid) => {
      const sheet = worksheets.getItemOrNullObject(grid.name);
      sheet.load("name");
      return { grid, sheet };
    });
    await context.sync();

    const existing = found.filter(({ sheet }) => !sheet.isNullObject).map(({ sheet }) => sheet.name);
    if (existing.length > 0 && !options.overwrite) return { inserted: [], existing };

    let pending = 0;
    let first: Excel.Worksheet | null = null;
    for (const { grid, sheet: old } of found) {
      const sheet = old.isNullObject ? worksheets.add(grid.name) : old;
      first ??= sheet;
      if (!old.isNullObject) queueEmptied(sheet);
      for (const block of rowBlocks(grid, MAX_REQUEST_CHARS)) {
        if (pending > 0 && pending + block.size > MAX_REQUEST_CHARS) {
          // Deliberately inside the loop, and only past the budget: one request under Excel on the web's limit.
          // eslint-disable-next-line office-addins/no-context-sync-in-loop -- a sync per MAX_REQUEST_CHARS, not per item
          await context.sync();
          pending = 0;
        }
        queueRowBlock(sheet, block);
        pending += block.size;
      }
      queueGridFrame(sheet, grid); // merges and styles after the cells they cover
    }
    first?.activate();
    await context.sync();
    return { inserted: grids.map((g) => g.name), existing };
  });
}
