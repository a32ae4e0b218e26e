/** Fills, fonts and formats of a form sheet, in one place. */
export const STYLE = {
  font: "Times New Roman",
  fontSize: 11,
  /** The header block, as in the exported consolidated workbook. */
  headerFill: "#E8EEF7",
  /** A cell the clerk types into. */
  inputFill: "#FFFDE7",
  /** A cell Excel computes (totals, rates). */
  computedFill: "#F2F2F2",
  /** A cell an error names. */
  errorFill: "#FFC7CE",
  /** A cell a warning names. */
  warningFill: "#FFE699",
  countFormat: "#,##0",
  rateFormat: "0.0%",
  dateFormat: "dd/mm/yyyy",
  textFormat: "@",
  generalFormat: "General",
} as const;

/** Column widths in points. */
export const WIDTH = {
  number: 34,
  name: 190,
  data: 74,
  rate: 62,
  text: 160,
  /** A row's guidance beside the cell the unit writes in. */
  hint: 260,
  /** The one text column of a form written in prose (an outline's sections). */
  prose: 340,
} as const;

/** What the clerk sees when Excel refuses a count. */
export const COUNT_ALERT = {
  showAlert: true,
  style: "Stop",
  title: "Số liệu không hợp lệ",
  message: "Chỉ nhập số nguyên không âm (0 nếu không có).",
} as const;

/** What the clerk sees when Excel refuses an option or a date. */
export const OPTION_ALERT = { showAlert: true, style: "Stop", title: "Giá trị không hợp lệ", message: "Chọn một giá trị trong danh sách." } as const;
export const DATE_ALERT = { showAlert: true, style: "Stop", title: "Ngày không hợp lệ", message: "Nhập một ngày, dạng ngày/tháng/năm." } as const;
