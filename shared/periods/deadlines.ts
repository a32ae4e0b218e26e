import { compareIsoDates, daysInMonth, isoDate, vietnamDate } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import type { DeadlineConfig, DeadlineRule } from "./deadline-config.ts";
import type { Period } from "./period-id.ts";
import { dataWindow, lastMonthOf } from "./windows.ts";
import { addWorkingDays, nextWorkingDayOnOrAfter } from "./working-days.ts";

function ruleDate(p: Period, rule: DeadlineRule, config: DeadlineConfig): IsoDate {
  switch (rule.kind) {
    case "day-of-last-month": {
      const month = lastMonthOf(p).index;
      return isoDate(p.year, month, Math.min(rule.day, daysInMonth(p.year, month)));
    }
    case "working-days-after-end":
      return addWorkingDays(dataWindow(p).end, rule.days, config.holidays);
    default: {
      const unknown: never = rule;
      throw new Error(`Unknown deadline rule: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A period's deadline: its override as is, else its type's rule moved to the next working day
 * when it falls on a day off (Bộ luật Dân sự 2015, art. 148).
 */
export function deadlineOf(p: Period, config: DeadlineConfig): IsoDate {
  const override = config.overrides?.[p.id];
  if (override !== undefined) return override;
  return nextWorkingDayOnOrAfter(ruleDate(p, config.rules[p.type], config), config.holidays);
}

/** Whether a submission is late: its date in Vietnam (UTC+7) is after the deadline day. */
export function isLate(submittedAt: Date | string, deadline: IsoDate): boolean {
  return compareIsoDates(vietnamDate(submittedAt), deadline) > 0;
}
