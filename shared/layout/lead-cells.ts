import type { DataRow } from "./sheet-layout.ts";

/**
 * What a data row shows in a lead column, the same in the add-in and in the downloaded form:
 * (0) the row's number, (1) the row's label or, in a single-row form, the unit's name, (2) the
 * row's hint (an outline section's guidance), empty when it has none.
 */
export function leadValue(index: number, dataRow: DataRow, unitName: string): string | number {
  switch (index) {
    case 0:
      return dataRow.index;
    case 1:
      return dataRow.formRow.label?.vi ?? unitName;
    default:
      return dataRow.formRow.fixed?.hint?.vi ?? "";
  }
}
