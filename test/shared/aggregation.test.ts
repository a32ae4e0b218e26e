import { describe, expect, it } from "vitest";
import { combineOverTime, computeRates, consolidate, figuresOf, sumOverUnits, type UnitInput } from "../../shared/aggregation/index.ts";
import { centers } from "../../shared/forms/centers.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import type { FormValues } from "../../shared/forms/index.ts";
import type { Level, Unit } from "../../shared/units/levels.ts";

type Dossiers = {
  carried_over: number; received_online: number; received_direct: number;
  resolved_early: number; resolved_ontime: number; resolved_late: number;
  pending_intime: number; pending_overdue: number; returned: number;
};
const zero: Dossiers = {
  carried_over: 0, received_online: 0, received_direct: 0,
  resolved_early: 0, resolved_ontime: 0, resolved_late: 0,
  pending_intime: 0, pending_overdue: 0, returned: 0,
};
const report = (values: Partial<Dossiers>): FormValues => ({ ...zero, ...values });

describe("sumOverUnits", () => {
  const a = report({ carried_over: 3, received_online: 10, received_direct: 5, resolved_early: 4, resolved_ontime: 6, resolved_late: 1, pending_intime: 5, pending_overdue: 2, returned: 0 });
  const b = report({ carried_over: 7, received_online: 1, received_direct: 20, resolved_early: 0, resolved_ontime: 20, resolved_late: 5, pending_intime: 1, pending_overdue: 1, returned: 1 });

  it("sums every count, opening and closing stocks included", () => {
    expect(sumOverUnits(dossiers, [a, b])).toMatchObject({
      carried_over: 10, received_online: 11, received_direct: 25,
      resolved_early: 4, resolved_ontime: 26, resolved_late: 6,
      pending_intime: 6, pending_overdue: 3, returned: 1,
    });
  });

  it("recomputes derived totals from the summed parts, ignoring totals carried in the reports", () => {
    const total = sumOverUnits(dossiers, [{ ...a, received_total: 999 }, { ...b, received_total: 1 }]);
    expect(total.received_total).toBe(10 + 11 + 25);
    expect(total.resolved_total).toBe(36);
    expect(total.pending_total).toBe(9);
  });

  it("gives zeros and null rates over no units", () => {
    const total = sumOverUnits(dossiers, []);
    expect(total.received_total).toBe(0);
    expect(computeRates(dossiers, total)).toEqual({ on_time_rate: null, late_rate: null, online_rate: null });
  });
});

describe("computeRates", () => {
  it("recomputes a rate from summed numerators and denominators, not the average of the units' rates", () => {
    // A small unit at 90% on time, a big one at 10%: the city is at 19/110, not at 50%.
    const small = report({ resolved_early: 9, resolved_ontime: 0, resolved_late: 1, received_online: 9, received_direct: 1 });
    const big = report({ resolved_early: 0, resolved_ontime: 10, resolved_late: 90, received_online: 10, received_direct: 90 });
    expect(computeRates(dossiers, figuresOf(dossiers, small)).on_time_rate).toBeCloseTo(0.9, 12);
    expect(computeRates(dossiers, figuresOf(dossiers, big)).on_time_rate).toBeCloseTo(0.1, 12);

    const rates = computeRates(dossiers, sumOverUnits(dossiers, [small, big]));
    expect(rates.on_time_rate).toBeCloseTo(19 / 110, 12);
    expect(rates.on_time_rate).not.toBeCloseTo(0.5, 2);
    expect(rates.late_rate).toBeCloseTo(91 / 110, 12);
    expect(rates.online_rate).toBeCloseTo(19 / 110, 12);
  });

  it("is null when the denominator is 0", () => {
    const rates = computeRates(dossiers, figuresOf(dossiers, report({ carried_over: 4, pending_intime: 4 })));
    expect(rates).toEqual({ on_time_rate: null, late_rate: null, online_rate: null });
    const none = computeRates(centers, figuresOf(centers, { tthc_total: 5, tthc_not_at_center: 5, full_cycle_done: 0, full_cycle_added: 0 }));
    expect(none).toEqual({ at_center_rate: 0, full_cycle_rate: null });
  });

  it("keeps full precision: never truncated", () => {
    const rates = computeRates(centers, figuresOf(centers, { tthc_total: 1209, tthc_not_at_center: 91, full_cycle_done: 578, full_cycle_added: 100 }));
    expect(rates.at_center_rate).toBe(1118 / 1209);
    expect(rates.full_cycle_rate).toBe(678 / 1118);
  });
});

