import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { call, dossiers, reportPath, unitWithToken } from "./client.ts";
import { countingDb } from "./counting-db.ts";
import { bytesOf, download, fill, workbookOf, XLSX } from "./xlsx-client.ts";

/**
 * Every request that writes does it in one atomic D1 batch (issue 13): a worker that dies between
 * two writes would otherwise leave half of a change (a version without its audit row, a lock without
 * its event, a unit renamed without its audit). Each write route of the API is called once, as the
 * central office or the unit, with D1 recorded; at most one round trip may write, and it is a batch
 * when it holds more than one statement.
 */
const WRITES = /^\s*(INSERT|UPDATE|DELETE|REPLACE)\b/i;
const PERIOD = "2033-07";

let unitToken: string;
let personId: number;
let personTokenId: number;
let unitTokenId: number;
beforeAll(async () => {
  unitToken = await unitWithToken("AW-XA", "cap-xa", "Xã Thử Ghi");
  await unitWithToken("AW-OLD", "cap-xa", "Xã Cũ Thử Ghi");
  await unitWithToken("AW-NEW", "cap-xa", "Xã Mới Thử Ghi");
  unitTokenId = (await call("GET", "/api/v1/units/AW-NEW/tokens")).body[0].id;
  const person = await call("POST", "/api/v1/staff", { body: { name: "Cán bộ thử ghi", role: "reader" } });
  personId = person.body.id;
  const staff = (await call("GET", "/api/v1/staff")).body as { id: number; tokens: { id: number }[] }[];
  personTokenId = staff.find((p) => p.id === personId)!.tokens[0]!.id;
  // A version to review, and the unit's token used once (its use is then recorded at most hourly, not in these calls).
  expect((await call("PUT", reportPath(PERIOD, "dossiers", "AW-XA"), { token: unitToken, body: { values: dossiers() } })).status).toBe(201);
});

const CSV_UNITS = "Mã đơn vị;Tên đơn vị;Cấp;Đơn vị cấp trên\nAW-IMP-1;Xã Nhập Một;Cấp xã;\nAW-IMP-2;Xã Nhập Hai;Cấp xã;\n";
const CSV_PLAN = "STT,Nội dung,Thời gian,Chủ trì,Phối hợp,Kết quả\nI,Công tác chỉ đạo,,,,\n1,Ban hành kế hoạch,Tháng 02/2033,Cấp xã,,Kế hoạch\n2,Rà soát thủ tục,Quý II/2033,Cấp xã,,Báo cáo\n";

