/**
 * The city's draft report (.docx) for 300 units on its own throwaway D1: a quarter with every form
 * filed quarterly, the written report included (each unit's example text), and last year's same
 * quarter for the forms of figures; timed GETs, the workerd processes' peak memory while answering,
 * the file's size, and a check that every unit is named in it.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { forms } from "../shared/forms/catalogue.ts";
import { isNumeric } from "../shared/forms/cells.ts";
import { formsOfPeriodType } from "../shared/forms/filing.ts";
import { exampleSql, seededUnits, seedSql } from "./seed.ts";
import { measured, workerdPids } from "./uploads.ts";
import { freePort, startServer, wrangler } from "./wrangler.ts";

export interface DraftReportTiming {
  path: string;
  units: number;
  forms: string[];
  coldMs: number;
  medianMs: number;
  maxMs: number;
  /** The workerd processes' peak resident memory above their level before the request (MB), the highest of the runs. */
  peakDeltaMb: number;
  bytes: number;
  /**
   * The same document built in Node under a 128 MB heap (a Worker's memory), for 300 units, for
   * 100 (the units' lines in the appendices) and for 3,300: whether it fitted, and its time.
   */
  heap128: { units: number; fitted: boolean; unitRows?: boolean; ms?: number }[];
}

/** Builds the draft report in Node with a 128 MB heap (bench/draft-heap.ts). */
function underHeap(units: number): { units: number; fitted: boolean; unitRows?: boolean; ms?: number } {
  const run = spawnSync(process.execPath, ["--max-old-space-size=128", "--import", "tsx", join(here, "draft-heap.ts"), String(units)], { encoding: "utf8", timeout: 300_000 });
  const line = run.stdout.split("\n").find((l) => l.startsWith("{"));
  if (run.status !== 0 || !line) return { units, fitted: false };
  const result = JSON.parse(line) as { unitRows: boolean; ms: number };
  return { units, fitted: true, unitRows: result.unitRows, ms: result.ms };
}

const here = dirname(fileURLToPath(import.meta.url));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r1 = (n: number) => Math.round(n * 10) / 10;

export async function benchDraftReport(options: {
  work: string; config: string; adminToken: string; runs: number; onServer: (stop: () => Promise<void>) => void;
}): Promise<DraftReportTiming> {
  const period = "2026-Q3";
  const lastYear = "2025-Q3";
  const dir = join(options.work, "draft-300");
  mkdirSync(dir, { recursive: true });
  const units = seededUnits({ tinh: 20, huyen: 40, xa: 240 });
  await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config]);
  const quarterly = formsOfPeriodType(forms, "quarter");
  const sql = seedSql(units, []).sql + quarterly
    .map((form) => exampleSql(form, units, form.columns.some(isNumeric) ? [period, lastYear] : [period]).sql)
    .join("");
  const file = join(dir, "seed.sql");
  writeFileSync(file, sql);
  await wrangler(["d1", "execute", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config, "--file", file], 180_000);
  const server = await startServer([options.config, String(await freePort()), dir, options.adminToken]);
  options.onServer(server.stop);
  try {
    const path = `/api/v1/reports/${period}.docx`;
    const pids = workerdPids(server);
    const get = () =>
      measured(pids, async () => {
        const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${options.adminToken}` } });
        const body = new Uint8Array(await response.arrayBuffer());
        if (response.status !== 200) throw new Error(`${path}: ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
        return body;
      });
    const cold = await get();
    const runs = [];
    for (let i = 0; i < options.runs; i++) runs.push(await get());
    const last = runs[runs.length - 1] ?? cold;
    return {
      path, units: units.length, forms: quarterly.map((f) => f.id),
      coldMs: Math.round(cold.ms), medianMs: Math.round(median(runs.map((r) => r.ms))), maxMs: Math.round(Math.max(...runs.map((r) => r.ms))),
      peakDeltaMb: r1(Math.max(cold.peakDeltaMb, ...runs.map((r) => r.peakDeltaMb))),
      bytes: last.result.byteLength,
      heap128: [underHeap(300), underHeap(100), underHeap(3300)],
    };
  } finally {
    await server.stop();
  }
}
