import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const addStaff = async (name: string, role: string, token?: string) => {
  const added = await call("POST", "/api/v1/staff", { body: { name, role }, ...(token ? { token } : {}) });
  expect(added.status, JSON.stringify(added.body)).toBe(201);
  expect(added.body.token).toMatch(/^bcs_/);
  return added.body as { id: number; name: string; role: string; token: string };
};

describe("named staff of the central office", () => {
  it("signs each person in with their own token and says who they are", async () => {
    const lan = await addStaff("Nguyễn Thị Lan", "reviewer");
    const me = await call("GET", "/api/v1/me", { token: lan.token });
    expect(me.body).toEqual({ role: "central", staff: { id: lan.id, name: "Nguyễn Thị Lan", role: "reviewer" } });
    expect((await call("GET", "/api/v1/me")).body).toEqual({ role: "central", staff: { id: null, name: "Mã quản trị khởi tạo (ADMIN_TOKEN)", role: "admin" } });
    const listed = (await call("GET", "/api/v1/staff")).body.find((p: { id: number }) => p.id === lan.id);
    expect(listed).toMatchObject({ name: "Nguyễn Thị Lan", role: "reviewer", createdBy: "central", retiredAt: null });
    expect(listed.tokens).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(lan.token);
  });

  it("records the person, not «central», for a review, a lock and the audit log", async () => {
    const minh = await addStaff("Trần Văn Minh", "reviewer");
    const unit = await unitWithToken("ST-XA", "cap-xa");
    expect((await call("PUT", reportPath("2031-08", "dossiers", "ST-XA"), { token: unit, body: { values: dossiers() } })).status).toBe(201);
    const review = await call("POST", "/api/v1/reviews/2031-08/dossiers/ST-XA", { token: minh.token, body: { decision: "returned", version: 1, comment: "Xem lại cột (4)." } });
    expect(review.status).toBe(201);
    expect(review.body.reviewer).toBe(`staff:${minh.id}:Trần Văn Minh`);
    const lock = await call("PUT", "/api/v1/periods/2031-08/lock", { token: minh.token, body: { reason: "Đã tổng hợp" } });
    expect(lock.body.lockedBy).toBe(`staff:${minh.id}:Trần Văn Minh`);
    const audit = (await call("GET", "/api/v1/audit?period=2031-08")).body as { actor: string; action: string }[];
    expect(audit.filter((entry) => entry.actor === `staff:${minh.id}:Trần Văn Minh`).map((entry) => entry.action).sort()).toEqual(["period.lock", "review.return"].sort());
  });

  it("lets each role do only its part, saying what role it takes", async () => {
    const reader = await addStaff("Lê Thu Hà", "reader");
    expect((await call("GET", "/api/v1/status/2031-08", { token: reader.token })).status).toBe(200);
    const refused = await call("PUT", "/api/v1/periods/2031-09/lock", { token: reader.token, body: {} });
    expectError(refused, 403);
    expect(refused.body.error.message).toBe(
      "Không có quyền: tài khoản «Lê Thu Hà» (vai trò người xem) không được khoá hay mở lại kỳ báo cáo: cần vai trò quản trị hoặc người duyệt.",
    );
    expectError(await call("POST", "/api/v1/staff", { token: reader.token, body: { name: "X", role: "admin" } }), 403);
    const reviewer = await addStaff("Phạm Quốc Bảo", "reviewer");
    expectError(await call("PUT", "/api/v1/units/ST-NEW", { token: reviewer.token, body: { name: "X", level: "cap-xa", parent: null } }), 403);
    expect((await call("GET", "/api/v1/staff")).body.map((p: { name: string }) => p.name)).not.toContain("X");
  });

  it("stops a revoked token, a retired person and an expired token; an administrator cannot lock themself out", async () => {
    const admin = await addStaff("Đỗ Minh Châu", "admin");
    const second = (await call("POST", `/api/v1/staff/${admin.id}/tokens`, { token: admin.token })).body.token as string;
    const tokens = (await call("GET", "/api/v1/staff")).body.find((p: { id: number }) => p.id === admin.id).tokens as { id: number }[];
    expect((await call("DELETE", `/api/v1/staff/${admin.id}/tokens/${tokens[0]!.id}`, { token: second })).status).toBe(204);
    expectError(await call("GET", "/api/v1/me", { token: admin.token }), 401);
    expect((await call("GET", "/api/v1/me", { token: second })).status).toBe(200);
    expectError(await call("DELETE", `/api/v1/staff/${admin.id}/tokens/${tokens[0]!.id}`, { token: second }), 404);

    const selfDemote = await call("PATCH", `/api/v1/staff/${admin.id}`, { token: second, body: { role: "reader" } });
    expectError(selfDemote, 409, "self_lockout");

    const temp = await addStaff("Cộng tác viên", "reader");
    expect((await call("PATCH", `/api/v1/staff/${temp.id}`, { token: second, body: { retired: true } })).body.retiredAt).not.toBeNull();
    expectError(await call("GET", "/api/v1/status/2031-08", { token: temp.token }), 401);
    expect((await call("PATCH", `/api/v1/staff/${temp.id}`, { token: second, body: { retired: false } })).body.retiredAt).toBeNull();
    expect((await call("GET", "/api/v1/status/2031-08", { token: temp.token })).status).toBe(200);

    const expiring = await call("POST", "/api/v1/staff", { body: { name: "Thực tập", role: "reader", expiresOn: "2099-12-31" } });
    expect((await call("GET", "/api/v1/me", { token: expiring.body.token })).status).toBe(200);
    await env.DB.prepare("UPDATE staff_tokens SET expires_at = '2020-01-01T00:00:00.000Z' WHERE staff_id = ?1").bind(expiring.body.id).run();
    expectError(await call("GET", "/api/v1/me", { token: expiring.body.token }), 401);
    expectError(await call("POST", "/api/v1/staff", { body: { name: "Quá khứ", role: "reader", expiresOn: "2020-01-01" } }), 400);
  });

  it("retires the bootstrap ADMIN_TOKEN only once an administrator has a token of their own", async () => {
    await env.DB.prepare("UPDATE staff SET retired_at = '2026-01-01' WHERE role = 'admin'").run();
    expectError(await call("POST", "/api/v1/admin-token/retire"), 409, "no_administrator");
    const chief = await addStaff("Chánh Văn phòng", "admin");
    expect((await call("POST", "/api/v1/admin-token/retire", { token: chief.token })).status).toBe(204);
    const refused = await call("GET", "/api/v1/me");
    expectError(refused, 401);
    expect(refused.body.error.message).toContain("đã ngừng dùng");
    expect((await call("GET", "/api/v1/me", { token: chief.token })).status).toBe(200);
    const audit = (await call("GET", "/api/v1/audit?action=admin_token.retire", { token: chief.token })).body;
    expect(audit[0]).toMatchObject({ actor: `staff:${chief.id}:Chánh Văn phòng`, action: "admin_token.retire" });
    // Brought back (by hand: there is no route for it) for the tests that follow.
    await env.DB.prepare("DELETE FROM settings").run();
    expect((await call("GET", "/api/v1/me")).status).toBe(200);
  });
});

