import { describe, expect, it } from "vitest";
import { unitsBelowTargets } from "../../shared/plans/below-target.ts";
import { belowTargetSheet } from "../../shared/report-sheets/below-target-sheet.ts";
import { input, reports, TEST_PLAN } from "../fixtures/report-input.ts";

const target = (t: number) => ({ target: t, plan: TEST_PLAN });
const unit = (code: string, rate: number | null) => ({ code, name: `Đơn vị ${code}`, level: "cap-xa" as const, rates: { r: rate } });

describe("targets judged for each unit", () => {
  it("lists the units below a target, lowest first; one exactly at it has met it, one without figures is neither", () => {
    const judged = unitsBelowTargets(["r", "other"], [unit("A", 0.59), unit("B", 0.6), unit("C", null), unit("D", 0.1), unit("E", 0.7)], { r: target(0.6) });
    expect(judged).toEqual([{ rateId: "r", target: target(0.6), units: [
      { code: "D", name: "Đơn vị D", level: "cap-xa", rate: 0.1 },
      { code: "A", name: "Đơn vị A", level: "cap-xa", rate: 0.59 },
    ] }]);
    expect(unitsBelowTargets(["r"], [unit("A", 0.1)], {})).toEqual([]); // no target, no judgement
  });

  it("gives the workbook a sheet of every unit below every target, with its rate and the target", () => {
    const sheet = belowTargetSheet(reports, input(reports).targets);
    expect(sheet.name).toBe("Chưa đạt chỉ tiêu");
    const rows = sheet.cells.slice(1);
    const expected = reports.flatMap(({ form, report }) =>
      unitsBelowTargets(form.rates.map((r) => r.id), report.units, input(reports).targets[form.id] ?? {}).flatMap((b) => b.units.map((u) => [form.title.vi, u.code, u.rate, b.target.target])));
    expect(expected.length).toBeGreaterThan(0);
    expect(rows.map((r) => [r[1], r[3], r[6], r[7]])).toEqual(expected);
    expect(rows.map((r) => r[0])).toEqual(rows.map((_, i) => i + 1));
    // Every unit listed is below its target; the city's centres, at 100% end to end, would not be listed.
    for (const r of rows) expect(r[6] as number).toBeLessThan(r[7] as number);
  });

  it("says so when no plan sets a target, or when every unit meets them", () => {
    expect(belowTargetSheet(reports, {}).cells[1]![0]).toBe("Kế hoạch áp dụng cho kỳ này không đặt chỉ tiêu nào cho các biểu.");
    const easy = { dossiers: { online_rate: target(0) } };
    expect(belowTargetSheet(reports, easy).cells[1]![0]).toBe("Mọi đơn vị có số liệu đều đạt các chỉ tiêu của kế hoạch.");
  });
});
