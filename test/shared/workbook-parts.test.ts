import { describe, expect, it } from "vitest";
import { isGridFormula, type GridSheet } from "../../shared/layout/grid.ts";
import { reportSheetSources, reportSheets } from "../../shared/report-sheets/report-sheets.ts";
import { PART_CELLS, sheetSize } from "../../shared/report-sheets/sheet-size.ts";
import { partSheets, planParts, planWorkbook, sliceSheet } from "../../shared/report-sheets/workbook-parts.ts";
import { input, reports } from "../fixtures/report-input.ts";
import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { scaledExample } from "../../shared/forms/example.ts";
import { files, formsOfPeriodType } from "../../shared/forms/filing.ts";
import { defaultDeadlineConfig, parsePeriodId, periodInfo } from "../../shared/periods/index.ts";
import { SMALL_REGISTRY_PART_CELLS } from "../../shared/report-sheets/sheet-size.ts";

/** A quarter of every form for `count` units, each unit's figures and writing from the forms' examples, last year's the same. */
function quarterOf(count: number) {
  const period = periodInfo(parsePeriodId("2026-Q3")!, defaultDeadlineConfig);
  const units = Array.from({ length: count }, (_, i) => ({
    code: `Q-${i}`, name: `Đơn vị số ${i}`, level: i < count * 0.05 ? "cap-tinh" : i < count * 0.15 ? "cap-huyen" : "cap-xa", parent: null,
  }));
  const quarterly = formsOfPeriodType(forms, period.type);
  return {
    period, warnings: [], targets: {}, producedAt: new Date(),
    reports: quarterly.map((form) => {
      const report = consolidate(form, period, 1, units.filter((u) => files(form, u.level, period.type))
        .map((unit, i): UnitInput => ({ unit, own: { values: scaledExample(form, 1 + (i % 4)), late: false } })));
      return { form, report, lastYear: report };
    }),
    status: units.flatMap((u) => quarterly.filter((f) => files(f, u.level, period.type)).map((f) => ({
      unitCode: u.code, unitName: u.name, level: u.level, formId: f.id, state: "submitted" as const, version: 1, submittedAt: "2026-10-10T03:00:00.000Z", review: null,
    }))),
  };
}

const cellsOf = (sheet: GridSheet) => sheet.cells.length * sheet.columnWidths.length;
const baseName = (name: string) => name.replace(/ \(\d+\)$/, "");

/** Every sheet of the report rebuilt from the parts: each sheet's header once, then every slice's rows in order. */
function reassembled(parts: GridSheet[][]): Map<string, GridSheet["cells"]> {
  const sheets = new Map<string, GridSheet["cells"]>();
  for (const sheet of parts.flat()) {
    const name = baseName(sheet.name);
    const known = sheets.get(name);
    if (known && sheet.name !== name) known.push(...sheet.cells.slice(sheet.freeze.rows));
    else sheets.set(sheet.name, [...sheet.cells]);
  }
  return sheets;
}

