import { forms } from "../../shared/forms/catalogue.ts";
import { files } from "../../shared/forms/filing.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { call, expectError, reportPath, unitWithToken } from "./client.ts";

/** dossiers values from the typed columns, in the order of the official sheet. */
function d(
  carried_over: number, received_online: number, received_direct: number,
  resolved_early: number, resolved_ontime: number, resolved_late: number,
  pending_intime: number, pending_overdue: number, returned: number,
) {
  return { carried_over, received_online, received_direct, resolved_early, resolved_ontime, resolved_late, pending_intime, pending_overdue, returned };
}

/** The same with its derived totals, as the worker stores and reports them. */
function withTotals(values: ReturnType<typeof d>) {
  return {
    ...values,
    received_total: values.carried_over + values.received_online + values.received_direct,
    resolved_total: values.resolved_early + values.resolved_ontime + values.resolved_late,
    pending_total: values.pending_intime + values.pending_overdue,
  };
}

const ZERO = withTotals(d(0, 0, 0, 0, 0, 0, 0, 0, 0));
const CODES = ["RPT-T1", "RPT-T2", "RPT-H1", "RPT-X1", "RPT-QD", "RPT-QO", "RPT-QM", "RPT-QC"];
const tokens: Record<string, string> = {};

beforeAll(async () => {
  tokens["RPT-T1"] = await unitWithToken("RPT-T1", "cap-tinh", "Sở Y tế");
  tokens["RPT-T2"] = await unitWithToken("RPT-T2", "cap-tinh", "Sở Tài chính");
  tokens["RPT-H1"] = await unitWithToken("RPT-H1", "cap-huyen", "UBND huyện Ba Chẽ");
  tokens["RPT-X1"] = await unitWithToken("RPT-X1", "cap-xa", "UBND xã Nam Sơn", "RPT-H1");
  tokens["RPT-QD"] = await unitWithToken("RPT-QD", "cap-huyen", "UBND huyện Tiên Yên");
  tokens["RPT-QO"] = await unitWithToken("RPT-QO", "cap-tinh", "Sở Xây dựng");
  tokens["RPT-QM"] = await unitWithToken("RPT-QM", "cap-xa", "UBND xã Đồn Đạc");
  tokens["RPT-QC"] = await unitWithToken("RPT-QC", "cap-tinh", "Sở Du lịch");
});

async function submit(period: string, unit: string, values: Record<string, unknown>, options: { late?: boolean } = {}) {
  const answer = await call("PUT", reportPath(period, "dossiers", unit), {
    token: tokens[unit]!,
    body: { values },
    // A deadline long past, for a report that must be stored as late.
    ...(options.late ? { env: { DEADLINES: JSON.stringify({ overrides: { [period]: "2000-01-01" } }) } } : {}),
  });
  expect([200, 201], JSON.stringify(answer.body)).toContain(answer.status);
  return answer;
}

