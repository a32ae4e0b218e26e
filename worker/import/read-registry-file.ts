import ExcelJS from "../xlsx/exceljs.ts";
import { parseCsv } from "../../shared/units/registry-import.ts";
import { checkUpload } from "./check-upload.ts";
import { plainCell } from "./read-upload.ts";
import { NotAWorkbook } from "./upload-limits.ts";

/** A zip (an .xlsx) starts with "PK\x03\x04"; anything else is read as CSV text. */
const isZip = (bytes: Uint8Array) => bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;

/**
 * The cells of a unit list: an .xlsx's first sheet (bounded by the upload limits before ExcelJS
 * reads it), or a CSV in UTF-8 (Excel's "CSV UTF-8"; ";" or ","). Row i of the grid is spreadsheet
 * row i + 1, so messages name the rows the user sees. Throws NotAWorkbook for what is neither.
 */
export async function readRegistryFile(bytes: Uint8Array): Promise<unknown[][]> {
  if (!isZip(bytes)) {
    let text: string;
    try {
      text = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      throw new NotAWorkbook("tệp không phải .xlsx, cũng không phải CSV mã hóa UTF-8 (trong Excel: Lưu thành → «CSV UTF-8»)");
    }
    return parseCsv(text);
  }
  await checkUpload(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch {
    throw new NotAWorkbook("hệ thống không đọc được nội dung bảng tính trong tệp");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new NotAWorkbook("tệp không có trang tính nào");
  const grid: unknown[][] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const cells: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      cells[column - 1] = plainCell(cell.value);
    });
    grid[number - 1] = Array.from(cells, (value) => value ?? null);
  });
  return Array.from(grid, (row) => row ?? []);
}
