import { daysInMonth } from "../periods/calendar.ts";
import { parsePeriodId } from "../periods/period-id.ts";
import { lastMonthOf } from "../periods/windows.ts";
import { foldText } from "../text/fold.ts";
import type { Due } from "./types.ts";

const ROMAN_QUARTER: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4, "1": 1, "2": 2, "3": 3, "4": 4 };
const EVERY: Record<string, "month" | "quarter" | "half-year" | "year"> = {
  thang: "month", quy: "quarter", "6 thang": "half-year", "nua nam": "half-year", nam: "year",
};

const RECURRING = /^(?:thuong xuyen|lien tuc|hang ngay|hang tuan|dinh ky(?: theo quy dinh)?)$/;
// "Định kỳ hàng tháng", "Hằng quý", "Định kỳ hàng quý và năm 2025" (the yearly report closes Q4).
// "Thường xuyên, hàng năm" is yearly too.
const EVERY_PERIOD = /^(?:thuong xuyen,? )?(?:dinh ky )?hang (thang|quy|6 thang|nua nam|nam)(?: va (?:hang )?nam(?: \d{4})?)?$/;
// "Năm 2021 và các năm tiếp theo": every year from then on.
const YEARS_ON = /^nam \d{4} va cac nam tiep theo$/;
const ON_OCCURRENCE = /^(?:khi|neu) (?:co )?phat sinh$/;
const MONTH = /^(?:(?:hoan thanh )?trong )?thang (\d{1,2})(?:[/.-](\d{4})| nam (\d{4}))?$/;
const QUARTER = /^(?:trong )?quy (iv|iii|ii|i|[1-4])(?:[/.-](\d{4})|,? nam (\d{4}))?$/;
const HALF = /^(?:trong )?6 thang (dau|cuoi) nam(?:[/ ](\d{4}))?$/;
const YEAR = /^(?:trong )?nam(?: (\d{4}))?$/;
const DATE = /^(?:(?:hoan thanh )?(?:truoc|cham nhat|den|han|trong)(?: ngay)? |ngay )?(\d{1,2})[/.-](\d{1,2})(?:[/.-](\d{4}))?$/;

const pad = (n: number) => String(n).padStart(2, "0");
const validYear = (year: number) => Number.isInteger(year) && year >= 2 && year <= 9999;

/**
 * A task's time as the table words it ("Trong tháng 02/2025", "Quý I/2025", "Trước ngày 30/4/2025",
 * "Năm 2025", "Thường xuyên", "Định kỳ hàng tháng", "Khi có phát sinh"), ignoring case, diacritics
 * and a trailing note in brackets; a month, quarter or half without a year is in `planYear`. Any
 * other wording is kept as written (kind "text").
 */
export function parseDue(text: string, planYear: number): Due {
  const written = text.replace(/\s+/g, " ").trim();
  const s = foldText(written).replace(/\s*\([^()]*\)$/, "").replace(/[.;,:]$/, "").trim();
  const asText: Due = { kind: "text", text: written };
  const yearOf = (...found: (string | undefined)[]) => Number(found.find((y) => y !== undefined) ?? planYear);
  let m: RegExpExecArray | null;
  if (RECURRING.test(s)) return { kind: "recurring" };
  if ((m = EVERY_PERIOD.exec(s))) return { kind: "recurring", every: EVERY[m[1]!]! };
  if (YEARS_ON.test(s)) return { kind: "recurring", every: "year" };
  if (ON_OCCURRENCE.test(s)) return { kind: "on-occurrence" };
  if ((m = MONTH.exec(s))) {
    const year = yearOf(m[2], m[3]);
    const month = Number(m[1]);
    return validYear(year) && month >= 1 && month <= 12 ? { kind: "month", month: `${year}-${pad(month)}` } : asText;
  }
  if ((m = QUARTER.exec(s))) {
    const year = yearOf(m[2], m[3]);
    return validYear(year) ? { kind: "quarter", quarter: `${year}-Q${ROMAN_QUARTER[m[1]!]}` } : asText;
  }
  if ((m = HALF.exec(s))) {
    const year = yearOf(m[2]);
    return validYear(year) ? { kind: "half", half: `${year}-H${m[1] === "dau" ? 1 : 2}` } : asText;
  }
  if ((m = YEAR.exec(s))) {
    const year = yearOf(m[1]);
    return validYear(year) ? { kind: "year", year } : asText;
  }
  if ((m = DATE.exec(s))) {
    const [day, month, year] = [Number(m[1]), Number(m[2]), yearOf(m[3])];
    const valid = validYear(year) && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
    return valid ? { kind: "date", date: `${String(year).padStart(4, "0")}-${pad(month)}-${pad(day)}` } : asText;
  }
  return asText;
}

/** The last day of a period id (`2025-02`, `2025-Q1`, `2025-H1`, `2025`), or null when it names none. */
function lastDayOf(periodId: string): string | null {
  const period = parsePeriodId(periodId);
  if (!period) return null;
  const last = lastMonthOf(period);
  return `${String(last.year).padStart(4, "0")}-${pad(last.index)}-${pad(daysInMonth(last.year, last.index))}`;
}

/**
 * The last day a task may be done: a date as is, else the end of its month, quarter, half or year;
 * null for a recurring task, one done when the need arises, or a time kept as text.
 */
export function dueDate(due: Due): string | null {
  switch (due.kind) {
    case "date":
      return due.date;
    case "month":
      return lastDayOf(due.month);
    case "quarter":
      return lastDayOf(due.quarter);
    case "half":
      return lastDayOf(due.half);
    case "year":
      return lastDayOf(String(due.year).padStart(4, "0"));
    default:
      return null;
  }
}