describe("a month's status and consolidated report", () => {
  const T1 = d(0, 80, 20, 50, 40, 10, 0, 0, 0); // on time 90/100, online 80/100
  const T2 = d(0, 1, 9, 0, 1, 9, 0, 0, 0); // on time 1/10, online 1/10
  const H1 = d(5, 0, 0, 0, 0, 0, 5, 0, 0); // nothing resolved, nothing received: rates null

  it("GET /api/v1/status/{periodId}: every unit × form, missing before anything is sent", async () => {
    const status = await call("GET", "/api/v1/status/2099-11");
    expect(status.status).toBe(200);
    expect(status.body.period).toBe("2099-11");
    expect(status.body.units.map((u: { code: string }) => u.code).sort()).toEqual([...CODES].sort());
    for (const unit of status.body.units) {
      expect(unit).toMatchObject({ code: expect.any(String), name: expect.any(String), level: expect.any(String) });
      // Exactly the forms its level files for a month (Filing): a commune has no digital form, no one a monthly review.
      const due = forms.filter((form) => files(form, unit.level, "month")).map((form) => [form.id, { state: "missing" }]);
      expect(unit.forms).toEqual(Object.fromEntries(due));
      expect(Object.keys(unit.forms)).toContain("dossiers");
      expect(Object.keys(unit.forms)).not.toContain("review");
    }
  });

  it("status shows submitted and late reports with their latest version and time", async () => {
    await submit("2099-11", "RPT-T1", T1);
    await submit("2099-11", "RPT-T2", T2, { late: true });
    await submit("2099-11", "RPT-H1", H1);
    const amended = await submit("2099-11", "RPT-T1", T1);
    expect(amended.body.version).toBe(2);
    const latest = await call("GET", reportPath("2099-11", "dossiers", "RPT-T1"));

    const status = await call("GET", "/api/v1/status/2099-11");
    expect(status.status).toBe(200);
    const byCode = Object.fromEntries(status.body.units.map((u: { code: string }) => [u.code, u]));
    expect(byCode["RPT-T1"]).toMatchObject({ code: "RPT-T1", name: "Sở Y tế", level: "cap-tinh" });
    expect(byCode["RPT-T1"].forms.dossiers).toEqual({ state: "submitted", version: 2, submittedAt: latest.body.submittedAt });
    expect(byCode["RPT-T2"].forms.dossiers).toMatchObject({ state: "late", version: 1 });
    expect(byCode["RPT-H1"].forms.dossiers).toMatchObject({ state: "submitted", version: 1 });
    expect(byCode["RPT-X1"].forms.dossiers).toEqual({ state: "missing" });
    expect(byCode["RPT-T1"].forms.centers).toEqual({ state: "missing" });
    // Another period is untouched.
    const other = await call("GET", "/api/v1/status/2099-10");
    expect(other.body.units.every((u: { forms: { dossiers: { state: string } } }) => u.forms.dossiers.state === "missing")).toBe(true);
  });

  it("status answers 404 for a malformed period", async () => {
    expectError(await call("GET", "/api/v1/status/2099-13"), 404);
    expectError(await call("GET", "/api/v1/status/Q1-2099"), 404);
  });

  it("GET /api/v1/reports/{periodId}/{formId}: totals over all units and per level, rates recomputed, completeness", async () => {
    const { status, body } = await call("GET", "/api/v1/reports/2099-11/dossiers");
    expect(status).toBe(200);
    expect(body.lastYear, "nothing was reported for 2098-11").toBeNull();
    expect(Object.keys(body).sort()).toEqual(["completeness", "form", "lastYear", "levels", "period", "rates", "targets", "total", "units"]);
    expect(body.period).toEqual({
      id: "2099-11", type: "month", start: "2099-10-15", end: "2099-11-14", deadline: expect.stringMatching(/^2099-11-\d\d$/),
      deadlines: { "cap-tinh": body.period.deadline, "cap-huyen": body.period.deadline, "cap-xa": body.period.deadline },
    });
    expect(body.form).toBe("dossiers");

    const tinh = withTotals(d(0, 81, 29, 50, 41, 19, 0, 0, 0));
    expect(body.levels["cap-tinh"].total).toEqual(tinh);
    expect(body.levels["cap-huyen"].total).toEqual(withTotals(H1));
    expect(body.levels["cap-xa"].total).toEqual(ZERO);
    expect(body.total).toEqual(withTotals(d(5, 81, 29, 50, 41, 19, 5, 0, 0)));

    // Recomputed from the sums (91/110), not the average of 0.9 and 0.1.
    expect(body.levels["cap-tinh"].rates.on_time_rate).toBeCloseTo(91 / 110, 10);
    expect(body.levels["cap-tinh"].rates.late_rate).toBeCloseTo(19 / 110, 10);
    expect(body.levels["cap-tinh"].rates.online_rate).toBeCloseTo(81 / 110, 10);
    expect(body.rates.on_time_rate).toBeCloseTo(91 / 110, 10);
    expect(body.rates.online_rate).toBeCloseTo(81 / 110, 10);
    // A denominator of 0 is null, never 0 or NaN.
    expect(body.levels["cap-huyen"].rates).toEqual({ on_time_rate: null, late_rate: null, online_rate: null });
    expect(body.levels["cap-xa"].rates).toEqual({ on_time_rate: null, late_rate: null, online_rate: null });

    const units = Object.fromEntries(body.units.map((u: { code: string }) => [u.code, u]));
    expect(Object.keys(units).sort()).toEqual(["RPT-H1", "RPT-T1", "RPT-T2"]);
    expect(units["RPT-T1"]).toEqual({
      code: "RPT-T1", name: "Sở Y tế", level: "cap-tinh", values: withTotals(T1), source: "submitted",
      rates: { on_time_rate: 0.9, late_rate: 0.1, online_rate: 0.8 },
    });
    expect(units["RPT-T2"].rates.on_time_rate).toBeCloseTo(0.1, 10);

    expect(body.completeness.expected).toBe(CODES.length);
    expect(body.completeness.submitted).toBe(3);
    expect(body.completeness.late).toBe(1);
    expect([...body.completeness.missing].sort()).toEqual(CODES.filter((c) => !["RPT-T1", "RPT-T2", "RPT-H1"].includes(c)).sort());
  });

  it("a form or period with nothing submitted gives zeros, null rates and everyone missing", async () => {
    const { status, body } = await call("GET", "/api/v1/reports/2099-11/centers");
    expect(status).toBe(200);
    expect(body.units).toEqual([]);
    expect(body.total).toEqual({ tthc_total: 0, tthc_not_at_center: 0, tthc_at_center: 0, full_cycle_done: 0, full_cycle_added: 0, full_cycle_after: 0 });
    expect(body.rates).toEqual({ at_center_rate: null, full_cycle_rate: null });
    expect(body.completeness).toEqual({ expected: CODES.length, submitted: 0, late: 0, missing: expect.arrayContaining(CODES) });
  });

  it("answers 404 for an unknown form or a malformed period", async () => {
    expectError(await call("GET", "/api/v1/reports/2099-11/nope"), 404);
    expectError(await call("GET", "/api/v1/reports/2099-1/dossiers"), 404);
    expectError(await call("GET", "/api/v1/reports/2099-Q9/dossiers"), 404);
    expectError(await call("GET", "/api/v1/reports/2099-13.xlsx"), 404);
    expectError(await call("GET", "/api/v1/reports/nope.xlsx"), 404);
  });
});

