import { performance } from "node:perf_hooks";
import { builtInHolidays } from "../shared/periods/index.ts";
import { EXAMPLE_PLANS } from "../shared/plan-tasks/example-plans.ts";
import { planProgress, type ProgressReport } from "../shared/plan-tasks/progress.ts";
import { unitProgressForm } from "../shared/plan-tasks/progress-form.ts";
import { DEFAULT_LEVELS, type Unit } from "../shared/units/levels.ts";

/** What consolidating a plan's progress costs for a whole country's units (the computation, D1 aside). */
export interface PlanProgressTiming {
  plan: string;
  units: number;
  tasks: number;
  reports: number;
  cells: number;
  overdue: number;
  medianMs: number;
  maxMs: number;
  heapDeltaMb: number;
}

/**
 * Each example plan's progress for 3,300 units (20 departments, 3,280 communes), every unit having
 * reported two quarters on all its tasks: `planProgress` run `runs` times, after one warm-up.
 */
export function benchPlanProgress(runs = 10): PlanProgressTiming[] {
  const units: Unit[] = [
    ...Array.from({ length: 20 }, (_, i): Unit => ({ code: `S${i}`, name: i === 0 ? "Sở Tư pháp" : `Sở ${i}`, level: "cap-tinh", parent: null })),
    ...Array.from({ length: 3280 }, (_, i): Unit => ({ code: `X${i}`, name: `Xã ${i}`, level: "cap-xa", parent: null })),
  ];
  return EXAMPLE_PLANS.map((plan) => {
    const statuses = ["done", "in_progress", "not_started", "not_arising"];
    const reports: ProgressReport[] = units.flatMap((unit, u) => {
      const form = unitProgressForm(plan, unit, DEFAULT_LEVELS);
      if (!form || form.rows.kind !== "fixed") return [];
      return ["2025-Q2", "2025-Q3"].map((periodId, p) => ({
        unitCode: unit.code, periodId,
        values: Object.fromEntries(form.rows.kind === "fixed" ? form.rows.rows.flatMap((row, r) => {
          const status = statuses[(u + r + p) % 4]!;
          return status === "done"
            ? [[`${row.id}.status`, status], [`${row.id}.done_on`, "2025-06-30"], [`${row.id}.output_doc`, `Số ${r}/KH-UBND ngày 30/06/2025`]]
            : [[`${row.id}.status`, status]];
        }) : []),
      }));
    });
    const run = () => planProgress(plan, units, DEFAULT_LEVELS, reports, "2025-12-31", builtInHolidays);
    run();
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const times: number[] = [];
    let last = run();
    for (let i = 0; i < runs; i++) {
      const t = performance.now();
      last = run();
      times.push(performance.now() - t);
    }
    const heapAfter = process.memoryUsage().heapUsed;
    times.sort((a, b) => a - b);
    return {
      plan: plan.id, units: units.length, tasks: plan.tasks.length, reports: reports.length,
      cells: reports.reduce((n, r) => n + Object.keys(r.values).length, 0), overdue: last.overdue.length,
      medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10, maxMs: Math.round(times.at(-1)! * 10) / 10,
      heapDeltaMb: Math.round((heapAfter - heapBefore) / 1e5) / 10,
    };
  });
}
