import { describe, expect, it } from "vitest";
import { call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const reviewPath = (unit: string) => `/api/v1/reviews/2031-03/dossiers/${unit}`;

describe("reviews", () => {
  it("returns a report with a comment the unit reads; its next version reopens it; acceptance is recorded", async () => {
    const token = await unitWithToken("RV-1");
    expect((await call("PUT", reportPath("2031-03", "dossiers", "RV-1"), { token, body: { values: dossiers() } })).status).toBe(201);

    const returned = await call("POST", reviewPath("RV-1"), { body: { decision: "returned", version: 1, comment: "Kiểm tra lại số hồ sơ trả lại." } });
    expect(returned.status).toBe(201);
    expect(returned.body).toMatchObject({ decision: "returned", version: 1, comment: "Kiểm tra lại số hồ sơ trả lại.", reviewer: "central" });

    const seen = await call("GET", reportPath("2031-03", "dossiers", "RV-1"), { token });
    expect(seen.body.review).toMatchObject({ decision: "returned", comment: "Kiểm tra lại số hồ sơ trả lại." });
    const status = await call("GET", "/api/v1/status/2031-03");
    const line = status.body.units.find((u: { code: string }) => u.code === "RV-1");
    expect(line.forms.dossiers).toMatchObject({ state: "submitted", version: 1, review: { decision: "returned" } });

    expect((await call("PUT", reportPath("2031-03", "dossiers", "RV-1"), { token, body: { values: dossiers({ returned: 2, received_online: 6 }) } })).status).toBe(200);
    const reopened = await call("GET", reportPath("2031-03", "dossiers", "RV-1"), { token });
    expect(reopened.body.version).toBe(2);
    expect(reopened.body.review).toBeNull();
    const after = (await call("GET", "/api/v1/status/2031-03")).body.units.find((u: { code: string }) => u.code === "RV-1");
    expect(after.forms.dossiers.review).toBeUndefined();

    expect((await call("POST", reviewPath("RV-1"), { body: { decision: "accepted", version: 2 } })).status).toBe(201);
    expect((await call("GET", reportPath("2031-03", "dossiers", "RV-1"), { token })).body.review).toMatchObject({ decision: "accepted", version: 2 });
    const audit = await call("GET", "/api/v1/audit?unit=RV-1&period=2031-03");
    expect(audit.body.map((e: { action: string }) => e.action)).toEqual(["review.accept", "submit", "review.return", "submit"]);
  });

  it("refuses a review of a version that is no longer the latest (409), and a return without a comment (400)", async () => {
    const token = await unitWithToken("RV-2");
    await call("PUT", reportPath("2031-03", "dossiers", "RV-2"), { token, body: { values: dossiers() } });
    await call("PUT", reportPath("2031-03", "dossiers", "RV-2"), { token, body: { values: dossiers({ returned: 2, received_online: 6 }) } });
    expectError(await call("POST", reviewPath("RV-2"), { body: { decision: "accepted", version: 1 } }), 409, "version_changed");
    expectError(await call("POST", reviewPath("RV-2"), { body: { decision: "returned", version: 2, comment: "  " } }), 400);
    expect((await call("GET", reportPath("2031-03", "dossiers", "RV-2"), { token })).body.review).toBeNull();
  });

  it("is for the central office only (403), on reports that exist (404)", async () => {
    const token = await unitWithToken("RV-3");
    await call("PUT", reportPath("2031-03", "dossiers", "RV-3"), { token, body: { values: dossiers() } });
    expectError(await call("POST", reviewPath("RV-3"), { token, body: { decision: "accepted", version: 1 } }), 403);
    expectError(await call("POST", reviewPath("RV-3"), { token: null, body: { decision: "accepted", version: 1 } }), 401);
    expectError(await call("POST", reviewPath("NO-SUCH"), { body: { decision: "accepted", version: 1 } }), 404);
    expectError(await call("POST", "/api/v1/reviews/2031-04/dossiers/RV-3", { body: { decision: "accepted", version: 1 } }), 404);
  });
});
