export type { DateParts, IsoDate } from "./calendar";
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
} from "./calendar";
export type { Period, PeriodType } from "./period-id";
export { PERIOD_TYPES, formatPeriodId, isValidPeriod, makePeriod, parsePeriodId, periodsPerYear } from "./period-id";
export type { DataWindow } from "./windows";
export { dataWindow, lastMonthOf, monthsOf, periodContaining, previousPeriod } from "./windows";
export type { LunarDate } from "./lunar";
export { hungKingsDayOf, lastDayOfLunarYear, lunarToSolar, solarToLunar, tetOf } from "./lunar";
export type { Holiday, HolidayCalendar, HolidayYear } from "./holidays";
export { holidaysOf } from "./holidays";
export { builtInHolidays } from "./holiday-data";
export { addWorkingDays, isDayOff, isWorkingDay, nextWorkingDayOnOrAfter } from "./working-days";
export type { DeadlineConfig, DeadlineRule } from "./deadline-config";
export { defaultDeadlineConfig } from "./deadline-config";
export { parseDeadlineConfig } from "./parse-deadline-config";
export { deadlineOf, isLate } from "./deadlines";
export type { PeriodInfo } from "./period-info";
export { periodInfo } from "./period-info";
