import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

/** A balanced month of dossiers scaled by k (received 60k). */
const month = (k: number) => ({
  carried_over: 10 * k, received_online: 30 * k, received_direct: 20 * k,
  resolved_early: 15 * k, resolved_ontime: 20 * k, resolved_late: 5 * k,
  pending_intime: 12 * k, pending_overdue: 3 * k, returned: 5 * k,
});

describe("the outlier rules against the unit's own history", () => {
  it("answers the unit's earlier reports newest first, and warns of a total ten times its usual level", async () => {
    const token = await unitWithToken("OUT-XA-1", "cap-xa", "UBND xã Lệch Số");
    for (const [period, k] of [["2035-01", 19], ["2035-02", 20], ["2035-03", 21]] as const) {
      // Carried over follows on from the month before, so only the outlier rules can speak.
      const values = { ...month(k), carried_over: period === "2035-01" ? 10 * k : 15 * (k - 1) };
      const put = await call("PUT", reportPath(period, "dossiers", "OUT-XA-1"), { token, body: { values } });
      expect(put.status, period).toBe(201);
      expect(put.body.warnings.filter((w: { rule: string }) => w.rule.startsWith("outlier")), period).toEqual([]);
    }

    const history = await call("GET", `${reportPath("2035-04", "dossiers", "OUT-XA-1")}/history`, { token });
    expect(history.status).toBe(200);
    expect(history.body.reports.map((r: { periodId: string }) => r.periodId)).toEqual(["2035-03", "2035-02", "2035-01"]);
    expect(history.body.reports[0].values.received_total).toBe(300 + 1050); // carried over 15 × 20, received 50 × 21

    // April typed with a zero too many: accepted (a warning), the warning kept with the version.
    const april = { ...month(200), carried_over: 15 * 21 };
    const put = await call("PUT", reportPath("2035-04", "dossiers", "OUT-XA-1"), { token, body: { values: april } });
    expect(put.status).toBe(201);
    const outliers = put.body.warnings.filter((w: { rule: string }) => w.rule.startsWith("outlier"));
    expect(outliers.map((w: { rule: string; expected: number; actual: number }) => [w.rule, w.expected, w.actual])).toEqual([
      ["outlier_received", 1285, 10315], ["outlier_resolved", 800, 8000], // medians of 1140/1285/1350 and 760/800/840
    ]);
    expect(outliers[0].message).toContain("«UBND xã Lệch Số»");
    const stored = await call("GET", reportPath("2035-04", "dossiers", "OUT-XA-1"));
    expect(stored.body.warnings.map((w: { rule: string }) => w.rule)).toEqual(expect.arrayContaining(["outlier_received", "outlier_resolved"]));
  });

  it("keeps a unit's history to itself and answers 404 for what does not exist", async () => {
    const mine = await unitWithToken("OUT-XA-2", "cap-xa");
    await unitWithToken("OUT-XA-3", "cap-xa");
    expect((await call("PUT", reportPath("2035-01", "dossiers", "OUT-XA-3"), { body: { values: dossiers() } })).status).toBe(201);
    expectError(await call("GET", `${reportPath("2035-02", "dossiers", "OUT-XA-3")}/history`, { token: mine }), 403);
    expect((await call("GET", `${reportPath("2035-02", "dossiers", "OUT-XA-3")}/history`)).body.reports).toHaveLength(1);
    expect((await call("GET", `${reportPath("2035-02", "dossiers", "OUT-XA-2")}/history`, { token: mine })).body.reports).toEqual([]);
    expectError(await call("GET", `${reportPath("2035-02", "nope", "OUT-XA-2")}/history`, { token: mine }), 404);
  });
});
