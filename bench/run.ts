/**
 * `npm run bench`: the worker on local workerd with a throwaway local D1, loaded from this
 * machine only (127.0.0.1). Measures the submit path against a bare Hono route taking the same
 * payload (and a read of the API between them), and the time to build the city report for 3,300
 * units (a month, a quarter derived from three months, a year from twelve), the consolidated workbook for 300 units
 * × every form on a second throwaway D1, and the worker bundle's gzip size. Prints a table, writes
 * bench/out/results.json, exits non-zero on any failure. See bench/README.md.
 */
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { cpus, loadavg, tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { performance } from "node:perf_hooks";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import type { FormValues } from "../shared/forms/types.ts";
import { closedLoop, inPool, timeInterleaved, type LoadResult, type TimedResult } from "./load.ts";
import { forms } from "../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../shared/forms/filing.ts";
import { apiUnits, benchPayload, dossiers, exampleSql, expectedTotal, seededUnits, seedSql, type BenchUnit } from "./seed.ts";
import { benchUploads, type UploadsTiming } from "./uploads.ts";
import { benchWorkbook, bundleSize, type WorkbookTiming } from "./workbook.ts";
import { benchDraftReport, type DraftReportTiming } from "./draft-report.ts";
import { benchWorkbookParts, workbookUnderHeap, type WorkbookHeap, type WorkbookPartsTiming } from "./workbook-parts.ts";
import { benchFiveYears, type FiveYears } from "./five-years.ts";
import { benchPlanProgress, type PlanProgressTiming } from "./plan-progress.ts";
import { goalsOf, goalsTable, judge, type GoalLine } from "./goals.ts";
import { databaseSize, VERSIONS_PER_REPORT, type DatabaseSize } from "./db-size.ts";
import { meterRequests, type D1Usage } from "./d1-usage.ts";
import { cpuPerRequest, cpuSnapshot, CPU_ROLES, type CpuSnapshot } from "./process-cpu.ts";
import { freePort, killStarted, startServer, wrangler, type Server } from "./wrangler.ts";

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, "..");
const benchConfig = join(here, "wrangler.bench.jsonc");
const outDir = join(here, "out");

const number = (name: string, fallback: number) => {
  const value = Number(process.env[name]);
  return Number.isFinite(value) && value > 0 ? value : fallback;
};

/** What the bench does. BENCH_CLIENTS, BENCH_SECONDS, BENCH_WARMUP_SECONDS, BENCH_REPORT_RUNS override. */
const plan = {
  clients: number("BENCH_CLIENTS", 32),
  warmupMs: number("BENCH_WARMUP_SECONDS", 2) * 1000,
  durationMs: number("BENCH_SECONDS", 10) * 1000,
  /** Units registered through the API, each with its token: they carry the load. */
  loadUnits: 200,
  /** Units inserted straight into D1, with every month of 2026 of dossiers and three of the other forms: with the load units, 3,300. */
  seeded: { tinh: 20, huyen: 280, xa: 2800 },
  months: ["2026-07", "2026-08", "2026-09"],
  /** Every month of the year, of dossiers only, for the seeded units: the year is derived from them. */
  yearMonths: Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
  year: "2026",
  /** The month the load submits to (the load units sent the two before it during setup). */
  submitPeriod: "2026-09",
  quarter: "2026-Q3",
  reportWarmup: 2,
  reportRuns: number("BENCH_REPORT_RUNS", 10),
  draftRuns: number("BENCH_DRAFT_RUNS", 5),
  uploadRuns: number("BENCH_UPLOAD_RUNS", 5),
  /** Each submission carries a fresh Idempotency-Key, as a careful client does (BENCH_IDEMPOTENCY=0: none). */
  idempotency: process.env.BENCH_IDEMPOTENCY !== "0",
  /**
   * Where the throwaway state goes (BENCH_STATE_DIR): by default memory (/dev/shm) where there is
   * one, else the OS temporary directory. Local D1 flushes every commit to its file; on this VM's
   * disk that flush, not the worker, set the submit path's pace (×0.39 of bare on disk, ×0.50 in
   * memory, same code), and production D1 does not write to this machine's disk.
   */
  stateDir: process.env.BENCH_STATE_DIR || (existsSync("/dev/shm") ? "/dev/shm" : tmpdir()),
  /** BENCH_INSPECTOR=1: attach the inspector as plain `wrangler dev` does (see bench/serve.ts). */
  inspector: process.env.BENCH_INSPECTOR === "1",
  /** The whole run is stopped past this. */
  deadlineMs: 600_000,
};

const failures: string[] = [];
const fail = (message: string) => {
  failures.push(message);
  console.error(`  ✗ ${message}`);
};
const step = (message: string) => console.log(`• ${message}`);
const seconds = (ms: number) => Math.round(ms / 100) / 10;
const round = (n: number, digits: number) => Math.round(n * 10 ** digits) / 10 ** digits;

