import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";

const oversized = JSON.stringify({ values: dossiers(), notes: "x".repeat(300 * 1024) });

let own: string;
let other: string;
let revoked: string;
beforeAll(async () => {
  own = await unitWithToken("AUTH-A");
  other = await unitWithToken("AUTH-B", "cap-huyen");
  revoked = await unitWithToken("AUTH-R");
  expect((await call("DELETE", "/api/v1/units/AUTH-R/tokens")).status).toBe(204);
  // AUTH-B has a report for the reads below.
  expect((await call("PUT", reportPath("2026-11", "dossiers", "AUTH-B"), { token: other, body: { values: dossiers() } })).status).toBe(201);
});

/** Every endpoint of API.md (and the additions), with a body where it takes one. */
const endpoints: [string, string, unknown?][] = [
  ["PUT", "/api/v1/units/AUTH-NEW", { name: "X", level: "cap-tinh", parent: null }],
  ["GET", "/api/v1/units"],
  ["POST", "/api/v1/units/AUTH-A/tokens"],
  ["DELETE", "/api/v1/units/AUTH-A/tokens"],
  ["GET", "/api/v1/forms"],
  ["GET", "/api/v1/forms/dossiers"],
  ["GET", "/api/v1/periods/2026-11"],
  ["PUT", reportPath("2026-11", "dossiers", "AUTH-A"), { values: dossiers() }],
  ["GET", reportPath("2026-11", "dossiers", "AUTH-B")],
  ["GET", `${reportPath("2026-11", "dossiers", "AUTH-B")}/versions`],
  ["GET", `${reportPath("2026-11", "dossiers", "AUTH-B")}/history`],
  ["GET", `${reportPath("2026-11", "dossiers", "AUTH-B")}/versions/1`],
  ["GET", "/api/v1/status/2026-11"],
  ["GET", "/api/v1/reports/2026-11/dossiers"],
  ["GET", "/api/v1/reports/2026-11.xlsx"],
  ["GET", "/api/v1/report-sheets/2026-11"],
  ["GET", "/api/v1/report-parts/2026-11"],
  ["GET", "/api/v1/audit"],
];

describe("401: no token, an unknown token, a revoked token", () => {
  const callers: [string, { token?: string | null; headers?: Record<string, string> }][] = [
    ["no token", { token: null }],
    ["a forged token", { token: "bcu_forged-token-that-was-never-issued" }],
    ["the central token with a typo", { token: `${ADMIN}x` }],
    ["a Basic header", { token: null, headers: { Authorization: `Basic ${btoa(`central:${ADMIN}`)}` } }],
    ["Bearer without a token", { token: null, headers: { Authorization: "Bearer " } }],
  ];
  for (const [who, options] of callers) {
    it(`${who} → 401 on every endpoint`, async () => {
      for (const [method, path, body] of endpoints) {
        const answer = await call(method, path, { ...options, body });
        expect(answer.status, `${method} ${path}`).toBe(401);
        expectError(answer, 401);
      }
    });
  }

  it("a revoked token → 401 on every endpoint, even its own unit's", async () => {
    const mine = reportPath("2026-11", "dossiers", "AUTH-R");
    for (const [method, path, body] of [...endpoints, ["PUT", mine, { values: dossiers() }] as const, ["GET", mine] as const]) {
      expectError(await call(method, path, { token: revoked, body }), 401);
    }
  });

  it("nothing was done by the refused calls", async () => {
    const units = await call("GET", "/api/v1/units");
    expect(units.body.map((u: { code: string }) => u.code)).not.toContain("AUTH-NEW");
    expect((await call("GET", "/api/v1/forms", { token: own })).status).toBe(200);
    expectError(await call("GET", reportPath("2026-11", "dossiers", "AUTH-A")), 404);
  });
});

