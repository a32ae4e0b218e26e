import type { ConsolidatedReport, UnitLine } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import { levelsShown } from "../forms/filing.ts";
import type { FormDefinition } from "../forms/types.ts";
import type { GridSheet, GridValue } from "../layout/grid.ts";
import { compare, type Summary } from "../written-report/comparison.ts";
import { LAST_YEAR_SHEET } from "./sheet-names.ts";
import { COUNT, PERCENT } from "./styles.ts";
import { rowWeight } from "./sheet-size.ts";
import { tableSheet } from "./table-sheet.ts";
import { periodName } from "../text/vietnam-format.ts";

/** A form's report of the period and of the same period of the previous year (null: nobody reported it). */
export interface WithLastYear {
  form: FormDefinition;
  report: ConsolidatedReport<PeriodInfo>;
  lastYear?: ConsolidatedReport<PeriodInfo> | null;
}

const unitSummary = (line: UnitLine | undefined): Summary => (line ? { total: line.values, rates: line.rates } : { total: {}, rates: {} });

type Line = { cells: GridValue[]; rate: boolean };

const NO_COMPARISON = "Chưa có số liệu cùng kỳ năm trước để so sánh.";

/** The sheet's rows in order, one at a time: at 3,300 units there are ~180,000 of them. */
function* lastYearLines(reports: readonly WithLastYear[]): Generator<Line> {
  let index = 0;
  for (const { form, report, lastYear } of reports) {
    if (!lastYear) continue;
    const lines = function* (who: string, level: string, now: Summary, before: Summary): Generator<Line> {
      for (const line of compare(form, now, before)) {
        index++;
        const label = line.kind === "rate" ? `${line.label} (tỷ lệ)` : line.label;
        yield { cells: [index, form.title.vi, who, level, label, line.current, line.last, line.change, line.relative], rate: line.kind === "rate" };
      }
    };
    yield* lines("TỔNG CỘNG", "", report, lastYear);
    for (const level of levelsShown(report, lastYear)) {
      const name = (report.levels[level] ?? lastYear.levels[level])!.label.vi;
      yield* lines(name, name, report.levels[level] ?? unitSummary(undefined), lastYear.levels[level] ?? unitSummary(undefined));
      const nowOf = new Map(report.units.filter((u) => u.level === level).map((u) => [u.code, u]));
      const beforeOf = new Map(lastYear.units.filter((u) => u.level === level).map((u) => [u.code, u]));
      for (const code of new Set([...nowOf.keys(), ...beforeOf.keys()])) {
        const now = nowOf.get(code);
        const before = beforeOf.get(code);
        yield* lines((now ?? before)!.name, name, unitSummary(now), unitSummary(before));
      }
    }
  }
}

function headersOf(reports: readonly WithLastYear[]) {
  const first = reports.find((r) => r.lastYear)?.lastYear?.period ?? null;
  return [
    { label: "STT", width: 7 }, { label: "Biểu", width: 28 }, { label: "Cơ quan, đơn vị", width: 32 }, { label: "Cấp", width: 20 },
    { label: "Chỉ tiêu", width: 40 }, { label: "Kỳ này", width: 12 }, { label: `Cùng kỳ năm trước${first ? ` (${periodName(first.id, "long")})` : ""}`, width: 14 },
    { label: "Tăng (+), giảm (−)", width: 12 }, { label: "Tỷ lệ tăng, giảm", width: 11 },
  ];
}

/**
 * Every figure and rate beside the same period of the previous year, with the change: the city,
 * each level and each unit, form by form, as one filterable table. A rate's change is in points
 * (0,021 = 2,1 điểm); a figure's also relative to last year's. `rows` (sheet rows, the header being
 * row 1) keeps only those body rows, as the slice of a workbook in parts has them, without holding
 * the others.
 */
export function lastYearSheet(reports: readonly WithLastYear[], rows?: { from: number; to: number }): GridSheet {
  const kept: GridValue[][] = [];
  const rateRows: number[] = [];
  let row = 1;
  for (const line of lastYearLines(reports)) {
    row++;
    if (rows && (row < rows.from || row > rows.to)) continue;
    if (line.rate) rateRows.push(kept.length + 2);
    kept.push(line.cells);
  }
  const compared = reports.some((r) => r.lastYear);
  const sheet = tableSheet(LAST_YEAR_SHEET, headersOf(reports), kept, compared ? "" : NO_COMPARISON);
  if (kept.length > 0) {
    sheet.styles.push({ area: { row: 2, column: 6, rows: kept.length, columns: 3 }, style: COUNT });
    sheet.styles.push({ area: { row: 2, column: 9, rows: kept.length, columns: 1 }, style: PERCENT });
    for (const r of rateRows) sheet.styles.push({ area: { row: r, column: 6, rows: 1, columns: 3 }, style: PERCENT });
  }
  return sheet;
}

/** The sheet's size, row by row, measured without keeping its rows (shared/report-sheets/workbook-parts.ts). */
export function lastYearSize(reports: readonly WithLastYear[]): { rowWeights: number[]; columns: number } {
  const headers = headersOf(reports);
  const seen = new Set<string>();
  const rowWeights = [rowWeight(headers.map((h) => h.label), seen)];
  for (const line of lastYearLines(reports)) rowWeights.push(rowWeight(line.cells, seen));
  // An empty table says why in its first cell (tableSheet).
  if (rowWeights.length === 1) rowWeights.push(rowWeight([reports.some((r) => r.lastYear) ? "" : NO_COMPARISON, ...Array<null>(headers.length - 1).fill(null)], seen));
  return { rowWeights, columns: headers.length };
}
