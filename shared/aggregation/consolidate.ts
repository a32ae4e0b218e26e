import type { Figures, FormDefinition, FormValues } from "../forms/types.ts";
import type { Label } from "../forms/types.ts";
import { filingLevel, DEFAULT_LEVELS, levelsWith, type Level, type Levels, type Unit } from "../units/levels.ts";
import { combineOverTime, figuresOf, sumOverUnits, textsOf } from "./combine.ts";
import { computeRates, type Rates } from "./rates.ts";

/** A unit's own latest report for the period, when it has one. */
export interface OwnReport {
  values: FormValues;
  late: boolean;
}

/** What one unit brings to a consolidation. */
export interface UnitInput {
  unit: Unit;
  own: OwnReport | null;
  /**
   * For a period longer than a month: its latest report of each shorter period the form is derived
   * from (months; the quarters or halves of a form not filed monthly, see derivationParts), in order (null: none).
   */
  months?: readonly (FormValues | null)[];
  /**
   * For a period longer than a month: the figures already derived from all of its shorter reports
   * (what `months` would give), or null when some is missing. When given, `months` is not read.
   */
  derived?: Figures | null;
  /** Whether the unit files this form for the period (Filing); counted in completeness only then. Default true. */
  expected?: boolean;
}

/** One unit's line of a consolidated report. */
export interface UnitLine {
  code: string;
  name: string;
  level: Level;
  values: Figures;
  rates: Rates;
  source: "submitted" | "derived";
  /** In a comparison with an earlier period: the units since merged into this one whose figures its line counts. */
  includes?: string[];
  /** What the unit wrote in the form's text cells (cell key → text), from its own report only. */
  texts?: Record<string, string>;
}

/** Who was expected, who submitted, who was late, who is missing. */
export interface Completeness {
  expected: number;
  submitted: number;
  late: number;
  missing: string[];
}

/** One level's subtotal, with how tables name and draw it. */
export interface LevelSummary {
  total: Figures;
  rates: Rates;
  label: Label;
  /** Whether tables draw a subtotal row for the level. */
  subtotal: boolean;
  /** Whether tables show the level: it files the form today, or some unit of it has figures. */
  shown: boolean;
}

/** The city-level report of one form for one period (API.md, "The consolidated report"). */
export interface ConsolidatedReport<P> {
  period: P;
  form: string;
  total: Figures;
  rates: Rates;
  /** Every configured level, from the top (and any level stored units carry that the configuration lost). */
  levels: Record<Level, LevelSummary>;
  units: UnitLine[];
  completeness: Completeness;
}

/**
 * Consolidates a form over units: each unit's own report, or for a longer period figures derived
 * from all of its shorter reports (`monthCount` of them: months, or quarters or halves); totals per
 * level and overall summed from the units' figures, rates recomputed from the summed numerators and
 * denominators.
 */
export function consolidate<P>(
  form: FormDefinition,
  period: P,
  monthCount: number,
  inputs: readonly UnitInput[],
  configured: Levels = DEFAULT_LEVELS,
): ConsolidatedReport<P> {
  const units: UnitLine[] = [];
  const hasText = form.columns.some((column) => column.kind === "text");
  for (const { unit, own, months, derived } of inputs) {
    let values: Figures | null = null;
    let source: UnitLine["source"] = "submitted";
    let texts: Record<string, string> | undefined;
    if (own) {
      values = figuresOf(form, own.values);
      if (hasText) texts = textsOf(form, own.values);
    } else if (derived !== undefined) {
      if (derived !== null) {
        values = derived;
        source = "derived";
      }
    } else if (monthCount > 1 && months && months.length === monthCount && months.every((m) => m !== null)) {
      values = combineOverTime(form, months as FormValues[]);
      source = "derived";
    }
    if (values) {
      units.push({ code: unit.code, name: unit.name, level: unit.level, values, rates: computeRates(form, values), source, ...(texts ? { texts } : {}) });
    }
  }

  const summarise = (lines: readonly UnitLine[]) => {
    const total = sumOverUnits(form, lines.map((line) => line.values));
    return { total, rates: computeRates(form, total) };
  };
  const levels: Record<Level, LevelSummary> = {};
  for (const level of levelsWith(configured, inputs.map((input) => input.unit))) {
    const lines = units.filter((line) => line.level === level.id);
    const files = !level.historical && form.filing.levels.includes(filingLevel(configured, level.id));
    levels[level.id] = { ...summarise(lines), label: level.name, subtotal: level.subtotal, shown: files || lines.length > 0 };
  }
  const overall = summarise(units);

  const expected = inputs.filter((input) => input.expected !== false);
  const own = expected.filter((input) => input.own !== null);
  return {
    period,
    form: form.id,
    total: overall.total,
    rates: overall.rates,
    levels,
    units,
    completeness: {
      expected: expected.length,
      submitted: own.length,
      late: own.filter((input) => input.own!.late).length,
      missing: expected.filter((input) => input.own === null).map((input) => input.unit.code),
    },
  };
}
