/**
 * The consolidated workbook for 300 units × every form of the catalogue (dossiers as the main seed
 * makes them, every other form from its example, for the units that file it), on its own throwaway
 * D1 (the main bench database holds 3,300 units), and the worker bundle's gzip size.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { gzipSync } from "node:zlib";
import ExcelJS from "exceljs";
import { forms, getForm } from "../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../shared/forms/filing.ts";
import type { FormDefinition } from "../shared/forms/types.ts";
import { timeInterleaved, type TimedResult } from "./load.ts";
import { dossiers, exampleSql, expectedTotal, seedSql, seededUnits } from "./seed.ts";
import { freePort, startServer, wrangler } from "./wrangler.ts";

/** What the workbook bench measured. */
export interface WorkbookTiming extends Omit<TimedResult, "body"> {
  path: string;
  units: number;
  sheets: string[];
  gzipBytes: number;
  /** The same sheets as JSON, as the add-in fetches them to insert into the open workbook. */
  sheetsJson: Omit<TimedResult, "body" | "samplesMs"> & { path: string; gzipBytes: number };
}

/**
 * 300 units (20 cap-tinh, 40 cap-huyen, 240 cap-xa) with a month of every form they file
 * on a fresh local D1, a second bench server, and timed GETs of the period's .xlsx. The last
 * workbook is read back with ExcelJS: five sheets, and each form's grand total equals the seed.
 */
export async function benchWorkbook(options: {
  work: string; config: string; adminToken: string; warmup: number; runs: number; onServer: (stop: () => Promise<void>) => void;
}): Promise<WorkbookTiming> {
  const period = "2026-09";
  const dir = join(options.work, "workbook-300");
  mkdirSync(dir, { recursive: true });
  const units = seededUnits({ tinh: 20, huyen: 40, xa: 240 });
  await wrangler(["d1", "migrations", "apply", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config]);
  const dossierSeed = seedSql(units, [period]);
  // Every other form of the catalogue from its example, for the units that file it in a month.
  const others = formsOfPeriodType(forms, "month").filter((f) => f.id !== "dossiers").map((form) => {
    const seed = exampleSql(form, units, [period]);
    return { form, sql: seed.sql, values: [...seed.values.values()].map((months) => months[0]!) };
  });
  const file = join(dir, "seed.sql");
  writeFileSync(file, dossierSeed.sql + others.map((o) => o.sql).join(""));
  await wrangler(["d1", "execute", "baocao-bench", "--local", "--persist-to", dir, "--config", options.config, "--file", file], 120_000);
  const server = await startServer([options.config, String(await freePort()), dir, options.adminToken]);
  options.onServer(server.stop);
  try {
    const path = `/api/v1/reports/${period}.xlsx`;
    const sheetsPath = `/api/v1/report-sheets/${period}`;
    const [timed, json] = await timeInterleaved([{
      name: `workbook ${period}, ${units.length} units × ${formsOfPeriodType(forms, "month").length} forms`,
      get: async () => {
        const response = await fetch(`${server.url}${path}`, { headers: { Authorization: `Bearer ${options.adminToken}` } });
        return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
      },
    }, {
      name: `report sheets ${period} as JSON`,
      get: async () => {
        const response = await fetch(`${server.url}${sheetsPath}`, { headers: { Authorization: `Bearer ${options.adminToken}` } });
        return { status: response.status, body: new Uint8Array(await response.arrayBuffer()) };
      },
    }], options.warmup, options.runs);
    const { body, ...rest } = timed!;
    const grids = JSON.parse(new TextDecoder().decode(json!.body)) as { sheets: { name: string }[] };
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength) as ArrayBuffer);
    const sheets = workbook.worksheets.map((s) => s.name);
    const monthly = formsOfPeriodType(forms, "month");
    if (sheets.length !== monthly.length + 5) throw new Error(`the workbook has ${sheets.length} sheets: ${sheets.join(", ")}`);
    const jsonNames = grids.sheets.map((s) => s.name).join(", ");
    if (jsonNames !== sheets.join(", ")) throw new Error(`the report sheets JSON has ${jsonNames}, the workbook ${sheets.join(", ")}`);
    // Each form's grand total of its first column equals the seed (dossiers: the received total).
    const expected: [FormDefinition, string, number][] = [
      [getForm("dossiers")!, "received_total", expectedTotal(dossiers, units.map((u) => [dossierSeed.values.get(u.code)![0]!])).received_total!],
      ...others.map(({ form, values }): [FormDefinition, string, number] => {
        const first = form.layout.order[0]!;
        return [form, first, values.reduce((sum, v) => sum + ((v[first] as number) ?? 0), 0)];
      }),
    ];
    for (const [form, columnId, want] of expected) {
      const sheet = workbook.getWorksheet(form.layout.sheetName)!;
      let got: unknown;
      sheet.eachRow((row) => {
        if (row.getCell(2).value === "TỔNG CỘNG") {
          const index = form.layout.leadColumns.length + form.layout.order.indexOf(columnId) + 1;
          const value = row.getCell(index).value as ExcelJS.CellFormulaValue;
          got = value.result;
        }
      });
      if (got !== want) throw new Error(`workbook ${form.id}: grand total ${columnId} ${String(got)}, expected ${want}`);
    }
    const { body: jsonBody, samplesMs: _, ...jsonRest } = json!;
    return {
      ...rest, path, units: units.length, sheets, gzipBytes: gzipSync(body).byteLength,
      sheetsJson: { ...jsonRest, path: sheetsPath, gzipBytes: gzipSync(jsonBody).byteLength },
    };
  } finally {
    await server.stop();
  }
}

/** The worker's bundle as `wrangler deploy --dry-run` writes it (no assets, nothing uploaded): bytes and gzip bytes. */
export async function bundleSize(root: string, work: string): Promise<{ bytes: number; gzipBytes: number; wranglerGzipKiB: number | null }> {
  const dir = join(work, "bundle");
  mkdirSync(dir, { recursive: true });
  // The real entry and compatibility date, without the assets directory (it may not be built).
  const jsonc = readFileSync(join(root, "wrangler.jsonc"), "utf8");
  const field = (name: string) => new RegExp(`"${name}"\\s*:\\s*"([^"]+)"`).exec(jsonc)?.[1];
  const config = join(dir, "wrangler.json");
  writeFileSync(config, JSON.stringify({
    name: "baocao", main: join(root, field("main") ?? "worker/index.ts"), compatibility_date: field("compatibility_date") ?? "2025-09-01",
  }));
  const out = join(dir, "out");
  const printed = await wrangler(["deploy", "--dry-run", "--config", config, "--outdir", out]);
  const script = readdirSync(out).find((f) => f.endsWith(".js"));
  if (!script) throw new Error(`wrangler deploy --dry-run wrote no script in ${out}`);
  const bytes = readFileSync(join(out, script));
  const kib = /gzip:\s*([\d.]+)\s*KiB/.exec(printed);
  return { bytes: bytes.byteLength, gzipBytes: gzipSync(bytes, { level: 9 }).byteLength, wranglerGzipKiB: kib ? Number(kib[1]) : null };
}
