import type { ConsolidatedReport } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import { cellKey, rowsOf } from "../forms/cells.ts";
import { levelsShown } from "../forms/filing.ts";
import type { FormDefinition } from "../forms/types.ts";
import { GridBuilder, type GridSheet } from "../layout/grid.ts";
import { deadlinesText } from "../periods/deadlines-text.ts";
import { shownLevelNamer } from "../units/levels.ts";
import { BODY, HEADER, LABEL, NOTE, TITLE, TOTAL } from "./styles.ts";
import { periodName, vnDate } from "../text/vietnam-format.ts";

const WIDTHS = [6, 30, 100];
const CHARACTERS_PER_LINE = 110;
const LINE_HEIGHT = 15;
const MAX_ROW_HEIGHT = 409;

const heightOf = (text: string) =>
  Math.min(MAX_ROW_HEIGHT, LINE_HEIGHT * text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARACTERS_PER_LINE)), 0) + 4);

/**
 * A written report consolidated: under each section (each row and text column of the form), what
 * every unit that sent its own report wrote there, grouped by level and named. Text is never summed.
 */
export function textReportSheet(form: FormDefinition, report: ConsolidatedReport<PeriodInfo>): GridSheet {
  const grid = new GridBuilder(form.layout.sheetName, "portrait");
  const width = WIDTHS.length;
  const p = report.period;
  grid.set(1, 1, `TỔNG HỢP ${form.title.vi.toUpperCase()}`).merge(1, 1, 1, width).style(1, 1, 1, width, TITLE).height(1, 30);
  grid
    .set(2, 1, `Kỳ báo cáo ${periodName(p.id, "long")} (${p.id}): số liệu từ ngày ${vnDate(p.start)} đến ngày ${vnDate(p.end)}; hạn gửi ${deadlinesText(p, vnDate, shownLevelNamer([report.levels]))}`)
    .merge(2, 1, 1, width)
    .style(2, 1, 1, width, { italic: true, horizontal: "center", wrap: true });
  grid.set(3, 1, `${form.layout.code} — ${form.basis.vi}`).merge(3, 1, 1, width).style(3, 1, 1, width, { italic: true, size: 9, horizontal: "right" });
  grid.line(5, 1, ["STT", "Cơ quan, đơn vị", "Nội dung báo cáo"]).style(5, 1, 1, width, HEADER);

  const textColumns = form.columns.filter((column) => column.kind === "text");
  let row = 6;
  for (const formRow of rowsOf(form)) {
    for (const column of textColumns) {
      const key = cellKey(formRow.id, column.id);
      const title = [formRow.label?.vi, textColumns.length > 1 ? column.label.vi : null].filter(Boolean).join(" — ") || column.label.vi;
      grid.set(row, 1, title).merge(row, 1, 1, width).style(row, 1, 1, width, { ...TOTAL, wrap: true }).height(row, heightOf(title) * 1.1);
      row++;
      for (const level of levelsShown(report)) {
        const lines = report.units.filter((unit) => unit.level === level && unit.texts?.[key] !== undefined);
        if (lines.length === 0) continue;
        grid.set(row, 2, report.levels[level]!.label.vi).merge(row, 2, 1, width - 1).style(row, 1, 1, width, { ...LABEL, italic: true, border: true });
        row++;
        lines.forEach((line, i) => {
          const written = line.texts![key]!;
          grid.line(row, 1, [i + 1, line.name, written]).height(row, heightOf(written));
          grid.style(row, 1, 1, width, BODY);
          row++;
        });
      }
    }
  }
  const c = report.completeness;
  grid.set(row + 1, 2, `Đã gửi ${c.submitted}/${c.expected} đơn vị (${c.late} gửi muộn); chưa gửi: ${c.missing.length} (xem trang «Tình trạng»).`).style(row + 1, 2, 1, 1, NOTE);
  WIDTHS.forEach((w, i) => grid.width(i + 1, w));
  return grid.freeze(5, 0).build();
}
