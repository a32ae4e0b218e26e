/**
 * The benchmark's worker entry: the real app, plus routes under /bench/ that exist only here.
 *
 * `.mts` rather than `.ts` on purpose: the scripts project (tsc -p scripts) type-checks
 * bench/**\/*.ts with Node's types only, and this file pulls in the worker, which needs the
 * Workers types. `tsc -p bench/tsconfig.worker.json` checks it with the worker's types.
 */
import { createApp } from "../worker/app.ts";
import { buildReport, reportReads } from "../worker/export/build-report.ts";
import { requireForm, requirePeriod } from "../worker/lookups.ts";
import { readTogether } from "../worker/repositories/query.ts";
import { unitsQuery } from "../worker/repositories/units.repo.ts";
import { levelsOf } from "../worker/config.ts";
import { meterD1 } from "./d1-meter.mts";

const app = createApp();

/** The baseline: same method, path shape and JSON body as a submission; parse it and answer small JSON. */
app.put("/bench/bare/:periodId/:formId/:unitCode", async (c) => {
  const body = await c.req.json<{ values?: Record<string, unknown> }>();
  return c.json({ ok: true, unit: c.req.param("unitCode"), columns: Object.keys(body.values ?? {}).length }, 201);
});

/** Only the report's reads (the registry, and the report's reads in one batch, as the route does), answering how many rows came back. */
app.get("/bench/report-reads/:periodId/:formId", async (c) => {
  const period = requirePeriod(c.req.param("periodId"));
  const form = requireForm(c.req.param("formId"));
  const db = c.env.DB;
  const [units, reads] = await readTogether(db, [unitsQuery(db, levelsOf(c.env)), reportReads(db, period, form)] as const);
  return c.json({ units: units.length, reports: reads.own.length + reads.derived.length + reads.parts.length });
});

/** The whole report built (reads and consolidation), but answering only its size, not the report. */
app.get("/bench/report-built/:periodId/:formId", async (c) => {
  const period = requirePeriod(c.req.param("periodId"));
  const form = requireForm(c.req.param("formId"));
  const report = await buildReport(c.env.DB, c.env, period, form);
  return c.json({ units: report.units.length });
});

/** The report built and turned into its JSON text, answering only the text's length: what the answer costs before it leaves the worker. */
app.get("/bench/report-text/:periodId/:formId", async (c) => {
  const period = requirePeriod(c.req.param("periodId"));
  const form = requireForm(c.req.param("formId"));
  const report = await buildReport(c.env.DB, c.env, period, form);
  return c.json({ chars: JSON.stringify(report).length });
});

/**
 * Any GET of the real API answered inside the worker, the body counted and not sent: the request's
 * time without the answer crossing wrangler's local proxy to the client (a deployed Worker has no
 * such hop). `/bench/inside/api/v1/reports/2026-09/dossiers` → `/api/v1/reports/2026-09/dossiers`.
 */
app.get("/bench/inside/*", async (c) => {
  const url = new URL(c.req.url);
  url.pathname = url.pathname.slice("/bench/inside".length);
  const answer = await app.fetch(new Request(url, { headers: c.req.raw.headers }), c.env, c.executionCtx);
  return c.json({ status: answer.status, bytes: (await answer.arrayBuffer()).byteLength });
});

/**
 * What must never be half-written, counted (the fault test, test/e2e/fault.test.ts): versions
 * without their report, values, warnings or audit row; reports whose latest version or kept figures
 * are not there; an Idempotency-Key stored twice; reviews and lock events without their audit row.
 */
app.get("/bench/integrity", async (c) => {
  const row = await c.env.DB.prepare(`SELECT
    (SELECT count(*) FROM submission_versions) AS versions,
    (SELECT count(*) FROM submission_versions WHERE idempotency_key IS NOT NULL) AS keyed,
    (SELECT count(*) FROM submission_versions v WHERE NOT EXISTS (
      SELECT 1 FROM reports r WHERE r.period_id = v.period_id AND r.form_id = v.form_id AND r.unit_code = v.unit_code)) AS versionsWithoutReport,
    (SELECT count(*) FROM submission_versions WHERE values_json IS NULL OR values_json = '' OR warnings_json IS NULL OR receipt = '') AS versionsIncomplete,
    (SELECT count(*) FROM submission_versions v WHERE NOT EXISTS (
      SELECT 1 FROM audit_log a WHERE a.action = 'submit' AND a.target = v.period_id || '/' || v.form_id || '/' || v.unit_code
        AND json_extract(a.detail_json, '$.receipt') = v.receipt)) AS versionsWithoutAudit,
    (SELECT count(*) FROM reports r WHERE NOT EXISTS (
      SELECT 1 FROM submission_versions v WHERE v.period_id = r.period_id AND v.form_id = r.form_id AND v.unit_code = r.unit_code
        AND v.version = r.latest_version AND v.values_json = r.latest_values_json)) AS reportsWithoutLatest,
    (SELECT count(*) FROM (SELECT 1 FROM submission_versions WHERE idempotency_key IS NOT NULL
      GROUP BY period_id, form_id, unit_code, idempotency_key HAVING count(*) > 1)) AS keysStoredTwice,
    (SELECT count(*) FROM reviews) AS reviews,
    (SELECT count(*) FROM audit_log WHERE action IN ('review.accept', 'review.return')) AS reviewAudits,
    (SELECT count(*) FROM period_lock_events) AS lockEvents,
    (SELECT count(*) FROM audit_log WHERE action IN ('period.lock', 'period.unlock')) AS lockAudits`).first();
  return c.json(row);
});

/** How many versions, reports and kept derived rows the database holds (the database-size projection). */
app.get("/bench/db-rows", async (c) => {
  const row = await c.env.DB.prepare(
    "SELECT (SELECT count(*) FROM submission_versions) AS versions, (SELECT count(*) FROM reports) AS reports, " +
      "(SELECT count(*) FROM derived_reports) AS derived, (SELECT count(*) FROM audit_log) AS audit",
  ).first<{ versions: number; reports: number; derived: number; audit: number }>();
  return c.json(row);
});

/** `n` trivial D1 queries one after the other: the cost of a D1 round trip, without SQL work. */
app.get("/bench/d1-round-trips/:n", async (c) => {
  const n = Math.min(Number(c.req.param("n")) || 0, 1000);
  for (let i = 0; i < n; i++) await c.env.DB.prepare("SELECT 1 AS one").first();
  return c.json({ queries: n });
});

/**
 * The worker, counting a request's D1 use when it carries `X-Bench-Meter: 1`: the answer then says
 * it in `X-Bench-D1` (JSON: round trips, statements, rows read, rows written). Other requests, the
 * load's among them, go to the app untouched. Work left for after the answer (waitUntil) is not counted.
 */
export default {
  async fetch(request: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    if (request.headers.get("X-Bench-Meter") !== "1") return app.fetch(request, env, ctx);
    const meter = meterD1(env.DB);
    const answer = await app.fetch(request, { ...env, DB: meter.db }, ctx);
    const body = await answer.arrayBuffer(); // the answer is whole before its cost is told
    const headers = new Headers(answer.headers);
    headers.set("X-Bench-D1", JSON.stringify(meter.usage));
    return new Response(body, { status: answer.status, headers });
  },
} satisfies ExportedHandler<Env>;