let server: Server | null = null;
/** Stops the workbook bench's own server while it runs (bench/workbook.ts). */
let stopWorkbookServer: (() => Promise<void>) | null = null;
const work = mkdtempSync(join(plan.stateDir, "baocao-bench-"));
// Wrangler's debug log (every message, whatever the log level) goes to the throwaway directory.
process.env.WRANGLER_LOG_PATH = join(work, "wrangler-debug.log");
let cleaned = false;
async function cleanUp() {
  if (cleaned) return;
  cleaned = true;
  if (server) {
    mkdirSync(outDir, { recursive: true });
    writeFileSync(join(outDir, "server.log"), server.log.join("\n") + "\n");
    await server.stop();
  }
  if (stopWorkbookServer) await stopWorkbookServer();
  killStarted();
  if (process.env.BENCH_KEEP_STATE === "1") console.log(`State kept (BENCH_KEEP_STATE=1): ${work}`);
  else rmSync(work, { recursive: true, force: true });
}
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    console.error(`\n${signal}: stopping the bench server.`);
    void cleanUp().finally(() => process.exit(130));
  });
}
const watchdog = setTimeout(() => {
  console.error(`\nThe bench ran for more than ${plan.deadlineMs / 1000} s: stopping.`);
  void cleanUp().finally(() => process.exit(2));
}, plan.deadlineMs);

const adminToken = `bench_${randomBytes(18).toString("base64url")}`;
const runId = randomBytes(4).toString("hex");

