import { findColumn, isNumeric } from "../forms/cells.ts";
import type { Figures, FormDefinition } from "../forms/types.ts";
import { formatVi, percentVi } from "../text/numbers-vi.ts";


/** Figures and rates of one period, as a consolidated report gives them. */
export interface Summary {
  total: Figures;
  rates: Readonly<Record<string, number | null>>;
}

/** One line of a comparison with the same period of the previous year. */
export interface ComparisonLine {
  id: string;
  label: string;
  kind: "figure" | "rate";
  current: number | null;
  last: number | null;
  /** Current minus last: a count, or for a rate a difference in fractions (0.021 = 2,1 points). */
  change: number | null;
  /** A figure's change relative to last year's (0.122 = +12,2%); null for a rate or from 0. */
  relative: number | null;
}

const value = (n: number | null | undefined) => (n === undefined ? null : n);

/** Every figure and rate of a form beside last year's same period, with the change. */
export function compare(form: FormDefinition, current: Summary, last: Summary): ComparisonLine[] {
  const figures: ComparisonLine[] = form.layout.order
    .filter((id) => isNumeric(findColumn(form, id)!))
    .map((id) => {
      const column = findColumn(form, id)!;
      const [now, before] = [value(current.total[id]), value(last.total[id])];
      const change = now !== null && before !== null ? now - before : null;
      return { id, label: column.label.vi, kind: "figure", current: now, last: before, change, relative: change !== null && before ? change / before : null };
    });
  const rates: ComparisonLine[] = form.rates.map((rate) => {
    const [now, before] = [value(current.rates[rate.id]), value(last.rates[rate.id])];
    return { id: rate.id, label: rate.label.vi, kind: "rate", current: now, last: before, change: now !== null && before !== null ? now - before : null, relative: null };
  });
  return [...figures, ...rates];
}

/** "+1.234 (+12,2%)", "−5", "+2,1 điểm %", "—". */
export function changeText(line: ComparisonLine): string {
  if (line.change === null) return "—";
  const sign = line.change > 0 ? "+" : line.change < 0 ? "−" : "";
  if (line.kind === "rate") return `${sign}${percentVi(Math.abs(line.change)).slice(0, -1)} điểm %`;
  const relative = line.relative === null ? "" : ` (${sign}${percentVi(Math.abs(line.relative))})`;
  return `${sign}${formatVi(Math.abs(line.change))}${relative}`;
}

/** A comparison line's value in Vietnamese number format. */
export function valueText(line: ComparisonLine, n: number | null): string {
  if (n === null) return "—";
  return line.kind === "rate" ? percentVi(n) : formatVi(n);
}
