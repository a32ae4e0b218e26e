import { describe, expect, it, vi } from "vitest";
import { call, expectError } from "./client.ts";

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
});
