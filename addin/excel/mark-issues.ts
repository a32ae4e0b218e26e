import type { FormDefinition, Severity } from "../../shared/forms/types.ts";
import type { Issue } from "../../shared/validation/issue.ts";
import { localAddress, sheetOfAddress } from "../../shared/layout/a1.ts";
import { columnOfKey, normalFill } from "../../shared/layout/cell-roles.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import type { FormRead } from "./types.ts";

/** Issues per form id. */
export type IssuesByForm = Record<string, readonly Issue[]>;

/** The cells of each form as `readForms` found them (cell key to address). */
export type CellsByForm = Record<string, Pick<FormRead, "cells">>;

/** The worst severity naming each cell: an error outweighs a warning. */
export function severities(issues: readonly Issue[]): Map<string, Severity> {
  const worst = new Map<string, Severity>();
  for (const issue of issues) {
    for (const key of issue.columns) {
      if (worst.get(key) !== "error") worst.set(key, issue.severity);
    }
  }
  return worst;
}

const FILL: Record<Severity, string> = { error: STYLE.errorFill, warning: STYLE.warningFill };

/**
 * Queues the fills of every data cell of the forms (no sync): red for a cell an error names, amber
 * for one a warning names, the normal fill for every other, so a fixed cell loses its highlight.
 * Returns how many cells were queued.
 */
export function queueMarks(workbook: Excel.Workbook, forms: readonly FormDefinition[], issues: IssuesByForm, found: CellsByForm): number {
  const sheets = new Map<string, Excel.Worksheet>();
  const sheet = (name: string) => {
    let item = sheets.get(name);
    if (!item) sheets.set(name, (item = workbook.worksheets.getItem(name)));
    return item;
  };
  let queued = 0;
  for (const form of forms) {
    const cells = found[form.id]?.cells ?? {};
    const worst = severities(issues[form.id] ?? []);
    for (const [key, address] of Object.entries(cells)) {
      const column = columnOfKey(form, key);
      const sheetName = sheetOfAddress(address);
      if (!column || sheetName === null) continue;
      const severity = worst.get(key);
      sheet(sheetName).getRange(localAddress(address)).format.fill.color = severity ? FILL[severity] : normalFill(column);
      queued++;
    }
  }
  return queued;
}

/**
 * Highlights the cells the issues name and restores the normal fill of every other data cell of
 * the forms, in one sync. `found` is what `readForms` returned (the cells' addresses).
 */
export async function markIssues(forms: readonly FormDefinition[], issues: IssuesByForm, found: CellsByForm): Promise<void> {
  await Excel.run(async (context) => {
    if (queueMarks(context.workbook, forms, issues, found) > 0) await context.sync();
  });
}
