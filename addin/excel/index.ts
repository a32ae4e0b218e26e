/** The Excel layer of the task pane: the only code that calls `Excel.run`. */
export { checkForms } from "./check-forms.ts";
export { fillValues, ForeignSheetError } from "./fill-values.ts";
export { markIssues, type CellsByForm, type IssuesByForm } from "./mark-issues.ts";
export { cellName, factName, formPrefix, isValidName } from "../../shared/layout/names.ts";
export { readForms } from "./read-forms.ts";
export { selectCell } from "./select-cell.ts";
export { insertSheets, type InsertResult } from "./insert-sheets.ts";
export { writeForms } from "./write-forms.ts";
export type * from "./types.ts";

