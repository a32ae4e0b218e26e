import type { ConsolidatedReport } from "../aggregation/consolidate.ts";
import type { PeriodInfo } from "../api/schemas.ts";
import type { FormDefinition } from "../forms/types.ts";
import type { GridSheet, GridValue } from "../layout/grid.ts";
import { unitsBelowTargets } from "../plans/below-target.ts";
import type { FormTargets } from "../plans/types.ts";
import { BELOW_TARGET_SHEET } from "./sheet-names.ts";
import { PERCENT } from "./styles.ts";
import { tableSheet } from "./table-sheet.ts";

/** Every unit below a target of the plan in force, form by form and rate by rate, lowest first. */
export function belowTargetSheet(
  reports: readonly { form: FormDefinition; report: ConsolidatedReport<PeriodInfo> }[],
  targets: Readonly<Record<string, FormTargets>>,
): GridSheet {
  const rows: GridValue[][] = [];
  let judged = 0;
  for (const { form, report } of reports) {
    for (const { rateId, target, units } of unitsBelowTargets(form.rates.map((r) => r.id), report.units, targets[form.id] ?? {})) {
      judged++;
      const label = form.rates.find((r) => r.id === rateId)!.label.vi;
      for (const unit of units) {
        rows.push([rows.length + 1, form.title.vi, label, unit.code, unit.name, report.levels[unit.level]?.label.vi ?? unit.level, unit.rate, target.target]);
      }
    }
  }
  const sheet = tableSheet(
    BELOW_TARGET_SHEET,
    [
      { label: "STT", width: 6 }, { label: "Biểu", width: 30 }, { label: "Chỉ tiêu", width: 40 }, { label: "Mã đơn vị", width: 14 },
      { label: "Tên đơn vị", width: 32 }, { label: "Cấp", width: 22 }, { label: "Kết quả của đơn vị", width: 12 }, { label: "Mục tiêu", width: 10 },
    ],
    rows,
    judged === 0 ? "Kế hoạch áp dụng cho kỳ này không đặt chỉ tiêu nào cho các biểu." : "Mọi đơn vị có số liệu đều đạt các chỉ tiêu của kế hoạch.",
  );
  if (rows.length > 0) sheet.styles.push({ area: { row: 2, column: 7, rows: rows.length, columns: 2 }, style: PERCENT });
  return sheet;
}
