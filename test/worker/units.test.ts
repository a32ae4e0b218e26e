import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

describe("PUT /api/v1/units/{code}", () => {
  it("creates a unit with 201, updates it with 200, and GET lists it as updated", async () => {
    const created = await call("PUT", "/api/v1/units/U-SO-01", { body: { name: "Sở Tư pháp", level: "cap-tinh", parent: null } });
    expect(created.status).toBe(201);
    expect(created.body).toEqual({ code: "U-SO-01", name: "Sở Tư pháp", level: "cap-tinh", parent: null });

    const updated = await call("PUT", "/api/v1/units/U-SO-01", { body: { name: "Sở Tư pháp tỉnh", level: "cap-tinh", parent: null } });
    expect(updated.status).toBe(200);
    expect(updated.body.name).toBe("Sở Tư pháp tỉnh");

    const list = await call("GET", "/api/v1/units");
    expect(list.status).toBe(200);
    const mine = list.body.filter((u: { code: string }) => u.code === "U-SO-01");
    expect(mine).toEqual([{ code: "U-SO-01", name: "Sở Tư pháp tỉnh", level: "cap-tinh", parent: null }]);
  });

  it("accepts every level and a registered parent, at any depth", async () => {
    expect((await call("PUT", "/api/v1/units/U-HUYEN-01", { body: { name: "UBND huyện A", level: "cap-huyen", parent: null } })).status).toBe(201);
    const xa = await call("PUT", "/api/v1/units/U-XA-01", { body: { name: "UBND xã B", level: "cap-xa", parent: "U-HUYEN-01" } });
    expect(xa.status).toBe(201);
    expect(xa.body).toEqual({ code: "U-XA-01", name: "UBND xã B", level: "cap-xa", parent: "U-HUYEN-01" });
    // Two tiers since 1/7/2025: a commune straight under the province's unit.
    const direct = await call("PUT", "/api/v1/units/U-XA-02", { body: { name: "UBND xã C", level: "cap-xa", parent: "U-SO-01" } });
    expect(direct.status).toBe(201);
  });

  it("GET /api/v1/units answers a bare array of {code, name, level, parent}", async () => {
    const list = await call("GET", "/api/v1/units");
    expect(list.status).toBe(200);
    expect(Array.isArray(list.body)).toBe(true);
    expect(list.body.length).toBeGreaterThanOrEqual(4);
    for (const unit of list.body) expect(Object.keys(unit).sort()).toEqual(["code", "level", "name", "parent"]);
    expect(list.body).toContainEqual({ code: "U-XA-01", name: "UBND xã B", level: "cap-xa", parent: "U-HUYEN-01" });
  });

  it("refuses a level outside cap-tinh, cap-huyen, cap-xa with 400, storing nothing", async () => {
    for (const level of ["cap-thon", "CAP-TINH", "", 3, null]) {
      expectError(await call("PUT", "/api/v1/units/U-BAD-LEVEL", { body: { name: "X", level, parent: null } }), 400);
    }
    const list = await call("GET", "/api/v1/units");
    expect(list.body.map((u: { code: string }) => u.code)).not.toContain("U-BAD-LEVEL");
  });

  it("refuses a malformed body with 400", async () => {
    const path = "/api/v1/units/U-BAD-BODY";
    expectError(await call("PUT", path, { raw: "{not json" }), 400);
    expectError(await call("PUT", path, { raw: "" }), 400);
    expectError(await call("PUT", path, { body: [] }), 400);
    expectError(await call("PUT", path, { body: "Sở" }), 400);
    expectError(await call("PUT", path, { body: { level: "cap-tinh", parent: null } }), 400);
    expectError(await call("PUT", path, { body: { name: "   ", level: "cap-tinh", parent: null } }), 400);
    expectError(await call("PUT", path, { body: { name: "X", level: "cap-tinh", parent: 5 } }), 400);
    const list = await call("GET", "/api/v1/units");
    expect(list.body.map((u: { code: string }) => u.code)).not.toContain("U-BAD-BODY");
  });

  it("refuses a malformed unit code with 400", async () => {
    expectError(await call("PUT", "/api/v1/units/bad%20code", { body: { name: "X", level: "cap-tinh", parent: null } }), 400);
    expectError(await call("PUT", `/api/v1/units/${"A".repeat(65)}`, { body: { name: "X", level: "cap-tinh", parent: null } }), 400);
  });

  it("refuses an unknown parent, the unit itself as parent and a cycle, storing nothing", async () => {
    expectError(await call("PUT", "/api/v1/units/U-ORPHAN", { body: { name: "X", level: "cap-xa", parent: "U-NOWHERE" } }), 400);
    expect((await call("GET", "/api/v1/units")).body.map((u: { code: string }) => u.code)).not.toContain("U-ORPHAN");

    expectError(await call("PUT", "/api/v1/units/U-HUYEN-01", { body: { name: "X", level: "cap-huyen", parent: "U-HUYEN-01" } }), 400);
    // U-XA-01 is under U-HUYEN-01: making it U-HUYEN-01's parent would be a loop.
    expectError(await call("PUT", "/api/v1/units/U-HUYEN-01", { body: { name: "X", level: "cap-huyen", parent: "U-XA-01" } }), 400);
    const list = await call("GET", "/api/v1/units");
    expect(list.body).toContainEqual({ code: "U-HUYEN-01", name: "UBND huyện A", level: "cap-huyen", parent: null });
  });

  it("refuses a body over 256 KiB with 413", async () => {
    const body = { name: "X".repeat(300 * 1024), level: "cap-tinh", parent: null };
    expectError(await call("PUT", "/api/v1/units/U-BIG", { body }), 413);
    expectError(await call("PUT", "/api/v1/units/U-BIG", { body, stream: true }), 413);
    // 413 comes before 400, whatever is wrong with the code or the body.
    expectError(await call("PUT", "/api/v1/units/bad%20code", { body }), 413);
    expectError(await call("PUT", "/api/v1/units/U-BIG", { raw: "{" + " ".repeat(300 * 1024) }), 413);
  });
});

