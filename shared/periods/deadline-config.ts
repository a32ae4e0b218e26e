import type { IsoDate } from "./calendar.ts";
import { builtInHolidays } from "./holiday-data.ts";
import type { HolidayCalendar } from "./holidays.ts";
import type { Level } from "../units/levels.ts";
import type { PeriodType } from "./period-id.ts";

/**
 * How a period's deadline is found. `day-of-last-month`: that day of the period's last month
 * (a day past the month's end means its last day). `working-days-after-end`: that many working
 * days after the data window's end, counting from the day after.
 */
export type DeadlineRule =
  | { kind: "day-of-last-month"; day: number }
  | { kind: "working-days-after-end"; days: number };

/** A level's own deadline settings, over the general ones for the units of that level. */
export interface LevelDeadlines {
  rules?: Partial<Record<PeriodType, DeadlineRule>>;
  overrides?: Record<string, IsoDate>;
}

/**
 * The central office's deadline settings; `overrides` fixes a period's deadline by its id. A
 * level's own settings (plans give each level its own date: seed 002 has departments finish by
 * 30/4 and districts by 30/6) come before the general ones for its units.
 */
export interface DeadlineConfig {
  rules: Record<PeriodType, DeadlineRule>;
  overrides?: Record<string, IsoDate>;
  levels?: Partial<Record<Level, LevelDeadlines>>;
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
