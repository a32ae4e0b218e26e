import ExcelJS from "../xlsx/exceljs.ts";
import { localAddress, sheetOfAddress } from "../../shared/layout/a1.ts";
import { fromCell } from "../../shared/layout/cell-content.ts";
import { derivedFormula, sameFormula } from "../../shared/layout/formulas.ts";
import { cellName, factName } from "../../shared/layout/names.ts";
import { sheetLayout } from "../../shared/layout/sheet-layout.ts";
import { cellKey, cellsOf } from "../../shared/forms/cells.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { checkUpload } from "./check-upload.ts";
import { NotAWorkbook } from "./upload-limits.ts";

/** Where a cell of the upload is: its sheet and local A1 address ("D9"). */
export interface UploadCell {
  sheet: string;
  address: string;
}

/** One form as found in an uploaded workbook. */
export interface UploadedForm {
  /** The sheet the form's cells are on. */
  sheet: string;
  /** True when its cells were found through the workbook names; false when by the layout's positions. */
  byName: boolean;
  /**
   * Cell key to value as the file holds it: numbers stay numbers, text stays text ("1.209" is not
   * 1209), an empty cell is null. A derived cell holding its own formula is left out (recomputed).
   */
  values: Record<string, unknown>;
  /** Cell key to where it is, for every cell found. */
  cells: Record<string, UploadCell>;
  periodId?: string;
  unitCode?: string;
}


const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null;

/** A formula cell's formula without "=", or null. */
function formulaOf(value: ExcelJS.CellValue): string | null {
  if (!isObject(value) || value instanceof Date) return null;
  if (typeof value.formula === "string") return value.formula;
  if (typeof value.sharedFormula === "string") return null; // a copy of another cell's formula: read its result
  return null;
}

/** The plain value of a cell: a formula's result, rich text joined, a hyperlink's text, an error's code. */
export function plainCell(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    // ExcelJS reads date-formatted serials as UTC dates: back to the serial the rules' reader expects.
    return (value.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000;
  }
  if (!isObject(value)) return value;
  if ("formula" in value || "sharedFormula" in value) return plainCell((value as { result?: ExcelJS.CellValue }).result ?? null);
  if (Array.isArray(value.richText)) return (value.richText as { text: string }[]).map((r) => r.text).join("");
  if (typeof value.text === "string") return value.text;
  if (typeof value.error === "string") return value.error;
  return null;
}

function nameTarget(workbook: ExcelJS.Workbook, name: string): { sheet: string; address: string } | null {
  const ranges = (workbook.definedNames as unknown as { getRanges(n: string): { ranges: string[] } | undefined }).getRanges(name)?.ranges ?? [];
  const range = ranges[0];
  if (!range) return null;
  const sheet = sheetOfAddress(range);
  const address = localAddress(range);
  if (!sheet || !/^[A-Z]{1,3}\d+$/i.test(address)) return null;
  return { sheet, address: address.toUpperCase() };
}

/** Reads one form's cells: through its names, or at the layout's positions on the form's sheet. */
function readForm(workbook: ExcelJS.Workbook, form: FormDefinition): UploadedForm | null {
  const cells = cellsOf(form);
  const layout = sheetLayout(form);
  const targets = new Map<string, UploadCell>();
  for (const cell of cells) {
    const target = nameTarget(workbook, cellName(form.id, cell.key));
    if (target && workbook.getWorksheet(target.sheet)) targets.set(cell.key, target);
  }
  const byName = targets.size > 0;
  let periodAt = byName ? nameTarget(workbook, factName(form.id, "period")) : null;
  let unitAt = byName ? nameTarget(workbook, factName(form.id, "unit")) : null;
  if (!byName) {
    const sheet = workbook.getWorksheet(form.layout.sheetName);
    if (!sheet) return null;
    for (const placed of layout.cells) {
      if (placed.kind === "column") targets.set(placed.key, { sheet: sheet.name, address: placed.address });
    }
    periodAt = { sheet: sheet.name, address: layout.facts.period.value };
    unitAt = { sheet: sheet.name, address: layout.facts.unit.value };
  }

  const valueAt = (at: UploadCell) => workbook.getWorksheet(at.sheet)?.getCell(at.address).value ?? null;
  const local = (key: string) => targets.get(key)?.address;
  const values: Record<string, unknown> = {};
  const found: Record<string, UploadCell> = {};
  for (const { key, column, row } of cells) {
    const at = targets.get(key);
    if (!at) continue;
    found[key] = at;
    const raw = valueAt(at);
    if (column.kind === "derived") {
      const formula = formulaOf(raw);
      if (formula !== null) {
        const expected = derivedFormula(column, (id) => local(cellKey(row.id, id)));
        if (expected === null || sameFormula(`=${formula}`, expected)) continue;
      } else if (isObject(raw) && "sharedFormula" in raw) {
        continue;
      } else if (raw === null || raw === "") {
        continue;
      }
    }
    // Read by position, an optional column added to the layout later may hold what an older form
    // had there (a rate's formula): a typed figure is never a formula, so it was not reported.
    if (!byName && column.kind === "count" && column.optional && (formulaOf(raw) !== null || (isObject(raw) && "sharedFormula" in raw))) continue;
    values[key] = fromCell(column, plainCell(raw));
  }
  const fact = (at: UploadCell | null) => {
    if (!at || !workbook.getWorksheet(at.sheet)) return undefined;
    const value = plainCell(valueAt(at));
    return value === null || value === "" ? undefined : String(value);
  };
  const periodId = fact(periodAt);
  const unitCode = fact(unitAt);
  const sheet = [...targets.values()][0]?.sheet ?? form.layout.sheetName;
  return {
    sheet, byName, values, cells: found,
    ...(periodId === undefined ? {} : { periodId }),
    ...(unitCode === undefined ? {} : { unitCode }),
  };
}

/**
 * Reads an uploaded .xlsx with the form definitions: for every form whose cells are in the file
 * (through the names `BC_<formId>.<cellKey>`, or else on a sheet with the form's sheet name at the
 * layout's positions), its values by cell key and each cell's address. Throws NotAWorkbook when
 * the bytes are not an .xlsx, UploadLimitExceeded (before ExcelJS reads anything) when the file
 * holds more than UPLOAD_LIMITS allows.
 */
export async function readUpload(bytes: Uint8Array, forms: readonly FormDefinition[]): Promise<Record<string, UploadedForm>> {
  await checkUpload(bytes);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes.slice().buffer);
  } catch (error) {
    console.warn("upload not readable as a workbook", error instanceof Error ? error.message : error);
    throw new NotAWorkbook("hệ thống không đọc được nội dung bảng tính trong tệp");
  }
  const result: Record<string, UploadedForm> = {};
  for (const form of forms) {
    const read = readForm(workbook, form);
    if (read) result[form.id] = read;
  }
  return result;
}