describe("403: a unit token outside its unit or role", () => {
  it("may not submit or read another unit's reports", async () => {
    const theirs = reportPath("2026-11", "dossiers", "AUTH-B");
    expectError(await call("PUT", theirs, { token: own, body: { values: dossiers() } }), 403);
    expectError(await call("GET", theirs, { token: own }), 403);
    expectError(await call("GET", `${theirs}/versions`, { token: own }), 403);
    expectError(await call("GET", `${theirs}/history`, { token: own }), 403);
    expectError(await call("GET", `${theirs}/versions/1`, { token: own }), 403);
    // Nothing was stored by the refused amendment.
    expect((await call("GET", theirs)).body.version).toBe(1);
  });

  it("may not call any central endpoint", async () => {
    const central: [string, string, unknown?][] = [
      ["PUT", "/api/v1/units/AUTH-NEW2", { name: "X", level: "cap-tinh", parent: null }],
      ["PUT", "/api/v1/units/AUTH-A", { name: "Tự đổi tên", level: "cap-tinh", parent: null }],
      ["GET", "/api/v1/units"],
      ["POST", "/api/v1/units/AUTH-A/tokens"],
      ["POST", "/api/v1/units/AUTH-B/tokens"],
      ["DELETE", "/api/v1/units/AUTH-A/tokens"],
      ["DELETE", "/api/v1/units/AUTH-B/tokens"],
      ["GET", "/api/v1/status/2026-11"],
      ["GET", "/api/v1/reports/2026-11/dossiers"],
      ["GET", "/api/v1/reports/2026-11.xlsx"],
      ["GET", "/api/v1/report-sheets/2026-11"],
      ["GET", "/api/v1/audit"],
    ];
    for (const [method, path, body] of central) expectError(await call(method, path, { token: own, body }), 403);
    // Nothing changed: the unit's name, the other unit's token and its own token all stand.
    const units = await call("GET", "/api/v1/units");
    expect(units.body).toContainEqual({ code: "AUTH-A", name: "Đơn vị AUTH-A", level: "cap-tinh", parent: null });
    expect(units.body.map((u: { code: string }) => u.code)).not.toContain("AUTH-NEW2");
    expect((await call("GET", "/api/v1/forms", { token: other })).status).toBe(200);
    expect((await call("GET", "/api/v1/forms", { token: own })).status).toBe(200);
  });

  it("may read the catalogue and submit and read its own reports", async () => {
    expect((await call("GET", "/api/v1/forms", { token: own })).status).toBe(200);
    expect((await call("GET", "/api/v1/forms/centers", { token: own })).status).toBe(200);
    expect((await call("GET", "/api/v1/periods/2026-Q4", { token: own })).status).toBe(200);
    const mine = reportPath("2026-10", "dossiers", "AUTH-A");
    expect((await call("PUT", mine, { token: own, body: { values: dossiers() } })).status).toBe(201);
    expect((await call("GET", mine, { token: own })).status).toBe(200);
    expect((await call("GET", `${mine}/versions`, { token: own })).status).toBe(200);
  });
});

