import type { Level } from "../units/levels.ts";
import type { FormTargets, TargetInForce } from "./types.ts";

/** A unit's line of a consolidated report, as far as targets are concerned. */
interface RatedUnit {
  code: string;
  name: string;
  level: Level;
  rates: Readonly<Record<string, number | null>>;
}

/** One rate a plan sets a target for, and the units whose own rate falls short of it. */
export interface RateBelowTarget {
  rateId: string;
  target: TargetInForce;
  /** Lowest rate first; a unit without figures for the rate (no denominator) is neither met nor missed. */
  units: { code: string; name: string; level: Level; rate: number }[];
}

/**
 * A target is judged for each unit as well as for the city: for every rate of a form with a
 * target in force, the units below it (their rates recomputed from their own figures).
 */
export function unitsBelowTargets(
  rateIds: readonly string[],
  units: readonly RatedUnit[],
  targets: Readonly<FormTargets>,
): RateBelowTarget[] {
  return rateIds.flatMap((rateId) => {
    const target = targets[rateId];
    if (!target) return [];
    const below = units
      .flatMap((u) => {
        const rate = u.rates[rateId];
        return rate !== null && rate !== undefined && rate < target.target ? [{ code: u.code, name: u.name, level: u.level, rate }] : [];
      })
      .sort((a, b) => a.rate - b.rate || a.code.localeCompare(b.code));
    return [{ rateId, target, units: below }];
  });
}
