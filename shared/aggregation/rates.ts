import { cellKey, rowsOf } from "../forms/cells.ts";
import type { Figures, FormDefinition } from "../forms/types.ts";

/** Rate values: a fraction, or null when the denominator is 0 or a figure is missing. */
export type Rates = Record<string, number | null>;

/**
 * Every rate of the form, recomputed from the figures' numerators and denominators: never an
 * average of other rates. Full precision; the layers that print round half up.
 */
export function computeRates(form: FormDefinition, figures: Readonly<Figures>): Rates {
  const rates: Rates = {};
  for (const row of rowsOf(form)) {
    const sum = (ids: string[]): number | null => {
      let total = 0;
      for (const id of ids) {
        const value = figures[cellKey(row.id, id)];
        if (value === undefined) return null;
        total += value;
      }
      return total;
    };
    for (const rate of form.rates) {
      const numerator = sum(rate.numerator);
      const denominator = sum(rate.denominator);
      rates[cellKey(row.id, rate.id)] = numerator === null || !denominator ? null : numerator / denominator;
    }
  }
  return rates;
}
