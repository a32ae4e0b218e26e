/** The names of the consolidated workbook's own sheets (the forms' sheets take their layout's name). */
export const COVER_SHEET = "Bìa";
export const STATUS_SHEET = "Tình trạng";
export const WARNINGS_SHEET = "Cảnh báo";
export const BELOW_TARGET_SHEET = "Chưa đạt chỉ tiêu";
export const LAST_YEAR_SHEET = "Cùng kỳ năm trước";
