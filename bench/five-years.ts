/**
 * Issue 12, the database at a national scale, filled for real: 3,300 units × every catalogued form
 * × every period its filing rules ask for, over five years (2022–2026), on its own throwaway D1.
 * 2026 is seeded from each form's example as the worker would have stored it; the four years
 * before are copied from it inside SQLite (period ids and times moved, receipts made unique), half
 * of all reports get a second version (an amendment), and every version its audit row, as the
 * submit path writes them. Then the database's size on disk, and the month's city report timed and
 * metered on it (the same request as on the one-year database).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { forms } from "../shared/forms/catalogue.ts";
import { PERIOD_TYPES, makePeriod, periodsPerYear } from "../shared/periods/index.ts";
import { bytesUnder, D1_DATABASE_LIMIT_BYTES } from "./db-size.ts";
import { meterRequests, type D1Usage } from "./d1-usage.ts";
import { timeInterleaved } from "./load.ts";
import { exampleSql, seededUnits, seedSql } from "./seed.ts";
import { freePort, startServer, wrangler } from "./wrangler.ts";

export interface FiveYears {
  units: number;
  years: string;
  reports: number;
  versions: number;
  auditRows: number;
  bytes: number;
  limitBytes: number;
  fillSeconds: number;
  /** The month's report on it: through wrangler's local proxy as a client gets it, and answered inside the worker (`insideMs`). */
  monthReport: { path: string; medianMs: number; maxMs: number; insideMs: number; bytes: number };
  d1: D1Usage[];
}

const SEEDED_YEAR = 2026;
const COPIED_YEARS = [2022, 2023, 2024, 2025];

/** Every period of `year` a form is filed for. */
const periodsOf = (form: (typeof forms)[number], year: number) =>
  PERIOD_TYPES.filter((type) => form.filing.periodTypes.includes(type)).flatMap((type) =>
    Array.from({ length: periodsPerYear(type) }, (_, i) => makePeriod(type, year, i + 1).id));

/** SQL copying the seeded year into another (period ids begin with the year; so do the times). */
function copyYearSql(year: number): string {
  const moved = (column: string) => `'${year}' || substr(${column}, 5)`;
  return [
    `INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at)
      SELECT ${moved("period_id")}, form_id, unit_code, latest_version, late, ${moved("first_submitted_at")}, ${moved("last_submitted_at")}
      FROM reports WHERE period_id LIKE '${SEEDED_YEAR}%';`,
    `INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, notes, warnings_json)
      SELECT ${moved("period_id")}, form_id, unit_code, version, receipt || '-${year}', late, ${moved("submitted_at")}, submitted_by, values_json, notes, warnings_json
      FROM submission_versions WHERE period_id LIKE '${SEEDED_YEAR}%';`,
  ].join("\n");
}

/** Half the reports amended once (version 2 becomes the latest), and an audit row for every version. */
const AMEND_AND_AUDIT_SQL = `
INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, notes, warnings_json)
  SELECT period_id, form_id, unit_code, 2, receipt || '-v2', late, submitted_at, submitted_by, values_json, notes, warnings_json
  FROM submission_versions WHERE version = 1 AND rowid % 2 = 0;
UPDATE reports SET latest_version = 2 WHERE EXISTS (
  SELECT 1 FROM submission_versions v
  WHERE v.period_id = reports.period_id AND v.form_id = reports.form_id AND v.unit_code = reports.unit_code AND v.version = 2);
INSERT INTO audit_log (at, actor, action, unit_code, period_id, target, detail_json)
  SELECT submitted_at, submitted_by, 'submit', unit_code, period_id, period_id || '/' || form_id || '/' || unit_code,
    json_object('receipt', receipt, 'warnings', json_array_length(warnings_json))
  FROM submission_versions;
`;

export async function benchFiveYears(options: {
  work: string; config: string; adminToken: string; runs: number; onServer: (stop: () => Promise<void>) => void;
}): Promise<FiveYears> {
  const dir = join(options.work, "five-years");
  mkdirSync(dir, { recursive: true });
  const units = seededUnits({ tinh: 20, huyen: 280, xa: 3000 });
  const started = performance.now();
  await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config]);
  const execute = async (name: string, sql: string) => {
    const file = join(dir, `${name}.sql`);
    writeFileSync(file, sql);
    await wrangler(["d1", "execute", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config, "--file", file], 300_000);
  };
  // The units first (the reports point to them), then each form's year, one file each (outline's is 40 MB).
  await execute("units", seedSql(units, []).sql);
  for (const form of forms) await execute(`year-${form.id}`, exampleSql(form, units, periodsOf(form, SEEDED_YEAR)).sql);
  for (const year of COPIED_YEARS) await execute(`copy-${year}`, copyYearSql(year));
  await execute("amend-audit", AMEND_AND_AUDIT_SQL);
  const fillSeconds = Math.round((performance.now() - started) / 100) / 10;

  const server = await startServer([options.config, String(await freePort()), dir, options.adminToken]);
  options.onServer(server.stop);
  try {
    const central = { Authorization: `Bearer ${options.adminToken}` };
    const counts = (await (await fetch(`${server.url}/bench/db-rows`)).json()) as { versions: number; reports: number; audit: number };
    const path = `/api/v1/reports/${SEEDED_YEAR}-09/dossiers`;
    const timing = (url: string) => async () => {
      const response = await fetch(url, { headers: central });
      return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
    };
    const [timed, inside] = await timeInterleaved([
      { name: "month report on five years", get: timing(`${server.url}${path}`) },
      { name: "  the same inside the worker", get: timing(`${server.url}/bench/inside${path}`) },
    ], 2, options.runs);
    const d1 = await meterRequests(server.url, [
      { name: `city report ${SEEDED_YEAR}-09 (five years stored)`, method: "GET", path, token: options.adminToken },
      { name: `city report ${SEEDED_YEAR}-Q3 (five years stored)`, method: "GET", path: `/api/v1/reports/${SEEDED_YEAR}-Q3/dossiers`, token: options.adminToken },
      { name: `status ${SEEDED_YEAR}-09 (five years stored)`, method: "GET", path: `/api/v1/status/${SEEDED_YEAR}-09`, token: options.adminToken },
    ]);
    return {
      units: units.length, years: `${COPIED_YEARS[0]}–${SEEDED_YEAR}`, reports: counts.reports, versions: counts.versions, auditRows: counts.audit,
      bytes: bytesUnder(join(dir, "v3", "d1")), limitBytes: D1_DATABASE_LIMIT_BYTES, fillSeconds,
      monthReport: {
        path, medianMs: Math.round(timed!.medianMs * 10) / 10, maxMs: Math.round(timed!.maxMs * 10) / 10,
        insideMs: Math.round(inside!.medianMs * 10) / 10, bytes: timed!.body.byteLength,
      },
      d1,
    };
  } finally {
    await server.stop();
  }
}
