import { env } from "cloudflare:workers";
import { createApp } from "../../worker/app.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { ADMIN, call, dossiers, reportPath, unitWithToken } from "./client.ts";
import { countingDb } from "./counting-db.ts";

/**
 * Every query on a request path is covered by an index (issue 12): the requests a unit and the
 * central office make are run with a recording D1 binding, then each statement they ran is asked
 * for its plan; a full scan of a table that grows with time fails.
 */
const GROWING = ["reports", "submission_versions", "audit_log", "reviews", "period_lock_events", "unit_tokens", "staff_tokens", "derived_reports"];

let token: string;
const counting = countingDb(env.DB);
beforeAll(async () => {
  token = await unitWithToken("QP-UNIT", "cap-xa");
  const as = (t: string | undefined = undefined) => ({ env: { DB: counting.db }, ...(t ? { token: t } : {}) });
  const unit = as(token);
  const central = as();
  const requests: [string, string, Record<string, unknown>][] = [
    ["GET", "/api/v1/me", unit],
    ["PUT", reportPath("2033-01", "dossiers", "QP-UNIT"), { ...unit, body: { values: dossiers() }, headers: { "Idempotency-Key": "qp-1" } }],
    ["PUT", reportPath("2033-02", "dossiers", "QP-UNIT"), { ...unit, body: { values: dossiers() } }],
    ["PUT", reportPath("2033-02", "dossiers", "QP-UNIT"), { ...unit, body: { values: dossiers() } }],
    ["GET", reportPath("2033-02", "dossiers", "QP-UNIT"), unit],
    ["GET", `${reportPath("2033-02", "dossiers", "QP-UNIT")}/versions`, unit],
    ["GET", `${reportPath("2033-02", "dossiers", "QP-UNIT")}/versions/1`, unit],
    ["GET", `${reportPath("2033-03", "dossiers", "QP-UNIT")}/history`, unit],
    ["GET", "/api/v1/periods/2033-02", unit],
    ["POST", "/api/v1/reviews/2033-02/dossiers/QP-UNIT", { ...central, body: { decision: "accepted", version: 2 } }],
    ["PUT", "/api/v1/periods/2033-03/lock", { ...central, body: { reason: "Thử" } }],
    ["GET", "/api/v1/periods/2033-03/lock", central],
    ["DELETE", "/api/v1/periods/2033-03/lock", central],
    ["GET", "/api/v1/status/2033-02", central],
    ["GET", "/api/v1/reports/2033-02/dossiers", central],
    ["GET", "/api/v1/reports/2033-Q1/dossiers", central],
    ["GET", "/api/v1/report-sheets/2033-02", central],
    ["GET", "/api/v1/audit?limit=20", central],
    ["GET", "/api/v1/audit?unit=QP-UNIT&period=2033-02", central],
    ["GET", "/api/v1/audit?action=submit&limit=5", central],
    ["GET", "/api/v1/audit?period=2033-02&before=1000000", central],
    ["GET", "/api/v1/units", central],
    ["GET", "/api/v1/units/QP-UNIT/tokens", central],
    ["POST", "/api/v1/task-plans/import?id=qp-plan&title=Th%E1%BB%AD&year=2033&apply=true", {
      ...central, raw: "STT;Nội dung công việc;Thời gian thực hiện;Đơn vị chủ trì\n1;Ban hành kế hoạch;Quý I/2033;UBND cấp xã\n",
      headers: { "Content-Type": "text/csv; charset=utf-8" },
    }],
    ["GET", "/api/v1/task-plans", central],
    ["GET", "/api/v1/task-plans/qp-plan", central],
    ["GET", "/api/v1/progress-forms/2033-Q1/QP-UNIT", unit],
    ["PUT", reportPath("2033-Q1", "plan_qp_plan", "QP-UNIT"), { ...unit, body: { values: { "t_1.status": "in_progress" } } }],
    ["GET", "/api/v1/task-plans/qp-plan/progress?asOf=2033-06-30", central],
  ];
  for (const [method, path, options] of requests) {
    const answer = await call(method, path, options);
    expect(answer.status, `${method} ${path}: ${JSON.stringify(answer.body).slice(0, 300)}`).toBeLessThan(300);
  }
  // The files go through the same binding.
  for (const path of ["/api/v1/reports/2033-02.xlsx", "/api/v1/reports/2033-Q1.xlsx", "/api/v1/reports/2033-Q1.docx", "/api/v1/forms/all.xlsx?period=2033-Q1&unit=QP-UNIT"]) {
    const response = await createApp().fetch(new Request(`http://baocao.test${path}`, { headers: { Authorization: `Bearer ${ADMIN}` } }), { ...env, DB: counting.db });
    expect(response.status, path).toBe(200);
    await response.arrayBuffer();
  }
});

/**
 * The plan's lines that read a growing table whole. A scan in the order asked for, with a LIMIT and
 * no sort (the newest page of the audit log), stops at the limit: not a full read.
 */
