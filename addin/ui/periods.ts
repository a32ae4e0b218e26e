import { monthsOf, parsePeriodId, periodContaining, previousPeriod, vietnamDate, type Period } from "../../shared/periods/index.ts";

/**
 * The periods a unit is likely to report on today: the last month whose data window has closed,
 * the month in progress, the last closed quarter, and the quarter in progress.
 */
export function periodsToOffer(now: Date): Period[] {
  const today = vietnamDate(now);
  const month = periodContaining(today, "month");
  const quarter = periodContaining(today, "quarter");
  return [previousPeriod(month), month, previousPeriod(quarter), quarter];
}

/** How a period is named to a clerk: "Tháng 11/2026", "Quý IV/2026", "6 tháng cuối năm 2026", "Năm 2026". */
export function periodLabel(id: string, lang: "vi" | "en"): string {
  const p = parsePeriodId(id);
  if (!p) return id;
  const roman = ["I", "II", "III", "IV"][p.index - 1];
  if (lang === "en") {
    return p.type === "month" ? `Month ${p.index}/${p.year}` : p.type === "quarter" ? `Q${p.index} ${p.year}` : p.type === "half-year" ? `H${p.index} ${p.year}` : `Year ${p.year}`;
  }
  switch (p.type) {
    case "month":
      return `Tháng ${p.index}/${p.year}`;
    case "quarter":
      return `Quý ${roman}/${p.year}`;
    case "half-year":
      return p.index === 1 ? `6 tháng đầu năm ${p.year}` : `6 tháng cuối năm ${p.year}`;
    case "year":
      return `Năm ${p.year}`;
    default: {
      const never: never = p.type;
      return String(never);
    }
  }
}

/** The month ids of a period longer than a month (empty for a month). */
export function monthIdsOf(id: string): string[] {
  const p = parsePeriodId(id);
  return p && p.type !== "month" ? monthsOf(p).map((m) => m.id) : [];
}

/** dd/mm/yyyy. */
export const vnDate = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
