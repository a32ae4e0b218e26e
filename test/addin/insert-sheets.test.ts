import { describe, expect, it } from "vitest";
import { insertSheets, MAX_REQUEST_CHARS } from "../../addin/excel/insert-sheets.ts";
import { consolidate, type ConsolidatedReport, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import { isNumeric } from "../../shared/forms/cells.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { sheetHeader } from "../../shared/layout/sheet-columns.ts";
import { reportSheets } from "../../shared/report-sheets/report-sheets.ts";
import { levelsShown } from "../../shared/forms/filing.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import { AT_NAME, centersForm, dossiersForm, EXPLANATION, FORMULA_NAME, input, PERIOD, reports, TEST_PLAN } from "../fixtures/report-input.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { FACTS, freshExcel } from "./excel-fixtures.ts";
import type { ExcelMock } from "./fake-excel/mock-excel.ts";
import type { FakeSheet } from "./fake-excel/workbook.ts";

const NAMES = ["Bìa", ...reports.map((r) => r.form.layout.sheetName), "Chưa đạt chỉ tiêu", "Cùng kỳ năm trước", "Tình trạng", "Cảnh báo"];

/**
 * Every line of a form's sheet as Excel computes it (the fake evaluates the formulas; no stored
 * result is written) against the report: grand total, each level's subtotal, each unit.
 */
function expectSheetComputesReport(excel: ExcelMock, sheet: FakeSheet, form: FormDefinition, report: ConsolidatedReport<PeriodInfo>) {
  const header = sheetHeader(form, true);
  const grand = 5 + header.depth + 1;
  const lines = [{ name: "TỔNG CỘNG", figures: report.total, rates: report.rates, total: true }];
  for (const level of levelsShown(report)) {
    // A level's subtotal is a formula over its units; a level without units (one that does not file the form) shows zeros.
    const units = report.units.filter((x) => x.level === level).length;
    const summary = report.levels[level]!;
    lines.push({ name: summary.label.vi, figures: summary.total, rates: summary.rates, total: units > 0 });
    for (const u of report.units.filter((x) => x.level === level)) {
      lines.push({ name: u.source === "derived" ? `${u.name} (*)` : u.name, figures: u.values, rates: u.rates, total: false });
    }
  }
  let checked = 0;
  lines.forEach((line, i) => {
    const row = grand + i;
    expect(sheet.cell(row, 2).constant, `${form.id} row ${row}`).toBe(line.name);
    expect(sheet.cell(row, 2).formula).toBeNull();
    header.columns.forEach((column, k) => {
      const where = `${form.id} ${line.name} ${column.kind === "lead" ? "" : column.id}`;
      const value = excel.workbook.valueOf(sheet, row, k + 1);
      if (column.kind === "data") {
        // A unit that did not report an optional figure shows an empty cell; the totals sum the others.
        const optional = form.columns.some((c) => c.id === column.id && c.kind === "count" && c.optional);
        expect(value, where).toBe(line.figures[column.id] ?? (!line.total && optional ? "" : 0));
        expect(sheet.cell(row, k + 1).numberFormat).toBe("#,##0");
        checked++;
      } else if (column.kind === "rate") {
        const expected = line.rates[column.id];
        expect(sheet.cell(row, k + 1).formula, where).toMatch(/^=IF\(/);
        expect(sheet.cell(row, k + 1).numberFormat).toBe("0.00%");
        if (expected === null || expected === undefined) expect(value, where).toBe("");
        else expect(value as number, where).toBeCloseTo(expected, 12);
        checked++;
      }
    });
    if (line.total) expect(sheet.cell(row, 3).formula, `${line.name} is a formula`).not.toBeNull();
  });
  return checked;
}

/** A written report's sheet: every unit's name and every text it wrote, as constants (never formulas). */
function expectSheetHoldsTexts(sheet: FakeSheet, report: ConsolidatedReport<PeriodInfo>) {
  const constants: unknown[] = [];
  for (let row = 1; row <= 400; row++) for (let col = 1; col <= 3; col++) constants.push(sheet.cell(row, col).constant);
  const texts = report.units.flatMap((u) => [u.name, ...Object.values(u.texts ?? {})]);
  expect(texts.length).toBeGreaterThan(report.units.length);
  for (const text of texts) expect(constants, text).toContain(text);
}

describe("inserting the consolidated report into the open workbook", () => {
  it("adds the cover, a sheet per form whose formulas compute the report, the status and the warnings, in two syncs", async () => {
    const excel = freshExcel(["Dữ liệu của tôi"]);
    const result = await insertSheets(reportSheets(input(reports)), { overwrite: false });

    expect(result).toEqual({ inserted: NAMES, existing: [] });
    expect(excel.lastSyncs).toBe(2);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Dữ liệu của tôi", ...NAMES]);
    expect(excel.workbook.active?.name).toBe("Bìa");

    for (const { form, report } of reports) {
      const sheet = excel.workbook.mustSheet(form.layout.sheetName);
      expect(sheet.cell(1, 1).constant).toBe(`TỔNG HỢP ${form.title.vi.toUpperCase()}`);
      if (!form.columns.some(isNumeric)) {
        expectSheetHoldsTexts(sheet, report);
        continue;
      }
      expect(expectSheetComputesReport(excel, sheet, form, report)).toBeGreaterThan(20);
      const numberRow = 5 + sheetHeader(form, true).depth;
      expect(sheet.frozen).toEqual({ rows: numberRow, columns: 2 });
      expect(sheet.mergedAreas()[0]).toMatch(/^A1:[A-Z]+1$/);
      expect(sheet.cell(1, 1).constant).toBe(`TỔNG HỢP ${form.title.vi.toUpperCase()}`);
      expect(sheet.cell(1, 1).font.bold).toBe(true);
      expect(sheet.pageLayout.orientation).toBe("Landscape");
    }

    const status = excel.workbook.mustSheet("Tình trạng");
    expect(status.frozen).toEqual({ rows: 1, columns: 0 });
    expect(status.autoFilter).toBe("A1:J3");
    expect(status.cell(2, 3)).toMatchObject({ constant: FORMULA_NAME, formula: null });
    expect(status.cell(3, 3)).toMatchObject({ constant: AT_NAME, formula: null });
    expect(status.cell(2, 10)).toMatchObject({ constant: "-3 hồ sơ", formula: null });
    const warnings = excel.workbook.mustSheet("Cảnh báo");
    expect(warnings.cell(2, 8)).toMatchObject({ constant: EXPLANATION, formula: null });

    const cover = excel.workbook.mustSheet("Bìa");
    expect(cover.cell(3, 2).constant).toBe("2017-H1 — 6 tháng đầu năm 2017");
    // A line per form of the catalogue from row 9, each with its completeness.
    reports.forEach(({ form, report }, i) => {
      expect(cover.cell(9 + i, 1).constant).toBe(form.title.vi);
      expect(cover.cell(9 + i, 3).constant).toBe(report.completeness.expected);
    });
    // The plan's targets against the city's rates: the online rate (60%) and end to end at the centres (100%).
    const targetsAt = 9 + reports.length + 1;
    expect(cover.cell(targetsAt, 1).constant).toBe(`Chỉ tiêu theo ${TEST_PLAN}`);
    const targetRows = [targetsAt + 2, targetsAt + 3].map((r) => [1, 2, 3, 4, 5].map((c) => cover.cell(r, c).constant));
    const online = reports.find((r) => r.form.id === "dossiers")!.report.rates.online_rate!;
    const fullCycle = reports.find((r) => r.form.id === "centers")!.report.rates.full_cycle_rate!;
    expect(targetRows).toEqual([
      [dossiersForm.title.vi, dossiersForm.rates.find((r) => r.id === "online_rate")!.label.vi, online, 0.6, online >= 0.6 ? "Đạt" : "Chưa đạt"],
      [centersForm.title.vi, centersForm.rates.find((r) => r.id === "full_cycle_rate")!.label.vi, fullCycle, 1, fullCycle >= 1 ? "Đạt" : "Chưa đạt"],
    ]);
    expect(fullCycle).toBeLessThan(1);
    expect(cover.cell(targetsAt + 2, 3).numberFormat).toBe("0.00%");
  });

  it("asks before replacing sheets of the same names, then writes them again in place, the sheets themselves kept", async () => {
    const excel = freshExcel(["Bìa", "Ghi chú"]);
    excel.workbook.typeAt("Bìa", "A1", "bìa cũ");
    excel.workbook.typeAt("Bìa", "Z99", "ghi chú cũ ở xa");
    const oldCover = excel.workbook.mustSheet("Bìa");
    oldCover.merges.push({ top: 40, left: 1, bottom: 41, right: 3 });
    oldCover.frozen = { rows: 3, columns: 1 };
    oldCover.rowHeights.set(50, 80);
    const sheets = reportSheets(input(reports));

    const asked = await insertSheets(sheets, { overwrite: false });
    expect(asked).toEqual({ inserted: [], existing: ["Bìa"] });
    expect(excel.lastSyncs).toBe(1);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Bìa", "Ghi chú"]);
    expect(excel.workbook.mustSheet("Bìa").at("A1").constant).toBe("bìa cũ");

    const replaced = await insertSheets(sheets, { overwrite: true });
    expect(replaced.inserted).toEqual(NAMES);
    expect(excel.lastSyncs).toBe(2);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Bìa", "Ghi chú", ...NAMES.slice(1)]);
    const cover = excel.workbook.mustSheet("Bìa");
    expect(cover).toBe(oldCover); // the same sheet: formulas elsewhere pointing into it keep working
    expect(cover.at("A1").constant).toBe("BÁO CÁO TỔNG HỢP KIỂM SOÁT THỦ TỤC HÀNH CHÍNH");
    expect(cover.at("Z99").constant).toBe(""); // nothing of the old cover is left
    expect(cover.mergedAreas()).not.toContain("A40:C41");
    expect(cover.frozen).toEqual({ rows: 1, columns: 0 });
    expect(cover.rowHeights.has(50)).toBe(false);
  });

  it("replaces a unit's form sheet of the same name, protected as written, with the report's", async () => {
    const excel = freshExcel();
    await writeForms([dossiersForm], FACTS, { overwrite: false });
    const form = excel.workbook.mustSheet(dossiersForm.layout.sheetName);
    expect(form.protection).not.toBeNull();
    const replaced = await insertSheets(reportSheets(input(reports)), { overwrite: true });
    expect(replaced.inserted).toEqual(NAMES);
    expect(excel.workbook.mustSheet(dossiersForm.layout.sheetName)).toBe(form);
    expect(form.protection).toBeNull();
    expect([...form.cells.values()].some((cell) => cell.constant === "TỔNG CỘNG")).toBe(true);
  });

  it("keeps to two syncs for 300 units, and writes the report on an ExcelApi 1.8 Excel without the 1.9 extras", async () => {
    const inputs: UnitInput[] = Array.from({ length: 300 }, (_, i) => ({
      unit: { code: `U-${i}`, name: `Đơn vị ${i}`, level: DEFAULT_LEVELS[i % 3]!.id, parent: null },
      own: i % 7 === 0 ? null : { values: { tthc_total: 100 + i, tthc_not_at_center: i % 10, tthc_at_center: 100 + i - (i % 10), full_cycle_done: 50, full_cycle_added: i % 5, full_cycle_after: 50 + (i % 5) }, late: false },
    }));
    const report = consolidate(centersForm, PERIOD, 6, inputs);
    const big = { ...input(reports), reports: [{ form: centersForm, report }], status: [], warnings: [] };

    const excel = freshExcel(["Sheet1"], 8);
    await insertSheets(reportSheets(big), { overwrite: false });
    expect(excel.lastSyncs).toBe(2);
    const sheet = excel.workbook.mustSheet(centersForm.layout.sheetName);
    expect(expectSheetComputesReport(excel, sheet, centersForm, report)).toBeGreaterThan(300 * 6);
    expect(sheet.pageLayout).toEqual({});
    expect(excel.workbook.mustSheet("Tình trạng").autoFilter).toBeNull();
  });

  it("spreads a city of 3,300 units over more syncs, none carrying more than the request budget, and writes it whole", async () => {
    const inputs: UnitInput[] = Array.from({ length: 3300 }, (_, i) => ({
      unit: { code: `U-${i}`, name: `Ủy ban nhân dân xã Thử Nghiệm số ${i}`, level: i < 20 ? "cap-tinh" : i < 300 ? "cap-huyen" : "cap-xa", parent: null },
      own: { values: { tthc_total: 100 + (i % 50), tthc_not_at_center: i % 10, tthc_at_center: 100 + (i % 50) - (i % 10), full_cycle_done: 40, full_cycle_added: i % 5, full_cycle_after: 40 + (i % 5) }, late: false },
    }));
    const report = consolidate(centersForm, PERIOD, 6, inputs);
    const status = inputs.map(({ unit }, i) => ({
      unitCode: unit.code, unitName: unit.name, level: unit.level, formId: "centers", state: "submitted" as const, version: 1 + (i % 3),
      submittedAt: "2017-06-14T17:30:00Z", review: i % 4 === 0 ? { decision: "returned" as const, comment: "Đề nghị kiểm tra lại số thủ tục hành chính đưa vào Trung tâm" } : null,
    }));
    const big = { ...input(reports), reports: [{ form: centersForm, report }], status, warnings: [] };

    const excel = freshExcel();
    await insertSheets(reportSheets(big), { overwrite: false });
    const run = excel.runs[excel.runs.length - 1]!;
    expect(run.syncs).toBeGreaterThan(2);
    expect(run.syncs).toBeLessThan(8);
    expect(Math.max(...run.payload)).toBeLessThanOrEqual(MAX_REQUEST_CHARS * 1.1); // the budget, and the last block's styles
    const sheet = excel.workbook.mustSheet(centersForm.layout.sheetName);
    expect(expectSheetComputesReport(excel, sheet, centersForm, report)).toBeGreaterThan(3300 * 6);
    const statusSheet = excel.workbook.mustSheet("Tình trạng");
    expect(statusSheet.at("C3301").constant).toBe("Ủy ban nhân dân xã Thử Nghiệm số 3299");
    expect(statusSheet.at("J2").constant).toBe("Đề nghị kiểm tra lại số thủ tục hành chính đưa vào Trung tâm");
  }, 60_000); // 3,300 × 2 rows evaluated by the fake Excel: slow beside the other test files
});