describe("combineOverTime", () => {
  // Three months of one unit: each month's carried over is the previous month's in progress.
  const m1 = report({ carried_over: 8, received_online: 10, received_direct: 20, resolved_early: 5, resolved_ontime: 15, resolved_late: 2, pending_intime: 10, pending_overdue: 1, returned: 0 });
  const m2 = report({ carried_over: 11, received_online: 12, received_direct: 18, resolved_early: 6, resolved_ontime: 20, resolved_late: 1, pending_intime: 12, pending_overdue: 2, returned: 0 });
  const m3 = report({ carried_over: 14, received_online: 30, received_direct: 5, resolved_early: 9, resolved_ontime: 25, resolved_late: 0, pending_intime: 13, pending_overdue: 0, returned: 2 });

  it("sums flows, takes the opening stock from the first month and closing stocks from the last", () => {
    const quarter = combineOverTime(dossiers, [m1, m2, m3]);
    expect(quarter).toMatchObject({
      carried_over: 8,
      received_online: 52, received_direct: 43,
      resolved_early: 20, resolved_ontime: 60, resolved_late: 3,
      pending_intime: 13, pending_overdue: 0,
      returned: 2,
    });
  });

  it("recomputes derived totals: received total = first carried over + the three months' new dossiers", () => {
    const quarter = combineOverTime(dossiers, [m1, m2, m3]);
    expect(quarter.received_total).toBe(8 + 52 + 43);
    // Not the sum of the months' totals, which counts the carried-over dossiers three times.
    expect(quarter.received_total).not.toBe(figuresOf(dossiers, m1).received_total! + figuresOf(dossiers, m2).received_total! + figuresOf(dossiers, m3).received_total!);
    expect(quarter.resolved_total).toBe(83);
    expect(quarter.pending_total).toBe(13);
  });

  it("depends on the order of the months", () => {
    const reversed = combineOverTime(dossiers, [m3, m2, m1]);
    expect(reversed.carried_over).toBe(14);
    expect(reversed.pending_total).toBe(11);
  });

  it("takes every closing stock of centers from the last month", () => {
    const a = { tthc_total: 100, tthc_not_at_center: 10, full_cycle_done: 40, full_cycle_added: 5 };
    const b = { tthc_total: 110, tthc_not_at_center: 8, full_cycle_done: 60, full_cycle_added: 2 };
    expect(combineOverTime(centers, [a, a, b])).toEqual({ ...b, tthc_at_center: 102, full_cycle_after: 62 });
  });

  it("needs at least one period", () => {
    expect(() => combineOverTime(dossiers, [])).toThrow();
  });
});