describe("check order: 401, 403, 404, 413, 400, 422", () => {
  it("401 before 404: no token on an unknown unit, form or period", async () => {
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-NOWHERE"), { token: null, body: { values: dossiers() } }), 401);
    expectError(await call("GET", reportPath("2026-99", "nope", "AUTH-NOWHERE"), { token: null }), 401);
    expectError(await call("GET", "/api/v1/forms/nope", { token: null }), 401);
    expectError(await call("GET", "/api/v1/periods/nope", { token: null }), 401);
    expectError(await call("GET", "/api/v1/reports/nope.xlsx", { token: null }), 401);
    expectError(await call("POST", "/api/v1/units/AUTH-NOWHERE/tokens", { token: null }), 401);
  });

  it("401 before 413 and 400", async () => {
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-A"), { token: "forged", raw: oversized }), 401);
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-A"), { token: null, raw: "{" }), 401);
    expectError(await call("PUT", "/api/v1/units/AUTH-X", { token: revoked, raw: "{" }), 401);
  });

  it("403 before 404: a unit token on another unit's unknown period, form, or on an unknown unit", async () => {
    expectError(await call("PUT", reportPath("2026-99", "dossiers", "AUTH-B"), { token: own, body: { values: dossiers() } }), 403);
    expectError(await call("GET", reportPath("2026-99", "dossiers", "AUTH-B"), { token: own }), 403);
    expectError(await call("PUT", reportPath("2026-11", "nope", "AUTH-B"), { token: own, body: { values: dossiers() } }), 403);
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-NOWHERE"), { token: own, body: { values: dossiers() } }), 403);
    expectError(await call("GET", "/api/v1/status/2026-99", { token: own }), 403);
    expectError(await call("GET", "/api/v1/reports/2026-99/nope", { token: own }), 403);
    expectError(await call("GET", "/api/v1/reports/2026-99.xlsx", { token: own }), 403);
    expectError(await call("GET", "/api/v1/report-sheets/2026-99", { token: own }), 403);
    expectError(await call("POST", "/api/v1/units/AUTH-NOWHERE/tokens", { token: own }), 403);
    expectError(await call("DELETE", "/api/v1/units/AUTH-NOWHERE/tokens", { token: own }), 403);
  });

  it("403 before 413 and 400", async () => {
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-B"), { token: own, raw: oversized }), 403);
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-B"), { token: own, raw: "{" }), 403);
    expectError(await call("PUT", "/api/v1/units/AUTH-X", { token: own, raw: oversized }), 403);
    expectError(await call("PUT", "/api/v1/units/bad%20code", { token: own, raw: "{" }), 403);
    expectError(await call("GET", "/api/v1/audit?limit=0", { token: own }), 403);
  });

  it("404 before 413: central on an unknown unit, form or period with an oversized body", async () => {
    for (const path of [
      reportPath("2026-11", "dossiers", "AUTH-NOWHERE"),
      reportPath("2026-11", "nope", "AUTH-A"),
      reportPath("2026-13", "dossiers", "AUTH-A"),
    ]) {
      expectError(await call("PUT", path, { raw: oversized }), 404);
      expectError(await call("PUT", path, { raw: oversized, stream: true }), 404);
    }
    expectError(await call("PUT", reportPath("2026-11", "nope", "AUTH-A"), { token: own, raw: oversized }), 404);
  });

  it("404 before 400 and 422", async () => {
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-NOWHERE"), { raw: "{" }), 404);
    expectError(await call("PUT", reportPath("2026-11", "dossiers", "AUTH-NOWHERE"), { body: { values: { received_online: "x" } } }), 404);
    expectError(await call("PUT", reportPath("2026-11", "nope", "AUTH-A"), { token: own, body: { values: [] } }), 404);
  });

  it("413 before 400: an oversized body that is not JSON, or not a submission", async () => {
    const mine = reportPath("2026-09", "dossiers", "AUTH-A");
    expectError(await call("PUT", mine, { token: own, raw: "{" + "x".repeat(300 * 1024) }), 413);
    expectError(await call("PUT", mine, { token: own, raw: JSON.stringify({ values: [], notes: 5, pad: "x".repeat(300 * 1024) }), stream: true }), 413);
    expectError(await call("PUT", mine, { token: own, raw: oversized, headers: { "Idempotency-Key": "" } }), 413);
  });

  it("400 before 422: a body that is not a submission, whatever its values", async () => {
    const mine = reportPath("2026-09", "dossiers", "AUTH-A");
    expectError(await call("PUT", mine, { token: own, body: { values: { received_online: "1.209", bogus: -1 }, notes: 5 } }), 400);
    expectError(await call("PUT", mine, { token: own, body: { values: { received_online: -1 } }, headers: { "Idempotency-Key": " " } }), 400);
    const rejected = await call("PUT", mine, { token: own, body: { values: { received_online: "1.209" } } });
    expect(rejected.status).toBe(422);
    expectError(await call("GET", mine, { token: own }), 404);
  });
});
