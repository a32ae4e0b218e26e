/** A calendar date `YYYY-MM-DD` (years 0001–9999), with no time and no time zone. */
export type IsoDate = string;

/** The numeric parts of a calendar date. */
export interface DateParts {
  year: number;
  month: number;
  day: number;
}

const DAY_MS = 86_400_000;
/** Vietnam's offset from UTC (UTC+7, no daylight saving), the one place it is written. */
export const VIETNAM_OFFSET_MS = 7 * 3_600_000;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/;

/** Whether a year of the proleptic Gregorian calendar has 366 days. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days of a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** The parts of a well-formed, existing date, or null (`2026-02-30`, `2026-2-1`, `0000-01-01`). */
export function parseIsoDate(text: string): DateParts | null {
  const match = ISO_DATE.exec(text);
  if (!match) return null;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return null;
  return { year, month, day };
}

/** Whether a value is an existing `YYYY-MM-DD` date. */
export function isIsoDate(value: unknown): value is IsoDate {
  return typeof value === "string" && parseIsoDate(value) !== null;
}

/** The parts of a date; throws a RangeError when it is not an existing `YYYY-MM-DD` date. */
export function dateParts(date: IsoDate): DateParts {
  const parts = parseIsoDate(date);
  if (!parts) throw new RangeError(`Not a YYYY-MM-DD date: ${JSON.stringify(date)}`);
  return parts;
}

/** Formats a date; throws a RangeError when it does not exist or its year is outside 1–9999. */
export function isoDate(year: number, month: number, day: number): IsoDate {
  const text = `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  if (!Number.isInteger(year) || !parseIsoDate(text)) {
    throw new RangeError(`No such date: year ${year}, month ${month}, day ${day}`);
  }
  return text;
}

/** Days since 1970-01-01 (negative before it). */
export function toDayNumber(date: IsoDate): number {
  const { year, month, day } = dateParts(date);
  const instant = new Date(0);
  instant.setUTCFullYear(year, month - 1, day);
  return Math.round(instant.getTime() / DAY_MS);
}

/** The date a number of days after 1970-01-01. */
export function fromDayNumber(dayNumber: number): IsoDate {
  const instant = new Date(dayNumber * DAY_MS);
  return isoDate(instant.getUTCFullYear(), instant.getUTCMonth() + 1, instant.getUTCDate());
}

/** The date `days` days later (earlier when negative). */
export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** 0 for Sunday, 1 for Monday … 6 for Saturday. */
export function dayOfWeek(date: IsoDate): number {
  return (((toDayNumber(date) + 4) % 7) + 7) % 7;
}

/** Whether a date is a Saturday or a Sunday. */
export function isWeekend(date: IsoDate): boolean {
  const weekday = dayOfWeek(date);
  return weekday === 0 || weekday === 6;
}

/** Negative, zero or positive as `a` is before, equal to or after `b`. */
export function compareIsoDates(a: IsoDate, b: IsoDate): number {
  return Math.sign(toDayNumber(a) - toDayNumber(b));
}

/**
 * The calendar date in Vietnam (UTC+7, no daylight saving) of an instant. A string must carry
 * its offset (`2026-11-18T16:59:59Z`, `…+07:00`): one without would depend on the host's zone.
 */
export function vietnamDate(instant: Date | string): IsoDate {
  if (typeof instant === "string" && !ISO_INSTANT.test(instant)) {
    throw new RangeError(`Not an ISO 8601 instant with an offset: ${JSON.stringify(instant)}`);
  }
  const ms = (typeof instant === "string" ? new Date(instant) : instant).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Not a valid instant: ${String(instant)}`);
  return fromDayNumber(Math.floor((ms + VIETNAM_OFFSET_MS) / DAY_MS));
}

/** The instant a day ends in Vietnam, its next midnight there: "2026-11-18" → "2026-11-18T17:00:00.000Z". */
export function endOfVietnamDay(date: IsoDate): string {
  return new Date((toDayNumber(date) + 1) * DAY_MS - VIETNAM_OFFSET_MS).toISOString();
}
