import { cellKey, cellsOf } from "../../shared/forms/cells.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { localAddress, sheetOfAddress } from "../../shared/layout/a1.ts";
import { fromCell } from "../../shared/layout/cell-content.ts";
import { derivedFormula, sameFormula } from "../../shared/layout/formulas.ts";
import { namedRange } from "./named-range.ts";
import { cellName, factName } from "../../shared/layout/names.ts";
import type { FormRead, ReadResult } from "./types.ts";

const firstOf = (grid: unknown[][]): unknown => grid[0]?.[0];

const factText = (range: Excel.Range): string | undefined => {
  if (range.isNullObject) return undefined;
  const value = firstOf(range.values);
  return value === "" || value === null || value === undefined ? undefined : String(value);
};

/**
 * Queues the reading of a form's named cells (no sync) and returns what turns them into the form's
 * values once the caller has synced. A derived cell is left out while its formula is the one the
 * sheet was written with (the worker recomputes it) or when it is empty; any other content, a
 * constant typed over the total or another formula's result, is read so the rules can compare it
 * with its parts.
 */
export function queueReadForm(workbook: Excel.Workbook, form: FormDefinition): () => FormRead {
  const cells = cellsOf(form).map((cell) => ({ cell, range: namedRange(workbook, cellName(form.id, cell.key), "address,values,formulas") }));
  const period = namedRange(workbook, factName(form.id, "period"), "values");
  const unit = namedRange(workbook, factName(form.id, "unit"), "values");

  return () => {
    const found = cells.filter(({ range }) => !range.isNullObject);
    const addresses: Record<string, string> = {};
    for (const { cell, range } of found) addresses[cell.key] = range.address;
    const local = (key: string) => (addresses[key] === undefined ? undefined : localAddress(addresses[key]));

    const values: Record<string, unknown> = {};
    for (const { cell, range } of found) {
      const { key, column, row } = cell;
      const raw = firstOf(range.values);
      if (column.kind === "derived") {
        const formula = firstOf(range.formulas);
        if (typeof formula === "string" && formula.startsWith("=")) {
          const expected = derivedFormula(column, (id) => local(cellKey(row.id, id)));
          if (expected === null || sameFormula(formula, expected)) continue;
        } else if (raw === "" || raw === null) {
          continue;
        }
      }
      values[key] = fromCell(column, raw);
    }

    const first = found[0];
    const sheetName = first ? sheetOfAddress(first.range.address) ?? undefined : undefined;
    const periodId = factText(period);
    const unitCode = factText(unit);
    return {
      present: found.length > 0,
      ...(sheetName === undefined ? {} : { sheetName }),
      values,
      cells: addresses,
      ...(periodId === undefined ? {} : { periodId }),
      ...(unitCode === undefined ? {} : { unitCode }),
    };
  };
}

/** Queues the reading of several forms (no sync); the returned function collects them after a sync. */
export function queueReadForms(workbook: Excel.Workbook, forms: readonly FormDefinition[]): () => ReadResult {
  const pending = forms.map((form) => ({ form, collect: queueReadForm(workbook, form) }));
  return () => Object.fromEntries(pending.map(({ form, collect }) => [form.id, collect()]));
}

/**
 * Reads every form's cells through their names in one sync: values as Excel holds them (a number
 * stays a number, text stays text, an empty cell is null), the cells' addresses, and the period
 * and unit the sheet was written for.
 */
export async function readForms(forms: readonly FormDefinition[]): Promise<ReadResult> {
  return Excel.run(async (context) => {
    const collect = queueReadForms(context.workbook, forms);
    await context.sync();
    return collect();
  });
}
