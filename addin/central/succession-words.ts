import type { Report } from "../../shared/api/schemas.ts";
import { vietnamDate } from "../../shared/periods/calendar.ts";
import type { Unit } from "../../shared/units/levels.ts";
import type { StringKey } from "../ui/i18n.tsx";

type T = (key: StringKey, params?: Record<string, string | number>) => string;

/** The calendar month (YYYY-MM) an instant falls in, in Vietnam (UTC+7). */
export const vnMonth = (now: Date): string => vietnamDate(now).slice(0, 7);

/** "2030-01" → "01/2030"; anything else as it is. */
export const monthVi = (month: string): string => (/^\d{4}-\d{2}$/.test(month) ? `${month.slice(5)}/${month.slice(0, 4)}` : month);

/** Whether a unit was merged or closed (whatever the month: the registry no longer offers it). */
export const isRetired = (unit: Pick<Unit, "retiredFrom">): boolean => Boolean(unit.retiredFrom);

/** The registry's badge of a merged or closed unit, null for an active one; the successor named when known. */
export function retirementBadge(unit: Pick<Unit, "retiredFrom" | "mergedInto">, nameOf: (code: string) => string | undefined, t: T): string | null {
  if (!unit.retiredFrom) return null;
  const month = monthVi(unit.retiredFrom);
  if (!unit.mergedInto) return t("rRetiredBadge", { month });
  return t("rMergedBadge", { name: nameOf(unit.mergedInto) ?? unit.mergedInto, code: unit.mergedInto, month });
}

/** What a merger (successor named) or a closure (null) of these units from a month will do, in words. */
export function retirementSentence(names: readonly string[], month: string, successor: string | null, t: T): string {
  const params = { month: monthVi(month), names: names.join(", ") };
  return successor === null ? t("rRetireSentence", params) : t("rMergeSentence", { ...params, successor });
}

/**
 * The lines of last year's report that count units since merged, as «Xã C gồm Xã A, Xã B», by name
 * when known (else by code); an empty list when none does.
 */
export function mergedLines(report: Pick<Report, "lastYear">, nameOf: (code: string) => string | undefined, t: T): string[] {
  const name = (code: string) => nameOf(code) ?? code;
  return (report.lastYear?.units ?? [])
    .filter((line) => (line.includes ?? []).length > 0)
    .map((line) => t("rMergedLine", { successor: name(line.code), parts: line.includes!.map(name).join(", ") }));
}