async function call(base: string, method: string, path: string, token: string, body?: string | object) {
  const response = await fetch(`${base}${path}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body === undefined ? {} : { "Content-Type": "application/json" }) },
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  });
  return { status: response.status, text: await response.text() };
}

async function expectStatus(what: string, promise: Promise<{ status: number; text: string }>, ...statuses: number[]) {
  const { status, text } = await promise;
  if (!statuses.includes(status)) throw new Error(`${what}: expected ${statuses.join(" or ")}, got ${status}: ${text.slice(0, 400)}`);
  return text;
}

/** A load run with the CPU each process spent per request. */
type MeasuredLoad = LoadResult & { cpuMs: CpuSnapshot | null };

const CPU_LABELS: Record<(typeof CPU_ROLES)[number], string> = {
  client: "= this bench's fetches",
  wrangler: "= wrangler's Node process",
  proxy: "= wrangler's proxy workerd",
  worker: "= the worker's workerd, local D1 included",
};

interface ReportTiming extends Omit<TimedResult, "body"> {
  path: string;
  gzipBytes: number;
}

async function main() {
  const started = performance.now();
  const timings: Record<string, number> = {};
  const mark = (name: string, from: number) => (timings[name] = seconds(performance.now() - from));
  const wranglerVersion = JSON.parse(readFileSync(join(root, "node_modules/wrangler/package.json"), "utf8")).version as string;
  const loadBefore = loadavg()[0]!;

  // 1. The throwaway database: migrations, then units and their months of reports straight into D1.
  const seeded = seededUnits(plan.seeded);
  const viaApi = apiUnits(plan.loadUnits, plan.seeded.huyen);
  const totalUnits = seeded.length + viaApi.length;
  let t = performance.now();
  step(`Local D1 in ${work}: migrations`);
  await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", work, "--config", benchConfig]);
  mark("migrations", t);
  t = performance.now();
  const seed = seedSql(seeded, plan.yearMonths);
  // Every other form filed monthly, from its example, for the seeded units that file it.
  const otherSeeds = formsOfPeriodType(forms, "month").filter((f) => f.id !== "dossiers").map((form) => ({ form, ...exampleSql(form, seeded, plan.months) }));
  const seedFile = join(work, "seed.sql");
  const allSql = seed.sql + otherSeeds.map((o) => o.sql).join("");
  writeFileSync(seedFile, allSql);
  step(`Seeding ${seeded.length} units × ${plan.yearMonths.length} months of dossiers and ${plan.months.length} of ${otherSeeds.map((o) => o.form.id).join(", ")} (${(allSql.length / 1e6).toFixed(1)} MB of SQL)`);
  await wrangler(["d1", "execute", "baocao-bench", "--local", "--persist-to", work, "--config", benchConfig, "--file", seedFile], 120_000);
  mark("seed", t);

  // 2. The worker on workerd, on loopback only (bench/serve.ts).
  t = performance.now();
  const port = await freePort();
  step(`Starting the bench worker (bench/worker.mts) on 127.0.0.1:${port}${plan.inspector ? ", inspector attached" : ""}`);
  server = await startServer([benchConfig, String(port), work, adminToken]);
  const base = server.url;
  mark("serverStart", t);

  // 3. The load units, registered through the API, each with its own token; their first two months.
  t = performance.now();
  step(`Registering ${viaApi.length} units through the API, a token each; their ${plan.months.slice(0, 2).join(" and ")}`);
  const tokens = await inPool(viaApi, 8, async (unit: BenchUnit) => {
    await expectStatus(`PUT unit ${unit.code}`,
      call(base, "PUT", `/api/v1/units/${unit.code}`, adminToken, { name: unit.name, level: unit.level, parent: unit.parent }), 201);
    const text = await expectStatus(`token for ${unit.code}`, call(base, "POST", `/api/v1/units/${unit.code}/tokens`, adminToken), 201);
    return (JSON.parse(text) as { token: string }).token;
  });
  const body = JSON.stringify(benchPayload);
  for (const month of plan.months.slice(0, 2)) {
    await inPool(viaApi, 16, (unit, i) =>
      expectStatus(`submit ${month} for ${unit.code}`, call(base, "PUT", `/api/v1/submissions/${month}/dossiers/${unit.code}`, tokens[i]!, body), 201));
  }
  mark("apiSetup", t);

  // 4. The load: the bare route, a read of the API, the submit path. Bare and submit send the same
  // body and headers to the same units in the same order. Like a deadline day, first versions are
  // spread evenly over the run (warm-up included) among amendments: a request is a unit's first
  // when fewer than its share of first versions went out so far, otherwise it amends a unit that
  // already sent one.
  const load = (
    name: string,
    request: (unit: number, sequence: number) => { path: string; init: RequestInit },
    ok: (status: number) => boolean,
    onAnswer?: (unit: number, status: number) => void,
  ): Promise<MeasuredLoad> => {
    step(`${name}: ${plan.clients} clients, ${plan.warmupMs / 1000} s warm-up + ${plan.durationMs / 1000} s`);
    const begin = performance.now();
    const span = 0.9 * (plan.warmupMs + plan.durationMs); // every unit's first version well before the end
    let fresh = 0;
    let pick = 7;
    const chooseUnit = () => {
      const due = Math.ceil((viaApi.length * (performance.now() - begin)) / span);
      if (fresh === 0 || (fresh < viaApi.length && fresh < due)) return fresh++;
      pick = (pick * 1103515245 + 12345) % 2147483648;
      return pick % fresh;
    };
    const cpuBefore = cpuSnapshot(server!.child.pid!, port);
    return closedLoop({
      name, clients: plan.clients, warmupMs: plan.warmupMs, durationMs: plan.durationMs, ok,
      send: async (sequence) => {
        const unit = chooseUnit();
        const { path, init } = request(unit, sequence);
        const response = await fetch(`${base}${path}`, init);
        const text = await response.text();
        onAnswer?.(unit, response.status);
        return { status: response.status, body: text };
      },
    }).then((result) => ({ ...result, cpuMs: cpuPerRequest(cpuBefore, cpuSnapshot(server!.child.pid!, port), result.sent) }));
  };
  const put = (name: string, pathOf: (code: string) => string) => (unit: number, sequence: number) => ({
    path: pathOf(viaApi[unit]!.code),
    init: {
      method: "PUT",
      headers: {
        Authorization: `Bearer ${tokens[unit]}`, "Content-Type": "application/json",
        ...(plan.idempotency ? { "Idempotency-Key": `bench-${runId}-${name}-${sequence}` } : {}),
      },
      body,
    },
  });
  const success = (status: number) => status === 200 || status === 201;
  t = performance.now();
  const bare = await load("bare", put("bare", (code) => `/bench/bare/${plan.submitPeriod}/dossiers/${code}`), success);
  const read = await load("read", (unit) => ({
    path: `/api/v1/submissions/${plan.months[1]}/dossiers/${viaApi[unit]!.code}`,
    init: { headers: { Authorization: `Bearer ${tokens[unit]}` } },
  }), (status) => status === 200);
  const stored = new Array<number>(viaApi.length).fill(0);
  let firstVersions = 0;
  let amendments = 0;
  const submit = await load("submit", put("submit", (code) => `/api/v1/submissions/${plan.submitPeriod}/dossiers/${code}`), success, (unit, status) => {
    if (status === 201) firstVersions++;
    if (status === 200) amendments++;
    if (success(status)) stored[unit]!++;
  });
  mark("load", t);
  for (const result of [bare, read, submit]) {
    if (result.failures > 0) fail(`${result.name}: ${result.failures} failed requests (first: ${result.firstFailure})`);
  }

  // Every accepted submission is one version: no gap, no repeat.
  const versionMismatches: string[] = [];
  await inPool(viaApi, 16, async (unit, i) => {
    const text = await expectStatus(`latest ${plan.submitPeriod} of ${unit.code}`,
      call(base, "GET", `/api/v1/submissions/${plan.submitPeriod}/dossiers/${unit.code}`, adminToken), 200, 404);
    const version = (JSON.parse(text) as { version?: number }).version ?? 0; // 404: never submitted
    if (version !== stored[i]) versionMismatches.push(`${unit.code}: version ${version}, ${stored[i]} accepted`);
  });
  if (versionMismatches.length > 0) fail(`latest versions do not match the accepted submissions: ${versionMismatches.slice(0, 5).join("; ")}`);

  // 5. The city report for every unit: a month, a quarter derived from its three months, a year; with
  // the two bench-only routes that stop after the reads and after the consolidation.
  const payloadValues = benchPayload.values as FormValues;
  const seededMonths = (ids: readonly string[]) => seeded.map((u) => ids.map((id) => seed.values.get(u.code)![plan.yearMonths.indexOf(id)]!));
  const monthValues = [...seededMonths([plan.submitPeriod]), ...viaApi.map(() => [payloadValues])];
  const quarterValues = [...seededMonths(plan.months), ...viaApi.map(() => plan.months.map(() => payloadValues))];
  // The load units sent only the quarter's months: their year is not derived.
  const yearValues = seededMonths(plan.yearMonths);
  const checkReport = (label: string, text: string, expected: Record<string, number>, derivedUnits: number) => {
    const report = JSON.parse(text) as {
      total: Record<string, number>;
      units: { source: string }[];
      completeness: { expected: number; submitted: number; missing: string[] };
    };
    const wrong = Object.entries(expected).filter(([column, value]) => report.total[column] !== value);
    if (wrong.length > 0) fail(`${label}: total differs from the seeded data: ${wrong.map(([c, v]) => `${c} ${report.total[c]} ≠ ${v}`).join(", ")}`);
    const wantLines = derivedUnits > 0 ? derivedUnits : totalUnits;
    if (report.units.length !== wantLines) fail(`${label}: ${report.units.length} units, expected ${wantLines}`);
    if (report.completeness.expected !== totalUnits) fail(`${label}: completeness.expected ${report.completeness.expected}, expected ${totalUnits}`);
    const wantSubmitted = derivedUnits > 0 ? 0 : totalUnits;
    if (report.completeness.submitted !== wantSubmitted) fail(`${label}: completeness.submitted ${report.completeness.submitted}, expected ${wantSubmitted}`);
    const derivedCount = report.units.filter((u) => u.source === "derived").length;
    if (derivedCount !== derivedUnits) fail(`${label}: ${derivedCount} units derived, expected ${derivedUnits}`);
  };
  const get = (name: string, path: string, token: string | null) => ({
    name, path,
    get: async () => {
      const response = await fetch(`${base}${path}`, token ? { headers: { Authorization: `Bearer ${token}` } } : {});
      return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
    },
  });
  const reports: ReportTiming[] = [];
  t = performance.now();
  const cityReports = [
    { kind: `month ${plan.submitPeriod}`, period: plan.submitPeriod, values: monthValues, derivedUnits: 0 },
    { kind: `quarter ${plan.quarter}`, period: plan.quarter, values: quarterValues, derivedUnits: totalUnits },
    { kind: `year ${plan.year}`, period: plan.year, values: yearValues, derivedUnits: seeded.length },
  ];
  for (const { kind, period, values, derivedUnits } of cityReports) {
    const requests = [
      get(`${kind}: report`, `/api/v1/reports/${period}/dossiers`, adminToken),
      get(`  reads only`, `/bench/report-reads/${period}/dossiers`, null),
      get(`  reads + consolidation`, `/bench/report-built/${period}/dossiers`, null),
      get(`  … + JSON text`, `/bench/report-text/${period}/dossiers`, null),
    ];
    step(`${kind} report: ${plan.reportWarmup} warm-up + ${plan.reportRuns} rounds of ${requests.map((r) => r.path).join(", ")}`);
    try {
      const timed = await timeInterleaved(requests, plan.reportWarmup, plan.reportRuns);
      const text = new TextDecoder().decode(timed[0]!.body);
      checkReport(`${period} report`, text, expectedTotal(dossiers, values), derivedUnits);
      for (const [i, { body: answer, ...rest }] of timed.entries()) {
        reports.push({ ...rest, path: requests[i]!.path, gzipBytes: gzipSync(answer).byteLength });
      }
    } catch (error) {
      fail(`${period} report: ${(error as Error).message}`);
    }
  }
  // The same month and quarter for every other monthly form (its example seeded for the units that file it).
  for (const { form, values } of otherSeeds) {
    for (const [period, derived] of [[plan.submitPeriod, false], [plan.quarter, true]] as const) {
      const name = `${form.id} ${derived ? "quarter" : "month"} ${period}, ${values.size} units`;
      try {
        const [timed] = await timeInterleaved([get(name, `/api/v1/reports/${period}/${form.id}`, adminToken)], plan.reportWarmup, plan.reportRuns);
        const report = JSON.parse(new TextDecoder().decode(timed!.body)) as { total: Record<string, number>; units: unknown[] };
        const months = [...values.values()].map((stored) => (derived ? stored : [stored[stored.length - 1]!]));
        const want = expectedTotal(form, months);
        const wrong = Object.entries(want).filter(([column, value]) => report.total[column] !== value);
        if (wrong.length > 0) fail(`${name}: total differs from the seed: ${wrong.slice(0, 3).map(([c, v]) => `${c} ${report.total[c]} ≠ ${v}`).join(", ")}`);
        if (report.units.length !== values.size) fail(`${name}: ${report.units.length} units, expected ${values.size}`);
        const { body: answer, ...rest } = timed!;
        reports.push({ ...rest, path: `/api/v1/reports/${period}/${form.id}`, gzipBytes: gzipSync(answer).byteLength });
      } catch (error) {
        fail(`${name}: ${(error as Error).message}`);
      }
    }
  }

  // One D1 round trip, on its own: n trivial queries in one request, less none.
  let d1RoundTripMs: number | null = null;
  try {
    const n = 100;
    const [none, many] = await timeInterleaved(
      [get("d1 ×0", "/bench/d1-round-trips/0", null), get(`d1 ×${n}`, `/bench/d1-round-trips/${n}`, null)], 2, plan.reportRuns);
    d1RoundTripMs = round((many!.medianMs - none!.medianMs) / n, 3);
  } catch (error) {
    fail(`D1 round trips: ${(error as Error).message}`);
  }
  mark("reports", t);

  // Issue 12: the database on disk now (seed and load), projected to five years of every form.
  let database: DatabaseSize | null = null;
  try {
    const rows = JSON.parse(await expectStatus("database rows", call(base, "GET", "/bench/db-rows", adminToken), 200)) as { versions: number };
    database = databaseSize(work, rows.versions, {
      "cap-tinh": plan.seeded.tinh, "cap-huyen": plan.seeded.huyen, "cap-xa": plan.seeded.xa + plan.loadUnits,
    });
  } catch (error) {
    fail(`database size: ${(error as Error).message}`);
  }

  // Issue 12: what one request of each kind costs D1 (round trips, statements, rows read and written).
  let d1Usage: D1Usage[] | null = null;
  try {
    const unit = viaApi[0]!;
    const submissionPath = `/api/v1/submissions/${plan.submitPeriod}/dossiers/${unit.code}`;
    d1Usage = await meterRequests(base, [
      { name: "submit (amendment)", method: "PUT", path: submissionPath, token: tokens[0]!, body, headers: { "Idempotency-Key": `bench-${runId}-metered` } },
      { name: "read a submission", method: "GET", path: submissionPath, token: tokens[0]! },
      { name: `city report ${plan.submitPeriod}`, method: "GET", path: `/api/v1/reports/${plan.submitPeriod}/dossiers`, token: adminToken },
      { name: `city report ${plan.quarter}`, method: "GET", path: `/api/v1/reports/${plan.quarter}/dossiers`, token: adminToken },
      { name: `city report ${plan.year}`, method: "GET", path: `/api/v1/reports/${plan.year}/dossiers`, token: adminToken },
      { name: `status ${plan.submitPeriod}`, method: "GET", path: `/api/v1/status/${plan.submitPeriod}`, token: adminToken },
    ]);
  } catch (error) {
    fail(`D1 use per request: ${(error as Error).message}`);
  }

  // Issue 12: the consolidated workbook of 3,300 units, served in parts, and the city's draft report
  // of the same quarter, on the main database (bench/workbook-parts.ts); then a quarter with every
  // form (the units' writing included) built part by part in Node under a 128 MB heap.
  t = performance.now();
  let nationalWorkbook: WorkbookPartsTiming | null = null;
  step(`Consolidated workbook of ${totalUnits} units for ${plan.quarter}: its parts listed, each GET as .xlsx and as JSON, then the draft .docx`);
  try {
    nationalWorkbook = await benchWorkbookParts(server, adminToken, plan.quarter);
  } catch (error) {
    fail(`workbook parts: ${(error as Error).message}`);
  }
  let workbookHeap: WorkbookHeap | null = null;
  step("Consolidated workbook of 3,300 units × every quarterly form, part by part, in Node under a 96 MB heap");
  workbookHeap = workbookUnderHeap(3300);
  if (!workbookHeap.fitted) fail("workbook of 3,300 units: a part did not fit in a 96 MB heap");
  mark("workbookParts", t);

  // 6. Issue 4: the consolidated workbook for 300 units × every form (its own throwaway D1 and
  // server, bench/workbook.ts), and the worker bundle's gzip size (wrangler deploy --dry-run).
  t = performance.now();
  let workbook: WorkbookTiming | null = null;
  step(`Consolidated workbook: 300 units × every form on a second throwaway D1, ${plan.reportWarmup} warm-up + ${plan.reportRuns} GETs of the .xlsx`);
  try {
    workbook = await benchWorkbook({
      work, config: benchConfig, adminToken, warmup: plan.reportWarmup, runs: plan.reportRuns,
      onServer: (stop) => (stopWorkbookServer = stop),
    });
  } catch (error) {
    fail(`workbook: ${(error as Error).message}`);
  } finally {
    stopWorkbookServer = null;
  }
  mark("workbook", t);
  // Issue 9: the city's draft report in Word for 300 units (bench/draft-report.ts).
  t = performance.now();
  let draft: DraftReportTiming | null = null;
  step(`Draft report: 300 units × every quarterly form and the written report on a throwaway D1, 1 cold + ${plan.draftRuns} GETs of the .docx`);
  try {
    draft = await benchDraftReport({ work, config: benchConfig, adminToken, runs: plan.draftRuns, onServer: (stop) => (stopWorkbookServer = stop) });
  } catch (error) {
    fail(`draft report: ${(error as Error).message}`);
  } finally {
    stopWorkbookServer = null;
  }
  mark("draft", t);
  // Issue 11: a plan's progress for 3,300 units, the consolidation alone (bench/plan-progress.ts).
  t = performance.now();
  let planProgress: PlanProgressTiming[] | null = null;
  step("Plan progress: each example plan for 3,300 units with two quarters reported, in Node (D1 aside)");
  try {
    planProgress = benchPlanProgress(plan.reportRuns);
  } catch (error) {
    fail(`plan progress: ${(error as Error).message}`);
  }
  mark("planProgress", t);
  // 7. Issue 15: upload bombs, a real upload, and ten downloads with ten uploads at once (bench/uploads.ts).
  t = performance.now();
  let uploads: UploadsTiming | null = null;
  step(`Uploads: bombs and a filled form, ${plan.uploadRuns} each, memory of workerd sampled; 10 downloads + 10 uploads at once`);
  try {
    uploads = await benchUploads({
      work, config: benchConfig, adminToken, runs: plan.uploadRuns,
      onServer: (stop) => (stopWorkbookServer = stop),
    });
  } catch (error) {
    fail(`uploads: ${(error as Error).message}`);
  } finally {
    stopWorkbookServer = null;
  }
  mark("uploads", t);
  // Issue 12: five years of every form for 3,300 units, filled for real on its own D1 (bench/five-years.ts).
  t = performance.now();
  let fiveYears: FiveYears | null = null;
  step("Five years (2022–2026) × 3,300 units × every form and period, filled on a throwaway D1; its size, the month's report on it");
  try {
    fiveYears = await benchFiveYears({ work, config: benchConfig, adminToken, runs: plan.reportRuns, onServer: (stop) => (stopWorkbookServer = stop) });
  } catch (error) {
    fail(`five years: ${(error as Error).message}`);
  } finally {
    stopWorkbookServer = null;
  }
  mark("fiveYears", t);
  t = performance.now();
  let bundle: Awaited<ReturnType<typeof bundleSize>> | null = null;
  step("Worker bundle: wrangler deploy --dry-run --outdir (nothing uploaded), then gzip");
  try {
    bundle = await bundleSize(root, work);
  } catch (error) {
    fail(`bundle: ${(error as Error).message}`);
  }
  mark("bundle", t);
  timings.total = seconds(performance.now() - started);

  // 7. The table and the JSON.
  const results = {
    ok: failures.length === 0,
    failures,
    at: new Date().toISOString(),
    machine: {
      cpus: cpus().length, cpu: cpus()[0]?.model ?? "", node: process.version, wrangler: wranglerVersion, platform: process.platform,
      loadAverage1mBefore: round(loadBefore, 2), loadAverage1mAfter: round(loadavg()[0]!, 2),
    },
    plan: {
      clients: plan.clients, warmupS: plan.warmupMs / 1000, durationS: plan.durationMs / 1000, loadUnits: viaApi.length,
      payloadBytes: Buffer.byteLength(body), idempotencyKeys: plan.idempotency, inspector: plan.inspector, stateDir: plan.stateDir,
      submitPeriod: plan.submitPeriod, reportUnits: totalUnits,
      seeded: { ...plan.seeded, months: plan.months, lateReports: seed.late },
      reportWarmup: plan.reportWarmup, reportRuns: plan.reportRuns,
    },
    load: { bare, read, submit },
    ratios: {
      submitOverBareThroughput: round(submit.rps / bare.rps, 3),
      submitOverBareP50: round(submit.latencyMs.p50 / bare.latencyMs.p50, 2),
      submitOverBareP95: round(submit.latencyMs.p95 / bare.latencyMs.p95, 2),
    },
    submissions: { firstVersions, amendments, versionsChecked: viaApi.length, versionMismatches: versionMismatches.length },
    reports,
    d1RoundTripMs,
    d1Usage,
    database,
    workbook,
    fiveYears,
    nationalWorkbook,
    workbookHeap,
    draft,
    planProgress,
    uploads,
    bundle,
    seconds: timings,
  };
  const goals: GoalLine[] = judge(goalsOf(results));
  mkdirSync(outDir, { recursive: true });
  writeFileSync(join(outDir, "results.json"), JSON.stringify({ ...results, goals }, null, 2) + "\n");
  console.log("\n" + table(results));
  console.log("\n" + goalsTable(goals));
  // A goal missed fails the run, as a failed check does.
  for (const missed of goals.filter((g) => !g.met)) fail(`goal missed: ${missed.name} = ${missed.figure} ${missed.unit} (goal ${missed.kind === "floor" ? "≥" : "≤"} ${missed.goal})`);
  console.log(`\nWritten: bench/out/results.json${failures.length ? "" : " — all checks passed"}.`);
}

function table(r: {
  machine: { cpus: number; node: string; wrangler: string; loadAverage1mBefore: number; loadAverage1mAfter: number };
  plan: { clients: number; warmupS: number; durationS: number; loadUnits: number; payloadBytes: number; reportUnits: number; idempotencyKeys: boolean; inspector: boolean };
  load: { bare: MeasuredLoad; read: MeasuredLoad; submit: MeasuredLoad };
  ratios: { submitOverBareThroughput: number; submitOverBareP50: number; submitOverBareP95: number };
  submissions: { firstVersions: number; amendments: number; versionsChecked: number; versionMismatches: number };
  reports: ReportTiming[];
  d1RoundTripMs: number | null;
  d1Usage: D1Usage[] | null;
  database: DatabaseSize | null;
  workbook: WorkbookTiming | null;
  fiveYears: FiveYears | null;
  nationalWorkbook: WorkbookPartsTiming | null;
  workbookHeap: WorkbookHeap | null;
  draft: DraftReportTiming | null;
  planProgress: PlanProgressTiming[] | null;
  uploads: UploadsTiming | null;
  bundle: { bytes: number; gzipBytes: number; wranglerGzipKiB: number | null } | null;
  seconds: Record<string, number>;
}): string {
  const pad = (cells: (string | number)[], widths: number[]) =>
    cells.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]!) : String(cell).padStart(widths[i]!))).join(" ").trimEnd();
  const lines: string[] = [];
  lines.push(`baocao bench — ${r.machine.cpus} CPUs (load average ${r.machine.loadAverage1mBefore} before, ${r.machine.loadAverage1mAfter} after), Node ${r.machine.node}, wrangler ${r.machine.wrangler}`);
  lines.push(`local workerd, throwaway local D1, inspector ${r.plan.inspector ? "attached (as wrangler dev)" : "off"}`);
  lines.push("");
  lines.push(`Load: ${r.plan.clients} clients, closed loop, keep-alive; ${r.plan.warmupS} s warm-up + ${r.plan.durationS} s each; ${r.plan.loadUnits} units, own tokens`);
  lines.push(`PUTs send the same ${r.plan.payloadBytes}-byte dossiers body${r.plan.idempotencyKeys ? " and a fresh Idempotency-Key" : ""}`);
  const w = [36, 8, 8, 8, 8, 8, 9, 8];
  lines.push(pad(["", "req/s", "p50 ms", "p95 ms", "p99 ms", "max ms", "requests", "non-2xx"], w));
  const rows: [string, MeasuredLoad][] = [
    ["bare    PUT /bench/bare/…", r.load.bare],
    ["read    GET /api/v1/submissions/…", r.load.read],
    ["submit  PUT /api/v1/submissions/…", r.load.submit],
  ];
  for (const [label, x] of rows) lines.push(pad([label, x.rps, x.latencyMs.p50, x.latencyMs.p95, x.latencyMs.p99, x.latencyMs.max, x.requests, x.failures], w));
  lines.push(pad(["submit / bare", `×${r.ratios.submitOverBareThroughput}`, `×${r.ratios.submitOverBareP50}`, `×${r.ratios.submitOverBareP95}`], w));
  if (rows.every(([, x]) => x.cpuMs)) {
    lines.push(`CPU per request, warm-up included (ms): ${CPU_ROLES.map((role) => `${role} ${CPU_LABELS[role]}`).join("; ")}`);
    lines.push(pad(["", ...CPU_ROLES, "all"], w));
    for (const [label, x] of rows) lines.push(pad([label, ...CPU_ROLES.map((role) => x.cpuMs![role]), round(CPU_ROLES.reduce((sum, role) => sum + x.cpuMs![role], 0), 2)], w));
  }
  const measured = r.load.submit.statuses;
  lines.push(`Submit mix, measured: ${measured["201"] ?? 0} first versions (201), ${measured["200"] ?? 0} amendments (200); with warm-up ${r.submissions.firstVersions} + ${r.submissions.amendments}`);
  lines.push(`Latest version = accepted submissions for ${r.submissions.versionsChecked - r.submissions.versionMismatches}/${r.submissions.versionsChecked} units (no gap, no repeat)`);
  lines.push("");
  lines.push(`City report, ${r.plan.reportUnits} units: sequential GETs, interleaved (ms; p95 of 10 = the slowest)`);
  const v = [36, 8, 8, 8, 8, 10, 9];
  lines.push(pad(["", "median", "p95", "min", "max", "bytes", "gzip"], v));
  for (const x of r.reports) lines.push(pad([x.name, x.medianMs, x.p95Ms, x.minMs, x.maxMs, x.bytes, x.gzipBytes], v));
  lines.push(`One D1 round trip (SELECT 1, sequential, median): ${r.d1RoundTripMs} ms`);
  if (r.d1Usage) {
    lines.push("D1 per request (one request each; rows as D1 counts them, what it bills)");
    const u = [36, 8, 11, 10, 12];
    lines.push(pad(["", "trips", "statements", "rows read", "rows written"], u));
    for (const x of r.d1Usage) lines.push(pad([x.name, x.roundTrips, x.statements, x.rowsRead, x.rowsWritten], u));
  }
  if (r.database) {
    const mb = (bytes: number) => (bytes / 1024 ** 2).toFixed(1);
    lines.push(
      `Database: ${mb(r.database.bytes)} MB on disk for ${r.database.versions} versions (${r.database.bytesPerVersion} bytes each, indexes, ` +
      `kept derived figures and audit included); 5 years of every form for these units: ${r.database.reportsIn5Years} reports × ` +
      `${VERSIONS_PER_REPORT} versions → ${mb(r.database.projected5YearBytes)} MB of D1's ${mb(r.database.limitBytes)} MB per database`,
    );
  }
  lines.push("");
  if (r.workbook) {
    lines.push(`Consolidated workbook, ${r.workbook.units} units × every form (${r.workbook.sheets.length} sheets): sequential GETs (ms)`);
    lines.push(pad(["", "median", "p95", "min", "max", "bytes", "gzip"], v));
    lines.push(pad([`GET ${r.workbook.path}`, r.workbook.medianMs, r.workbook.p95Ms, r.workbook.minMs, r.workbook.maxMs, r.workbook.bytes, r.workbook.gzipBytes], v));
    const j = r.workbook.sheetsJson;
    lines.push(pad([`GET ${j.path}`, j.medianMs, j.p95Ms, j.minMs, j.maxMs, j.bytes, j.gzipBytes], v));
  } else lines.push("Consolidated workbook: not measured (see failures)");
  if (r.fiveYears) {
    const f = r.fiveYears;
    lines.push(`Five years filled (${f.years}, ${f.units} units, every form and period, in ${f.fillSeconds} s): ${f.reports} reports, ${f.versions} versions, ` +
      `${f.auditRows} audit rows: ${round(f.bytes / 1024 ** 2, 1)} MB on disk of D1's ${round(f.limitBytes / 1024 ** 2, 0)} MB per database; ` +
      `GET ${f.monthReport.path} on it (${f.monthReport.bytes} bytes, last year's same month beside it): median ${f.monthReport.medianMs} ms, ` +
      `max ${f.monthReport.maxMs} ms; inside the worker, without the local proxy's hop: ${f.monthReport.insideMs} ms`);
    for (const u of f.d1) lines.push(`  ${u.name}: ${u.roundTrips} trips, ${u.statements} statements, ${u.rowsRead} rows read, ${u.rowsWritten} written`);
  } else lines.push("Five years filled: not measured (see failures)");
  if (r.nationalWorkbook) {
    const n = r.nationalWorkbook;
    const sliced = Object.entries(n.slicedSheets).map(([name, k]) => `«${name}» in ${k}`).join(", ");
    lines.push(`Consolidated workbook ${n.period}, ${r.plan.reportUnits} units: ${n.parts} parts${sliced ? ` (${sliced})` : ""}, listed in ${n.listMs} ms; ` +
      `.xlsx part median ${n.xlsx.medianMs} ms, max ${n.xlsx.maxMs} ms, ${n.xlsx.totalBytes} bytes in all (largest ${n.xlsx.maxBytes}); ` +
      `JSON part median ${n.json.medianMs} ms, max ${n.json.maxMs} ms, largest ${n.json.maxBytes} bytes; workerd peak +${n.peakDeltaMb} MB above its level before the first part`);
    lines.push(`Draft report ${n.period}.docx, ${r.plan.reportUnits} units: ${n.draft.ms} ms, ${n.draft.bytes} bytes, workerd peak +${n.draft.peakDeltaMb} MB`);
  } else lines.push("Consolidated workbook in parts: not measured (see failures)");
  if (r.workbookHeap) {
    const h = r.workbookHeap;
    lines.push(h.fitted
      ? `Workbook of ${h.units} units × every quarterly form in Node under a 96 MB heap: ${h.parts} parts (${h.cells} cells, the largest ${h.maxPartCells}), ` +
        `each fitted; part median ${h.medianPartMs} ms, max ${h.maxPartMs} ms, ${h.totalMs} ms and ${h.bytes} bytes in all`
      : `Workbook of ${h.units} units × every quarterly form in Node under a 96 MB heap: a part ran out of memory`);
  }
  if (r.draft) {
    const d = r.draft;
    lines.push(`Draft report GET ${d.path} (${d.units} units; ${d.forms.join(", ")}): cold ${d.coldMs} ms, median ${d.medianMs} ms, max ${d.maxMs} ms, ` +
      `${d.bytes} bytes; workerd peak +${d.peakDeltaMb} MB above its level before; in Node under a 128 MB heap: ` +
      d.heap128.map((h) => `${h.units} units ${h.fitted ? `fitted (${h.ms} ms, units' lines ${h.unitRows ? "in" : "not in"} the appendices)` : "ran out of memory"}`).join(", "));
  } else lines.push("Draft report: not measured (see failures)");
  for (const p of r.planProgress ?? []) {
    lines.push(`Plan progress ${p.plan} (${p.tasks} tasks × ${p.units} units, ${p.reports} reports, ${p.cells} cells): median ${p.medianMs} ms, ` +
      `max ${p.maxMs} ms, heap +${p.heapDeltaMb} MB; ${p.overdue} overdue lines`);
  }
  if (r.uploads) {
    lines.push("");
    lines.push(`Uploads (ms; memory: workerd's resident memory above its level before, MB; /me: another user's GET at the same moment)`);
    const u = [40, 9, 7, 18, 8, 8, 8, 7];
    lines.push(pad(["", "file KB", "status", "limit", "median", "max", "mem MB", "/me ms"], u));
    for (const b of r.uploads.bombs) lines.push(pad([b.name, round(b.fileBytes / 1024, 1), b.status, b.limit ?? "", b.medianMs, b.maxMs, b.peakRssDeltaMb, b.meMs], u));
    const f = r.uploads.upload;
    lines.push(pad(["filled form (dossiers, centers)", round(f.fileBytes / 1024, 1), "201/200", "", f.medianMs, f.maxMs, f.peakRssDeltaMb, ""], u));
    const l = r.uploads.largest;
    lines.push(pad(["filled form + 48,000-cell sheet", round(l.fileBytes / 1024, 1), "201/200", "", l.medianMs, l.maxMs, l.peakRssDeltaMb, ""], u));
    const p = r.uploads.parallel;
    lines.push(`${p.downloads} downloads + ${p.uploads} uploads at once: ${p.wallMs} ms in all, ${Object.entries(p.statuses).map(([s, n]) => `${n}× ${s}`).join(", ")}; workerd resident ${r.uploads.workerdRssMb} MB after`);
  } else lines.push("Uploads: not measured (see failures)");
  if (r.bundle) {
    lines.push(`Worker bundle (wrangler deploy --dry-run): ${r.bundle.bytes} bytes, gzip -9 ${r.bundle.gzipBytes} bytes` +
      (r.bundle.wranglerGzipKiB === null ? "" : `; wrangler reports ${r.bundle.wranglerGzipKiB} KiB gzipped`));
  } else lines.push("Worker bundle: not measured (see failures)");
  lines.push("");
  lines.push(`Seconds: ${Object.entries(r.seconds).map(([k, s]) => `${k} ${s}`).join(", ")}`);
  return lines.join("\n");
}

try {
  await main();
} catch (error) {
  fail((error as Error).stack ?? String(error));
} finally {
  clearTimeout(watchdog);
  await cleanUp();
}
if (failures.length > 0) {
  console.error(`\nBench FAILED (${failures.length}):\n${failures.map((f) => `  - ${f.split("\n")[0]}`).join("\n")}`);
  if (server) console.error("The server's output: bench/out/server.log");
  process.exitCode = 1;
}
