import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import { derivationParts, files } from "../../shared/forms/filing.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { periodInfo, type Period } from "../../shared/periods/index.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { deadlineConfig, levelsOf } from "../config.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { dataWindow } from "../../shared/periods/windows.ts";
import { readTogether, type Query } from "../repositories/query.ts";
import { periodReadsQuery, settleDerivedStatement, type PeriodReads, type SettledRow } from "../repositories/period-reads.repo.ts";
import { combineOverTime } from "../../shared/aggregation/combine.ts";
import type { Figures } from "../../shared/forms/types.ts";
import { unitsQuery } from "../repositories/units.repo.ts";

/** The read one form's report of one period needs: its reports, and what it derives from shorter ones (period-reads.repo.ts). */
export function reportReads(db: D1Database, period: Period, form: FormDefinition): Query<PeriodReads> {
  return periodReadsQuery(db, period.id, form.id, derivationParts(form, period).map((p) => p.id));
}

/** Builds the consolidated report of one form for one period from the stored reports: the registry and the reports in one D1 round trip. */
export async function buildReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  const [units, reads] = await readTogether(db, [unitsQuery(db, levelsOf(env)), reportReads(db, period, form)] as const);
  const report = consolidateRead(env, period, form, units, reads);
  await keepDerived(db, [{ form, period, reads }]);
  return report;
}

/**
 * Each unit's derived figures: the kept ones, or for a stale row derived again from its parts'
 * latest reports (null: some part is missing). Worked out once per read.
 */
const derivedOf = (() => {
  const cache = new WeakMap<PeriodReads, { figures: Map<string, Figures | null>; settled: SettledRow[] }>();
  return (form: FormDefinition, period: Period, reads: PeriodReads) => {
    let known = cache.get(reads);
    if (known) return known;
    const partIds = derivationParts(form, period).map((p) => p.id);
    const parts = new Map<string, (FormValues | null)[]>();
    for (const report of reads.parts) {
      const list = parts.get(report.unitCode) ?? partIds.map(() => null);
      list[partIds.indexOf(report.periodId)] = report.values;
      parts.set(report.unitCode, list);
    }
    known = { figures: new Map(), settled: [] };
    for (const row of reads.derived) {
      if (!row.stale) {
        known.figures.set(row.unitCode, row.values);
        continue;
      }
      const list = parts.get(row.unitCode);
      const values = list && list.every((v) => v !== null) ? combineOverTime(form, list as FormValues[]) : null;
      known.figures.set(row.unitCode, values);
      known.settled.push({ unitCode: row.unitCode, generation: row.generation, values });
    }
    cache.set(reads, known);
    return known;
  };
})();

/** One form's report of one period, as read. */
export interface ReadReport {
  form: FormDefinition;
  period: Period;
  reads: PeriodReads;
}

/**
 * Keeps what the reads derived again (stale rows), in one D1 round trip, or none when nothing was
 * stale: the next report reads the kept figures instead of the parts.
 */
export async function keepDerived(db: D1Database, read: readonly ReadReport[]) {
  const statements = read.flatMap(({ form, period, reads }) => {
    if (derivationParts(form, period).length === 0) return [];
    const { settled } = derivedOf(form, period, reads);
    return settled.length > 0 ? [settleDerivedStatement(db, reads.periodId, reads.formId, settled)] : [];
  });
  if (statements.length > 0) await db.batch(statements);
}

/** The consolidated report from what was read (reportReads and the registry). */
export function consolidateRead(env: Env, period: Period, form: FormDefinition, units: readonly Unit[], reads: PeriodReads) {
  // A unit without its own report is derived from the form's shorter reports (months, or quarters…).
  const partCount = derivationParts(form, period).length;
  const own = new Map<string, { values: FormValues; late: boolean }>();
  for (const report of reads.own) if (report.values) own.set(report.unitCode, { values: report.values, late: report.late });
  const derived = partCount > 0 ? derivedOf(form, period, reads).figures : null;
  const levels = levelsOf(env);
  const window = dataWindow(period);
  const inputs: UnitInput[] = units.map((unit) => ({
    unit,
    own: own.get(unit.code) ?? null,
    expected: files(form, unit.level, period.type, levels) && activeIn(unit, window),
    ...(derived ? { derived: derived.get(unit.code) ?? null } : {}),
  }));
  return consolidate(form, periodInfo(period, deadlineConfig(env), undefined, levels), Math.max(partCount, 1), inputs, levels);
}