describe("unit tokens at scale", () => {
  it("issues tokens for a selection at once, all or nothing, each signing in its own unit", async () => {
    await unitWithToken("BT-1", "cap-xa");
    await unitWithToken("BT-2", "cap-xa");
    expectError(await call("POST", "/api/v1/tokens", { body: { units: ["BT-1", "BT-KHONG"] } }), 404);
    expect((await call("GET", "/api/v1/units/BT-1/tokens")).body).toHaveLength(1);
    const issued = await call("POST", "/api/v1/tokens", { body: { units: ["BT-1", "BT-2"], expiresOn: "2099-06-30" } });
    expect(issued.status).toBe(201);
    expect(issued.body.map((t: { code: string; name: string }) => [t.code, t.name])).toEqual([["BT-1", "Đơn vị BT-1"], ["BT-2", "Đơn vị BT-2"]]);
    const me = await call("GET", "/api/v1/me", { token: issued.body[1].token });
    expect(me.body.unit.code).toBe("BT-2");
    const listed = (await call("GET", "/api/v1/units/BT-2/tokens")).body;
    expect(listed[0].expiresAt).toBe("2099-06-30T17:00:00.000Z");
  });

  it("shows when a token was last used, and revokes one token leaving the others", async () => {
    const first = await unitWithToken("RV-1", "cap-xa");
    const second = (await call("POST", "/api/v1/units/RV-1/tokens")).body.token as string;
    expect((await call("GET", "/api/v1/me", { token: first })).status).toBe(200);
    await expect.poll(async () => (await call("GET", "/api/v1/units/RV-1/tokens")).body.find((t: { lastUsedAt: string | null }) => t.lastUsedAt)).toBeTruthy();
    const tokens = (await call("GET", "/api/v1/units/RV-1/tokens")).body as { id: number; lastUsedAt: string | null }[];
    const used = tokens.find((t) => t.lastUsedAt)!;
    expect((await call("DELETE", `/api/v1/units/RV-1/tokens/${used.id}`)).status).toBe(204);
    expectError(await call("GET", "/api/v1/me", { token: first }), 401);
    expect((await call("GET", "/api/v1/me", { token: second })).status).toBe(200);
    await env.DB.prepare("UPDATE unit_tokens SET expires_at = '2020-01-01T00:00:00.000Z' WHERE unit_code = 'RV-1'").run();
    expectError(await call("GET", "/api/v1/me", { token: second }), 401);
  });

  it("on the submit path too, which signs in within its own batch: a use is recorded, a revoked token stops at once", async () => {
    const token = await unitWithToken("RV-2", "cap-xa");
    expect((await call("PUT", reportPath("2026-10", "dossiers", "RV-2"), { token, body: { values: dossiers() } })).status).toBe(201);
    await expect.poll(async () => (await call("GET", "/api/v1/units/RV-2/tokens")).body[0].lastUsedAt).toBeTruthy();
    expect((await call("GET", reportPath("2026-10", "dossiers", "RV-2"), { token })).status).toBe(200);
    expect((await call("DELETE", "/api/v1/units/RV-2/tokens")).status).toBe(204);
    expectError(await call("PUT", reportPath("2026-10", "dossiers", "RV-2"), { token, body: { values: dossiers() } }), 401);
    expectError(await call("GET", reportPath("2026-10", "dossiers", "RV-2"), { token }), 401);
    const versions = await env.DB.prepare("SELECT count(*) AS n FROM submission_versions WHERE unit_code = 'RV-2'").first<{ n: number }>();
    expect(versions?.n).toBe(1);
  });
});
