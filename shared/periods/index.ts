export type { DateParts, IsoDate } from "./calendar.ts";
export {
  addDays,
  compareIsoDates,
  dateParts,
  dayOfWeek,
  daysInMonth,
  fromDayNumber,
  isIsoDate,
  isLeapYear,
  isoDate,
  isWeekend,
  parseIsoDate,
  toDayNumber,
  vietnamDate,
} from "./calendar.ts";
export type { Period, PeriodType } from "./period-id.ts";
export { PERIOD_TYPES, formatPeriodId, isValidPeriod, makePeriod, parsePeriodId, periodsPerYear } from "./period-id.ts";
export type { DataWindow } from "./windows.ts";
export { dataWindow, lastMonthOf, monthsOf, partsOf, periodContaining, previousPeriod } from "./windows.ts";
export type { LunarDate } from "./lunar.ts";
export { hungKingsDayOf, lastDayOfLunarYear, lunarToSolar, solarToLunar, tetOf } from "./lunar.ts";
export type { Holiday, HolidayCalendar, HolidayYear } from "./holidays.ts";
export { holidaysOf } from "./holidays.ts";
export { builtInHolidays } from "./holiday-data.ts";
export { addWorkingDays, isDayOff, isWorkingDay, nextWorkingDayOnOrAfter, workingDaysAfter } from "./working-days.ts";
export type { DeadlineConfig, DeadlineRule, LevelDeadlines } from "./deadline-config.ts";
export { defaultDeadlineConfig } from "./deadline-config.ts";
export { parseDeadlineConfig } from "./parse-deadline-config.ts";
export { deadlineOf, isLate } from "./deadlines.ts";
export { deadlinesText } from "./deadlines-text.ts";
export type { PeriodInfo } from "./period-info.ts";
export { periodInfo } from "./period-info.ts";
