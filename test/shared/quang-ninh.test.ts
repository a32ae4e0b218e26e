import { describe, expect, it } from "vitest";
import { computeRates, consolidate, sumOverUnits } from "../../shared/aggregation/index.ts";
import { centers } from "../../shared/forms/centers.ts";
import { validateSubmission } from "../../shared/validation/index.ts";
import data from "../fixtures/quang-ninh-2017-centers.json";

/**
 * Kế hoạch 239/KH-UBND (Quảng Ninh, 2017), appendices 1 and 2: a real published table, typed in
 * as printed, totals and mistakes included.
 */
const departments = data.provincial_departments;
const districts = data.district_centers;

describe("Quảng Ninh 2017, appendix 1: provincial departments", () => {
  it("has the 20 departments of the published table", () => {
    expect(departments.rows).toHaveLength(20);
  });

  it.each(departments.rows.map((row) => [row.unitName, row] as const))("%s validates without errors", (_, row) => {
    const result = validateSubmission(centers, row.values, { unitName: row.unitName });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.values).toEqual(row.values);
  });

  it("sums over units to exactly the published totals", () => {
    const total = sumOverUnits(centers, departments.rows.map((row) => row.values));
    expect(total).toEqual(departments.publishedTotal);
    expect(total).toEqual({
      tthc_total: 1209, tthc_not_at_center: 91, tthc_at_center: 1118,
      full_cycle_done: 578, full_cycle_added: 100, full_cycle_after: 678,
    });
  });

  it("recomputes the rates from the totals without truncating 92.47% to the printed 92,4%", () => {
    const rates = computeRates(centers, sumOverUnits(centers, departments.rows.map((row) => row.values)));
    expect(rates.at_center_rate).toBe(1118 / 1209);
    expect(rates.full_cycle_rate).toBe(678 / 1118);
    // Rounded half up to 4 decimals: 0.9247 (the appendix truncated it to 92,4%) and 0.6064 (60,6%).
    expect(Math.round(rates.at_center_rate! * 10_000) / 10_000).toBe(0.9247);
    expect(Math.round(rates.full_cycle_rate! * 10_000) / 10_000).toBe(0.6064);
    expect(rates.at_center_rate).toBeGreaterThan(0.9245);
  });

  it("is not the average of the departments' rates", () => {
    const unitRates = departments.rows.map((row) => computeRates(centers, row.values).at_center_rate!);
    const average = unitRates.reduce((a, b) => a + b, 0) / unitRates.length;
    const rates = computeRates(centers, sumOverUnits(centers, departments.rows.map((row) => row.values)));
    expect(Math.abs(average - rates.at_center_rate!)).toBeGreaterThan(0.01);
  });

  it("consolidates as submitted reports into the cap-tinh level and the grand total", () => {
    const report = consolidate(
      centers,
      { id: "2017" },
      12,
      departments.rows.map((row) => ({
        unit: { code: row.unitCode, name: row.unitName, level: "cap-tinh" as const, parent: null },
        own: { values: row.values, late: false },
      })),
    );
    expect(report.total).toEqual(departments.publishedTotal);
    expect(report.levels["cap-tinh"]!.total).toEqual(departments.publishedTotal);
    expect(report.levels["cap-tinh"]!.rates.at_center_rate).toBe(1118 / 1209);
    expect(report.completeness).toEqual({ expected: 20, submitted: 20, late: 0, missing: [] });
  });
});

describe("Quảng Ninh 2017, appendix 2: district centres", () => {
  const halong = districts.rows.find((row) => row.unitName === "Thành phố Hạ Long")!;

  it.each(districts.rows.filter((row) => row !== halong).map((row) => [row.unitName, row] as const))(
    "%s validates without errors",
    (_, row) => {
      const result = validateSubmission(centers, row.values, { unitName: row.unitName });
      expect(result.errors).toEqual([]);
      expect(result.values).toEqual(row.values);
    },
  );

  it("rejects Thành phố Hạ Long: 256 − 5 is 251, not the printed 250", () => {
    const { errors } = validateSubmission(centers, halong.values, { unitName: halong.unitName });
    expect(errors).toHaveLength(1);
    const issue = errors[0]!;
    expect(issue).toMatchObject({ rule: "difference", severity: "error", expected: 251, actual: 250 });
    expect(issue.columns[0]).toBe("tthc_at_center");
    expect(issue.message).toContain("Thành phố Hạ Long");
    expect(issue.message).toContain("cột (5) «Tổng số TTHC đưa vào Trung tâm»");
    expect(issue.message).toContain("(3) − (4) = 251");
    expect(issue.message).toContain("250");
  });

  it("accepts Hạ Long once at-centre is corrected or left to be computed", () => {
    expect(validateSubmission(centers, { ...halong.values, tthc_at_center: 251 }).errors).toEqual([]);
    const { tthc_at_center: _, ...without } = halong.values;
    const result = validateSubmission(centers, without);
    expect(result.errors).toEqual([]);
    expect(result.values.tthc_at_center).toBe(251);
  });
});