describe("a quarter derived from its three months", () => {
  // Balanced months whose carried-over figure is the previous month's pending total.
  const M1 = d(4, 10, 5, 6, 5, 1, 4, 2, 1); // received 19, resolved 12, pending 6
  const M2 = d(6, 20, 10, 10, 15, 5, 3, 2, 1); // received 36, resolved 30, pending 5
  const M3 = d(5, 30, 10, 20, 10, 10, 2, 1, 2); // received 45, resolved 40, pending 3
  const OWN_Q = d(1, 2, 3, 1, 1, 1, 2, 1, 0); // a quarterly report of its own

  it("the monthly reports are accepted, consistent months without a continuity warning", async () => {
    for (const [period, values] of [["2099-01", M1], ["2099-02", M2], ["2099-03", M3]] as const) {
      const answer = await submit(period, "RPT-QD", values);
      expect(answer.status).toBe(201);
      expect(answer.body.warnings).toEqual([]);
    }
    // RPT-QO has its own quarterly report as well as its months; RPT-QM misses February.
    for (const period of ["2099-01", "2099-02", "2099-03"]) await submit(period, "RPT-QO", M1);
    expect((await submit("2099-Q1", "RPT-QO", OWN_Q)).status).toBe(201);
    await submit("2099-01", "RPT-QM", M1);
    await submit("2099-03", "RPT-QM", M3);
  });

  it("the unit appears with source derived: flows summed, carried over from the first month, pending from the last, rates recomputed", async () => {
    const { status, body } = await call("GET", "/api/v1/reports/2099-Q1/dossiers");
    expect(status).toBe(200);
    expect(body.period).toMatchObject({ id: "2099-Q1", type: "quarter", start: "2098-12-15", end: "2099-03-14" });
    const units = Object.fromEntries(body.units.map((u: { code: string }) => [u.code, u]));
    expect(Object.keys(units).sort()).toEqual(["RPT-QD", "RPT-QO"]);

    const derived = units["RPT-QD"];
    expect(derived.source).toBe("derived");
    expect(derived.level).toBe("cap-huyen");
    expect(derived.values).toEqual({
      carried_over: 4, // the first month's
      received_online: 60, received_direct: 25,
      received_total: 89, // 4 + 60 + 25, not 19 + 36 + 45 = 100
      resolved_early: 36, resolved_ontime: 30, resolved_late: 16, resolved_total: 82,
      pending_intime: 2, pending_overdue: 1, pending_total: 3, // the last month's
      returned: 4,
    });
    // 66/82, not the average of 11/12, 25/30 and 30/40 (0.8333…).
    expect(derived.rates.on_time_rate).toBeCloseTo(66 / 82, 10);
    expect(derived.rates.late_rate).toBeCloseTo(16 / 82, 10);
    expect(derived.rates.online_rate).toBeCloseTo(60 / 85, 10);

    // The unit's own quarterly report wins over its months.
    expect(units["RPT-QO"].source).toBe("submitted");
    expect(units["RPT-QO"].values).toEqual(withTotals(OWN_Q));

    expect(body.levels["cap-huyen"].total).toEqual(derived.values);
    expect(body.levels["cap-tinh"].total).toEqual(withTotals(OWN_Q));
    expect(body.levels["cap-xa"].total).toEqual(ZERO);
    expect(body.total.received_online).toBe(62);
    expect(body.total.carried_over).toBe(5);
    expect(body.rates.on_time_rate).toBeCloseTo((66 + 2) / (82 + 3), 10);

    // Only the unit's own report counts as submitted: the derived one is still missing.
    expect(body.completeness.expected).toBe(CODES.length);
    expect(body.completeness.submitted).toBe(1);
    expect(body.completeness.missing).toContain("RPT-QD");
    expect(body.completeness.missing).toContain("RPT-QM");
    expect(body.completeness.missing).not.toContain("RPT-QO");
  });

  it("with a month missing there is nothing to derive, and a half-year needs all six months", async () => {
    const quarter = await call("GET", "/api/v1/reports/2099-Q1/dossiers");
    expect(quarter.body.units.map((u: { code: string }) => u.code)).not.toContain("RPT-QM");
    const half = await call("GET", "/api/v1/reports/2099-H1/dossiers");
    expect(half.status).toBe(200);
    expect(half.body.units).toEqual([]);
    expect(half.body.completeness.submitted).toBe(0);
  });

  it("a monthly period's report shows the month alone", async () => {
    const { body } = await call("GET", "/api/v1/reports/2099-02/dossiers");
    const units = Object.fromEntries(body.units.map((u: { code: string }) => [u.code, u]));
    expect(units["RPT-QD"].values).toEqual(withTotals(M2));
    expect(units["RPT-QD"].source).toBe("submitted");
    expect(units["RPT-QM"]).toBeUndefined();
  });
});

