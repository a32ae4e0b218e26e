import { parsePeriodId } from "../periods/period-id.ts";
import { dataWindow } from "../periods/windows.ts";

/** What the registry knows of a unit's end: retired from a month on, and merged into a successor. */
export interface Succession {
  code: string;
  /** The first month (YYYY-MM) it reports for; absent: it always existed. */
  activeFrom?: string | null;
  /** The first month (YYYY-MM) whose periods the unit no longer files; null while it is active. */
  retiredFrom?: string | null;
  /** The unit it was merged into, when it was merged. */
  mergedInto?: string | null;
}

/** The first day of the data window of a month (YYYY-MM): where a unit's figures begin or stop. */
export function retirementStart(retiredFrom: string): string {
  const month = parsePeriodId(retiredFrom);
  if (!month || month.type !== "month") throw new Error(`retiredFrom must be a month id, not ${retiredFrom}`);
  return dataWindow(month).start;
}

/**
 * Whether the unit files for a period: it had begun (the period reaches into its first month or
 * later: a new commune reports its first quarter whole) and it was not retired (the period's data
 * window ends before the month it was retired from: a quarter reaching into that month is the
 * successor's to report whole).
 */
export function activeIn(unit: Succession, period: { end: string }): boolean {
  const begun = !unit.activeFrom || period.end >= retirementStart(unit.activeFrom);
  return begun && (!unit.retiredFrom || period.end < retirementStart(unit.retiredFrom));
}

/** The unit that now carries a unit's history: its successor's successor, and so on (itself when never merged). */
export function successorOf(code: string, units: ReadonlyMap<string, Succession>): string {
  let current = code;
  const seen = new Set<string>();
  for (;;) {
    const next = units.get(current)?.mergedInto;
    if (!next || seen.has(next)) return current;
    seen.add(current);
    current = next;
  }
}

/** Every unit merged, directly or through others, into this one. */
export function predecessorsOf(code: string, units: Iterable<Succession>): string[] {
  const byCode = new Map([...units].map((unit) => [unit.code, unit]));
  return [...byCode.keys()].filter((other) => other !== code && successorOf(other, byCode) === code);
}
