import type { Column, FormDefinition, Label, NumericColumn } from "./types.ts";

/** One row a unit fills: `id` is null for a single-row form. */
export interface FormRow {
  id: string | null;
  label: Label | null;
}

/** The rows of a form, in order. */
export function rowsOf(form: FormDefinition): FormRow[] {
  switch (form.rows.kind) {
    case "single":
      return [{ id: null, label: null }];
    case "fixed":
      return form.rows.rows.map((row) => ({ id: row.id, label: row.label }));
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

/** All cells of a form, row by row in column order. */
export function cellsOf(form: FormDefinition): Cell[] {
  return rowsOf(form).flatMap((row) =>
    form.columns.map((column) => ({ key: cellKey(row.id, column.id), row, column })),
  );
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
