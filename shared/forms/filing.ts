import { PERIOD_TYPES, type Period, type PeriodType } from "../periods/period-id.ts";
import { partsOf } from "../periods/windows.ts";
import { DEFAULT_LEVELS, filingLevel, type Level, type Levels } from "../units/levels.ts";
import { isNumeric } from "./cells.ts";
import type { FormDefinition } from "./types.ts";

/**
 * Whether a unit of this level files the form for a period of this type: the form names the level,
 * or the level the configuration says it files as.
 */
export function files(form: FormDefinition, level: Level, periodType: PeriodType, levels: Levels = DEFAULT_LEVELS): boolean {
  return form.filing.levels.includes(filingLevel(levels, level)) && form.filing.periodTypes.includes(periodType);
}

/** The forms a unit of this level files for a period of this type, in catalogue order. */
export function formsFiledBy<F extends FormDefinition>(forms: readonly F[], level: Level, periodType: PeriodType, levels: Levels = DEFAULT_LEVELS): F[] {
  return forms.filter((form) => files(form, level, periodType, levels));
}

/**
 * The forms filed by some level for a period of this type: what the central office's page, the
 * status matrix and the consolidated workbook show (a monthly workbook has no review sheet).
 */
export function formsOfPeriodType<F extends FormDefinition>(forms: readonly F[], periodType: PeriodType): F[] {
  return forms.filter((form) => form.filing.periodTypes.includes(periodType));
}

/**
 * The levels a consolidated report's tables show, from the top: those that file the form today,
 * and any other whose units sent it (a district's report from before 1 July 2025, a commune's row
 * of zeros on a form communes do not file), in this report or in the one it is compared with.
 */
export function levelsShown(report: { levels: Record<Level, { shown: boolean }> }, other?: { levels: Record<Level, { shown: boolean }> } | null): Level[] {
  const ids = [...Object.keys(report.levels), ...Object.keys(other?.levels ?? {}).filter((id) => !(id in report.levels))];
  return ids.filter((id) => report.levels[id]?.shown || other?.levels[id]?.shown);
}

/**
 * The reports a longer period of a form is derived from when a unit has not sent its own: the
 * periods of the shortest type the form is filed for (a quarter of dossiers from its months, a
 * year of publication from its quarters, a year of review from its halves); none for a month, nor
 * for a form of text only.
 */
export function derivationParts(form: FormDefinition, period: Period): Period[] {
  // Text is not added up: a written report exists only as the unit wrote it for the period.
  if (!form.columns.some(isNumeric)) return [];
  for (const type of PERIOD_TYPES) {
    if (!form.filing.periodTypes.includes(type)) continue;
    const parts = partsOf(period, type);
    if (parts.length > 0) return parts;
  }
  return [];
}

/** What a longer period's derived figures come from, in words: "tháng", "quý" or "6 tháng". */
export function partsWord(form: FormDefinition, period: Period): { vi: string; en: string } {
  const type = derivationParts(form, period)[0]?.type ?? "month";
  return type === "quarter" ? { vi: "quý", en: "quarterly" } : type === "half-year" ? { vi: "6 tháng", en: "half-yearly" } : { vi: "tháng", en: "monthly" };
}