describe("unit tokens", () => {
  it("POST issues a token with 201, a second one leaves the first valid", async () => {
    expect((await call("PUT", "/api/v1/units/T-01", { body: { name: "Đơn vị T-01", level: "cap-tinh", parent: null } })).status).toBe(201);
    const first = await call("POST", "/api/v1/units/T-01/tokens");
    expect(first.status).toBe(201);
    expect(Object.keys(first.body)).toEqual(["token"]);
    expect(typeof first.body.token).toBe("string");
    expect(first.body.token.length).toBeGreaterThanOrEqual(32);

    const second = await call("POST", "/api/v1/units/T-01/tokens");
    expect(second.status).toBe(201);
    expect(second.body.token).not.toBe(first.body.token);

    for (const token of [first.body.token, second.body.token]) {
      expect((await call("GET", "/api/v1/forms", { token })).status).toBe(200);
    }
    const put = await call("PUT", reportPath("2026-11", "dossiers", "T-01"), { token: first.body.token, body: { values: dossiers() } });
    expect(put.status).toBe(201);
    const read = await call("GET", reportPath("2026-11", "dossiers", "T-01"), { token: second.body.token });
    expect(read.status).toBe(200);
    expect(read.body.receipt).toBe(put.body.receipt);
  });

  it("stores tokens only as hashes", async () => {
    const token = await unitWithToken("T-HASH");
    const { results } = await env.DB.prepare("SELECT * FROM unit_tokens WHERE unit_code = 'T-HASH'").all();
    expect(results).toHaveLength(1);
    expect(JSON.stringify(results)).not.toContain(token);
  });

  it("DELETE revokes every token of the unit with 204: they answer 401, other units' tokens still work", async () => {
    const a = await unitWithToken("T-REV");
    const b = (await call("POST", "/api/v1/units/T-REV/tokens")).body.token as string;
    const other = await unitWithToken("T-OTHER");

    const revoked = await call("DELETE", "/api/v1/units/T-REV/tokens");
    expect(revoked.status).toBe(204);
    expect(revoked.body).toBeNull();

    for (const token of [a, b]) {
      expectError(await call("GET", "/api/v1/forms", { token }), 401);
      expectError(await call("PUT", reportPath("2026-11", "dossiers", "T-REV"), { token, body: { values: dossiers() } }), 401);
    }
    expect((await call("GET", "/api/v1/forms", { token: other })).status).toBe(200);

    // The unit can be given a new token; the revoked ones stay revoked.
    const fresh = (await call("POST", "/api/v1/units/T-REV/tokens")).body.token as string;
    expect((await call("PUT", reportPath("2026-11", "dossiers", "T-REV"), { token: fresh, body: { values: dossiers() } })).status).toBe(201);
    expectError(await call("GET", "/api/v1/forms", { token: a }), 401);
    // Revoking again is harmless.
    expect((await call("DELETE", "/api/v1/units/T-REV/tokens")).status).toBe(204);
    expectError(await call("GET", "/api/v1/forms", { token: fresh }), 401);
  });

  it("answers 404 for the tokens of an unknown unit", async () => {
    expectError(await call("POST", "/api/v1/units/T-NOWHERE/tokens"), 404);
    expectError(await call("DELETE", "/api/v1/units/T-NOWHERE/tokens"), 404);
  });
});

describe("GET /api/v1/audit", () => {
  it("records who created units, issued and revoked tokens and submitted, newest first", async () => {
    const token = await unitWithToken("T-AUDIT");
    await call("PUT", reportPath("2026-10", "dossiers", "T-AUDIT"), { token, body: { values: dossiers() } });
    await call("DELETE", "/api/v1/units/T-AUDIT/tokens");
    const log = await call("GET", "/api/v1/audit?unit=T-AUDIT");
    expect(log.status).toBe(200);
    expect(log.body.map((e: { action: string }) => e.action)).toEqual(["token.revoke", "submit", "token.issue", "unit.create"]);
    expect(log.body[1].actor).toMatch(/^unit:T-AUDIT#/);
    expect(log.body[0].actor).toBe("central");
    expectError(await call("GET", "/api/v1/audit?limit=0"), 400);
  });
});
