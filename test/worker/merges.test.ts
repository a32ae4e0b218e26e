import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const put = (period: string, unit: string, token: string, values = dossiers()) =>
  call("PUT", reportPath(period, "dossiers", unit), { token, body: { values } });
const merge = (code: string, into: string | null, from: string) => call("PUT", `/api/v1/units/${code}/retirement`, { body: { from, into } });

describe("merged units", () => {
  let a: string;
  let b: string;
  let c: string;

  it("merges two communes into a new one from a month on, recorded in the audit log", async () => {
    await unitWithToken("MG-TINH", "cap-tinh");
    a = await unitWithToken("MG-A", "cap-xa", "Xã An Hòa", "MG-TINH");
    b = await unitWithToken("MG-B", "cap-xa", "Xã Bình Lợi", "MG-TINH");
    c = await unitWithToken("MG-C", "cap-xa", "Xã An Bình (mới)", "MG-TINH");
    for (const [code, token] of [["MG-A", a], ["MG-B", b]] as const) {
      expect((await put("2029-Q3", code, token)).status).toBe(201);
      expect((await put("2029-12", code, token)).status).toBe(201);
    }
    const merged = await merge("MG-A", "MG-C", "2030-01");
    expect(merged.status).toBe(200);
    expect(merged.body).toEqual({ code: "MG-A", name: "Xã An Hòa", level: "cap-xa", parent: "MG-TINH", retiredFrom: "2030-01", mergedInto: "MG-C" });
    expect((await merge("MG-B", "MG-C", "2030-01")).status).toBe(200);
    const audit = (await call("GET", "/api/v1/audit?unit=MG-C&action=unit.merge")).body;
    expect(audit.map((e: { detail: { merged: string } }) => e.detail.merged).sort()).toEqual(["MG-A", "MG-B"]);
  });

  it("refuses a merger into itself, into an unknown or a merged unit, or back into its predecessor", async () => {
    expectError(await merge("MG-C", "MG-C", "2030-01"), 400);
    expectError(await merge("MG-C", "MG-KHONG", "2030-01"), 400);
    expectError(await merge("MG-C", "MG-A", "2030-01"), 400);
    expectError(await merge("MG-TINH", null, "2030-13"), 400);
  });

  it("no longer expects the merged units from then on, and refuses their reports for those periods only", async () => {
    const status = await call("GET", "/api/v1/status/2030-03");
    const codes = status.body.units.map((u: { code: string }) => u.code);
    expect(codes).toContain("MG-C");
    expect(codes).not.toContain("MG-A");
    const before = await call("GET", "/api/v1/status/2029-12");
    expect(before.body.units.map((u: { code: string }) => u.code)).toEqual(expect.arrayContaining(["MG-A", "MG-B"]));
    const refused = await put("2030-01", "MG-A", a);
    expectError(refused, 409, "unit_retired");
    expect(refused.body.error.message).toContain("MG-C");
    // The quarter of the merger is the successor's to report whole; the quarter before stays the unit's.
    expectError(await put("2030-Q1", "MG-A", a), 409);
    expect((await put("2029-Q4", "MG-A", a)).status).toBe(201);
    // Its own past stays its own, to amend when asked.
    expect((await put("2029-Q3", "MG-A", a, dossiers({ returned: 1 }))).status).toBe(200);
    const report = await call("GET", "/api/v1/reports/2030-03/dossiers");
    expect(report.body.completeness.missing).toContain("MG-C");
    expect(report.body.completeness.missing).not.toContain("MG-A");
  });

  it("checks the successor's first carried-over stock against its predecessors' closing stocks summed", async () => {
    // Each predecessor closed 2029-12 with 3 dossiers pending: the new commune opens with 6.
    const right = await put("2030-01", "MG-C", c, dossiers({ carried_over: 6, received_online: 1 }));
    expect(right.status).toBe(201);
    expect(right.body.warnings.map((w: { rule: string }) => w.rule)).not.toContain("continuity");
    const history = await call("GET", `${reportPath("2030-01", "dossiers", "MG-C")}/history`, { token: c });
    expect(history.body.reports[0]).toMatchObject({ periodId: "2029-12", values: { pending_total: 6 } });
    const wrong = await put("2030-01", "MG-C", c, dossiers({ carried_over: 2 }));
    const continuity = wrong.body.warnings.find((w: { rule: string }) => w.rule === "continuity");
    expect(continuity).toMatchObject({ expected: 6, actual: 2 });
  });

  it("compares the successor with its predecessors' figures of last year's same period", async () => {
    expect((await put("2030-Q3", "MG-C", c)).status).toBe(201);
    const report = await call("GET", "/api/v1/reports/2030-Q3/dossiers");
    const line = report.body.lastYear.units.find((u: { code: string }) => u.code === "MG-C");
    expect(line.includes.sort()).toEqual(["MG-A", "MG-B"]);
    expect(line.values.received_total).toBe(20);
    expect(report.body.lastYear.units.map((u: { code: string }) => u.code)).not.toContain("MG-A");
  });

  it("shows what a unit sent before its merger was recorded, without expecting the rest of it", async () => {
    const d = await unitWithToken("MG-D", "cap-xa", "Xã Đông Hải", "MG-TINH");
    expect((await put("2030-05", "MG-D", d)).status).toBe(201);
    expect((await merge("MG-D", "MG-C", "2030-05")).status).toBe(200);
    const status = await call("GET", "/api/v1/status/2030-05");
    const line = status.body.units.find((u: { code: string }) => u.code === "MG-D");
    expect(Object.keys(line.forms)).toEqual(["dossiers"]);
    expect(line.forms.dossiers.state).toBe("submitted");
    const c = status.body.units.find((u: { code: string }) => u.code === "MG-C");
    expect(status.body.counts["cap-xa"].feedback.expected).toBe(
      status.body.units.filter((u: { level: string; forms: Record<string, unknown> }) => u.level === "cap-xa" && u.forms.feedback).length,
    );
    expect(Object.keys(c.forms)).toContain("feedback");
  });

  it("brings a unit merged by mistake back", async () => {
    const back = await call("DELETE", "/api/v1/units/MG-B/retirement");
    expect(back.body).toEqual({ code: "MG-B", name: "Xã Bình Lợi", level: "cap-xa", parent: "MG-TINH" });
    expect((await call("GET", "/api/v1/status/2030-03")).body.units.map((u: { code: string }) => u.code)).toContain("MG-B");
    expect((await call("GET", "/api/v1/audit?unit=MG-B&action=unit.reinstate")).body).toHaveLength(1);
  });
});

