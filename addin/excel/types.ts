import type { FormDefinition } from "../../shared/forms/types.ts";
import type { Issue } from "../../shared/validation/issue.ts";

export type { SheetFacts } from "../../shared/layout/sheet-facts.ts";

/** Values to put into input cells, per form id then cell key (a prefill or a version loaded back). */
export type ValuesByForm = Record<string, Readonly<Record<string, unknown>>>;

/** How `writeForms` treats sheets that already exist, and what it fills in. */
export interface WriteOptions {
  /** False: if any form's sheet exists, nothing is written. True: existing sheets are replaced. */
  overwrite: boolean;
  values?: ValuesByForm;
}

/** What `writeForms` did: the form ids written, or the ids whose sheets exist (nothing written). */
export interface WriteResult {
  written: string[];
  existing: string[];
}

/** One form as found in the workbook through its named cells. */
export interface FormRead {
  /** True when at least one of the form's named cells is in the workbook. */
  present: boolean;
  /** The sheet holding the cells (its current name, which the clerk may have changed). */
  sheetName?: string;
  /**
   * Cell key to value as Excel holds it: numbers stay numbers, text stays text, an empty cell is
   * null. Derived cells whose formula is intact are left out (the worker recomputes them).
   */
  values: Record<string, unknown>;
  /** Cell key to the cell's address ("'Giải quyết TTHC'!D9"), for every cell found. */
  cells: Record<string, string>;
  /** The period and unit the sheet was written for, read from its header. */
  periodId?: string;
  unitCode?: string;
}

/** `readForms`' answer: form id to what was found. */
export type ReadResult = Record<string, FormRead>;

/** What the shared rules found about one form's values. */
export interface Verdict {
  errors: Issue[];
  warnings: Issue[];
}

/** Runs the shared rules on one form's values read from the sheet. */
export type Validate<V extends Verdict> = (form: FormDefinition, values: Record<string, unknown>) => V;

/** One form read, checked and marked: the read facts, the verdict's fields, and the verdict itself. */
export type FormCheck<V extends Verdict = Verdict> = FormRead & Verdict & { verdict: V | null };

/** `checkForms`' answer: form id to its check. */
export type CheckResult<V extends Verdict = Verdict> = Record<string, FormCheck<V>>;
