import { parsePeriodId } from "../periods/period-id.ts";
import { VIETNAM_OFFSET_MS } from "../periods/calendar.ts";
import { romanNumeral } from "./roman.ts";

/**
 * How dates, times and periods are written for a Vietnamese reader, in one place for the pages, the
 * pane, the workbook, the Word report and the worker's messages. Times are Vietnam's (UTC+7, no
 * daylight saving) whatever the machine's zone. Numbers and percentages: `numbers-vi.ts`.
 */

const two = (n: number) => String(n).padStart(2, "0");

/** `dd/mm/yyyy` of a calendar date `yyyy-mm-dd` (or of the date part of an ISO instant). */
export const vnDate = (iso: string): string => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** The clock in Vietnam at an instant, or null when it is not one. */
function vietnamClock(moment: string | Date): Date | null {
  const ms = typeof moment === "string" ? Date.parse(moment) : moment.getTime();
  return Number.isNaN(ms) ? null : new Date(ms + VIETNAM_OFFSET_MS);
}

/** `dd/mm/yyyy HH:MM:SS` in Vietnam (the workbook's receipt times); the input as it was when not an instant. */
export function vnDateTime(moment: string | Date): string {
  const t = vietnamClock(moment);
  if (!t) return String(moment);
  const local = t.toISOString();
  return `${vnDate(local)} ${local.slice(11, 19)}`;
}

/** `HH:MM dd/mm/yyyy` in Vietnam (the central page's times); the input as it was when not an instant. */
export function vnClock(iso: string): string {
  const t = vietnamClock(iso);
  if (!t) return iso;
  return `${two(t.getUTCHours())}:${two(t.getUTCMinutes())} ${two(t.getUTCDate())}/${two(t.getUTCMonth() + 1)}/${t.getUTCFullYear()}`;
}

/** `HH:MM ngày dd/mm/yyyy` in Vietnam, as a sentence says it. */
export function vnClockInWords(iso: string): string {
  const time = vnClock(iso);
  return time === iso ? iso : `${time.slice(0, 5)} ngày ${time.slice(6)}`;
}

/** The day `dd/mm/yyyy` of an instant in Vietnam (a token's expiry, the end of that day). */
export function vnDay(iso: string): string {
  const time = vnClock(iso);
  return time === iso ? iso : time.slice(6);
}

/**
 * A period's name. `short`, in lists and headings: "Tháng 11/2026", "Quý IV/2026"; `long`, in
 * sentences and documents: "Tháng 11 năm 2026", "Quý IV năm 2026". Half-years and years are the same
 * in both: "6 tháng đầu năm 2026", "Năm 2026". English for the pane's English mode. An id that is not
 * a period comes back as it is.
 */
export function periodName(id: string, style: "short" | "long" = "short", lang: "vi" | "en" = "vi"): string {
  const p = parsePeriodId(id);
  if (!p) return id;
  if (lang === "en") {
    return p.type === "month" ? `Month ${p.index}/${p.year}` : p.type === "quarter" ? `Q${p.index} ${p.year}` : p.type === "half-year" ? `H${p.index} ${p.year}` : `Year ${p.year}`;
  }
  const joint = style === "short" ? "/" : " năm ";
  switch (p.type) {
    case "month":
      return `Tháng ${p.index}${joint}${p.year}`;
    case "quarter":
      return `Quý ${romanNumeral(p.index)}${joint}${p.year}`;
    case "half-year":
      return `6 tháng ${p.index === 1 ? "đầu" : "cuối"} năm ${p.year}`;
    default:
      return `Năm ${p.year}`;
  }
}
