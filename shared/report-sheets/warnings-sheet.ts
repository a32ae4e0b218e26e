import type { FormDefinition } from "../forms/types.ts";
import type { GridSheet, GridValue } from "../layout/grid.ts";
import { WARNINGS_SHEET } from "./sheet-names.ts";
import { tableSheet } from "./table-sheet.ts";

/** The warnings stored with one unit's latest version of a form, with the unit's explanations. */
export interface WarningEntry {
  unitCode: string;
  unitName: string;
  formId: string;
  version: number;
  warnings: readonly { rule: string; message: string }[];
  explanations: Readonly<Record<string, string>>;
}

/** Every warning stored with the latest versions of the period, with the unit's explanation. */
export function warningsSheet(forms: readonly FormDefinition[], entries: readonly WarningEntry[]): GridSheet {
  const titleOf = new Map(forms.map((f) => [f.id, f.title.vi]));
  const rows: GridValue[][] = [];
  for (const entry of entries) {
    for (const warning of entry.warnings) {
      rows.push([
        rows.length + 1, entry.unitCode, entry.unitName, titleOf.get(entry.formId) ?? entry.formId, entry.version, warning.rule,
        warning.message, entry.explanations[warning.rule] ?? "",
      ]);
    }
  }
  return tableSheet(
    WARNINGS_SHEET,
    [
      { label: "STT", width: 6 }, { label: "Mã đơn vị", width: 14 }, { label: "Tên đơn vị", width: 32 }, { label: "Biểu", width: 26 },
      { label: "Phiên bản", width: 10 }, { label: "Quy tắc", width: 14 }, { label: "Nội dung cảnh báo", width: 60 },
      { label: "Giải trình của đơn vị", width: 50 },
    ],
    rows,
    "Không có cảnh báo nào trong các báo cáo mới nhất của kỳ.",
  );
}
