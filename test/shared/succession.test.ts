import { describe, expect, it } from "vitest";
import { consolidate } from "../../shared/aggregation/consolidate.ts";
import { foldIntoSuccessors } from "../../shared/aggregation/successions.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { activeIn, predecessorsOf, successorOf } from "../../shared/units/succession.ts";
import type { Unit } from "../../shared/units/levels.ts";

const dossiers = forms.find((form) => form.id === "dossiers")!;
const values = (n: number) => ({
  carried_over: n, received_online: n, received_direct: n, resolved_early: 0, resolved_ontime: n, resolved_late: n,
  pending_intime: n, pending_overdue: 0, returned: 0,
});

describe("successions", () => {
  it("stops expecting a unit for every period whose window ends on or after its retirement month's start", () => {
    const unit = { code: "A", retiredFrom: "2025-07" }; // the window of July 2025 starts on 15/06/2025
    expect(activeIn(unit, { end: "2025-06-14" })).toBe(true); // June 2025
    expect(activeIn(unit, { end: "2025-07-14" })).toBe(false); // July 2025
    expect(activeIn(unit, { end: "2025-09-14" })).toBe(false); // Q3 2025, reaching into July
    expect(activeIn({ code: "B" }, { end: "2099-01-14" })).toBe(true);
    // A unit the reorganisation created: from the periods reaching into its first month.
    const created = { code: "C", activeFrom: "2025-07" };
    expect(activeIn(created, { end: "2025-06-14" })).toBe(false); // June 2025, H1 2025
    expect(activeIn(created, { end: "2025-07-14" })).toBe(true);
    expect(activeIn(created, { end: "2025-12-14" })).toBe(true); // the year 2025, reported whole
  });

  it("follows mergers through several steps, and lists a unit's predecessors", () => {
    const units = [{ code: "A", mergedInto: "B" }, { code: "B", mergedInto: "C" }, { code: "C" }, { code: "D" }];
    const byCode = new Map(units.map((u) => [u.code, u]));
    expect(successorOf("A", byCode)).toBe("C");
    expect(successorOf("D", byCode)).toBe("D");
    expect(predecessorsOf("C", units).sort()).toEqual(["A", "B"]);
  });

  it("counts merged units' lines for their successor in an earlier report, rates recomputed, the city's total unchanged", () => {
    const units: Unit[] = [
      { code: "H", name: "Huyện cũ", level: "cap-huyen", parent: null, retiredFrom: "2025-07", mergedInto: "X" },
      { code: "Y", name: "Xã cũ", level: "cap-xa", parent: "H", retiredFrom: "2025-07", mergedInto: "X" },
      { code: "X", name: "Xã mới", level: "cap-xa", parent: null },
      { code: "Z", name: "Xã khác", level: "cap-xa", parent: null },
    ];
    const before = consolidate(dossiers, { id: "2024-Q3" }, 1, [
      { unit: units[0]!, own: { values: values(1), late: false } },
      { unit: units[1]!, own: { values: values(2), late: false } },
      { unit: units[3]!, own: { values: values(4), late: false } },
    ]);
    const folded = foldIntoSuccessors(dossiers, before, units);
    expect(folded.units.map((line) => [line.code, line.includes ?? []])).toEqual([["X", ["H", "Y"]], ["Z", []]]);
    expect(folded.units[0]!.values.received_online).toBe(3);
    expect(folded.units[0]!.rates.late_rate).toBe(0.5);
    expect(folded.total).toEqual(before.total);
    expect(folded.levels["cap-huyen"]!.total.received_online).toBe(0);
    expect(folded.levels["cap-xa"]!.total.received_online).toBe(7);
  });
});
