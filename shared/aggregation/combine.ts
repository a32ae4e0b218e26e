import { cellsOf } from "../forms/cells.ts";
import { perForm } from "../forms/per-form.ts";
import { deriveInto } from "../forms/derive.ts";
import type { Figures, FormDefinition, FormValues } from "../forms/types.ts";

/** The typed (count) cells of a form: what is summed or carried; derived cells are recomputed. */
const countCells = perForm((form) => cellsOf(form).filter((cell) => cell.column.kind === "count"));

const isOptional = (column: { kind: string; optional?: boolean }) => column.kind === "count" && column.optional === true;

/**
 * Over units: every count summed, whatever its nature; derived totals recomputed from the sums. An
 * optional count is summed over the units that reported it, and absent when none did.
 */
export function sumOverUnits(form: FormDefinition, reports: readonly FormValues[]): Figures {
  const totals: Figures = {};
  const cells = countCells(form);
  for (const { key, column } of cells) if (!isOptional(column)) totals[key] = 0;
  for (const values of reports) {
    for (const { key } of cells) {
      const value = values[key];
      if (typeof value === "number") totals[key] = (totals[key] ?? 0) + value;
    }
  }
  return deriveInto(form, totals);
}

/**
 * Over time, from consecutive periods in order (the months of a quarter): flows summed, opening
 * stocks from the first period, closing stocks from the last; derived totals recomputed.
 */
export function combineOverTime(form: FormDefinition, periods: readonly FormValues[]): Figures {
  if (periods.length === 0) throw new Error("combineOverTime needs at least one period");
  const figures: Figures = {};
  for (const { key, column } of countCells(form)) {
    if (column.kind !== "count") continue;
    // An optional count is carried over time only from the periods that reported it: a flow needs
    // every period, a stock its own end's.
    if (column.optional) {
      const has = (values: FormValues | undefined) => typeof values?.[key] === "number";
      const ends = column.nature === "opening" ? [periods[0]] : column.nature === "closing" ? [periods[periods.length - 1]] : periods;
      if (!ends.every(has)) continue;
    }
    const pick = (values: FormValues | undefined) => {
      const value = values?.[key];
      return typeof value === "number" ? value : 0;
    };
    switch (column.nature) {
      case "flow":
        figures[key] = periods.reduce((total, values) => total + pick(values), 0);
        break;
      case "opening":
        figures[key] = pick(periods[0]);
        break;
      case "closing":
        figures[key] = pick(periods[periods.length - 1]);
        break;
      default: {
        const never: never = column.nature;
        throw new Error(`unknown nature ${String(never)}`);
      }
    }
  }
  return deriveInto(form, figures);
}

/** A single report's numeric figures with its derived totals recomputed. */
export function figuresOf(form: FormDefinition, values: FormValues): Figures {
  return sumOverUnits(form, [values]);
}

/** The text cells of a unit's report, as written: what a written report consolidates (never summed). */
export function textsOf(form: FormDefinition, values: FormValues): Record<string, string> {
  const texts: Record<string, string> = {};
  for (const { key, column } of cellsOf(form)) {
    const value = values[key];
    if (column.kind === "text" && typeof value === "string") texts[key] = value;
  }
  return texts;
}