/** Each write the API offers, in an order where each one has what it needs. */
const calls: { name: string; route: string; run: (db: D1Database) => ReturnType<typeof call>; expected: number[] }[] = [
  { name: "a submission", route: "PUT /api/v1/submissions/{periodId}/{formId}/{unitCode}", expected: [201], run: (db) => call("PUT", reportPath("2033-09", "dossiers", "AW-XA"), { token: unitToken, body: { values: dossiers() }, env: { DB: db } }) },
  { name: "an amendment", route: "PUT /api/v1/submissions/{periodId}/{formId}/{unitCode}", expected: [200], run: (db) => call("PUT", reportPath(PERIOD, "dossiers", "AW-XA"), { token: unitToken, body: { values: dossiers({ returned: 2 }) }, env: { DB: db } }) },
  { name: "a review", route: "POST /api/v1/reviews/{periodId}/{formId}/{unitCode}", expected: [201], run: (db) => call("POST", `/api/v1/reviews/${PERIOD}/dossiers/AW-XA`, { body: { decision: "returned", version: 2, comment: "Đề nghị kiểm tra lại" }, env: { DB: db } }) },
  { name: "a lock", route: "PUT /api/v1/periods/{periodId}/lock", expected: [200, 201], run: (db) => call("PUT", `/api/v1/periods/2033-05/lock`, { body: { reason: "Khóa sổ thử" }, env: { DB: db } }) },
  { name: "a reopening", route: "DELETE /api/v1/periods/{periodId}/lock", expected: [200], run: (db) => call("DELETE", `/api/v1/periods/2033-05/lock`, { body: { reason: "Mở lại" }, env: { DB: db } }) },
  { name: "a unit added", route: "PUT /api/v1/units/{code}", expected: [201], run: (db) => call("PUT", "/api/v1/units/AW-ADDED", { body: { name: "Xã Thêm", level: "cap-xa", parent: null }, env: { DB: db } }) },
  { name: "a unit renamed", route: "PUT /api/v1/units/{code}", expected: [200], run: (db) => call("PUT", "/api/v1/units/AW-ADDED", { body: { name: "Xã Thêm (đổi tên)", level: "cap-xa", parent: null }, env: { DB: db } }) },
  { name: "a unit's token issued", route: "POST /api/v1/units/{code}/tokens", expected: [201], run: (db) => call("POST", "/api/v1/units/AW-ADDED/tokens", { env: { DB: db } }) },
  { name: "tokens for a selection", route: "POST /api/v1/tokens", expected: [201], run: (db) => call("POST", "/api/v1/tokens", { body: { units: ["AW-ADDED", "AW-OLD"] }, env: { DB: db } }) },
  { name: "a unit's token revoked", route: "DELETE /api/v1/units/{code}/tokens/{tokenId}", expected: [200, 204], run: (db) => call("DELETE", `/api/v1/units/AW-NEW/tokens/${unitTokenId}`, { env: { DB: db } }) },
  { name: "a unit's tokens revoked", route: "DELETE /api/v1/units/{code}/tokens", expected: [200, 204], run: (db) => call("DELETE", "/api/v1/units/AW-ADDED/tokens", { env: { DB: db } }) },
  { name: "a merger", route: "PUT /api/v1/units/{code}/retirement", expected: [200], run: (db) => call("PUT", "/api/v1/units/AW-OLD/retirement", { body: { from: "2033-09", into: "AW-NEW" }, env: { DB: db } }) },
  { name: "a merger undone", route: "DELETE /api/v1/units/{code}/retirement", expected: [200], run: (db) => call("DELETE", "/api/v1/units/AW-OLD/retirement", { env: { DB: db } }) },
  { name: "a unit list imported", route: "POST /api/v1/units/import", expected: [200], run: (db) => call("POST", "/api/v1/units/import?apply=true", { raw: CSV_UNITS, headers: { "Content-Type": "text/csv" }, env: { DB: db } }) },
  { name: "a person added", route: "POST /api/v1/staff", expected: [201], run: (db) => call("POST", "/api/v1/staff", { body: { name: "Cán bộ thêm", role: "reviewer" }, env: { DB: db } }) },
  { name: "a person changed", route: "PATCH /api/v1/staff/{id}", expected: [200], run: (db) => call("PATCH", `/api/v1/staff/${personId}`, { body: { role: "reviewer" }, env: { DB: db } }) },
  { name: "a person's token issued", route: "POST /api/v1/staff/{id}/tokens", expected: [201], run: (db) => call("POST", `/api/v1/staff/${personId}/tokens`, { env: { DB: db } }) },
  { name: "a person's token revoked", route: "DELETE /api/v1/staff/{id}/tokens/{tokenId}", expected: [200, 204], run: (db) => call("DELETE", `/api/v1/staff/${personId}/tokens/${personTokenId}`, { env: { DB: db } }) },
  { name: "a plan imported", route: "POST /api/v1/task-plans/import", expected: [200, 201], run: (db) => call("POST", `/api/v1/task-plans/import?id=aw-plan&title=Th%E1%BB%AD&year=2033&apply=true`, { raw: CSV_PLAN, headers: { "Content-Type": "text/csv" }, env: { DB: db } }) },
  { name: "a plan's task edited", route: "PUT /api/v1/task-plans/{planId}/tasks/{taskId}", expected: [200], run: (db) => call("PUT", "/api/v1/task-plans/aw-plan/tasks/t_i_1", { body: { content: "Ban hành kế hoạch năm", due: "Tháng 03/2033", lead: "Cấp xã", support: "", output: "Kế hoạch" }, env: { DB: db } }) },
];

describe("every write is one atomic batch", () => {
  it("covers every documented route that writes (but retiring the bootstrap token, which would sign the other tests out)", async () => {
    const document = (await call("GET", "/api/openapi.json", { token: null })).body as { paths: Record<string, Record<string, unknown>> };
    const writes = Object.entries(document.paths).flatMap(([path, methods]) =>
      Object.keys(methods).filter((m) => m !== "get").map((m) => `${m.toUpperCase()} ${path}`));
    const covered = new Set([...calls.map((c) => c.route), "POST /api/v1/uploads/{periodId}/{unitCode}", "POST /api/v1/admin-token/retire"]);
    expect(writes.filter((route) => !covered.has(route))).toEqual([]);
  });

  for (const { name, run, expected } of calls) {
    it(name, async () => {
      const counting = countingDb(env.DB);
      const answer = await run(counting.db);
      expect(expected, `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}`).toContain(answer.status);
      const writing = counting.trips.filter((trip) => trip.replace(/^batch: /, "").split(" ; ").some((sql) => WRITES.test(sql)));
      expect(writing, counting.trips.join("\n")).toHaveLength(1);
      const statements = writing[0]!.replace(/^batch: /, "").split(" ; ");
      if (statements.length > 1 || statements.filter((sql) => WRITES.test(sql)).length > 1) expect(writing[0]).toMatch(/^batch: /);
    });
  }

  it("an upload: its versions and audit rows in one batch", async () => {
    const workbook = await workbookOf(await download("dossiers", "2033-08", "AW-XA", unitToken));
    fill(workbook, "dossiers", dossiers());
    const counting = countingDb(env.DB);
    const answer = await call("POST", `/api/v1/uploads/2033-08/AW-XA`, {
      token: unitToken, raw: (await bytesOf(workbook)) as unknown as string, headers: { "Content-Type": XLSX }, env: { DB: counting.db },
    });
    expect(answer.status, JSON.stringify(answer.body).slice(0, 300)).toBe(201);
    const writing = counting.trips.filter((trip) => trip.replace(/^batch: /, "").split(" ; ").some((sql) => WRITES.test(sql)));
    expect(writing).toHaveLength(1);
    expect(writing[0]).toMatch(/^batch: .*INSERT INTO submission_versions.*INSERT INTO audit_log/s);
  });
});