describe("units created by a reorganisation", () => {
  it("are expected from their first month on, the first quarter reaching into it reported whole", async () => {
    const created = await call("PUT", "/api/v1/units/AF-XA", { body: { name: "Xã mới thành lập", level: "cap-xa", parent: null, activeFrom: "2031-03" } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ code: "AF-XA", name: "Xã mới thành lập", level: "cap-xa", parent: null, activeFrom: "2031-03" });
    const listed = async (period: string) => (await call("GET", `/api/v1/status/${period}`)).body.units.map((u: { code: string }) => u.code);
    expect(await listed("2031-02")).not.toContain("AF-XA");
    expect(await listed("2031-03")).toContain("AF-XA");
    expect(await listed("2031-Q1")).toContain("AF-XA");
    const token = (await call("POST", "/api/v1/units/AF-XA/tokens")).body.token as string;
    expectError(await put("2031-02", "AF-XA", token), 409, "unit_not_yet_active");
    expect((await put("2031-03", "AF-XA", token)).status).toBe(201);

    // A rename leaves the first month as it was; null clears it.
    expect((await call("PUT", "/api/v1/units/AF-XA", { body: { name: "Xã Tân Lập", level: "cap-xa", parent: null } })).body.activeFrom).toBe("2031-03");
    expect((await call("PUT", "/api/v1/units/AF-XA", { body: { name: "Xã Tân Lập", level: "cap-xa", parent: null, activeFrom: null } })).body.activeFrom).toBeUndefined();
    expect(await listed("2031-02")).toContain("AF-XA");
  });
});
