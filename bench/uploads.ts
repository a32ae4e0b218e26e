/**
 * Issue 15: uploads and spreadsheets under attack and under concurrency, on their own throwaway D1
 * and server. Each bomb is sent a few times: the time to its answer, the answer (413/400 and the
 * limit named), the workerd process's resident memory above what it held before (sampled every
 * 2 ms from /proc while the request runs), and how long another user's `GET /api/v1/me` sent at
 * the same moment waited. Then a real filled form uploaded, and ten downloads and ten uploads at
 * once, every answer checked.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import ExcelJS from "exceljs";
import { buildZip, repeated, sheetOf, WORKBOOK_PARTS, type ZipPart } from "../test/worker/zip-builder.ts";
import { freePort, startServer, wrangler, type Server } from "./wrangler.ts";

const PERIOD = "2026-09";

export interface BombTiming {
  name: string;
  fileBytes: number;
  status: number;
  limit: string | null;
  medianMs: number;
  maxMs: number;
  /** The workerd process's peak resident memory while answering, above its level just before (MB). */
  peakRssDeltaMb: number;
  /** Another user's GET /api/v1/me sent together with the bomb (median ms). */
  meMs: number;
}

export interface UploadTiming {
  fileBytes: number;
  medianMs: number;
  maxMs: number;
  peakRssDeltaMb: number;
}

export interface UploadsTiming {
  bombs: BombTiming[];
  upload: UploadTiming;
  /** The form with a sheet of 48,000 more cells: near the most an upload may hold. */
  largest: UploadTiming;
  parallel: { downloads: number; uploads: number; wallMs: number; statuses: Record<string, number> };
  workerdRssMb: number;
}

/** The pids of the server's workerd processes (same process group as the bench server). */
export function workerdPids(server: Server): number[] {
  const group = server.child.pid!;
  return readdirSync("/proc").filter((d) => /^\d+$/.test(d)).flatMap((d) => {
    try {
      const stat = readFileSync(`/proc/${d}/stat`, "utf8");
      const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      return Number(fields[2]) === group && readFileSync(`/proc/${d}/cmdline`, "utf8").includes("workerd") ? [Number(d)] : [];
    } catch {
      return [];
    }
  });
}

export const rssMb = (pids: readonly number[]) =>
  pids.reduce((sum, pid) => {
    try {
      return sum + Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, "utf8"))?.[1] ?? 0) / 1024;
    } catch {
      return sum;
    }
  }, 0);

