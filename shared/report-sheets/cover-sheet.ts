import type { ConsolidatedReport } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import type { FormDefinition } from "../forms/types.ts";
import { GridBuilder, type GridSheet } from "../layout/grid.ts";
import { COVER_SHEET, STATUS_SHEET, WARNINGS_SHEET } from "./sheet-names.ts";
import { BODY, HEADER, LABEL, NOTE } from "./styles.ts";
import { writeTargetsTable, type TargetLine } from "./targets-table.ts";
import { deadlinesText } from "../periods/deadlines-text.ts";
import { shownLevelNamer } from "../units/levels.ts";
import { periodName, vnDate, vnDateTime } from "../text/vietnam-format.ts";

const COLUMNS = [
  { label: "Biểu", width: 34 }, { label: "Mã biểu", width: 16 }, { label: "Số đơn vị phải gửi", width: 12 },
  { label: "Đã gửi", width: 10 }, { label: "Trong đó gửi muộn", width: 12 }, { label: "Chưa gửi", width: 10 },
  { label: "Tổng hợp từ báo cáo kỳ ngắn hơn (*)", width: 14 },
];

/**
 * The cover: title, period, data window, deadline, completeness per form, the plan's targets
 * against the city's rates, time produced (Vietnam time).
 */
export function coverSheet(
  period: PeriodInfo,
  reports: readonly { form: FormDefinition; report: ConsolidatedReport<PeriodInfo> }[],
  targets: readonly TargetLine[],
  producedAt: Date,
): GridSheet {
  const width = COLUMNS.length;
  const grid = new GridBuilder(COVER_SHEET);
  grid.set(1, 1, "BÁO CÁO TỔNG HỢP KIỂM SOÁT THỦ TỤC HÀNH CHÍNH").merge(1, 1, 1, width).height(1, 28);
  grid.style(1, 1, 1, width, { bold: true, size: 14, horizontal: "center", vertical: "middle" });
  const facts: [string, string][] = [
    ["Kỳ báo cáo", `${period.id} — ${periodName(period.id, "long")}`],
    ["Số liệu", `từ ngày ${vnDate(period.start)} đến ngày ${vnDate(period.end)}`],
    ["Hạn gửi báo cáo", deadlinesText(period, vnDate, shownLevelNamer(reports.map(({ report }) => report.levels)))],
    ["Thời điểm lập", `${vnDateTime(producedAt)} (giờ Việt Nam)`],
  ];
  facts.forEach(([label, value], i) => grid.set(3 + i, 1, label).set(3 + i, 2, value).merge(3 + i, 2, 1, width - 1));
  grid.style(3, 1, facts.length, 1, LABEL);

  const headerRow = 3 + facts.length + 1;
  grid.set(headerRow - 1, 1, "Mức độ đầy đủ theo biểu").style(headerRow - 1, 1, 1, 1, { bold: true, italic: true });
  COLUMNS.forEach(({ label, width: w }, i) => grid.set(headerRow, i + 1, label).width(i + 1, w));
  grid.style(headerRow, 1, 1, width, HEADER).height(headerRow, 32);
  reports.forEach(({ form, report }, i) => {
    const c = report.completeness;
    const derived = report.units.filter((u) => u.source === "derived").length;
    grid.line(headerRow + 1 + i, 1, [form.title.vi, form.layout.code, c.expected, c.submitted, c.late, c.missing.length, derived]);
  });
  grid.style(headerRow + 1, 1, reports.length, width, { ...BODY, wrap: false }).style(headerRow + 1, 1, reports.length, 1, { wrap: true });

  const after = writeTargetsTable(grid, headerRow + reports.length + 2, targets) + (targets.length ? 1 : 0);
  grid.set(after, 1, `Các trang: một trang cho mỗi biểu; «${STATUS_SHEET}»: tình trạng gửi của từng đơn vị; «${WARNINGS_SHEET}»: các cảnh báo và giải trình của đơn vị.`);
  grid.style(after, 1, 1, 1, NOTE);
  return grid.freeze(1).build();
}
