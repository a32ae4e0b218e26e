import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import type { GridSheet } from "../../shared/layout/grid.ts";
import type { Issue } from "../../shared/validation/issue.ts";
import type { SheetFacts } from "../excel/types.ts";

export type { SheetFacts };

/** One form as checked in the workbook. */
export interface CheckedForm {
  present: boolean;
  values: Record<string, unknown>;
  errors: Issue[];
  warnings: Issue[];
  /** The period and unit the sheet was written for. */
  periodId?: string;
  unitCode?: string;
}

/** What the pane asks of Excel: implemented by addin/excel, the only code that calls Excel.run. */
export interface WorkbookPort {
  writeForms(
    forms: FormDefinition[],
    facts: SheetFacts,
    options: { overwrite: boolean; values?: Record<string, FormValues> },
  ): Promise<{ written: string[]; existing: string[] }>;
  checkForms(
    forms: FormDefinition[],
    validate: (form: FormDefinition, values: Record<string, unknown>) => { errors: Issue[]; warnings: Issue[] },
  ): Promise<Record<string, CheckedForm>>;
  selectCell(form: FormDefinition, cellKey: string): Promise<void>;
  /** False when the form's sheet is absent; throws when the sheet belongs to another period or unit. */
  fillValues(form: FormDefinition, values: FormValues, expected: { periodId: string; unitCode: string }): Promise<boolean>;
  /** Inserts sheets (the consolidated report); names already taken come back in `existing` unless `overwrite`. */
  insertSheets(sheets: readonly GridSheet[], options: { overwrite: boolean }): Promise<{ inserted: string[]; existing: string[] }>;
}