/** Runs `work` while sampling the workerd processes' memory: its result, its time and the peak above the start. */
export async function measured<T>(pids: readonly number[], work: () => Promise<T>): Promise<{ result: T; ms: number; peakDeltaMb: number; peakMb: number }> {
  const before = rssMb(pids);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(pids))), 2);
  const t0 = performance.now();
  try {
    const result = await work();
    const ms = performance.now() - t0;
    peak = Math.max(peak, rssMb(pids));
    return { result, ms, peakDeltaMb: peak - before, peakMb: peak };
  } finally {
    clearInterval(sampler);
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const r1 = (n: number) => Math.round(n * 10) / 10;
const workbookWith = (...parts: ZipPart[]) => buildZip([...WORKBOOK_PARTS.filter((p) => !parts.some((q) => q.name === p.name)), ...parts]);

export async function benchUploads(options: { work: string; config: string; adminToken: string; runs: number; onServer: (stop: () => Promise<void>) => void }): Promise<UploadsTiming> {
  const dir = join(options.work, "uploads");
  await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config]);
  const server = await startServer([options.config, String(await freePort()), dir, options.adminToken]);
  options.onServer(server.stop);
  const central = { Authorization: `Bearer ${options.adminToken}` };
  const api = (path: string, init: RequestInit = {}) => fetch(`${server.url}${path}`, { ...init, headers: { ...central, ...init.headers } });
  try {
    for (let i = 0; i < 10; i++) {
      const put = await api(`/api/v1/units/BOMB-${i}`, { method: "PUT", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ name: `UBND xã ${i}`, level: "cap-xa", parent: null }) });
      if (put.status !== 201 && put.status !== 200) throw new Error(`unit BOMB-${i}: ${put.status}`);
    }
    const pids = workerdPids(server);
    if (pids.length === 0) throw new Error("no workerd process found under the bench server");
    const upload = (unit: string, body: Uint8Array) =>
      api(`/api/v1/uploads/${PERIOD}/${unit}`, { method: "POST", body }).then(async (r) => ({ status: r.status, body: await r.json() as { error?: { limit?: { name: string } } } }));

    const bombs: [string, Uint8Array][] = [
      ["sheet of 400 MB (honest directory)", await workbookWith(sheetOf(" ", 400 * 1024 * 1024))],
      ["sheet of 400 MB (directory says 1 KB)", await workbookWith(sheetOf(" ", 400 * 1024 * 1024, 1_000))],
      ["2 M shared strings (34 MB)", await workbookWith(sheetOf("<row/>", 1), { name: "xl/sharedStrings.xml", content: repeated("<si><t>x</t></si>", 2_000_000) })],
      ["1 M cells (28 MB)", await workbookWith(sheetOf('<c r="A1" t="s"><v>0</v></c>', 1_000_000))],
      ["1 M cells, directory says 1 KB", await workbookWith(sheetOf('<c r="A1" t="s"><v>0</v></c>', 1_000_000, 1_000))],
      ["50,001 cells in 1.3 MB", await workbookWith(sheetOf('<c r="A1"><v>1</v></c>', 50_001))],
      ["250,001 styles", await workbookWith(sheetOf("<row/>", 1), { name: "xl/styles.xml", content: repeated('<xf numFmtId="0"/>', 250_001) })],
    ];
    const results: BombTiming[] = [];
    for (const [name, file] of bombs) {
      const times: number[] = [];
      const mes: number[] = [];
      let peak = 0;
      let last: { status: number; body: { error?: { limit?: { name: string } } } } | null = null;
      for (let run = 0; run < options.runs; run++) {
        const m = await measured(pids, async () => {
          const t0 = performance.now();
          const [answer, meMs] = await Promise.all([
            upload("BOMB-0", file),
            api("/api/v1/me").then(async (r) => (await r.arrayBuffer(), performance.now() - t0)),
          ]);
          return { answer, meMs };
        });
        times.push(m.ms);
        mes.push(m.result.meMs);
        peak = Math.max(peak, m.peakDeltaMb);
        last = m.result.answer;
      }
      if (last!.status !== 413 && last!.status !== 400) throw new Error(`${name}: answered ${last!.status}`);
      results.push({
        name, fileBytes: file.byteLength, status: last!.status, limit: last!.body.error?.limit?.name ?? null,
        medianMs: r1(median(times)), maxMs: r1(Math.max(...times)), peakRssDeltaMb: r1(peak), meMs: r1(median(mes)),
      });
    }

    // A real form, downloaded and filled, uploaded as a unit does.
    const blank = await (await api(`/api/v1/forms/all.xlsx?period=${PERIOD}&unit=BOMB-1`)).arrayBuffer();
    const filledFor = async (unit: string, extraRows = 0) => {
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(blank);
      const set = (name: string, value: ExcelJS.CellValue) => {
        const range = workbook.definedNames.getRanges(name).ranges[0]!;
        const bang = range.lastIndexOf("!");
        workbook.getWorksheet(range.slice(0, bang).replace(/^'|'$/g, "").replace(/''/g, "'"))!.getCell(range.slice(bang + 1).replace(/\$/g, "")).value = value;
      };
      set("BC_dossiers._unit", unit);
      set("BC_centers._unit", unit);
      const values: Record<string, number> = {
        received_online: 5, received_direct: 3, carried_over: 2, resolved_early: 1, resolved_ontime: 4, resolved_late: 1,
        pending_intime: 2, pending_overdue: 1, returned: 1, tthc_total: 10, tthc_not_at_center: 2, full_cycle_done: 3, full_cycle_added: 1,
      };
      for (const [key, value] of Object.entries(values)) set(`BC_${key.startsWith("tthc") || key.startsWith("full") ? "centers" : "dossiers"}.${key}`, value);
      if (extraRows > 0) {
        const own = workbook.addWorksheet("Sổ theo dõi");
        for (let r = 1; r <= extraRows; r++) own.getRow(r).values = Array.from({ length: 10 }, (_, c) => (c === 0 ? `Hồ sơ số ${r}` : r * c));
      }
      return new Uint8Array(await workbook.xlsx.writeBuffer() as ArrayBuffer);
    };
    const timeUploads = async (file: Uint8Array) => {
      const times: number[] = [];
      let peak = 0;
      for (let run = 0; run < options.runs; run++) {
        const m = await measured(pids, () => upload("BOMB-1", file));
        if (m.result.status !== 201 && m.result.status !== 200) throw new Error(`filled form: answered ${m.result.status} ${JSON.stringify(m.result.body).slice(0, 300)}`);
        times.push(m.ms);
        peak = Math.max(peak, m.peakDeltaMb);
      }
      return { fileBytes: file.byteLength, medianMs: r1(median(times)), maxMs: r1(Math.max(...times)), peakRssDeltaMb: r1(peak) };
    };
    const filled = await timeUploads(await filledFor("BOMB-1"));
    // The largest file a unit could send: the form and its own sheet of 4,800 rows × 10 (under 50,000 cells in all).
    const largest = await timeUploads(await filledFor("BOMB-1", 4_800));

    // Ten downloads and ten uploads at once.
    const files = await Promise.all(Array.from({ length: 10 }, (_, i) => filledFor(`BOMB-${i}`)));
    const t0 = performance.now();
    const answers = await Promise.all([
      ...Array.from({ length: 10 }, (_, i) => api(`/api/v1/forms/all.xlsx?period=${PERIOD}&unit=BOMB-${i}`).then(async (r) => (await r.arrayBuffer(), r.status))),
      ...files.map((f, i) => upload(`BOMB-${i}`, f).then((a) => a.status)),
    ]);
    const wallMs = performance.now() - t0;
    const statuses: Record<string, number> = {};
    for (const s of answers) statuses[s] = (statuses[s] ?? 0) + 1;
    if (answers.some((s) => s >= 300)) throw new Error(`parallel: ${JSON.stringify(statuses)}`);

    return {
      bombs: results,
      upload: filled,
      largest,
      parallel: { downloads: 10, uploads: 10, wallMs: r1(wallMs), statuses },
      workerdRssMb: r1(rssMb(pids)),
    };
  } finally {
    await server.stop();
  }
}
