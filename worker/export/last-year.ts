import type { FormDefinition } from "../../shared/forms/types.ts";
import { samePeriodLastYear } from "../../shared/periods/same-period.ts";
import type { Period } from "../../shared/periods/index.ts";
import { foldIntoSuccessors } from "../../shared/aggregation/successions.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { isNumeric } from "../../shared/forms/cells.ts";
import { levelsOf } from "../config.ts";
import { readTogether, type Query } from "../repositories/query.ts";
import type { PeriodReads } from "../repositories/period-reads.repo.ts";
import { unitsQuery } from "../repositories/units.repo.ts";
import { consolidateRead, keepDerived, reportReads, type ReadReport } from "./build-report.ts";

/** The read of the same period last year, when the form has figures to compare and there is such a period. */
export function lastYearReads(db: D1Database, period: Period, form: FormDefinition): Query<PeriodReads> | null {
  const last = samePeriodLastYear(period);
  // Text is not compared over years: a written report has no figures.
  return last && form.columns.some(isNumeric) ? reportReads(db, last, form) : null;
}

/**
 * The form's consolidated report of the same period of the previous year, when some unit reported
 * it (its own report, or figures derived from its shorter ones), with the lines of units merged since
 * counted for their successors; null when there is nothing to compare.
 */
export function lastYearFrom(env: Env, period: Period, form: FormDefinition, units: readonly Unit[], reads: PeriodReads | null) {
  const last = samePeriodLastYear(period);
  // Nobody reported then: nothing to compare, and nothing to consolidate over the whole registry.
  if (!last || !reads || (reads.own.length === 0 && reads.derived.length === 0)) return null;
  const report = consolidateRead(env, last, form, units, reads);
  // Units merged since are compared through their successor: a new commune against its predecessors' figures.
  return report.units.length > 0 ? foldIntoSuccessors(form, report, [...units]) : null;
}

/** lastYearFrom with its own reads (one round trip). */
export async function lastYearReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  const reads = lastYearReads(db, period, form);
  if (!reads) return null;
  const [units, lastReads] = await readTogether(db, [unitsQuery(db, levelsOf(env)), reads] as const);
  const report = lastYearFrom(env, period, form, units, lastReads);
  await keepDerived(db, lastYearRead(period, form, lastReads));
  return report;
}

/** Last year's reads as keepDerived takes them (none when there was nothing to read). */
export function lastYearRead(period: Period, form: FormDefinition, reads: PeriodReads | null): ReadReport[] {
  const last = samePeriodLastYear(period);
  return last && reads ? [{ form, period: last, reads }] : [];
}
