import { cellsOf } from "./cells.ts";
import type { FormDefinition, FormValues } from "./types.ts";

/** One cell that differs between two versions of a report. */
export interface CellChange {
  key: string;
  label: string;
  before: FormValues[string] | null;
  after: FormValues[string] | null;
}

/** The cells whose values differ between two versions, in the form's order, labelled in Vietnamese. */
export function diffValues(form: FormDefinition, before: FormValues, after: FormValues): CellChange[] {
  const changes: CellChange[] = [];
  for (const { key, row, column } of cellsOf(form)) {
    const a = before[key] ?? null;
    const b = after[key] ?? null;
    if (a === b) continue;
    const rowLabel = row.fixed?.short ?? row.label;
    changes.push({ key, label: rowLabel ? `${rowLabel.vi} — ${(column.short ?? column.label).vi}` : column.label.vi, before: a, after: b });
  }
  return changes;
}
