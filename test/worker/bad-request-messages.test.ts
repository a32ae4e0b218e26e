import { describe, expect, it } from "vitest";
import { call, expectError } from "./client.ts";

/**
 * A malformed parameter or body answers the contract's 400 from the routes' schemas: in Vietnamese,
 * naming the field and what was expected, whatever route it is.
 */
describe("a 400 from a route's schema", () => {
  it("names the address's parameter and its bound", async () => {
    const answer = await call("GET", "/api/v1/audit?limit=9999");
    expectError(answer, 400, "bad_request");
    expect(answer.body.error.message).toBe("Tham số trên địa chỉ không hợp lệ: tham số «limit» — Quá lớn: mong đợi số <=500.");
  });

  it("names the body's field and the type it takes", async () => {
    const answer = await call("PUT", "/api/v1/periods/2033-01/lock", { body: { reason: 5 } });
    expectError(answer, 400, "bad_request");
    expect(answer.body.error.message).toBe("Nội dung gửi không hợp lệ: trường «reason» — Đầu vào không hợp lệ: mong đợi văn bản, nhận được số.");
  });

  it("reads the body as JSON whatever its Content-Type, and checks it the same", async () => {
    const answer = await call("PUT", "/api/v1/periods/2033-02/lock", {
      raw: JSON.stringify({ reason: "Đã tổng hợp" }), headers: { "Content-Type": "text/plain" },
    });
    expect(answer.status).toBe(200);
    expect(answer.body).toMatchObject({ period: "2033-02", locked: true, reason: "Đã tổng hợp" });
  });
});
