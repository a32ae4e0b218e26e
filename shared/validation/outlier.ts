import { withDerived } from "../forms/derive.ts";
import type { Figures, FormDefinition, FormValues, OutlierRule } from "../forms/types.ts";
import type { Issue } from "./issue.ts";
import { columnText } from "./wording.ts";
import { formatEn, formatVi } from "../text/numbers-vi.ts";

/** How many of a unit's earlier reports of the same period type the rules are given (newest first). */
export const HISTORY_LENGTH = 6;

/** A report of the unit for the same form and period type: for continuity and its history. */
export interface PreviousReport {
  periodId: string;
  values: FormValues;
}

/** A cell of a stored report: as stored, or, for a report stored without its derived totals, from their parts. */
export function storedValue(form: FormDefinition, values: FormValues, key: string): number | undefined {
  const stored = values[key];
  if (typeof stored === "number") return stored;
  const figures: Figures = {};
  for (const [k, v] of Object.entries(values)) if (typeof v === "number") figures[k] = v;
  const derived = withDerived(form, figures)[key];
  return typeof derived === "number" ? derived : undefined;
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The outlier rule on one cell: a warning when the value is far from the median of the unit's history. */
export function outlierIssue(
  form: FormDefinition,
  rule: OutlierRule,
  now: number | undefined,
  key: string,
  where: { vi: string; en: string },
  history: readonly PreviousReport[],
): Issue | null {
  if (now === undefined) return null;
  const past = history.map((report) => storedValue(form, report.values, key)).filter((v): v is number => v !== undefined);
  if (past.length < rule.history) return null;
  const usual = Math.round(median(past)); // a count: "1.230", not "1.230,5"
  if (usual < rule.minimum) return null;
  const high = now > usual * rule.factor;
  if (!high && now * rule.factor >= usual) return null;
  const c = columnText(form, rule.column);
  const n = past.length;
  return {
    rule: rule.id, severity: rule.severity, columns: [key],
    message:
      `${where.vi}, ${c.vi} = ${formatVi(now)}: ${high ? `gấp hơn ${rule.factor} lần` : `chưa bằng 1/${rule.factor}`} mức bình thường của đơn vị ` +
      `(trung vị của ${n} báo cáo gần nhất: ${formatVi(usual)}). Kiểm tra lại (thừa hay thiếu chữ số?) hoặc ghi giải trình.`,
    messageEn:
      `${where.en}, ${c.en} = ${formatEn(now)}: ${high ? `over ${rule.factor} times` : `under 1/${rule.factor} of`} the unit's usual level ` +
      `(median of the last ${n} reports: ${formatEn(usual)}). Check it (a digit too many or too few?) or explain why.`,
    expected: usual, actual: now,
  };
}
