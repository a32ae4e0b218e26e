/**
 * One sheet model for the unit's form (shared/layout/form-sheet.ts), two writers: the add-in's,
 * through the Excel JavaScript API (here the fake Excel), and the worker's .xlsx through ExcelJS.
 * For every form of the catalogue, a plan's progress form and an outline, both must give the same
 * cells: values and formulas, number formats, fills, bold, borders, locking, data validation,
 * merges, workbook names, frozen panes and the sheet's protection.
 */
import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { unitFormWorkbook } from "../../worker/export/unit-form.ts";
import { FACTS, freshExcel, tasksForm } from "./excel-fixtures.ts";
import { formatRect } from "./fake-excel/addresses.ts";
import type { FakeCell, FakeSheet, FakeWorkbook } from "./fake-excel/workbook.ts";

/** What a cell shows and how, as both writers must agree on it. */
interface Seen {
  value: string | number | null;
  numberFormat: string;
  fill: string | null;
  bold: boolean;
  bordered: boolean;
  locked: boolean;
  validation: string | null;
}

const VALIDATION_KINDS: Record<string, string> = { wholeNumber: "whole", list: "list", date: "date" };

function seenInExcel(cell: FakeCell): Seen {
  const rule = cell.validation.rule as Record<string, { source?: string; formula1?: unknown }> | undefined;
  const kind = rule ? Object.keys(rule)[0]! : null;
  return {
    value: cell.formula ?? (cell.constant === "" ? null : (cell.constant as string | number)),
    numberFormat: cell.numberFormat,
    fill: cell.fill?.toUpperCase() ?? null,
    bold: cell.font.bold === true,
    bordered: Object.keys(cell.borders).length > 0,
    locked: cell.locked,
    validation: kind ? `${VALIDATION_KINDS[kind]}:${rule![kind]!.source ?? String(rule![kind]!.formula1)}` : null,
  };
}

function seenInFile(cell: ExcelJS.Cell): Seen {
  // A merged block's other cells answer its first cell's value: they hold none of their own.
  const raw = cell.type === ExcelJS.ValueType.Merge ? null : cell.value;
  // ExcelJS reads a number formatted as a date as a Date: the file holds the serial.
  const value = raw instanceof Date ? (raw.getTime() - Date.UTC(1899, 11, 30)) / 86_400_000 : raw;
  const formula = value !== null && typeof value === "object" && "formula" in value ? `=${value.formula}` : null;
  const validation = cell.dataValidation;
  const source = validation?.type === "list" ? String(validation.formulae?.[0]).replace(/^"|"$/g, "")
    : validation?.type === "date" ? "1900-03-01" : String(validation?.formulae?.[0]);
  const fill = cell.fill?.type === "pattern" ? cell.fill.fgColor?.argb : undefined;
  return {
    value: formula ?? (value === null || value === undefined || value === "" ? null : (value as string | number)),
    numberFormat: cell.numFmt ?? "General",
    fill: fill ? `#${fill.slice(2).toUpperCase()}` : null,
    bold: cell.font?.bold === true,
    bordered: cell.border?.top !== undefined,
    locked: cell.protection?.locked !== false,
    validation: validation?.type ? `${validation.type}:${source}` : null,
  };
}

async function bothWriters(form: FormDefinition, values: Record<string, unknown>) {
  const excel = freshExcel();
  await writeForms([form], FACTS, { overwrite: false, values: { [form.id]: values } });
  const inExcel = excel.workbook.mustSheet(form.layout.sheetName);
  const file = new ExcelJS.Workbook();
  await file.xlsx.load(await unitFormWorkbook([form], FACTS, { [form.id]: values }));
  return { workbook: excel.workbook, inExcel, file, inFile: file.getWorksheet(form.layout.sheetName)! };
}

function addressesOf(inExcel: FakeSheet, inFile: ExcelJS.Worksheet): string[] {
  const addresses = new Set(inExcel.cells.keys());
  inFile.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (cell) => addresses.add(cell.address)));
  return [...addresses].sort();
}

function namesIn(workbook: FakeWorkbook): string[] {
  return [...workbook.names.values()].map(({ name, sheet, rect }) => `${name}=${sheet?.name}!${formatRect(rect)}`).sort();
}

function namesInFile(file: ExcelJS.Workbook): string[] {
  const model = file.definedNames.model as { name: string; ranges: string[] }[];
  return model.flatMap(({ name, ranges }) => ranges.map((range) => `${name}=${range.replace(/'/g, "").replace(/\$/g, "")}`)).sort();
}

const cases: [string, FormDefinition, Record<string, unknown>][] = [
  ...forms.map((form): [string, FormDefinition, Record<string, unknown>] => [form.id, form, form.example]),
  ["a plan's progress form", tasksForm(), { "t1.status": "done", "t1.done_on": "2026-11-03", "t1.output": "Quyết định 12/QĐ-UBND", "t1.documents": 2 }],
];

describe("a unit's form sheet, written by the add-in and by the worker", () => {
  it.each(cases)("%s: the same cells, names and panes", async (_, form, values) => {
    const { workbook, inExcel, file, inFile } = await bothWriters(form, values);
    const differences = addressesOf(inExcel, inFile).flatMap((address) => {
      const [a, b] = [seenInExcel(inExcel.at(address)), seenInFile(inFile.getCell(address))];
      return JSON.stringify(a) === JSON.stringify(b) ? [] : [{ address, addIn: a, file: b }];
    });
    expect(differences).toEqual([]);
    expect(inExcel.mergedAreas().sort()).toEqual([...(inFile.model.merges ?? [])].sort());
    expect(namesIn(workbook)).toEqual(namesInFile(file));
    expect(namesIn(workbook).length).toBeGreaterThan(2);
    expect(inExcel.protection).toMatchObject({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
    const protection = (inFile as unknown as { sheetProtection?: Record<string, unknown> }).sheetProtection;
    expect(protection).toMatchObject({ sheet: true, formatCells: true, formatColumns: true, formatRows: true });
    const view = inFile.views[0] as { xSplit?: number; ySplit?: number } | undefined;
    expect(inExcel.frozen).toEqual({ rows: view?.ySplit ?? 0, columns: view?.xSplit ?? 0 });
  });

  it("tells a difference: a cell the add-in leaves unlocked is seen unlocked, one the file locks is seen locked", async () => {
    const [, form, values] = cases[0]!;
    const { inExcel, inFile } = await bothWriters(form, values);
    const input = [...inExcel.cells.entries()].find(([, cell]) => !cell.locked)![0];
    expect(seenInExcel(inExcel.at(input)).locked).toBe(false);
    inFile.getCell(input).protection = { locked: true };
    expect(seenInFile(inFile.getCell(input)).locked).toBe(true);
  });
});
