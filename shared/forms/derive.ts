import { cellKey, rowsOf } from "./cells.ts";
import { perForm } from "./per-form.ts";
import type { DerivedColumn, Figures, FormDefinition } from "./types.ts";

/** The derived columns in an order where each comes after the derived columns it uses. */
export const derivedInOrder: (form: FormDefinition) => readonly DerivedColumn[] = perForm((form) => orderDerived(form));

function orderDerived(form: FormDefinition): DerivedColumn[] {
  const derived = form.columns.filter((c): c is DerivedColumn => c.kind === "derived");
  const ordered: DerivedColumn[] = [];
  const placed = new Set<string>();
  while (ordered.length < derived.length) {
    const ready = derived.filter(
      (c) => !placed.has(c.id) && c.terms.every((t) => !derived.some((d) => d.id === t.column) || placed.has(t.column)),
    );
    if (ready.length === 0) throw new Error(`form ${form.id}: derived columns refer to each other in a cycle`);
    for (const column of ready) {
      ordered.push(column);
      placed.add(column.id);
    }
  }
  return ordered;
}

/** The value a derived column takes from the given figures, or null when a part is missing. */
export function deriveValue(column: DerivedColumn, figures: Readonly<Figures>, rowId: string | null): number | null {
  let total = 0;
  for (const term of column.terms) {
    const value = figures[cellKey(rowId, term.column)];
    if (value === undefined) return null;
    total += term.sign * value;
  }
  return total;
}

/** The figures with every derived column recomputed from its parts (parts that are present). */
export function withDerived(form: FormDefinition, figures: Readonly<Figures>): Figures {
  return deriveInto(form, { ...figures });
}

/**
 * withDerived on figures the caller owns, changed in place (no copy: a report derives 3,300 units'
 * totals); a key is deleted only when it is there, so the object keeps its fast shape.
 */
export function deriveInto(form: FormDefinition, figures: Figures): Figures {
  const order = derivedInOrder(form);
  if (order.length === 0) return figures;
  for (const row of rowsOf(form)) {
    for (const column of order) {
      const value = deriveValue(column, figures, row.id);
      const key = cellKey(row.id, column.id);
      if (value !== null) figures[key] = value;
      else if (key in figures) delete figures[key];
    }
  }
  return figures;
}
