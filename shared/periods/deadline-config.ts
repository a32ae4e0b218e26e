import type { IsoDate } from "./calendar.ts";
import { builtInHolidays } from "./holiday-data.ts";
import type { HolidayCalendar } from "./holidays.ts";
import type { PeriodType } from "./period-id.ts";

/**
 * How a period's deadline is found. `day-of-last-month`: that day of the period's last month
 * (a day past the month's end means its last day). `working-days-after-end`: that many working
 * days after the data window's end, counting from the day after.
 */
export type DeadlineRule =
  | { kind: "day-of-last-month"; day: number }
  | { kind: "working-days-after-end"; days: number };

/** The central office's deadline settings; `overrides` fixes a period's deadline by its id. */
export interface DeadlineConfig {
  rules: Record<PeriodType, DeadlineRule>;
  overrides?: Record<string, IsoDate>;
  holidays: HolidayCalendar;
}

/** The API's default: the 18th of the period's last month, with the built-in holiday data. */
export const defaultDeadlineConfig: DeadlineConfig = {
  rules: {
    month: { kind: "day-of-last-month", day: 18 },
    quarter: { kind: "day-of-last-month", day: 18 },
    "half-year": { kind: "day-of-last-month", day: 18 },
    year: { kind: "day-of-last-month", day: 18 },
  },
  overrides: {},
  holidays: builtInHolidays,
};
