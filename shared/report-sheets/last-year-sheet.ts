import type { ConsolidatedReport, UnitLine } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import { levelsShown } from "../forms/filing.ts";
import type { FormDefinition } from "../forms/types.ts";
import type { GridSheet, GridValue } from "../layout/grid.ts";
import { compare, type Summary } from "../written-report/comparison.ts";
import { LAST_YEAR_SHEET } from "./sheet-names.ts";
import { COUNT, PERCENT } from "./styles.ts";
import { tableSheet } from "./table-sheet.ts";
import { periodLabel } from "./vn-text.ts";

/** A form's report of the period and of the same period of the previous year (null: nobody reported it). */
export interface WithLastYear {
  form: FormDefinition;
  report: ConsolidatedReport<PeriodInfo>;
  lastYear?: ConsolidatedReport<PeriodInfo> | null;
}

const unitSummary = (line: UnitLine | undefined): Summary => (line ? { total: line.values, rates: line.rates } : { total: {}, rates: {} });

/**
 * Every figure and rate beside the same period of the previous year, with the change: the city,
 * each level and each unit, form by form, as one filterable table. A rate's change is in points
 * (0,021 = 2,1 điểm); a figure's also relative to last year's.
 */
export function lastYearSheet(reports: readonly WithLastYear[]): GridSheet {
  const rows: GridValue[][] = [];
  const rateRows: number[] = [];
  let compared = 0;
  for (const { form, report, lastYear } of reports) {
    if (!lastYear) continue;
    compared++;
    const add = (who: string, level: string, now: Summary, before: Summary) => {
      for (const line of compare(form, now, before)) {
        if (line.kind === "rate") rateRows.push(rows.length + 2);
        rows.push([rows.length + 1, form.title.vi, who, level, line.kind === "rate" ? `${line.label} (tỷ lệ)` : line.label, line.current, line.last, line.change, line.relative]);
      }
    };
    add("TỔNG CỘNG", "", report, lastYear);
    for (const level of levelsShown(report, lastYear)) {
      const name = (report.levels[level] ?? lastYear.levels[level])!.label.vi;
      add(name, name, report.levels[level] ?? unitSummary(undefined), lastYear.levels[level] ?? unitSummary(undefined));
      const codes = [...new Set([...report.units, ...lastYear.units].filter((u) => u.level === level).map((u) => u.code))];
      for (const code of codes) {
        const now = report.units.find((u) => u.code === code);
        const before = lastYear.units.find((u) => u.code === code);
        add((now ?? before)!.name, name, unitSummary(now), unitSummary(before));
      }
    }
  }
  const first = reports.find((r) => r.lastYear)?.lastYear?.period ?? null;
  const sheet = tableSheet(
    LAST_YEAR_SHEET,
    [
      { label: "STT", width: 7 }, { label: "Biểu", width: 28 }, { label: "Cơ quan, đơn vị", width: 32 }, { label: "Cấp", width: 20 },
      { label: "Chỉ tiêu", width: 40 }, { label: "Kỳ này", width: 12 }, { label: `Cùng kỳ năm trước${first ? ` (${periodLabel(first)})` : ""}`, width: 14 },
      { label: "Tăng (+), giảm (−)", width: 12 }, { label: "Tỷ lệ tăng, giảm", width: 11 },
    ],
    rows,
    compared === 0 ? "Chưa có số liệu cùng kỳ năm trước để so sánh." : "",
  );
  if (rows.length > 0) {
    sheet.styles.push({ area: { row: 2, column: 6, rows: rows.length, columns: 3 }, style: COUNT });
    sheet.styles.push({ area: { row: 2, column: 9, rows: rows.length, columns: 1 }, style: PERCENT });
    for (const row of rateRows) sheet.styles.push({ area: { row, column: 6, rows: 1, columns: 3 }, style: PERCENT });
  }
  return sheet;
}
