import type { PeriodInfo } from "../api/schemas.ts";

/** `dd/mm/yyyy` of an ISO date. */
export const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

/** A moment in Vietnam time (UTC+7, no daylight saving): `dd/mm/yyyy HH:MM:SS (giờ Việt Nam)`. */
export function vnTime(moment: string | Date): string {
  const at = typeof moment === "string" ? new Date(moment) : moment;
  if (Number.isNaN(at.getTime())) return String(moment);
  const local = new Date(at.getTime() + 7 * 3600_000).toISOString();
  return `${vnDate(local)} ${local.slice(11, 19)}`;
}

/** The period in Vietnamese words: "Tháng 5 năm 2031", "Quý III năm 2026", "6 tháng đầu năm 2017", "Năm 2017". */
export function periodLabel(period: Pick<PeriodInfo, "id" | "type">): string {
  const year = period.id.slice(0, 4);
  const rest = period.id.slice(5);
  switch (period.type) {
    case "month":
      return `Tháng ${Number(rest)} năm ${year}`;
    case "quarter":
      return `Quý ${["I", "II", "III", "IV"][Number(rest.slice(1)) - 1] ?? rest} năm ${year}`;
    case "half-year":
      return `6 tháng ${rest === "H1" ? "đầu" : "cuối"} năm ${year}`;
    default:
      return `Năm ${year}`;
  }
}

/**
 * A cell value that is always text: ExcelJS writes a string as a (shared) string, never as a
 * formula, whatever it begins with (`=`, `+`, `-`, `@`); only `{ formula }` objects become formulas,
 * and no text from a unit ever goes into one.
 */
export const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value));
