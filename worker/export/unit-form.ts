import ExcelJS from "../xlsx/exceljs.ts";
import { formSheet } from "../../shared/layout/form-sheet.ts";
import type { SheetFacts } from "../../shared/layout/sheet-facts.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { addGridSheet } from "./grid-to-exceljs.ts";

/**
 * The workbook a unit fills outside Excel's add-in (LibreOffice, WPS, an old Excel): one sheet per
 * form, the same sheet the add-in writes (shared/layout/form-sheet.ts), as .xlsx bytes.
 */
export async function unitFormWorkbook(
  forms: readonly FormDefinition[],
  facts: SheetFacts,
  values: Readonly<Record<string, Readonly<Record<string, unknown>>>> = {},
): Promise<ArrayBuffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "baocao";
  workbook.calcProperties.fullCalcOnLoad = true;
  for (const form of forms) addGridSheet(workbook, formSheet(form, facts, values[form.id] ?? {}));
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}