describe("the consolidated workbook in parts (a Worker's memory)", () => {
  const whole = reportSheets(input(reports));
  const total = whole.reduce((n, s) => n + cellsOf(s), 0);

  it("is one part, with the sheets already built, when it fits", () => {
    const plan = planWorkbook(input(reports));
    expect(total).toBeLessThan(PART_CELLS);
    expect(plan.parts).toHaveLength(1);
    expect(plan.whole?.map((s) => s.name)).toEqual(whole.map((s) => s.name));
    expect([...partSheets(input(reports), plan, 0)]).toEqual(whole);
  });

  for (const budget of [120, 400, 1_000]) {
    it(`at ${budget} cells a part: every row of every sheet in exactly one part, in order, headers repeated, formulas never cut`, () => {
      const plan = planWorkbook(input(reports), budget);
      expect(plan.whole).toBeNull();
      expect(plan.parts.length).toBeGreaterThan(1);
      const parts = plan.parts.map((_, i) => [...partSheets(input(reports), plan, i)]);
      // The parts list the sheets they hold; names are unique and fit Excel's 31 characters.
      parts.forEach((sheets, i) => expect(sheets.map((s) => s.name)).toEqual(plan.parts[i]!.slices.map((s) => s.name)));
      const names = parts.flat().map((s) => s.name);
      expect(new Set(names).size).toBe(names.length);
      for (const name of names) expect(name.length).toBeLessThanOrEqual(31);
      // A part over the budget is one sheet that may not be cut (its formulas point into its rows).
      for (const sheets of parts) {
        const cells = sheets.reduce((n, s) => n + cellsOf(s), 0);
        if (cells > budget) {
          expect(sheets).toHaveLength(1);
          expect(sheets[0]!.cells.some((row) => row.some(isGridFormula))).toBe(true);
        }
      }
      // Put back together, the parts are the whole workbook, cell for cell, in its sheet order.
      const back = reassembled(parts);
      expect([...back.keys()]).toEqual(whole.map((s) => s.name));
      for (const sheet of whole) expect(back.get(sheet.name), sheet.name).toEqual(sheet.cells);
      // Every slice keeps the sheet's frozen header, filter and widths.
      for (const sheet of parts.flat().filter((s) => s.name !== baseName(s.name))) {
        const original = whole.find((s) => s.name === baseName(sheet.name))!;
        expect(sheet.cells.slice(0, original.freeze.rows)).toEqual(original.cells.slice(0, original.freeze.rows));
        expect(sheet.freeze).toEqual(original.freeze);
        expect(sheet.autoFilter).toEqual(original.autoFilter);
        expect(sheet.columnWidths).toEqual(original.columnWidths);
      }
    });
  }

  it("keeps a province's quarter one file, and cuts a country's into parts within a Worker's memory", () => {
    // bench/workbook-heap.ts measures these parts in a 96 MB heap; here, what the sizes choose.
    const province = planWorkbook(quarterOf(120));
    expect(province.parts).toHaveLength(1);
    expect(province.parts[0]!.weight).toBeLessThanOrEqual(SMALL_REGISTRY_PART_CELLS);
    const country = planWorkbook(quarterOf(3300));
    expect(country.parts.length).toBeGreaterThan(20);
    for (const part of country.parts) {
      // Only a sheet with formulas (a form's table of 3,300 units) may pass the weight, alone in its part.
      if (part.weight > PART_CELLS) expect(part.slices).toHaveLength(1);
    }
  }, 30_000);

  it("moves a slice's styles, merges and heights with its rows, and keeps the header's", () => {
    const status = whole.find((s) => s.name === "Tình trạng")!;
    const size = sheetSize(status);
    expect(size.splittable).toBe(true);
    expect(status.cells.length).toBeGreaterThan(2);
    const [, second] = planParts([size], 2 * size.columns);
    const slice = second!.slices[0]!;
    const sliced = sliceSheet(status, slice);
    expect(sliced.cells[1]).toEqual(status.cells[slice.rows!.from - 1]);
    // The body's border style now starts right under the header and covers exactly the slice's rows.
    const body = sliced.styles.filter((s) => s.area.row > 1);
    expect(body.length).toBeGreaterThan(0);
    for (const { area } of body) expect(area.row + area.rows - 1).toBeLessThanOrEqual(sliced.cells.length);
    expect(sliced.styles.some((s) => s.area.row === 1)).toBe(true);
    expect(sliced.rowHeights[1]).toBe(status.rowHeights[1]);
  });

  it("cuts last year's comparison without building it whole: the same size, rows and styles as cutting the whole sheet", () => {
    const source = reportSheetSources(input(reports)).find((s) => s.size)!;
    const full = source.build();
    expect(full.name).toBe("Cùng kỳ năm trước");
    expect(source.size!()).toEqual(sheetSize(full));
    const parts = planParts([sheetSize(full)], 3 * sheetSize(full).rowWeights[0]!);
    expect(parts.length).toBeGreaterThan(3);
    for (const slice of parts.flatMap((p) => p.slices)) {
      expect({ ...source.build(slice.rows!), name: slice.name }, slice.name).toEqual(sliceSheet(full, slice));
    }
  });

  it("never ends a slice inside a merge that spans rows", () => {
    const grid: GridSheet = {
      name: "Bảng", orientation: "portrait", freeze: { rows: 1, columns: 0 }, columnWidths: [10, 10],
      cells: Array.from({ length: 9 }, (_, r) => [r + 1, null]), merges: [{ row: 3, column: 2, rows: 3, columns: 1 }],
      styles: [], rowHeights: {},
    };
    const parts = planParts([sheetSize(grid)], 6); // two body rows a part, but rows 3–5 are one merge
    const runs = parts.flatMap((p) => p.slices.map((s) => s.rows));
    expect(runs).toEqual([{ from: 2, to: 5 }, { from: 6, to: 7 }, { from: 8, to: 9 }]);
    expect(sliceSheet(grid, parts[0]!.slices[0]!).merges).toEqual([{ row: 3, column: 2, rows: 3, columns: 1 }]);
    expect(sliceSheet(grid, parts[1]!.slices[0]!).merges).toEqual([]);
  });
});
