import { combineOverTime } from "../aggregation/combine.ts";
import { cellsOf } from "./cells.ts";
import { withDerived } from "./derive.ts";
import type { Figures, FormDefinition, FormValues } from "./types.ts";

const inputsOnly = (form: FormDefinition, figures: Figures): FormValues => {
  const values: FormValues = {};
  for (const { key, column } of cellsOf(form)) if (column.kind === "count" && figures[key] !== undefined) values[key] = figures[key]!;
  return values;
};

/**
 * The cells a unit's previous report fills in its next one: each continuity rule's column takes
 * the previous report's value of the column it continues (carried over ← last period's pending),
 * and a row that carries (a plan's task) takes what the unit wrote in it last time.
 */
export function carriedOverFrom(form: FormDefinition, previous: FormValues): FormValues {
  const figures = withDerived(form, Object.fromEntries(Object.entries(previous).filter((e): e is [string, number] => typeof e[1] === "number")));
  const values: FormValues = {};
  for (const rule of form.rules) {
    if (rule.kind !== "continuity") continue;
    for (const { key, row, column } of cellsOf(form)) {
      if (column.id !== rule.column) continue;
      const source = row.id === null ? rule.previousColumn : `${row.id}.${rule.previousColumn}`;
      if (figures[source] !== undefined) values[key] = figures[source]!;
    }
  }
  for (const { key, row } of cellsOf(form)) {
    if (row.fixed?.carries && previous[key] !== undefined) values[key] = previous[key]!;
  }
  return values;
}

/** A longer period's input cells from its months' reports, in order: to be confirmed, not retyped. */
export function fromMonths(form: FormDefinition, months: readonly FormValues[]): FormValues {
  return inputsOnly(form, combineOverTime(form, months));
}
