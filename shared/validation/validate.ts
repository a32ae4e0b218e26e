import { cellsOf, type FormRow } from "../forms/cells.ts";
import type { FormDefinition, FormValues, Label } from "../forms/types.ts";
import { checkCells } from "./check-cells.ts";
import { checkRules, type PreviousReport } from "./check-rules.ts";
import type { Issue } from "./issue.ts";
import type { Level } from "../units/levels.ts";

/** What the rules may know beyond the values themselves. */
export interface ValidationContext {
  /** The unit's name: the row a single-row form's messages name. */
  unitName?: Label | string;
  /** The unit's level: a row other levels write may be left blank (FixedRow.levels). Unknown: every row is required. */
  level?: Level;
  /** The unit's previous report of this form and period type, when it has one. */
  previous?: PreviousReport | null;
  /** The unit's last reports of this form and period type (newest first), for the outlier rules. */
  history?: readonly PreviousReport[];
}

/** The verdict on a submission: it may be stored only when `errors` is empty. */
export interface ValidationResult {
  errors: Issue[];
  warnings: Issue[];
  /** The checked values with every derived total filled in from its parts. */
  values: FormValues;
}

/**
 * Runs every rule of the form on a submission's values, in the add-in and in the worker alike.
 * Errors block the submission; warnings are kept with it for the central office.
 */
export function validateSubmission(
  form: FormDefinition,
  input: Readonly<Record<string, unknown>>,
  context: ValidationContext = {},
): ValidationResult {
  const unitName = typeof context.unitName === "string" ? { vi: context.unitName, en: context.unitName } : context.unitName;
  const rowLabel = (row: FormRow): Label | null => row.fixed?.short ?? row.label ?? unitName ?? null;
  const cells = checkCells(form, input, (cell) => ({ form, row: rowLabel(cell.row) }), context.level);
  const rules = checkRules(form, cells.values, cells.sentDerived, (row) => ({ form, row: rowLabel(row) }), context.previous ?? null, context.history ?? [],
    new Set(cells.errors.flatMap((issue) => issue.columns)));
  const issues = [...cells.errors, ...rules.issues];
  return {
    errors: issues.filter((issue) => issue.severity === "error"),
    warnings: issues.filter((issue) => issue.severity === "warning"),
    values: inFormOrder(form, rules.values),
  };
}

function inFormOrder(form: FormDefinition, values: FormValues): FormValues {
  const ordered: FormValues = {};
  for (const { key } of cellsOf(form)) {
    const value = values[key];
    if (value !== undefined) ordered[key] = value;
  }
  return ordered;
}
