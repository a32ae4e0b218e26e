import { describe, expect, it, vi } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const withDeadlines = (value: string) => ({ env: { DEADLINES: value } });

describe("the DEADLINES variable", () => {
  it("moves a period's deadline when well formed", async () => {
    const moved = await call("GET", "/api/v1/periods/2026-11", withDeadlines(JSON.stringify({ overrides: { "2026-11": "2026-11-20" } })));
    expect(moved.status).toBe(200);
    expect(moved.body.deadline).toBe("2026-11-20");
  });

  it("answers a logged 500 config_invalid naming DEADLINES when malformed, never the default deadlines", async () => {
    const logged = vi.spyOn(console, "error").mockImplementation(() => {});
    for (const broken of ["{rules: 18", JSON.stringify({ rules: { month: "ngày 18" } })]) {
      const answer = await call("GET", "/api/v1/periods/2026-11", withDeadlines(broken));
      expectError(answer, 500, "config_invalid");
      expect(answer.body.error.message).toMatch(/^Biến cấu hình DEADLINES không hợp lệ: .+\. Báo quản trị hệ thống sửa cấu hình\.$/);
      expect(logged).toHaveBeenCalledWith(answer.body.error.message);
    }
    logged.mockRestore();
  });

  it("gives a level its own deadline: a commune is late where a department is on time, and each sees its own", async () => {
    const yesterday = new Date(Date.now() + 7 * 3600_000 - 86_400_000).toISOString().slice(0, 10); // in Vietnam
    const levels = withDeadlines(JSON.stringify({ levels: { "cap-xa": { overrides: { "2099-12": yesterday } } } }));
    const commune = await unitWithToken("DL-XA-1", "cap-xa");
    const department = await unitWithToken("DL-SO-1", "cap-tinh");

    const seenByCommune = await call("GET", "/api/v1/periods/2099-12", { ...levels, token: commune });
    expect(seenByCommune.body.deadline).toBe(yesterday);
    const seenByDepartment = await call("GET", "/api/v1/periods/2099-12", { ...levels, token: department });
    expect(seenByDepartment.body.deadline).toBe("2099-12-18");
    const seenByCentral = await call("GET", "/api/v1/periods/2099-12", levels);
    expect(seenByCentral.body).toMatchObject({ deadline: "2099-12-18", deadlines: { "cap-tinh": "2099-12-18", "cap-huyen": "2099-12-18", "cap-xa": yesterday } });

    const late = await call("PUT", reportPath("2099-12", "dossiers", "DL-XA-1"), { ...levels, token: commune, body: { values: dossiers() } });
    expect(late.status).toBe(201);
    expect(late.body.late).toBe(true);
    const onTime = await call("PUT", reportPath("2099-12", "dossiers", "DL-SO-1"), { ...levels, token: department, body: { values: dossiers() } });
    expect(onTime.status).toBe(201);
    expect(onTime.body.late).toBe(false);
  });
});
