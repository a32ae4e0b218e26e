import { exports } from "cloudflare:workers";
import { expect } from "vitest";
import ExcelJS from "../../worker/xlsx/exceljs.ts";

/** Downloading, filling and uploading form workbooks as a unit does, for the worker tests. */

export const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function download(form: string, period: string, unit: string, token: string) {
  const response = await exports.default.fetch(`http://baocao.test/api/v1/forms/${form}.xlsx?period=${period}&unit=${unit}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return response;
}

export async function workbookOf(response: Response) {
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toBe(XLSX);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** The cell a workbook name points at, as a clerk finds it. */
export function named(workbook: ExcelJS.Workbook, name: string): ExcelJS.Cell {
  const range = workbook.definedNames.getRanges(name).ranges[0];
  expect(range, name).toBeDefined();
  const bang = range!.lastIndexOf("!");
  const sheet = range!.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'");
  return workbook.getWorksheet(sheet)!.getCell(range!.slice(bang + 1).replace(/\$/g, ""));
}

export function fill(workbook: ExcelJS.Workbook, form: string, values: Record<string, unknown>) {
  for (const [key, value] of Object.entries(values)) named(workbook, `BC_${form}.${key}`).value = value as ExcelJS.CellValue;
}

export async function bytesOf(workbook: ExcelJS.Workbook): Promise<ArrayBuffer> {
  return (await workbook.xlsx.writeBuffer()) as ArrayBuffer;
}

export async function upload(period: string, unit: string, token: string, body: BodyInit, headers: Record<string, string> = {}) {
  const response = await exports.default.fetch(`http://baocao.test/api/v1/uploads/${period}/${unit}`, {
    method: "POST", headers: { Authorization: `Bearer ${token}`, "Content-Type": XLSX, ...headers }, body,
  });
  const text = await response.text();
  return { status: response.status, body: text ? JSON.parse(text) : null, headers: response.headers };
}