describe("consolidate", () => {
  const unit = (code: string, level: Level): Unit => ({ code, name: `Đơn vị ${code}`, level, parent: null });
  const q = { id: "2026-Q1" };
  const months = (...values: number[]) => values.map((n) => report({ received_online: n, resolved_ontime: n, carried_over: 1, pending_intime: n }));

  const A = report({ carried_over: 1, received_online: 100, received_direct: 0, resolved_early: 50, resolved_ontime: 40, resolved_late: 10, pending_intime: 1 });
  const D = report({ received_online: 0, received_direct: 10, resolved_ontime: 5, resolved_late: 5 });
  const inputs: UnitInput[] = [
    // Its own quarterly report wins over its months.
    { unit: unit("A", "cap-tinh"), own: { values: A, late: false }, months: months(1, 1, 1) },
    // Three months and no quarterly report: derived.
    { unit: unit("B", "cap-tinh"), own: null, months: months(2, 3, 4) },
    // A month missing: nothing to derive.
    { unit: unit("C", "cap-huyen"), own: null, months: [...months(5, 6), null] },
    // Late, but submitted.
    { unit: unit("D", "cap-huyen"), own: { values: D, late: true } },
    // Nothing at all.
    { unit: unit("E", "cap-xa"), own: null },
  ];
  const result = consolidate(dossiers, q, 3, inputs);

  it("names the period and the form", () => {
    expect(result.period).toBe(q);
    expect(result.form).toBe("dossiers");
  });

  it("uses a unit's own report, derives from three months, and has no line for a unit missing a month", () => {
    expect(result.units.map((u) => [u.code, u.source])).toEqual([["A", "submitted"], ["B", "derived"], ["D", "submitted"]]);
    const [a, b] = result.units;
    expect(a).toMatchObject({ name: "Đơn vị A", level: "cap-tinh" });
    expect(a!.values).toEqual(figuresOf(dossiers, A));
    expect(a!.values.received_total).toBe(101);
    expect(a!.rates.on_time_rate).toBeCloseTo(0.9, 12);
    // B: flows 2 + 3 + 4, carried over from January, in progress from March.
    expect(b!.values).toMatchObject({ received_online: 9, resolved_ontime: 9, carried_over: 1, pending_intime: 4, received_total: 10 });
    expect(b!.rates.on_time_rate).toBe(1);
  });

  it("counts completeness: every unit expected, own reports submitted (late included), derived-only units missing", () => {
    expect(result.completeness).toEqual({ expected: 5, submitted: 2, late: 1, missing: ["B", "C", "E"] });
  });

  it("totals each level and the whole, recomputing totals and rates", () => {
    const tinh = result.levels["cap-tinh"]!;
    expect(tinh.total.received_online).toBe(109);
    expect(tinh.total.resolved_total).toBe(100 + 9);
    expect(tinh.total.received_total).toBe(101 + 10);
    expect(tinh.rates.on_time_rate).toBeCloseTo(99 / 109, 12);

    const huyen = result.levels["cap-huyen"]!;
    expect(huyen.total.received_direct).toBe(10);
    expect(huyen.total.received_online).toBe(0);
    expect(huyen.rates.on_time_rate).toBeCloseTo(0.5, 12);
    expect(huyen.rates.online_rate).toBe(0);

    const xa = result.levels["cap-xa"]!;
    expect(xa.total.received_total).toBe(0);
    expect(xa.rates).toEqual({ on_time_rate: null, late_rate: null, online_rate: null });

    expect(result.total).toEqual(sumOverUnits(dossiers, [tinh.total, huyen.total]));
    expect(result.total.resolved_total).toBe(119);
    expect(result.rates.on_time_rate).toBeCloseTo(104 / 119, 12);
    expect(result.rates.late_rate).toBeCloseTo(15 / 119, 12);
    expect(result.rates.online_rate).toBeCloseTo(109 / 119, 12);
  });

  it("does not derive a month from anything: a month's consolidation has only own reports", () => {
    const monthly = consolidate(dossiers, { id: "2026-01" }, 1, [
      { unit: unit("A", "cap-tinh"), own: null, months: months(1) },
      { unit: unit("B", "cap-tinh"), own: { values: A, late: false } },
    ]);
    expect(monthly.units.map((u) => u.code)).toEqual(["B"]);
    expect(monthly.completeness).toEqual({ expected: 2, submitted: 1, late: 0, missing: ["A"] });
  });

  it("does not derive a quarter from the wrong number of months", () => {
    const short = consolidate(dossiers, q, 3, [{ unit: unit("B", "cap-tinh"), own: null, months: months(2, 3) }]);
    expect(short.units).toEqual([]);
  });
});
