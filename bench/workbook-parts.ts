/**
 * The consolidated workbook of the main bench database (3,300 units, a quarter of every monthly
 * form derived from its months) as the worker serves it: in parts. Lists the parts, checks the whole
 * file is refused with the list, downloads every part as .xlsx and as the add-in's JSON, and
 * measures each request's time and the workerd processes' memory above their level before the first;
 * then the city's draft report of the same quarter.
 */
import { spawnSync } from "node:child_process";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { measured, rssMb, workerdPids } from "./uploads.ts";
import type { Server } from "./wrangler.ts";

export interface WorkbookPartsTiming {
  period: string;
  parts: number;
  /** The sheets cut into slices, and into how many. */
  slicedSheets: Record<string, number>;
  listMs: number;
  xlsx: { medianMs: number; maxMs: number; totalBytes: number; maxBytes: number };
  json: { medianMs: number; maxMs: number; maxBytes: number };
  /** The workerd processes' resident memory at its highest while the parts were built, above its level before the first (MB). */
  peakDeltaMb: number;
  /** The city's draft report (.docx) of the same quarter and units. */
  draft: { ms: number; bytes: number; peakDeltaMb: number };
}

/** What bench/workbook-heap.ts printed: every part of a quarter's workbook built in a 96 MB heap, or not. */
export interface WorkbookHeap {
  units: number;
  fitted: boolean;
  parts?: number;
  cells?: number;
  maxPartCells?: number;
  medianPartMs?: number;
  maxPartMs?: number;
  totalMs?: number;
  bytes?: number;
}

const here = dirname(fileURLToPath(import.meta.url));

/**
 * The workbook of a quarter with every form for `units` units, part by part, in Node under a 96 MB
 * heap: a Worker's 128 MB less room for the worker's own code and the request's other objects.
 */
export function workbookUnderHeap(units: number): WorkbookHeap {
  const run = spawnSync(process.execPath, ["--max-old-space-size=96", "--import", "tsx", join(here, "workbook-heap.ts"), String(units)], { encoding: "utf8", timeout: 300_000 });
  const line = run.stdout.split("\n").find((l) => l.startsWith("{"));
  if (run.status !== 0 || !line) return { units, fitted: false };
  return { ...(JSON.parse(line) as Omit<WorkbookHeap, "fitted">), fitted: true };
}

interface Part { part: number; fileName: string; sheets: string[]; cells: number }

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchWorkbookParts(server: Server, adminToken: string, period: string): Promise<WorkbookPartsTiming> {
  const headers = { Authorization: `Bearer ${adminToken}` };
  const get = async (path: string) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    const body = new Uint8Array(await response.arrayBuffer());
    if (response.status !== 200) throw new Error(`${path}: ${response.status} ${new TextDecoder().decode(body).slice(0, 300)}`);
    return body;
  };
  const t0 = performance.now();
  const parts = (JSON.parse(new TextDecoder().decode(await get(`/api/v1/report-parts/${period}`))) as { parts: Part[] }).parts;
  const listMs = performance.now() - t0;

  const whole = await fetch(`${server.url}/api/v1/reports/${period}.xlsx`, { headers });
  const refusal = (await whole.json()) as { error?: { code: string; parts: Part[] } };
  if (parts.length > 1 && (whole.status !== 409 || refusal.error?.code !== "workbook_in_parts" || refusal.error.parts.length !== parts.length)) {
    throw new Error(`the whole workbook of ${parts.length} parts answered ${whole.status} ${JSON.stringify(refusal).slice(0, 200)}`);
  }

  const pids = workerdPids(server);
  let peakDeltaMb = 0;
  const xlsx: { ms: number; bytes: number }[] = [];
  const json: { ms: number; bytes: number }[] = [];
  const level = rssMb(pids);
  for (const { part, sheets } of parts) {
    const file = await measured(pids, () => get(`/api/v1/reports/${period}.xlsx?part=${part}`));
    const data = await measured(pids, () => get(`/api/v1/report-sheets/${period}?part=${part}`));
    peakDeltaMb = Math.max(peakDeltaMb, file.peakMb - level, data.peakMb - level);
    xlsx.push({ ms: file.ms, bytes: file.result.byteLength });
    json.push({ ms: data.ms, bytes: data.result.byteLength });
    // The first and the last part read back: the sheets the list names, in its order.
    if (part === 1 || part === parts.length) {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(file.result.buffer.slice(file.result.byteOffset, file.result.byteOffset + file.result.byteLength) as ArrayBuffer);
      const names = workbook.worksheets.map((s) => s.name).join(", ");
      if (names !== sheets.join(", ")) throw new Error(`part ${part} has ${names}, the list says ${sheets.join(", ")}`);
    }
    const named = (JSON.parse(new TextDecoder().decode(data.result)) as { sheets: { name: string }[] }).sheets.map((s) => s.name).join(", ");
    if (named !== sheets.join(", ")) throw new Error(`part ${part} as JSON has ${named}, the list says ${sheets.join(", ")}`);
  }
  const level2 = rssMb(pids);
  const docx = await measured(pids, () => get(`/api/v1/reports/${period}.docx`));
  const draft = { ms: Math.round(docx.ms), bytes: docx.result.byteLength, peakDeltaMb: Math.round((docx.peakMb - level2) * 10) / 10 };
  const slicedSheets: Record<string, number> = {};
  for (const name of parts.flatMap((p) => p.sheets)) {
    const base = name.replace(/ \(\d+\)$/, "");
    slicedSheets[base] = (slicedSheets[base] ?? 0) + 1;
  }
  for (const [name, count] of Object.entries(slicedSheets)) if (count === 1) delete slicedSheets[name];
  return {
    period, parts: parts.length, slicedSheets, listMs: Math.round(listMs),
    xlsx: {
      medianMs: Math.round(median(xlsx.map((x) => x.ms))), maxMs: Math.round(Math.max(...xlsx.map((x) => x.ms))),
      totalBytes: xlsx.reduce((n, x) => n + x.bytes, 0), maxBytes: Math.max(...xlsx.map((x) => x.bytes)),
    },
    json: { medianMs: Math.round(median(json.map((x) => x.ms))), maxMs: Math.round(Math.max(...json.map((x) => x.ms))), maxBytes: Math.max(...json.map((x) => x.bytes)) },
    peakDeltaMb: Math.round(peakDeltaMb * 10) / 10,
    draft,
  };
}
