import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const lockPath = (period: string) => `/api/v1/periods/${period}/lock`;
const put = (period: string, unit: string, token: string, headers: Record<string, string> = {}, values = dossiers()) =>
  call("PUT", reportPath(period, "dossiers", unit), { token, body: { values }, headers });

describe("locking and reopening a period", () => {
  it("round trip: lock refuses unit and central alike with 423, reopen accepts again; history and audit kept", async () => {
    const token = await unitWithToken("LK-1");
    expect((await put("2032-05", "LK-1", token)).status).toBe(201);
    expect((await call("GET", "/api/v1/periods/2032-05", { token })).body).toMatchObject({ id: "2032-05", locked: false });
    expect((await call("GET", lockPath("2032-05"))).body).toEqual({
      period: "2032-05", locked: false, lockedAt: null, lockedBy: null, reason: null, reopenedAt: null, reopenedBy: null, history: [],
    });

    const locked = await call("PUT", lockPath("2032-05"), { body: { reason: "Đã tổng hợp gửi UBND tỉnh" } });
    expect(locked.status).toBe(200);
    expect(locked.body).toEqual({
      period: "2032-05", locked: true, lockedAt: expect.any(String), lockedBy: "central", reason: "Đã tổng hợp gửi UBND tỉnh",
      reopenedAt: null, reopenedBy: null,
    });
    // Locking again changes nothing.
    const again = await call("PUT", lockPath("2032-05"));
    expect(again.status).toBe(200);
    expect(again.body).toEqual(locked.body);
    expect((await call("GET", "/api/v1/periods/2032-05", { token })).body.locked).toBe(true);
    expect((await call("GET", "/api/v1/status/2032-05")).body.locked).toBe(true);

    // The unit's amendment and the central office's submission on its behalf: both 423, nothing stored.
    const refused = await put("2032-05", "LK-1", token, {}, dossiers({ returned: 2, received_online: 6 }));
    expectError(refused, 423, "period_locked");
    expect(refused.body.error.message).toMatch(/^Kỳ báo cáo 2032-05 đã khóa sổ lúc \d\d:\d\d ngày \d\d\/\d\d\/\d{4} \(lý do: Đã tổng hợp gửi UBND tỉnh\): không nhận báo cáo mới hay sửa đổi\. Liên hệ Văn phòng để mở lại\.$/);
    expectError(await put("2032-05", "LK-1", "test-admin-token"), 423, "period_locked");
    expect((await call("GET", `${reportPath("2032-05", "dossiers", "LK-1")}/versions`)).body).toHaveLength(1);
    // Another period is not affected.
    expect((await put("2032-06", "LK-1", token)).status).toBe(201);
    // Reviews stay possible on a locked period.
    expect((await call("POST", "/api/v1/reviews/2032-05/dossiers/LK-1", { body: { decision: "accepted", version: 1 } })).status).toBe(201);

    const reopened = await call("DELETE", lockPath("2032-05"), { body: { reason: "Sở Tư pháp xin sửa số liệu" } });
    expect(reopened.status).toBe(200);
    expect(reopened.body).toEqual({
      period: "2032-05", locked: false, lockedAt: null, lockedBy: null, reason: "Sở Tư pháp xin sửa số liệu",
      reopenedAt: expect.any(String), reopenedBy: "central",
    });
    expect((await call("DELETE", lockPath("2032-05"))).body).toEqual(reopened.body);
    expect((await call("GET", "/api/v1/periods/2032-05", { token })).body.locked).toBe(false);
    const amended = await put("2032-05", "LK-1", token, {}, dossiers({ returned: 2, received_online: 6 }));
    expect(amended.status).toBe(200);
    expect(amended.body.version).toBe(2);

    // Without a reason, the message says when only.
    await call("PUT", lockPath("2032-05"));
    const bare = await put("2032-05", "LK-1", token);
    expectError(bare, 423, "period_locked");
    expect(bare.body.error.message).not.toMatch(/lý do/);

    const history = await call("GET", lockPath("2032-05"));
    expect(history.body.locked).toBe(true);
    expect(history.body.history.map((e: { locked: boolean; by: string; reason: string | null }) => [e.locked, e.by, e.reason])).toEqual([
      [true, "central", "Đã tổng hợp gửi UBND tỉnh"],
      [false, "central", "Sở Tư pháp xin sửa số liệu"],
      [true, "central", null],
    ]);
    const audit = await call("GET", "/api/v1/audit?period=2032-05");
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual([
      "period.lock", "submit", "period.unlock", "review.accept", "period.lock", "submit",
    ]);
    expect(audit.body[2]).toMatchObject({ actor: "central", target: "2032-05", detail: { reason: "Sở Tư pháp xin sửa số liệu" } });
    const lockEntries = await call("GET", "/api/v1/audit?action=period.lock&period=2032-05");
    expect(lockEntries.body[1].detail).toEqual({ reason: "Đã tổng hợp gửi UBND tỉnh" });
  });

  it("a locked period answers 423 before the body is read: a malformed or oversized body still gets 423", async () => {
    const token = await unitWithToken("LK-2");
    await call("PUT", lockPath("2032-07"));
    expectError(await call("PUT", reportPath("2032-07", "dossiers", "LK-2"), { token, raw: "{not json" }), 423, "period_locked");
    expectError(await call("PUT", reportPath("2032-07", "dossiers", "LK-2"), { token, raw: "x".repeat(300 * 1024) }), 423, "period_locked");
    // …but after 403 and 404.
    const other = await unitWithToken("LK-3");
    expectError(await call("PUT", reportPath("2032-07", "dossiers", "LK-2"), { token: other, body: { values: dossiers() } }), 403);
    expectError(await call("PUT", reportPath("2032-07", "nope", "LK-2"), { token, body: { values: dossiers() } }), 404);
    expectError(await call("PUT", reportPath("2032-07", "dossiers", "NO-SUCH"), { body: { values: dossiers() } }), 404);
    expectError(await call("PUT", reportPath("2032-07", "dossiers", "LK-2"), { token: null, body: { values: dossiers() } }), 401);
  });

  it("a replay of a version stored before the lock still answers its receipt; anything new is refused", async () => {
    const token = await unitWithToken("LK-4");
    const first = await put("2032-08", "LK-4", token, { "Idempotency-Key": "before-lock" });
    expect(first.status).toBe(201);
    await call("PUT", lockPath("2032-08"));

    const replay = await put("2032-08", "LK-4", token, { "Idempotency-Key": "before-lock" });
    expect(replay.status).toBe(201);
    expect(replay.body).toEqual(first.body);
    // The same key with another body: the idempotency conflict, still nothing stored.
    expectError(await put("2032-08", "LK-4", token, { "Idempotency-Key": "before-lock" }, dossiers({ returned: 2, received_online: 6 })), 409, "idempotency_conflict");
    // A new key, or none: locked.
    expectError(await put("2032-08", "LK-4", token, { "Idempotency-Key": "after-lock" }), 423, "period_locked");
    expectError(await put("2032-08", "LK-4", token), 423, "period_locked");
    expect((await call("GET", `${reportPath("2032-08", "dossiers", "LK-4")}/versions`)).body).toHaveLength(1);
  });

  it("a submission whose body is still arriving when the period is locked is refused with 423, nothing stored", async () => {
    const token = await unitWithToken("LK-6");
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    // Past the lock check (the period is open), its last byte held back…
    const pending = call("PUT", reportPath("2032-11", "dossiers", "LK-6"), { token, body: { values: dossiers() }, gate });
    await new Promise((resolve) => setTimeout(resolve, 150));
    expect((await call("PUT", lockPath("2032-11"))).status).toBe(200);
    release();
    expectError(await pending, 423, "period_locked");
    expectError(await call("GET", reportPath("2032-11", "dossiers", "LK-6")), 404);
  });

  it("the database itself refuses a version for a locked period (a submission racing the lock)", async () => {
    await call("PUT", lockPath("2032-09"));
    await expect(
      env.DB.prepare(
        `INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, warnings_json)
         VALUES ('2032-09', 'dossiers', 'LK-1', 1, 'race-receipt', 0, '2032-09-01T00:00:00Z', 'test', '{}', '[]')`,
      ).run(),
    ).rejects.toThrow(/period_locked/);
    await expect(env.DB.prepare("DELETE FROM period_lock_events").run()).rejects.toThrow(/append-only/);
  });

  it("is for the central office only: 401 without a token, 403 for a unit, 404 for a malformed period, 400 for a bad body", async () => {
    const token = await unitWithToken("LK-5");
    for (const method of ["PUT", "DELETE", "GET"]) {
      expectError(await call(method, lockPath("2032-10"), { token: null }), 401);
      expectError(await call(method, lockPath("2032-10"), { token: "forged" }), 401);
      expectError(await call(method, lockPath("2032-10"), { token }), 403);
      expectError(await call(method, lockPath("2032-13")), 404);
      expectError(await call(method, lockPath("not-a-period")), 404);
    }
    expectError(await call("PUT", lockPath("2032-10"), { raw: "{oops", headers: { "Content-Type": "application/json" } }), 400);
    expectError(await call("PUT", lockPath("2032-10"), { body: { reason: 42 } }), 400);
    expectError(await call("PUT", lockPath("2032-10"), { raw: "x".repeat(300 * 1024) }), 413);
    expect((await call("GET", lockPath("2032-10"))).body.locked).toBe(false);
    // Nothing above locked anything.
    expect((await put("2032-10", "LK-5", token)).status).toBe(201);
  });

  it("is documented: the lock routes, 423 on submitting, `locked` on the period", async () => {
    const { body } = await call("GET", "/api/openapi.json", { token: null });
    const lock = body.paths["/api/v1/periods/{periodId}/lock"];
    expect(Object.keys(lock).sort()).toEqual(["delete", "get", "put"]);
    expect(Object.keys(lock.put.responses)).toEqual(expect.arrayContaining(["200", "400", "401", "403", "404", "413"]));
    expect(body.paths["/api/v1/submissions/{periodId}/{formId}/{unitCode}"].put.responses["423"]).toBeDefined();
    const period = body.paths["/api/v1/periods/{periodId}"].get;
    expect(JSON.stringify(period.responses["200"])).toContain("locked");
  });
});
