import type { FormDefinition } from "../forms/types.ts";
import type { Unit } from "../units/levels.ts";
import { successorOf } from "../units/succession.ts";
import { sumOverUnits } from "./combine.ts";
import type { ConsolidatedReport, UnitLine } from "./consolidate.ts";
import { computeRates } from "./rates.ts";

/**
 * An earlier period's report as today's units compare with it: the lines of units since merged are
 * counted for their successor (summed with its own, rates recomputed, `includes` naming them), and
 * each level's subtotal regrouped by the successors' levels. The city's total does not change.
 */
export function foldIntoSuccessors<P>(form: FormDefinition, report: ConsolidatedReport<P>, units: readonly Unit[]): ConsolidatedReport<P> {
  const byCode = new Map(units.map((unit) => [unit.code, unit]));
  const groups = new Map<string, UnitLine[]>();
  for (const line of report.units) {
    const code = successorOf(line.code, byCode);
    groups.set(code, [...(groups.get(code) ?? []), line]);
  }
  if ([...groups].every(([code, parts]) => parts.length === 1 && parts[0]!.code === code)) return report;

  const order = Object.keys(report.levels);
  const lines = [...groups].map(([code, parts]): UnitLine => {
    if (parts.length === 1 && parts[0]!.code === code) return parts[0]!;
    const successor = byCode.get(code)!;
    const values = sumOverUnits(form, parts.map((part) => part.values));
    return {
      code, name: successor.name, level: successor.level, values, rates: computeRates(form, values),
      source: parts.every((part) => part.source === "derived") ? "derived" : "submitted",
      includes: parts.map((part) => part.code).filter((part) => part !== code),
    };
  });
  lines.sort((a, b) => order.indexOf(a.level) - order.indexOf(b.level) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));

  const levels = Object.fromEntries(
    Object.entries(report.levels).map(([id, summary]) => {
      const inLevel = lines.filter((line) => line.level === id);
      const total = sumOverUnits(form, inLevel.map((line) => line.values));
      return [id, { ...summary, total, rates: computeRates(form, total), shown: summary.shown || inLevel.length > 0 }];
    }),
  );
  return { ...report, units: lines, levels };
}
