import type { CellStyle } from "../layout/grid.ts";

/** The looks of the consolidated workbook's sheets, for both writers. */
export const HEADER: CellStyle = { bold: true, horizontal: "center", vertical: "middle", wrap: true, border: true, fill: "#E8EEF7" };
export const NUMBER_ROW: CellStyle = { ...HEADER, bold: false, italic: true, size: 9 };
export const TOTAL: CellStyle = { bold: true, border: true, fill: "#F3F3F3" };
export const GRAND_TOTAL: CellStyle = { ...TOTAL, size: 11 };
export const BODY: CellStyle = { border: true, vertical: "top", wrap: true };
export const TITLE: CellStyle = { bold: true, size: 13, horizontal: "center", vertical: "middle", wrap: true };
export const LABEL: CellStyle = { bold: true };
export const NOTE: CellStyle = { italic: true, size: 9 };
export const COUNT: CellStyle = { numberFormat: "#,##0" };
export const PERCENT: CellStyle = { numberFormat: "0.00%" };
