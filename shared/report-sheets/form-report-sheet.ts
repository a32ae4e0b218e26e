import type { ConsolidatedReport, UnitLine } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import { findColumn } from "../forms/cells.ts";
import type { FormDefinition, Rate } from "../forms/types.ts";
import { columnLetters } from "../layout/a1.ts";
import { GridBuilder, type GridCell, type GridSheet } from "../layout/grid.ts";
import { sheetHeader } from "../layout/sheet-columns.ts";
import { levelsShown, partsWord } from "../forms/filing.ts";
import { parsePeriodId } from "../periods/period-id.ts";
import { shownLevelNamer } from "../units/levels.ts";
import { romanNumeral } from "../text/roman.ts";
import { BODY, COUNT, GRAND_TOTAL, HEADER, NUMBER_ROW, PERCENT, TITLE, TOTAL } from "./styles.ts";
import { deadlinesText } from "../periods/deadlines-text.ts";
import { periodName, vnDate } from "../text/vietnam-format.ts";

/** The first row of the header block; rows 1–3 hold the title, the period and the form's code. */
const HEADER_TOP = 5;

type Figures = Record<string, number>;
type Rates = Record<string, number | null>;

/**
 * One form's consolidated report as the official sheet: title, period and window, merged header
 * groups, the numbered row, the grand total, then each level shown with its subtotal (where the
 * configuration draws one) and its units. Derived
 * columns, subtotals, the grand total and rates are formulas, each with its result.
 */
export function formReportSheet(form: FormDefinition, report: ConsolidatedReport<PeriodInfo>): GridSheet {
  const header = sheetHeader(form, true);
  const width = header.columns.length;
  const grid = new GridBuilder(form.layout.sheetName, "landscape");
  const columnOf = new Map<string, number>();
  header.columns.forEach((c, i) => columnOf.set(c.kind === "lead" ? `#${c.index}` : c.id, i + 1));
  const at = (id: string, row: number) => `${columnLetters(columnOf.get(id)!)}${row}`;

  const p = report.period;
  grid.set(1, 1, `TỔNG HỢP ${form.title.vi.toUpperCase()}`).merge(1, 1, 1, width).style(1, 1, 1, width, TITLE).height(1, 30);
  grid
    .set(2, 1, `Kỳ báo cáo ${periodName(p.id, "long")} (${p.id}): số liệu từ ngày ${vnDate(p.start)} đến ngày ${vnDate(p.end)}; hạn gửi ${deadlinesText(p, vnDate, shownLevelNamer([report.levels]))}`)
    .merge(2, 1, 1, width)
    .style(2, 1, 1, width, { italic: true, horizontal: "center" });
  grid.set(3, 1, `${form.layout.code} — ${form.basis.vi}`).merge(3, 1, 1, width).style(3, 1, 1, width, { italic: true, size: 9, horizontal: "right" });

  for (const cell of header.cells) {
    grid.set(HEADER_TOP + cell.row, cell.column + 1, cell.label.vi).merge(HEADER_TOP + cell.row, cell.column + 1, cell.rowSpan, cell.columnSpan);
  }
  const numberRow = HEADER_TOP + header.depth;
  grid.line(numberRow, 1, header.numbers);
  grid.style(HEADER_TOP, 1, header.depth, width, HEADER).style(numberRow, 1, 1, width, NUMBER_ROW);

  const rateCell = (rate: Rate, row: number, result: number | null): GridCell => {
    const sum = (ids: string[]) => ids.map((id) => at(id, row)).join("+");
    return { formula: `IF((${sum(rate.denominator)})=0,"",(${sum(rate.numerator)})/(${sum(rate.denominator)}))`, result: result ?? "" };
  };
  /** The data and rate cells of one line; `sumOf` gives a total line's formula for a column. */
  const figures = (row: number, values: Figures, rates: Rates, sumOf: ((id: string) => string | null) | null) => {
    header.columns.forEach((column, i) => {
      if (column.kind === "data") {
        const result = values[column.id] ?? 0;
        const definition = findColumn(form, column.id);
        const formula =
          definition?.kind === "derived"
            ? definition.terms.map((t, k) => `${t.sign < 0 ? "-" : k === 0 ? "" : "+"}${at(t.column, row)}`).join("")
            : sumOf?.(column.id) ?? null;
        // A unit that did not report an optional figure: an empty cell, never a 0 it did not type.
        const unreported = sumOf === null && values[column.id] === undefined && definition?.kind === "count" && definition.optional;
        grid.set(row, i + 1, formula ? { formula, result } : unreported ? null : result);
      } else if (column.kind === "rate") {
        grid.set(row, i + 1, rateCell(form.rates.find((r) => r.id === column.id)!, row, rates[column.id] ?? null));
      }
    });
  };

  const grandRow = numberRow + 1;
  /** What the grand total adds up: each subtotal row, or the unit rows of a level drawn without one. */
  const totalParts: ((id: string) => string)[] = [];
  let row = grandRow + 1;
  levelsShown(report).forEach((level, li) => {
    const lines = report.units.filter((u) => u.level === level);
    const summary = report.levels[level]!;
    const levelRow = row++;
    const first = row;
    const last = first + lines.length - 1;
    grid.line(levelRow, 1, [romanNumeral(li + 1), summary.label.vi]).style(levelRow, 1, 1, width, TOTAL);
    const range = (id: string) => `SUM(${at(id, first)}:${at(id, last)})`;
    if (summary.subtotal) {
      totalParts.push((id) => at(id, levelRow));
      figures(levelRow, summary.total, summary.rates, (id) => (lines.length ? range(id) : null));
    } else if (lines.length) {
      totalParts.push(range);
    }
    lines.forEach((line: UnitLine, i) => {
      grid.line(row, 1, [i + 1, line.source === "derived" ? `${line.name} (*)` : line.name]);
      figures(row++, line.values, line.rates, null);
    });
    if (lines.length) grid.style(first, 1, lines.length, width, BODY);
  });
  grid.line(grandRow, 1, ["", "TỔNG CỘNG"]).style(grandRow, 1, 1, width, GRAND_TOTAL);
  figures(grandRow, report.total, report.rates, (id) => (totalParts.length ? totalParts.map((part) => part(id)).join("+") : null));

  header.columns.forEach((column, i) => {
    if (column.kind === "data") grid.style(grandRow, i + 1, row - grandRow, 1, COUNT);
    if (column.kind === "rate") grid.style(grandRow, i + 1, row - grandRow, 1, PERCENT);
  });

  let note = row + 1;
  if (report.units.some((u) => u.source === "derived")) {
    const parts = partsWord(form, parsePeriodId(report.period.id)!).vi;
    grid.set(note++, 2, `(*) Số liệu tổng hợp từ các báo cáo ${parts} của đơn vị (đơn vị chưa gửi báo cáo của kỳ).`);
  }
  const c = report.completeness;
  grid.set(note, 2, `Đã gửi ${c.submitted}/${c.expected} đơn vị (${c.late} gửi muộn); chưa gửi: ${c.missing.length}.`);

  grid.width(1, 6).width(2, 38);
  for (let i = 3; i <= width; i++) grid.width(i, 13);
  return grid.freeze(numberRow, 2).build();
}
