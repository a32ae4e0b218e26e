import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

describe("GET /api/v1/me", () => {
  it("tells a unit token from the central one, with the unit's name and level", async () => {
    const token = await unitWithToken("ME-1", "cap-xa", "Phường Hồng Gai");
    expect((await call("GET", "/api/v1/me", { token })).body).toEqual({
      role: "unit", unit: { code: "ME-1", name: "Phường Hồng Gai", level: "cap-xa", parent: null, levelName: { vi: "Cấp xã", en: "Communes" } },
    });
    expect((await call("GET", "/api/v1/me")).body).toEqual({ role: "central", staff: { id: null, name: "Mã quản trị khởi tạo (ADMIN_TOKEN)", role: "admin" } });
    expectError(await call("GET", "/api/v1/me", { token: "bcu_forged" }), 401, "unauthorized");
  });
});

describe("explanations of warnings", () => {
  it("are stored with the version and read back", async () => {
    const token = await unitWithToken("EX-1");
    const values = dossiers({ returned: 99 });
    const put = await call("PUT", reportPath("2031-02", "dossiers", "EX-1"), {
      token, body: { values, explanations: { balance: "Hồ sơ chuyển sang cơ quan khác giải quyết." } },
    });
    expect(put.status).toBe(201);
    expect(put.body.warnings.map((w: { rule: string }) => w.rule)).toContain("balance");
    const got = await call("GET", reportPath("2031-02", "dossiers", "EX-1"), { token });
    expect(got.body.explanations).toEqual({ balance: "Hồ sơ chuyển sang cơ quan khác giải quyết." });
  });

  it("must be an object of texts (400), and nothing is stored", async () => {
    const token = await unitWithToken("EX-2");
    expectError(await call("PUT", reportPath("2031-02", "dossiers", "EX-2"), { token, body: { values: dossiers(), explanations: { balance: 5 } } }), 400);
    expectError(await call("GET", reportPath("2031-02", "dossiers", "EX-2"), { token }), 404);
  });
});
