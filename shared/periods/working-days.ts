import { addDays, dateParts, isWeekend } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import { announcedDays, holidaysOf } from "./holidays.ts";
import type { HolidayCalendar } from "./holidays.ts";

/** A day-off test that works out each year's holidays once, for walks over many days. */
function dayOffTest(calendar: HolidayCalendar): (date: IsoDate) => boolean {
  const worked = announcedDays(calendar, "remove");
  const holidaysByYear = new Map<number, Set<IsoDate>>();
  return (date) => {
    if (worked.has(date)) return false;
    if (isWeekend(date)) return true;
    const { year } = dateParts(date);
    let holidays = holidaysByYear.get(year);
    if (!holidays) {
      holidays = new Set(holidaysOf(year, calendar).map((holiday) => holiday.date));
      holidaysByYear.set(year, holidays);
    }
    return holidays.has(date);
  };
}

/** Whether civil servants are off on a date: a weekend or a holiday, unless announced as worked. */
export function isDayOff(date: IsoDate, calendar: HolidayCalendar): boolean {
  return dayOffTest(calendar)(date);
}

/** Whether a date is a working day (not a day off). */
export function isWorkingDay(date: IsoDate, calendar: HolidayCalendar): boolean {
  return !isDayOff(date, calendar);
}

/** The date itself when it is a working day, otherwise the first working day after it. */
export function nextWorkingDayOnOrAfter(date: IsoDate, calendar: HolidayCalendar): IsoDate {
  const isOff = dayOffTest(calendar);
  let day = date;
  while (isOff(day)) day = addDays(day, 1);
  return day;
}

/**
 * The n-th working day after a date ("chậm nhất 10 ngày làm việc"): counting starts the day
 * after, so n = 1 is the next working day; n = 0 gives the date itself.
 */
export function addWorkingDays(date: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`Working days must be a whole number ≥ 0, got ${n}`);
  dateParts(date);
  const isOff = dayOffTest(calendar);
  let day = date;
  for (let counted = 0; counted < n; ) {
    day = addDays(day, 1);
    if (!isOff(day)) counted += 1;
  }
  return day;
}

/**
 * How many working days come after `from` up to `to` included (0 when `to` is not after `from`):
 * how late a task due on `from` is on `to`.
 */
export function workingDaysAfter(from: IsoDate, to: IsoDate, calendar: HolidayCalendar): number {
  const isOff = dayOffTest(calendar);
  let count = 0;
  for (let day = addDays(from, 1); day <= to; day = addDays(day, 1)) if (!isOff(day)) count += 1;
  return count;
}
