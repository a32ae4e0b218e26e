import { monthsOf, parsePeriodId, periodContaining, previousPeriod, vietnamDate, type Period } from "../../shared/periods/index.ts";

/**
 * The periods a unit is likely to report on today: the last month whose data window has closed,
 * the month in progress, the last closed quarter, and the quarter in progress.
 */
export function periodsToOffer(now: Date): Period[] {
  const today = vietnamDate(now);
  const month = periodContaining(today, "month");
  const quarter = periodContaining(today, "quarter");
  return [previousPeriod(month), month, previousPeriod(quarter), quarter];
}

/** The month ids of a period longer than a month (empty for a month). */
export function monthIdsOf(id: string): string[] {
  const p = parsePeriodId(id);
  return p && p.type !== "month" ? monthsOf(p).map((m) => m.id) : [];
}

/** dd/mm/yyyy. */
