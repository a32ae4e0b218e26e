/**
 * The consolidated workbook of a quarter for N units × every form, built part by part in Node as
 * the worker builds it (shared/report-sheets/workbook-parts.ts, worker/export/report-workbook.ts),
 * under whatever heap limit the caller sets (the bench: --max-old-space-size=96, a Worker's 128 MB
 * less room for the worker's own code and the request's other objects).
 * `tsx bench/workbook-heap.ts 3300 [weight of a part] [period]`. Prints one JSON line; dies if a part does not fit.
 */
import { consolidate, type UnitInput } from "../shared/aggregation/consolidate.ts";
import { forms } from "../shared/forms/catalogue.ts";
import { scaledExample } from "../shared/forms/example.ts";
import { files, formsOfPeriodType } from "../shared/forms/filing.ts";
import { defaultDeadlineConfig, parsePeriodId, periodInfo } from "../shared/periods/index.ts";
import type { StatusLine } from "../shared/report-sheets/status-sheet.ts";
import { planWorkbook } from "../shared/report-sheets/workbook-parts.ts";
import { reportWorkbookPart } from "../worker/export/report-workbook.ts";
import { seededUnits } from "./seed.ts";

const count = Number(process.argv[2] ?? 3300);
/** The weight of a part: as given, else the worker's default for the registry's size. */
const budget = process.argv[3] ? Number(process.argv[3]) : undefined;
const period = periodInfo(parsePeriodId(process.argv[4] ?? "2026-Q3")!, defaultDeadlineConfig);
const xa = Math.round(count * 0.85);
const tinh = Math.round(count * 0.05);
const units = seededUnits({ tinh, huyen: count - xa - tinh, xa });
const quarterly = formsOfPeriodType(forms, period.type);
// Every form of the quarter with every unit that files it, and last year's same quarter beside it.
const reports = quarterly.map((form) => {
  const inputs = units.filter((u) => files(form, u.level, period.type)).map((unit, i): UnitInput => ({ unit, own: { values: scaledExample(form, 1 + (i % 4)), late: false } }));
  const report = consolidate(form, period, 1, inputs);
  return { form, report, lastYear: report };
});
const status: StatusLine[] = units.flatMap((u) => quarterly.filter((f) => files(f, u.level, period.type)).map((f) => ({
  unitCode: u.code, unitName: u.name, level: u.level, formId: f.id, state: "submitted" as const, version: 1, submittedAt: "2026-10-10T03:00:00.000Z", review: null,
})));
const input = { period, reports, status, warnings: [], targets: {}, producedAt: new Date() };

const started = performance.now();
const plan = planWorkbook(input, budget);
const planMs = performance.now() - started;
const partMs: number[] = [];
let bytes = 0;
let peakHeapMb = 0;
for (let i = 0; i < plan.parts.length; i++) {
  if (process.env.BENCH_TRACE) console.error("part", i, plan.parts[i]!.cells, plan.parts[i]!.weight, plan.parts[i]!.slices.map((s) => s.name).join("|"));
  const t = performance.now();
  bytes += (await reportWorkbookPart(input, plan, i)).byteLength;
  partMs.push(performance.now() - t);
  peakHeapMb = Math.max(peakHeapMb, process.memoryUsage().heapUsed / 1e6);
}
const sorted = [...partMs].sort((a, b) => a - b);
console.log(JSON.stringify({
  units: units.length, forms: quarterly.map((f) => f.id), parts: plan.parts.length,
  cells: plan.parts.reduce((n, p) => n + p.cells, 0), maxPartCells: Math.max(...plan.parts.map((p) => p.cells)), maxPartWeight: Math.max(...plan.parts.map((p) => p.weight)),
  planMs: Math.round(planMs), medianPartMs: Math.round(sorted[Math.floor(sorted.length / 2)]!), maxPartMs: Math.round(sorted[sorted.length - 1]!),
  totalMs: Math.round(performance.now() - started), bytes, heapAfterPartMb: Math.round(peakHeapMb),
}));
