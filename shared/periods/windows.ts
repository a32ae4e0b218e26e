import { dateParts, isoDate } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import { makePeriod, periodsPerYear } from "./period-id.ts";
import type { Period, PeriodType } from "./period-id.ts";

/** The dates a period's figures are counted over, both ends included. */
export interface DataWindow {
  start: IsoDate;
  end: IsoDate;
}

/** The cut-off day: a month's data window ends on its 14th and the next starts on the 15th. */
const WINDOW_START_DAY = 15;

function monthsPerPeriod(type: PeriodType): number {
  return 12 / periodsPerYear(type);
}

/** The months of a period in order: itself for a month, 3 for a quarter, 6 for a half, 12 for a year. */
export function monthsOf(p: Period): Period[] {
  const count = monthsPerPeriod(p.type);
  const first = (p.index - 1) * count + 1;
  return Array.from({ length: count }, (_, i) => makePeriod("month", p.year, first + i));
}

/**
 * The periods of a shorter type that together make up a period, in order (2026 → its four
 * quarters; 2026-H2 → Q3 and Q4); none when `type` is not shorter.
 */
export function partsOf(p: Period, type: PeriodType): Period[] {
  const per = monthsPerPeriod(type);
  const span = monthsPerPeriod(p.type);
  if (per >= span) return [];
  const count = span / per;
  return Array.from({ length: count }, (_, i) => makePeriod(type, p.year, (p.index - 1) * count + i + 1));
}

/** The last month of a period (June for H1, December for H2 and the year). */
export function lastMonthOf(p: Period): Period {
  return makePeriod("month", p.year, p.index * monthsPerPeriod(p.type));
}

/**
 * The data window (Nghị định 09/2019/NĐ-CP, art. 12): from the 15th of the month before the
 * period's first month to the 14th of its last month. Q1 2026: 2025-12-15 → 2026-03-14.
 */
export function dataWindow(p: Period): DataWindow {
  const last = lastMonthOf(p);
  const firstMonth = last.index - monthsPerPeriod(p.type) + 1;
  const start = firstMonth === 1 ? isoDate(p.year - 1, 12, WINDOW_START_DAY) : isoDate(p.year, firstMonth - 1, WINDOW_START_DAY);
  return { start, end: isoDate(p.year, last.index, WINDOW_START_DAY - 1) };
}

/** The period of the same type just before: 2026-01 → 2025-12, 2026-Q1 → 2025-Q4, 2026 → 2025. */
export function previousPeriod(p: Period): Period {
  return p.index > 1
    ? makePeriod(p.type, p.year, p.index - 1)
    : makePeriod(p.type, p.year - 1, periodsPerYear(p.type));
}

/** The period of a type whose data window holds a date: 2026-11-15 → 2026-12, 2026-12-15 → year 2027. */
export function periodContaining(date: IsoDate, type: PeriodType): Period {
  const { year, month, day } = dateParts(date);
  const [windowYear, windowMonth] =
    day < WINDOW_START_DAY ? [year, month] : month === 12 ? [year + 1, 1] : [year, month + 1];
  return makePeriod(type, windowYear, Math.ceil(windowMonth / monthsPerPeriod(type)));
}
