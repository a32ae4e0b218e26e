import { describe, expect, it } from "vitest";
import { call, unitWithToken } from "./client.ts";

describe("smoke", () => {
  it("submits and reads back", async () => {
    const token = await unitWithToken("S1");
    const values = { received_online: 5, received_direct: 3, carried_over: 2, resolved_early: 1, resolved_ontime: 4, resolved_late: 1, pending_intime: 2, pending_overdue: 1, returned: 1 };
    const put = await call("PUT", "/api/v1/submissions/2026-11/dossiers/S1", { token, body: { values } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    const get = await call("GET", "/api/v1/submissions/2026-11/dossiers/S1", { token });
    expect(get.body.values.received_total).toBe(10);
    const doc = await call("GET", "/api/openapi.json", { token: null });
    expect(doc.status).toBe(200);
    expect(Object.keys(doc.body.paths)).toContain("/api/v1/submissions/{periodId}/{formId}/{unitCode}");
  });
});
