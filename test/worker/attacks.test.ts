import { env, exports } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, dossiers, reportPath, unitWithToken } from "./client.ts";

/**
 * Attacks not covered by the authorisation matrix (role-matrix, auth-matrix), the upload limits
 * (upload-limits) and the formula-looking text of the exports (report-workbook, draft-report, the
 * LibreOffice and insertion tests): cross-origin calls, path parameters made of traversal and SQL, a
 * unit's expired token. Each is answered with a clear error and stores nothing.
 */
let token: string;
beforeAll(async () => {
  token = await unitWithToken("AT-XA", "cap-xa", "Xã Thử Tấn Công");
});

const raw = (path: string, init: RequestInit = {}) => exports.default.fetch(`http://baocao.test${path}`, init);
const versionsOf = async () => (await env.DB.prepare("SELECT count(*) AS n FROM submission_versions").first<{ n: number }>())!.n;

describe("cross-origin calls", () => {
  // The pane, the central page and the upload page are served by the worker itself: no other origin needs the API.
  const evil = "https://evil.example";
  it("grant no other origin anything, on reads, writes and preflights alike", async () => {
    const answers = [
      await raw("/api/v1/me", { headers: { Origin: evil, Authorization: `Bearer ${token}` } }),
      await raw(reportPath("2033-10", "dossiers", "AT-XA"), {
        method: "PUT", headers: { Origin: evil, Authorization: `Bearer ${token}`, "Content-Type": "application/json" }, body: JSON.stringify({ values: dossiers() }),
      }),
      await raw(reportPath("2033-10", "dossiers", "AT-XA"), {
        method: "OPTIONS", headers: { Origin: evil, "Access-Control-Request-Method": "PUT", "Access-Control-Request-Headers": "authorization, content-type" },
      }),
      await raw("/central/index.html", { headers: { Origin: evil } }),
    ];
    for (const answer of answers) {
      for (const header of ["Access-Control-Allow-Origin", "Access-Control-Allow-Credentials", "Access-Control-Allow-Methods", "Access-Control-Allow-Headers"]) {
        expect(answer.headers.get(header), `${header} on ${answer.url}`).toBeNull();
      }
    }
    // A preflight is not answered as allowed: the browser then never sends the PUT.
    expect(answers[2]!.status).not.toBe(204);
  });
});

describe("path parameters made of traversal and SQL", () => {
  const hostile = [
    "..%2F..%2Fetc%2Fpasswd", "..", "%2e%2e", "2033-10'%20OR%201=1--", "2033-10%3B%20DROP%20TABLE%20units",
    "AT-XA'--", "AT-XA%00", "%E2%80%AEAX-TA", "*", "%25",
  ];
  it("are a 400 or 404 naming what was not found, on the unit's and the office's routes, and store nothing", async () => {
    const before = await versionsOf();
    const wrong: string[] = [];
    for (const bad of hostile) {
      const paths: [string, string, string][] = [
        ["PUT", `/api/v1/submissions/${bad}/dossiers/AT-XA`, token],
        ["PUT", `/api/v1/submissions/2033-10/${bad}/AT-XA`, token],
        ["PUT", `/api/v1/submissions/2033-10/dossiers/${bad}`, token],
        ["GET", `/api/v1/reports/${bad}/dossiers`, ADMIN],
        ["GET", `/api/v1/reports/2033-10/${bad}`, ADMIN],
        ["GET", `/api/v1/status/${bad}`, ADMIN],
        ["GET", `/api/v1/units/${bad}/tokens`, ADMIN],
      ];
      for (const [method, path, who] of paths) {
        const answer = await call(method, path, { token: who, body: method === "PUT" ? { values: dossiers() } : undefined });
        // A unit naming another unit (or a mangled one) is refused as acting for someone else: 403 is right too.
        if (![400, 403, 404].includes(answer.status) || typeof answer.body?.error?.message !== "string") wrong.push(`${method} ${path} → ${answer.status}`);
      }
    }
    expect(wrong).toEqual([]);
    expect(await versionsOf()).toBe(before);
    // The registry is intact.
    expect((await call("GET", "/api/v1/units")).status).toBe(200);
  });

  it("refuse a unit code made of SQL when the office registers it", async () => {
    const answer = await call("PUT", `/api/v1/units/${encodeURIComponent("X'; DROP TABLE units;--")}`, { body: { name: "Xã", level: "cap-xa", parent: null } });
    expect([400, 404]).toContain(answer.status);
    expect((await call("GET", "/api/v1/units")).status).toBe(200);
  });
});

describe("a unit's expired token", () => {
  it("is 401 on the submit path and elsewhere, and stores nothing", async () => {
    const expiring = await unitWithToken("AT-EXP", "cap-xa", "Xã Mã Hết Hạn");
    await env.DB.prepare("UPDATE unit_tokens SET expires_at = '2020-01-01T00:00:00.000Z' WHERE unit_code = 'AT-EXP'").run();
    const before = await versionsOf();
    expect((await call("PUT", reportPath("2033-10", "dossiers", "AT-EXP"), { token: expiring, body: { values: dossiers() } })).status).toBe(401);
    expect((await call("GET", reportPath("2033-10", "dossiers", "AT-EXP"), { token: expiring })).status).toBe(401);
    expect((await call("GET", "/api/v1/me", { token: expiring })).status).toBe(401);
    expect(await versionsOf()).toBe(before);
  });
});
