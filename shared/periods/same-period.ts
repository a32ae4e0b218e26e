import { isValidPeriod, makePeriod, type Period } from "./period-id.ts";

/** The same period of the previous year ("cùng kỳ năm trước"): 2026-Q3 → 2025-Q3; null before the first year. */
export function samePeriodLastYear(period: Period): Period | null {
  return isValidPeriod(period.type, period.year - 1, period.index) ? makePeriod(period.type, period.year - 1, period.index) : null;
}
