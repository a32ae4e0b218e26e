import type { Level } from "../units/levels.ts";
import { perForm } from "./per-form.ts";
import type { Column, FixedRow, FormDefinition, Label, NumericColumn } from "./types.ts";

/** One row a unit fills: `id` is null for a single-row form, whose only row is the unit's own. */
export interface FormRow {
  id: string | null;
  label: Label | null;
  /** The listed row's definition; null for a single-row form. */
  fixed: FixedRow | null;
}

/** The rows of a form, in order (worked out once per form). */
export const rowsOf: (form: FormDefinition) => readonly FormRow[] = perForm((form) => listRows(form));

function listRows(form: FormDefinition): FormRow[] {
  switch (form.rows.kind) {
    case "single":
      return [{ id: null, label: null, fixed: null }];
    case "fixed":
      return form.rows.rows.map((row) => ({ id: row.id, label: row.label, fixed: row }));
    default: {
      const never: never = form.rows;
      throw new Error(`unknown rows kind ${JSON.stringify(never)}`);
    }
  }
}

/** The key of a cell in a submission's values: the column id, prefixed by the row in multi-row forms. */
export function cellKey(rowId: string | null, columnId: string): string {
  return rowId === null ? columnId : `${rowId}.${columnId}`;
}

/** Every cell of a form: a row and a column, with its key. */
export interface Cell {
  key: string;
  row: FormRow;
  column: Column;
}

/** All cells of a form, row by row in column order (worked out once per form: a report walks them per unit). */
export const cellsOf: (form: FormDefinition) => readonly Cell[] = perForm((form) =>
  rowsOf(form).flatMap((row) => form.columns.map((column) => ({ key: cellKey(row.id, column.id), row, column }))),
);

/**
 * Whether a unit of `level` must fill the row: every row, unless the row names the levels that
 * write it. An unknown level (a check without a unit) must fill every row.
 */
export function rowRequiredOf(row: FormRow, level: Level | undefined): boolean {
  const levels = row.fixed?.levels;
  return level === undefined || levels === undefined || levels.includes(level);
}

/** The longest text a text cell may hold: its row's limit, or its column's. */
export function textLimit(row: FormRow, column: Column): number {
  return row.fixed?.maxLength ?? (column.kind === "text" ? column.maxLength : Infinity);
}

/** A column of the form by id, or undefined. */
export function findColumn(form: FormDefinition, id: string): Column | undefined {
  return form.columns.find((column) => column.id === id);
}

/** True for the columns that hold numbers. */
export function isNumeric(column: Column): column is NumericColumn {
  return column.kind === "count" || column.kind === "derived";
}

/** The column's number in the official numbered header row ("cột 5"). */
export function columnNumber(form: FormDefinition, columnId: string): number {
  const index = form.layout.order.indexOf(columnId);
  if (index < 0) throw new Error(`column ${columnId} is not laid out in form ${form.id}`);
  return form.layout.leadColumns.length + index + 1;
}

/**
 * Whether nothing was typed in a form's cells (every value absent, null or empty text): a form
 * left wholly blank beside filled ones is not sent yet; only when every form is blank are the
 * blanks reported as errors, so that the unit is told what to fill.
 */
export function isBlank(values: Readonly<Record<string, unknown>>): boolean {
  return Object.values(values).every((value) => value === undefined || value === null || (typeof value === "string" && value.trim() === ""));
}
