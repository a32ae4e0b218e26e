import { parsePeriodId, periodContaining, previousPeriod, vietnamDate, type Period } from "../../shared/periods/index.ts";

/** The periods the central office looks at: the last six months, two quarters, the half and the year. */
export function centralPeriods(now: Date): Period[] {
  const today = vietnamDate(now);
  const months: Period[] = [];
  let month = periodContaining(today, "month");
  for (let i = 0; i < 6; i++) {
    months.push(month);
    month = previousPeriod(month);
  }
  const quarter = periodContaining(today, "quarter");
  return [
    ...months,
    quarter,
    previousPeriod(quarter),
    periodContaining(today, "half-year"),
    periodContaining(today, "year"),
  ].filter((p, i, all) => all.findIndex((q) => q.id === p.id) === i && parsePeriodId(p.id) !== null);
}