async function fullScans(sql: string, values: unknown[]): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...values).all<{ detail: string }>();
  const details = results.map((row) => row.detail);
  const stopsAtLimit = /\bLIMIT\b/i.test(sql) && !details.some((detail) => /TEMP B-TREE/.test(detail));
  if (stopsAtLimit) return [];
  // "FROM reports r": the plan names the table by its alias.
  const tables = new Map<string, string>();
  for (const m of sql.matchAll(/\b(?:FROM|JOIN)\s+(\w+)(?:\s+(?:AS\s+)?(\w+))?/gi)) {
    tables.set(m[1]!, m[1]!);
    if (m[2] && !/^(?:ON|WHERE|JOIN|LEFT|INNER|GROUP|ORDER|LIMIT|USING)$/i.test(m[2])) tables.set(m[2], m[1]!);
  }
  // "SCAN x" and "SCAN x USING INDEX …" both read every row (of the table or of the index).
  return details.filter((detail) => {
    const name = /^SCAN (\w+)/.exec(detail.trim())?.[1];
    return name !== undefined && GROWING.includes(tables.get(name) ?? name);
  });
}

/**
 * The plan's lines that read a list passed in as JSON (json_each) inside another loop: the list is
 * then read once per row of the loop before it (3,300 rows × 3,300 items: 17 s, seen). A loop's
 * nested loops are the plan lines after it under the same parent.
 */
async function nestedListScans(sql: string, values: unknown[]): Promise<string[]> {
  const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...values).all<{ parent: number; detail: string }>();
  const loopsSeen = new Set<number>();
  const nested: string[] = [];
  for (const { parent, detail } of results) {
    const loop = /^(?:SCAN|SEARCH) /.test(detail.trim());
    if (!loop) continue;
    if (/^SCAN \w+ VIRTUAL TABLE/.test(detail.trim()) && loopsSeen.has(parent)) nested.push(detail.trim());
    loopsSeen.add(parent);
  }
  return nested;
}

describe("the queries of the request paths", () => {
  it("were recorded", () => {
    expect(new Set(counting.statements).size).toBeGreaterThan(15);
  });

  it("are judged by a check that sees a full scan, under an alias too", async () => {
    expect(await fullScans("SELECT * FROM submission_versions v WHERE v.submitted_by = ?1", ["x"])).toEqual(["SCAN v"]);
    expect(await fullScans("SELECT * FROM audit_log WHERE actor = ?1 ORDER BY at LIMIT 5", ["x"])).toEqual(["SCAN audit_log"]);
    expect(await fullScans("SELECT * FROM reports r WHERE r.form_id = ?1", ["dossiers"])).toEqual([]);
  });

  it("are judged by a check that sees a list passed in read once per row", async () => {
    const perRow = `UPDATE derived_reports SET stale = 0 FROM json_each(?3) AS j
      WHERE derived_reports.period_id = ?1 AND derived_reports.form_id = ?2 AND derived_reports.unit_code = json_extract(j.value, '$.unit')`;
    expect(await nestedListScans(perRow, ["2033-Q1", "dossiers", "[]"])).toEqual([expect.stringMatching(/^SCAN j VIRTUAL TABLE/)]);
    const once = `SELECT json_extract(j.value, '$.unit') FROM json_each(?3) AS j
      WHERE EXISTS (SELECT 1 FROM derived_reports d WHERE d.period_id = ?1 AND d.form_id = ?2 AND d.unit_code = json_extract(j.value, '$.unit'))`;
    expect(await nestedListScans(once, ["2033-Q1", "dossiers", "[]"])).toEqual([]);
  });

  it("read a list passed in once, not once per row", async () => {
    expect(await offendingStatements(nestedListScans)).toEqual([]);
  });

  it("never read a growing table whole", async () => {
    expect(await offendingStatements(fullScans)).toEqual([]);
  });

  it("read a period's reports with their figures from the index that holds them, not row by row from the table", async () => {
    const reportReads = [...new Set(counting.statements)].filter((sql) => /FROM reports r\b/.test(sql) && /r\.last_submitted_at\s*,\s*r\.latest_values_json/.test(sql));
    expect(reportReads.length).toBeGreaterThanOrEqual(2); // a month's (own reports) and a quarter's (own, derived, parts)
    for (const sql of reportReads) {
      const { results } = await env.DB.prepare(`EXPLAIN QUERY PLAN ${sql}`).bind(...(counting.bindings.get(sql) ?? [])).all<{ detail: string }>();
      const onReports = results.map((row) => row.detail.trim()).filter((detail) => /^SEARCH r\b/.test(detail));
      expect(onReports.length, sql).toBeGreaterThan(0);
      for (const detail of onReports) expect(detail, sql).toMatch(/USING COVERING INDEX reports_period_figures/);
    }
  });
});

/** Every recorded statement whose plan the check objects to, with the lines it objects to. */
async function offendingStatements(check: (sql: string, values: unknown[]) => Promise<string[]>): Promise<string[]> {
  const offending: string[] = [];
  for (const sql of new Set(counting.statements)) {
    const lines = await check(sql, counting.bindings.get(sql) ?? []);
    if (lines.length > 0) offending.push(`${lines.join(", ")} ← ${sql.replace(/\s+/g, " ").slice(0, 200)}`);
  }
  return offending;
}