describe("continuity with the previous period", () => {
  it("warns when carried over differs from the previous month's pending total, and keeps the warning", async () => {
    const april = await submit("2099-04", "RPT-QC", d(0, 10, 0, 5, 2, 0, 2, 1, 0)); // pending 3
    expect(april.body.warnings).toEqual([]);

    const may = await submit("2099-05", "RPT-QC", d(7, 10, 0, 10, 4, 0, 2, 1, 0)); // carried over 7, balanced
    expect(may.status).toBe(201);
    expect(may.body.warnings).toHaveLength(1);
    const [warning] = may.body.warnings;
    expect(warning).toMatchObject({ rule: "continuity", severity: "warning", expected: 3, actual: 7 });
    expect(warning.columns[0]).toBe("carried_over");
    expect(warning.message).toContain("2099-04");
    expect((await call("GET", reportPath("2099-05", "dossiers", "RPT-QC"))).body.warnings).toEqual(may.body.warnings);

    // Carried over equal to April's pending: no warning.
    const fixed = await submit("2099-05", "RPT-QC", d(3, 10, 0, 10, 0, 0, 2, 1, 0));
    expect(fixed.status).toBe(200);
    expect(fixed.body.warnings).toEqual([]);
  });

  it("compares with the latest version of the previous period", async () => {
    // April amended: pending is now 6, so May's carried over of 3 no longer follows.
    await submit("2099-04", "RPT-QC", d(0, 10, 0, 2, 2, 0, 5, 1, 0));
    const may = await submit("2099-05", "RPT-QC", d(3, 10, 0, 10, 0, 0, 2, 1, 0));
    expect(may.body.warnings).toEqual([expect.objectContaining({ rule: "continuity", expected: 6, actual: 3 })]);
  });

  it("compares a quarter with the previous quarter, not with a month", async () => {
    // RPT-QO's own 2099-Q1 has pending 3.
    const q2 = await submit("2099-Q2", "RPT-QO", d(3, 1, 0, 1, 0, 0, 3, 0, 0));
    expect(q2.body.warnings).toEqual([]);
    const q2bad = await submit("2099-Q2", "RPT-QO", d(9, 1, 0, 7, 0, 0, 3, 0, 0));
    expect(q2bad.body.warnings).toEqual([expect.objectContaining({ rule: "continuity", expected: 3, actual: 9 })]);
  });

  it("a first report, or one after a gap, has no previous report to compare with", async () => {
    const answer = await submit("2099-09", "RPT-QC", d(42, 0, 0, 0, 0, 0, 42, 0, 0));
    expect(answer.body.warnings).toEqual([]);
  });
});
