import type { DerivedColumn, Rate } from "../forms/types.ts";

/** Where a column's cell is on the same row (a local A1 address), or undefined when it is not found. */
export type AddressOf = (columnId: string) => string | undefined;

function sum(ids: readonly string[], addressOf: AddressOf): string | null {
  const parts = ids.map(addressOf);
  if (parts.some((part) => part === undefined)) return null;
  return parts.join("+");
}

/** A derived column's formula from its parts on the same row, "=D9+E9+F9" (null if a part is missing). */
export function derivedFormula(column: DerivedColumn, addressOf: AddressOf): string | null {
  let text = "";
  for (const [index, term] of column.terms.entries()) {
    const address = addressOf(term.column);
    if (address === undefined) return null;
    text += term.sign < 0 ? `-${address}` : index === 0 ? address : `+${address}`;
  }
  return `=${text}`;
}

/**
 * A rate's formula, blank while its denominator is 0: `=IF(F9=0,"",(G9+H9)/F9)`. Shown as a
 * percentage; never typed, never summed.
 */
export function rateFormula(rate: Rate, addressOf: AddressOf): string | null {
  const numerator = sum(rate.numerator, addressOf);
  const denominator = sum(rate.denominator, addressOf);
  if (numerator === null || denominator === null) return null;
  const group = (text: string, count: number) => (count > 1 ? `(${text})` : text);
  const den = group(denominator, rate.denominator.length);
  return `=IF(${den}=0,"",${group(numerator, rate.numerator.length)}/${den})`;
}

/** True when two formulas are the same but for case, spaces and `$` anchors. */
export function sameFormula(a: string, b: string): boolean {
  const normal = (text: string) => text.replace(/[\s$]/g, "").toUpperCase();
  return normal(a) === normal(b);
}
