import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

/** A province's own structure: departments, communes, and a special-zone level filing as communes do. */
const FOUR: Partial<Env> = {
  LEVELS: JSON.stringify([
    { id: "cap-tinh", name: "Sở, ban, ngành" },
    { id: "cap-vung", name: "Cụm liên xã", subtotal: false },
    { id: "cap-xa", name: { vi: "Xã, phường", en: "Communes and wards" } },
    { id: "dac-khu", name: "Đặc khu", filesAs: "cap-xa" },
  ]),
};
const TWO: Partial<Env> = { LEVELS: JSON.stringify([{ id: "cap-tinh", name: "Cấp tỉnh" }, { id: "cap-xa", name: "Cấp xã" }]) };
const put = (code: string, level: string, parent: string | null, env?: Partial<Env>) =>
  call("PUT", `/api/v1/units/${code}`, { body: { name: `Đơn vị ${code}`, level, parent }, ...(env ? { env } : {}) });

describe("levels as data", () => {
  it("GET /api/v1/levels: by default cấp tỉnh and cấp xã, with cấp huyện kept for history; readable by any token", async () => {
    const token = await unitWithToken("LV-READER");
    const levels = await call("GET", "/api/v1/levels", { token });
    expect(levels.status).toBe(200);
    expect(levels.body.map((l: { id: string }) => l.id)).toEqual(["cap-tinh", "cap-huyen", "cap-xa"]);
    expect(levels.body.filter((l: { historical?: boolean }) => !l.historical).map((l: { name: { vi: string } }) => l.name.vi)).toEqual([
      "Cấp tỉnh (sở, ban, ngành)", "Cấp xã",
    ]);
    expectError(await call("GET", "/api/v1/levels", { token: null }), 401);
    expect((await call("GET", "/api/v1/levels", { env: FOUR })).body.map((l: { id: string }) => l.id)).toEqual(["cap-tinh", "cap-vung", "cap-xa", "dac-khu"]);
  });

  it("places a unit only under a unit of a level above its own, and never moves a unit below its own children", async () => {
    expect((await put("LV-SO", "cap-tinh", null)).status).toBe(201);
    expect((await put("LV-XA-1", "cap-xa", "LV-SO")).status).toBe(201);
    const sameLevel = await put("LV-XA-2", "cap-xa", "LV-XA-1");
    expectError(sameLevel, 400);
    expect(sameLevel.body.error.message).toContain("cấp trên phải ở cấp cao hơn");
    const down = await put("LV-SO", "cap-xa", null);
    expectError(down, 400);
    expect(down.body.error.message).toContain("LV-XA-1");
    const unknown = await put("LV-THON", "cap-thon", null);
    expectError(unknown, 400);
    expect(unknown.body.error.message).toContain("Cấp tỉnh (sở, ban, ngành) («cap-tinh»), Cấp xã («cap-xa»)");
    const units = (await call("GET", "/api/v1/units")).body.map((u: { code: string }) => u.code);
    expect(units).not.toContain("LV-XA-2");
    expect(units).not.toContain("LV-THON");
  });

  it("follows a configured structure everywhere: units, deadlines, status counts, the report's levels, forms per level", async () => {
    expect((await put("L4-SO", "cap-tinh", null, FOUR)).status).toBe(201);
    expect((await put("L4-CUM", "cap-vung", "L4-SO", FOUR)).status).toBe(201);
    expect((await put("L4-XA", "cap-xa", "L4-CUM", FOUR)).status).toBe(201);
    expect((await put("L4-DK", "dac-khu", "L4-SO", FOUR)).status).toBe(201);
    expectError(await put("L4-CUM-2", "cap-vung", "L4-XA", FOUR), 400);

    const period = await call("GET", "/api/v1/periods/2032-03", { env: FOUR });
    expect(Object.keys(period.body.deadlines)).toEqual(["cap-tinh", "cap-vung", "cap-xa", "dac-khu"]);

    const token = (await call("POST", "/api/v1/units/L4-DK/tokens")).body.token as string;
    expect((await call("PUT", reportPath("2032-03", "dossiers", "L4-DK"), { token, body: { values: dossiers() }, env: FOUR })).status).toBe(201);

    const status = await call("GET", "/api/v1/status/2032-03", { env: FOUR });
    expect(status.body.levels.map((l: { id: string }) => l.id)).toEqual(["cap-tinh", "cap-vung", "cap-xa", "dac-khu"]);
    // The special zone files the communes' forms (filesAs), the cluster files none of them.
    expect(status.body.counts["dac-khu"].dossiers).toMatchObject({ expected: 1, submitted: 1 });
    expect(status.body.counts["cap-vung"].dossiers.expected).toBe(0);
    const dk = status.body.units.find((u: { code: string }) => u.code === "L4-DK");
    expect(Object.keys(dk.forms)).toContain("dossiers");

    const report = await call("GET", "/api/v1/reports/2032-03/dossiers", { env: FOUR });
    expect(Object.keys(report.body.levels).slice(0, 4)).toEqual(["cap-tinh", "cap-vung", "cap-xa", "dac-khu"]);
    expect(report.body.levels["dac-khu"]).toMatchObject({ label: { vi: "Đặc khu" }, subtotal: true, shown: true });
    expect(report.body.levels["cap-vung"]).toMatchObject({ subtotal: false, shown: false });
    expect(report.body.levels["dac-khu"].total.received_total).toBe(10);
  });

  it("two tiers: the report has the two levels and their subtotals only", async () => {
    expect((await put("L2-SO", "cap-tinh", null, TWO)).status).toBe(201);
    const token = (await call("POST", "/api/v1/units/L2-SO/tokens")).body.token as string;
    expect((await call("PUT", reportPath("2033-03", "dossiers", "L2-SO"), { token, body: { values: dossiers() }, env: TWO })).status).toBe(201);
    const report = await call("GET", "/api/v1/reports/2033-03/dossiers", { env: TWO });
    const configured = Object.keys(report.body.levels).filter((id) => id === "cap-tinh" || id === "cap-xa");
    expect(configured).toEqual(["cap-tinh", "cap-xa"]);
    expect(report.body.levels["cap-tinh"].total.received_total).toBe(10);
    expect(report.body.levels["cap-xa"].total.received_total).toBe(0);
  });

  it("refuses a malformed LEVELS with a logged 500 naming the variable", async () => {
    for (const bad of ['[{"id": "Cấp Tỉnh", "name": "x"}]', "[]", '[{"id": "a", "name": "A"}, {"id": "a", "name": "B"}]', "{"]) {
      const answer = await call("GET", "/api/v1/levels", { env: { LEVELS: bad } });
      expectError(answer, 500, "config_invalid");
      expect(answer.body.error.message).toMatch(/^Biến cấu hình LEVELS không hợp lệ: /);
    }
  });
});
