import { describe, expect, it } from "vitest";
import { consolidate } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { files, levelsShown } from "../../shared/forms/filing.ts";
import { formReportSheet } from "../../shared/report-sheets/form-report-sheet.ts";
import { romanNumeral } from "../../shared/text/roman.ts";
import { byLevelThenCode, DEFAULT_LEVELS, levelsWith, parseLevels, type Levels } from "../../shared/units/levels.ts";

const dossiers = forms.find((form) => form.id === "dossiers")!;
const PERIOD: PeriodInfo = { id: "2026-11", type: "month", start: "2026-10-15", end: "2026-11-14", deadline: "2026-11-18", deadlines: {} };
const values = (n: number) => ({
  carried_over: n, received_online: n, received_direct: n, resolved_early: 0, resolved_ontime: n, resolved_late: 0,
  pending_intime: 2 * n, pending_overdue: 0, returned: 0,
});

describe("a deployment's levels", () => {
  it("reads a LEVELS value, defaulting subtotals on, and says what is wrong in Vietnamese", () => {
    expect(parseLevels([{ id: "cap-tinh", name: "Cấp tỉnh" }, { id: "cap-xa", name: { vi: "Cấp xã", en: "Communes" }, subtotal: false }])).toEqual([
      { id: "cap-tinh", name: { vi: "Cấp tỉnh", en: "Cấp tỉnh" }, subtotal: true },
      { id: "cap-xa", name: { vi: "Cấp xã", en: "Communes" }, subtotal: false },
    ]);
    expect(parseLevels({})).toMatch(/mảng JSON các cấp/);
    expect(parseLevels([{ id: "Cấp xã", name: "x" }])).toMatch(/^cấp thứ 1: "id" cần chữ thường/);
    expect(parseLevels([{ id: "a", name: "A" }, { id: "a", name: "B" }])).toMatch(/«a» bị trùng/);
    expect(parseLevels([{ id: "a", name: "" }])).toMatch(/"name" cần tên tiếng Việt/);
    expect(parseLevels([{ id: "a", name: "A", tong: true }])).toMatch(/trường không biết «tong»/);
    expect(parseLevels([{ id: "a", name: "A", historical: true }])).toMatch(/ít nhất một cấp đang dùng/);
  });

  it("keeps a level that stored units carry after the configuration dropped it, and orders units by level then code", () => {
    const two: Levels = DEFAULT_LEVELS.filter((level) => level.id !== "cap-huyen");
    const units = [
      { code: "B", level: "cap-xa" }, { code: "H", level: "cap-huyen" }, { code: "A", level: "cap-xa" }, { code: "S", level: "cap-tinh" },
    ];
    expect(levelsWith(two, units).map((level) => [level.id, level.historical ?? false])).toEqual([
      ["cap-tinh", false], ["cap-xa", false], ["cap-huyen", true],
    ]);
    expect(byLevelThenCode(DEFAULT_LEVELS, units).map((u) => u.code)).toEqual(["S", "H", "A", "B"]);
    expect(byLevelThenCode(two, units).map((u) => u.code)).toEqual(["S", "A", "B", "H"]);
  });

  it("lets a level file as another (filesAs) and shows a historical level only where its units have figures", () => {
    const levels = parseLevels([{ id: "cap-tinh", name: "Tỉnh" }, { id: "dac-khu", name: "Đặc khu", filesAs: "cap-xa" }]) as Levels;
    expect(files(dossiers, "dac-khu", "month", levels)).toBe(true);
    expect(files(dossiers, "dac-khu", "month", DEFAULT_LEVELS)).toBe(false);

    const report = consolidate(dossiers, PERIOD, 1, [
      { unit: { code: "S", name: "Sở", level: "cap-tinh", parent: null }, own: { values: values(1), late: false } },
    ]);
    expect(Object.keys(report.levels)).toEqual(["cap-tinh", "cap-huyen", "cap-xa"]);
    expect(levelsShown(report)).toEqual(["cap-tinh", "cap-xa"]);
    const withDistrict = consolidate(dossiers, PERIOD, 1, [
      { unit: { code: "H", name: "Huyện", level: "cap-huyen", parent: null }, own: { values: values(1), late: false } },
    ]);
    expect(levelsShown(withDistrict)).toEqual(["cap-tinh", "cap-huyen", "cap-xa"]);
  });

  it("draws a level without a subtotal as a heading over its units, the grand total adding those units' rows", () => {
    const levels = parseLevels([{ id: "cap-tinh", name: "Sở, ban, ngành" }, { id: "cap-xa", name: "Xã, phường", subtotal: false }]) as Levels;
    const report = consolidate(dossiers, PERIOD, 1, [
      { unit: { code: "S", name: "Sở Tư pháp", level: "cap-tinh", parent: null }, own: { values: values(1), late: false } },
      { unit: { code: "X1", name: "Xã A", level: "cap-xa", parent: null }, own: { values: values(2), late: false } },
      { unit: { code: "X2", name: "Xã B", level: "cap-xa", parent: null }, own: { values: values(3), late: false } },
    ], levels);
    const sheet = formReportSheet(dossiers, report);
    const rowOf = (name: string) => sheet.cells.findIndex((row) => row[1] === name) + 1;
    const online = sheet.cells[rowOf("TỔNG CỘNG") - 1]!.findIndex((_, i) => i > 1 && typeof sheet.cells[rowOf("Sở Tư pháp") - 1]![i] === "number");
    const letter = String.fromCharCode(65 + online);
    expect(sheet.cells[rowOf("Sở, ban, ngành") - 1]![0]).toBe("I");
    expect(sheet.cells[rowOf("Xã, phường") - 1]![0]).toBe("II");
    expect([null, undefined]).toContain(sheet.cells[rowOf("Xã, phường") - 1]![online]); // no subtotal drawn
    const grand = sheet.cells[rowOf("TỔNG CỘNG") - 1]![online] as { formula: string; result: number };
    expect(grand.formula).toBe(`${letter}${rowOf("Sở, ban, ngành")}+SUM(${letter}${rowOf("Xã A")}:${letter}${rowOf("Xã B")})`);
    expect(grand.result).toBe(1 + 2 + 3);
  });

  it("numbers groups in Roman numerals beyond six", () => {
    expect([1, 4, 6, 9, 12, 14, 40].map(romanNumeral)).toEqual(["I", "IV", "VI", "IX", "XII", "XIV", "XL"]);
  });
});
