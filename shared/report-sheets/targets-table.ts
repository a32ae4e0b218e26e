import type { FormDefinition } from "../forms/types.ts";
import type { GridBuilder } from "../layout/grid.ts";
import type { FormTargets } from "../plans/types.ts";
import { BODY, HEADER, PERCENT } from "./styles.ts";

const HEADERS = ["Biểu", "Chỉ tiêu", "Kết quả chung của các đơn vị", "Mục tiêu", "Đánh giá"];

/** One rate the plan in force sets a target for, with the city's rate recomputed for the period. */
export interface TargetLine {
  form: FormDefinition;
  rateId: string;
  rate: number | null;
  target: FormTargets[string];
}

/**
 * Writes the plan's targets against the city's rates from `row` on (a caption, a header row, a row
 * per target); answers the next free row. Nothing is written when no plan sets a target.
 */
export function writeTargetsTable(grid: GridBuilder, row: number, lines: readonly TargetLine[]): number {
  if (lines.length === 0) return row;
  const plans = [...new Set(lines.map((l) => l.target.plan))].join("; ");
  grid.set(row, 1, `Chỉ tiêu theo ${plans}`).style(row, 1, 1, 1, { bold: true, italic: true });
  grid.line(row + 1, 1, HEADERS).style(row + 1, 1, 1, HEADERS.length, HEADER).height(row + 1, 32);
  lines.forEach((line, i) => {
    const label = line.form.rates.find((r) => r.id === line.rateId)?.label.vi ?? line.rateId;
    const verdict = line.rate === null ? "Chưa có số liệu" : line.rate >= line.target.target ? "Đạt" : "Chưa đạt";
    grid.line(row + 2 + i, 1, [line.form.title.vi, label, line.rate, line.target.target, verdict]);
  });
  grid.style(row + 2, 1, lines.length, HEADERS.length, BODY).style(row + 2, 3, lines.length, 2, PERCENT);
  return row + 2 + lines.length;
}
