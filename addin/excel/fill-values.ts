import type { FormDefinition } from "../../shared/forms/types.ts";
import { cellKey } from "../../shared/forms/cells.ts";
import { localAddress } from "../../shared/layout/a1.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { toCell } from "../../shared/layout/cell-content.ts";
import { isInput } from "../../shared/layout/cell-roles.ts";
import { derivedFormula, rateFormula } from "../../shared/layout/formulas.ts";
import { cellName, factName } from "../../shared/layout/names.ts";
import { namedRange } from "./named-range.ts";
import { sheetLayout } from "../../shared/layout/sheet-layout.ts";

/** A form sheet written for another period or unit than the one being filled. */
export class ForeignSheetError extends Error {
  override name = "ForeignSheetError";
  constructor(readonly sheet: string, readonly periodId: string, readonly unitCode: string) {
    super(`Trang «${sheet}» được lập cho kỳ ${periodId}, đơn vị ${unitCode}: không điền số liệu của kỳ khác vào đó. Hãy ghi lại biểu mẫu cho kỳ đang chọn.`);
  }
}

/**
 * Writes values into an existing form sheet's input cells, found by their names (a prefill, or
 * the latest submitted version loaded back for an amendment), in two syncs: the first finds the
 * cells, the second writes. Keys not given are left as they are. On a sheet whose protection was
 * lifted, totals and rates get their formulas back, so a sheet whose totals were typed over adds up again. Resolves to false, writing
 * nothing, when the workbook has none of the form's cells. With `expected`, a sheet written for
 * another period or unit is refused (ForeignSheetError) rather than filled.
 */
export async function fillValues(
  form: FormDefinition,
  values: Readonly<Record<string, unknown>>,
  expected?: { periodId: string; unitCode: string },
): Promise<boolean> {
  return Excel.run(async (context) => {
    const cells = sheetLayout(form).cells.map((cell) => ({ cell, range: namedRange(context.workbook, cellName(form.id, cell.key), "address") }));
    const period = namedRange(context.workbook, factName(form.id, "period"), "values");
    const unit = namedRange(context.workbook, factName(form.id, "unit"), "values");
    const protection = period.worksheet.protection;
    protection.load("protected");
    await context.sync();

    const found = cells.filter(({ range }) => !range.isNullObject);
    if (found.length === 0) return false;
    if (expected) {
      const fact = (range: Excel.Range) => (range.isNullObject ? undefined : String(range.values[0]?.[0] ?? ""));
      const sheetPeriod = fact(period);
      const sheetUnit = fact(unit);
      if ((sheetPeriod !== undefined && sheetPeriod !== expected.periodId) || (sheetUnit !== undefined && sheetUnit !== expected.unitCode)) {
        throw new ForeignSheetError(form.layout.sheetName, sheetPeriod ?? "?", sheetUnit ?? "?");
      }
    }
    const addresses = new Map(found.map(({ cell, range }) => [cell.key, localAddress(range.address)]));
    const rowOf = (rowId: string | null) => (columnId: string) => addresses.get(cellKey(rowId, columnId));

    // On a protected sheet (as written) totals and rates cannot have been typed over, and their cells are locked.
    const restoreFormulas = period.isNullObject || !protection.protected;
    for (const { cell, range } of found) {
      if (cell.kind === "rate") {
        const formula = restoreFormulas ? rateFormula(cell.rate, rowOf(cell.rowId)) : null;
        if (formula) range.formulas = [[formula]];
      } else if (cell.column.kind === "derived") {
        const formula = restoreFormulas ? derivedFormula(cell.column, rowOf(cell.rowId)) : null;
        if (formula) range.formulas = [[formula]];
      } else if (isInput(cell.column) && Object.prototype.hasOwnProperty.call(values, cell.key)) {
        // A text cell pasted over from Word may have lost its text format: "- ý kiến" or "=…" must stay text.
        if (cell.column.kind === "text") range.numberFormat = [[STYLE.textFormat]];
        range.values = [[toCell(cell.column, values[cell.key])]];
      }
    }
    await context.sync();
    return true;
  });
}
