import { addDays, fromDayNumber, isoDate, toDayNumber } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import { NEW_MOON_EPOCH, SYNODIC_MONTH, UNIX_EPOCH_JDN, newMoonDay, sunTerm } from "./lunar-astronomy.ts";

/** A date of the Vietnamese lunar calendar; `leap` marks the repeated (nhuận) month. */
export interface LunarDate {
  day: number;
  month: number;
  year: number;
  leap: boolean;
}

function julianDay(date: IsoDate): number {
  return toDayNumber(date) + UNIX_EPOCH_JDN;
}

function fromJulianDay(jd: number): IsoDate {
  return fromDayNumber(jd - UNIX_EPOCH_JDN);
}

/** The first day of the lunar month holding the winter solstice of a solar year (month 11). */
function lunarMonth11(solarYear: number): number {
  const k = Math.floor((julianDay(isoDate(solarYear, 12, 31)) - 2415021) / SYNODIC_MONTH);
  const start = newMoonDay(k);
  return sunTerm(start) >= 9 ? newMoonDay(k - 1) : start;
}

/** How many months after month 11 (starting at `a11`) the leap month of a 13-month year comes. */
function leapMonthOffset(a11: number): number {
  const k = Math.floor((a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH + 0.5);
  let i = 1;
  let term = sunTerm(newMoonDay(k + i));
  let last: number;
  do {
    last = term;
    i += 1;
    term = sunTerm(newMoonDay(k + i));
  } while (term !== last && i < 14);
  return i - 1;
}

/** The lunar date of a solar date (time zone UTC+7). */
export function solarToLunar(date: IsoDate): LunarDate {
  const jd = julianDay(date);
  const solarYear = Number(date.slice(0, 4));
  const k = Math.floor((jd - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  let monthStart = newMoonDay(k + 1);
  if (monthStart > jd) monthStart = newMoonDay(k);
  let a11 = lunarMonth11(solarYear);
  let b11 = a11;
  let year: number;
  if (a11 >= monthStart) {
    year = solarYear;
    a11 = lunarMonth11(solarYear - 1);
  } else {
    year = solarYear + 1;
    b11 = lunarMonth11(solarYear + 1);
  }
  const diff = Math.floor((monthStart - a11) / 29);
  let month = diff + 11;
  let leap = false;
  if (b11 - a11 > 365) {
    const leapDiff = leapMonthOffset(a11);
    if (diff >= leapDiff) {
      month = diff + 10;
      leap = diff === leapDiff;
    }
  }
  if (month > 12) month -= 12;
  if (month >= 11 && diff < 4) year -= 1;
  return { day: jd - monthStart + 1, month, year, leap };
}

/**
 * The solar date of a lunar date, or null when it does not exist (a leap month the year lacks,
 * day 30 of a 29-day month).
 */
export function lunarToSolar(lunar: LunarDate): IsoDate | null {
  const { day, month, year, leap } = lunar;
  if (![day, month, year].every(Number.isInteger) || day < 1 || day > 30 || month < 1 || month > 12) return null;
  const [a11, b11] =
    month < 11 ? [lunarMonth11(year - 1), lunarMonth11(year)] : [lunarMonth11(year), lunarMonth11(year + 1)];
  let offset = month < 11 ? month + 1 : month - 11;
  if (b11 - a11 > 365) {
    const leapOffset = leapMonthOffset(a11);
    if (leap || offset >= leapOffset) offset += 1;
  }
  const k = Math.floor(0.5 + (a11 - NEW_MOON_EPOCH) / SYNODIC_MONTH);
  const solar = fromJulianDay(newMoonDay(k + offset) + day - 1);
  const back = solarToLunar(solar);
  return back.day === day && back.month === month && back.year === year && back.leap === leap ? solar : null;
}

const tetCache = new Map<number, IsoDate>();

/** Tết Nguyên đán: the solar date of lunar 1/1 of a year. */
export function tetOf(year: number): IsoDate {
  let tet = tetCache.get(year);
  if (tet === undefined) {
    tet = existing({ day: 1, month: 1, year, leap: false });
    tetCache.set(year, tet);
  }
  return tet;
}

/** The last day of a lunar year (29 or 30 of month 12, giao thừa): the day before the next Tết. */
export function lastDayOfLunarYear(year: number): IsoDate {
  return addDays(tetOf(year + 1), -1);
}

/** Giỗ Tổ Hùng Vương: the solar date of lunar 10/3 of a year. */
export function hungKingsDayOf(year: number): IsoDate {
  return existing({ day: 10, month: 3, year, leap: false });
}

function existing(lunar: LunarDate): IsoDate {
  const solar = lunarToSolar(lunar);
  if (solar === null) throw new RangeError(`No lunar date ${lunar.day}/${lunar.month}/${lunar.year}`);
  return solar;
}
