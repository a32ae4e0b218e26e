import { checkForms, fillValues, insertSheets, selectCell, writeForms } from "./excel/index.ts";
import type { WorkbookPort } from "./ui/workbook-port.ts";

/** The pane's workbook port on the real Excel (addin/excel is the only code that calls Excel.run). */
export const excelWorkbook: WorkbookPort = {
  writeForms: (forms, facts, options) => writeForms(forms, facts, options),
  checkForms: (forms, validate) => checkForms(forms, validate),
  selectCell: async (form, cellKey) => {
    await selectCell(form, cellKey);
  },
  fillValues: (form, values, expected) => fillValues(form, values, expected),
  insertSheets: (sheets, options) => insertSheets(sheets, options),
};
