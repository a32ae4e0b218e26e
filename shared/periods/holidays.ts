import { addDays, compareIsoDates, isoDate, isWeekend } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import { hungKingsDayOf, lastDayOfLunarYear } from "./lunar.ts";

/**
 * What the government announces for one year (Bộ luật Lao động 2019, art. 112.3: the Prime
 * Minister fixes the days of Tết and of the day next to 2/9 each year, and day swaps).
 * `add`: extra days off. `remove`: days that are working days after all (a Saturday worked in
 * exchange for a bridge day). `replaceComputed`: the announcement lists every day off of the year
 * beyond the fixed dates, so the computed Tết, Giỗ Tổ, day next to 2/9 and compensatory days
 * are dropped.
 */
export interface HolidayYear {
  add?: IsoDate[];
  remove?: IsoDate[];
  replaceComputed?: boolean;
}

/** Announced holiday data, by year (`"2026"`). Years without data use the computed defaults. */
export interface HolidayCalendar {
  years: Record<string, HolidayYear>;
}

/** A day off other than a weekend: by law, in compensation, or by announcement. */
export type Holiday =
  | { kind: "statutory"; date: IsoDate; name: string }
  | { kind: "compensatory"; date: IsoDate; for: IsoDate }
  | { kind: "announced"; date: IsoDate };

/** The days of Tết when a year has no announced data: giao thừa and lunar 1/1 to 1/4. */
const DEFAULT_TET_DAYS = 5;

function fixedHolidays(year: number): Holiday[] {
  const day = (month: number, d: number, name: string): Holiday => ({ kind: "statutory", date: isoDate(year, month, d), name });
  return [
    day(1, 1, "Tết Dương lịch"),
    day(4, 30, "Ngày Chiến thắng"),
    day(5, 1, "Ngày Quốc tế Lao động"),
    day(9, 2, "Quốc khánh"),
  ];
}

function computedHolidays(year: number): Holiday[] {
  const tetStart = lastDayOfLunarYear(year - 1);
  const tet = Array.from({ length: DEFAULT_TET_DAYS }, (_, i): Holiday => ({
    kind: "statutory",
    date: addDays(tetStart, i),
    name: "Tết Âm lịch",
  }));
  return [
    ...tet,
    { kind: "statutory", date: hungKingsDayOf(year), name: "Giỗ Tổ Hùng Vương" },
    // Art. 112.1(đ) gives 2/9 and a day before or after it, chosen each year; without data, 1/9.
    { kind: "statutory", date: isoDate(year, 9, 1), name: "Quốc khánh (ngày liền kề)" },
  ];
}

/** Each statutory day on a weekend gives the next day that is neither weekend nor off (art. 111.3). */
function compensatoryDays(holidays: Holiday[]): Holiday[] {
  const off = new Set(holidays.map((h) => h.date));
  const result: Holiday[] = [];
  for (const holiday of holidays) {
    if (holiday.kind !== "statutory" || !isWeekend(holiday.date)) continue;
    let date = addDays(holiday.date, 1);
    while (isWeekend(date) || off.has(date)) date = addDays(date, 1);
    off.add(date);
    result.push({ kind: "compensatory", date, for: holiday.date });
  }
  return result;
}

/** Every date listed under `add` or `remove`, whatever the year it is filed under. */
export function announcedDays(calendar: HolidayCalendar, field: "add" | "remove"): Set<IsoDate> {
  return new Set(Object.values(calendar.years).flatMap((entry) => entry[field] ?? []));
}

/**
 * The days off of a year other than plain weekends, in date order, one entry per date: the
 * fixed dates of art. 112 (1/1, 30/4, 1/5, 2/9), the computed ones (five days of Tết, Giỗ Tổ
 * 10/3 lunar, 1/9) with their compensatory days unless the year's data replaces them, and the
 * announced additions; announced removals are left out.
 */
export function holidaysOf(year: number, calendar: HolidayCalendar): Holiday[] {
  // Worked out once per calendar and year: every deadline of every submission asks again.
  let years = holidaysByCalendar.get(calendar);
  if (!years) holidaysByCalendar.set(calendar, (years = new Map()));
  let holidays = years.get(year);
  if (!holidays) years.set(year, (holidays = workOutHolidays(year, calendar)));
  return [...holidays];
}

const holidaysByCalendar = new WeakMap<HolidayCalendar, Map<number, readonly Holiday[]>>();

function workOutHolidays(year: number, calendar: HolidayCalendar): Holiday[] {
  const data = calendar.years[String(year)];
  const statutory = data?.replaceComputed
    ? fixedHolidays(year)
    : [...fixedHolidays(year), ...computedHolidays(year)].sort((a, b) => compareIsoDates(a.date, b.date));
  const announced = [...announcedDays(calendar, "add")]
    .filter((date) => date.startsWith(`${String(year).padStart(4, "0")}-`))
    .map((date): Holiday => ({ kind: "announced", date }));
  const byDate = new Map<IsoDate, Holiday>();
  for (const holiday of [...statutory, ...announced]) {
    if (!byDate.has(holiday.date)) byDate.set(holiday.date, holiday);
  }
  if (!data?.replaceComputed) {
    for (const holiday of compensatoryDays([...byDate.values()])) byDate.set(holiday.date, holiday);
  }
  const removed = announcedDays(calendar, "remove");
  return [...byDate.values()]
    .filter((holiday) => !removed.has(holiday.date))
    .sort((a, b) => compareIsoDates(a.date, b.date));
}
