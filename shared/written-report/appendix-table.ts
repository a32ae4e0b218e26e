import type { ConsolidatedReport } from "../aggregation/consolidate.ts";
import { levelsShown } from "../forms/filing.ts";
import type { Figures, FormDefinition } from "../forms/types.ts";
import { sheetHeader } from "../layout/sheet-columns.ts";
import { formatVi, percentVi } from "../text/numbers-vi.ts";
import { romanNumeral } from "../text/roman.ts";

import type { Table, TableCell } from "./model.ts";


/**
 * A form's consolidated table as in the workbook's sheet: the same header bands and numbered row,
 * the grand total, each level's subtotal and, `withUnits`, its units ("(*)": derived from shorter reports).
 */
export function appendixTable<P>(form: FormDefinition, report: ConsolidatedReport<P>, withUnits: boolean): Table {
  const header = sheetHeader(form, true);
  const headerRows: TableCell[][] = Array.from({ length: header.depth }, () => []);
  for (const cell of [...header.cells].sort((a, b) => a.row - b.row || a.column - b.column)) {
    headerRows[cell.row]!.push({ text: cell.label.vi, columnSpan: cell.columnSpan, rowSpan: cell.rowSpan, bold: true, align: "center" });
  }
  headerRows.push(header.numbers.map((text) => ({ text, italic: true, align: "center" })));

  const figures = (values: Figures, rates: Readonly<Record<string, number | null>>, bold: boolean): TableCell[] =>
    header.columns.flatMap((column): TableCell[] => {
      if (column.kind === "data") return [{ text: values[column.id] === undefined ? "" : formatVi(values[column.id]!), align: "right", bold }];
      if (column.kind === "rate") {
        const rate = rates[column.id];
        return [{ text: rate === null || rate === undefined ? "" : percentVi(rate), align: "right", bold }];
      }
      return [];
    });

  const rows: TableCell[][] = [[{ text: "" }, { text: "TỔNG CỘNG", bold: true }, ...figures(report.total, report.rates, true)]];
  levelsShown(report).forEach((level, i) => {
    const summary = report.levels[level]!;
    const heading = [{ text: romanNumeral(i + 1), bold: true, align: "center" as const }, { text: summary.label.vi, bold: true }];
    rows.push([...heading, ...figures(summary.subtotal ? summary.total : {}, summary.subtotal ? summary.rates : {}, true)]);
    if (!withUnits) return;
    report.units
      .filter((unit) => unit.level === level)
      .forEach((unit, k) => rows.push([{ text: String(k + 1), align: "center" }, { text: unit.source === "derived" ? `${unit.name} (*)` : unit.name }, ...figures(unit.values, unit.rates, false)]));
  });
  const widths = header.columns.map((column, i) => (column.kind === "lead" ? (i === 0 ? 5 : 22) : 8));
  return { widths, header: headerRows, rows };
}
