/**
 * Issue 12's goals, each against the figure the bench measured: the submit path against the bare
 * route, the city report of every form, the draft report's memory. One line each, with the ratio
 * (figure ÷ goal for a ceiling, goal ÷ figure for a floor: above 1 misses).
 */
export interface Goal {
  name: string;
  figure: number;
  goal: number;
  /** "floor": the figure must reach the goal; "ceiling": it must not pass it. */
  kind: "floor" | "ceiling";
  unit: string;
}

export interface GoalLine extends Goal {
  ratio: number;
  met: boolean;
}

export function judge(goals: readonly Goal[]): GoalLine[] {
  return goals.map((goal) => {
    const ratio = goal.kind === "ceiling" ? goal.figure / goal.goal : goal.goal / Math.max(goal.figure, 1e-9);
    return { ...goal, ratio: Math.round(ratio * 100) / 100, met: ratio <= 1 };
  });
}

/** The goals of the figures a bench run gives (a figure not measured is left out). */
export function goalsOf(r: {
  ratios: { submitOverBareThroughput: number; submitOverBareP95: number };
  reports: readonly { name: string; medianMs: number }[];
  draft: { peakDeltaMb: number; heap128: readonly { units: number; fitted: boolean }[] } | null;
  nationalWorkbook: { peakDeltaMb: number; xlsx: { maxMs: number }; json: { maxMs: number }; draft: { peakDeltaMb: number; ms: number } } | null;
  workbookHeap: { fitted: boolean; maxPartMs?: number } | null;
  fiveYears: { bytes: number; limitBytes: number; monthReport: { medianMs: number } } | null;
  database: { projected5YearBytes: number; limitBytes: number } | null;
  planProgress: readonly { plan: string; medianMs: number }[] | null;
}): Goal[] {
  const goals: Goal[] = [
    { name: "submit throughput ÷ bare", figure: r.ratios.submitOverBareThroughput, goal: 0.5, kind: "floor", unit: "×" },
    { name: "submit p95 ÷ bare p95", figure: r.ratios.submitOverBareP95, goal: 2, kind: "ceiling", unit: "×" },
    ...r.reports
      .filter((report) => !report.name.startsWith(" ")) // the indented lines are parts of the report above them
      .map((report): Goal => ({ name: `city report ${report.name.replace(/: report$/, "")}`, figure: report.medianMs, goal: 100, kind: "ceiling", unit: "ms" })),
    ...(r.planProgress ?? []).map((p): Goal => ({ name: `plan progress ${p.plan}, 3,300 units`, figure: p.medianMs, goal: 100, kind: "ceiling", unit: "ms" })),
  ];
  // A Worker has 128 MB: the draft's building step must stay well inside it.
  // D1 holds 10 GB per database: five years of every form for 3,300 units must fit in one.
  if (r.database) {
    goals.push({ name: "database after 5 years, projected", figure: Math.round(r.database.projected5YearBytes / 1024 ** 2), goal: Math.round(r.database.limitBytes / 1024 ** 2), kind: "ceiling", unit: "MB" });
  }
  if (r.fiveYears) {
    goals.push({ name: "database of five years filled, every form", figure: Math.round(r.fiveYears.bytes / 1024 ** 2), goal: Math.round(r.fiveYears.limitBytes / 1024 ** 2), kind: "ceiling", unit: "MB" });
    goals.push({ name: "city report month, five years stored", figure: r.fiveYears.monthReport.medianMs, goal: 100, kind: "ceiling", unit: "ms" });
  }
  if (r.draft) goals.push({ name: "draft report, workerd peak above its level", figure: r.draft.peakDeltaMb, goal: 128, kind: "ceiling", unit: "MB" });
  // 3,300 units: each part of the workbook, and the draft, within a Worker's 128 MB and Workers Paid's default 30 s of CPU.
  if (r.nationalWorkbook) {
    const n = r.nationalWorkbook;
    goals.push({ name: "workbook parts, 3,300 units: workerd peak", figure: n.peakDeltaMb, goal: 128, kind: "ceiling", unit: "MB" });
    goals.push({ name: "workbook parts, 3,300 units: slowest part", figure: Math.max(n.xlsx.maxMs, n.json.maxMs), goal: 30_000, kind: "ceiling", unit: "ms" });
    goals.push({ name: "draft report, 3,300 units: workerd peak", figure: n.draft.peakDeltaMb, goal: 128, kind: "ceiling", unit: "MB" });
    goals.push({ name: "draft report, 3,300 units: time", figure: n.draft.ms, goal: 30_000, kind: "ceiling", unit: "ms" });
  }
  const tried = [...(r.workbookHeap ? [r.workbookHeap] : []), ...(r.draft?.heap128.filter((h) => h.units >= 3300) ?? [])];
  if (tried.length > 0) {
    goals.push({ name: "3,300 units in Node's 96/128 MB heap: fitted", figure: tried.filter((h) => h.fitted).length, goal: tried.length, kind: "floor", unit: "of" });
  }
  return goals;
}

/** The goals as lines of text: name, figure, goal, ratio, and what missed. */
export function goalsTable(lines: readonly GoalLine[]): string {
  const pad = (cells: string[], widths: number[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(" ").trimEnd();
  const w = [48, 10, 10, 8, 7];
  return [
    "Goals (issue 12): ratio above 1 misses",
    pad(["", "figure", "goal", "ratio", ""], w),
    ...lines.map((l) => pad([l.name, `${l.figure} ${l.unit}`, `${l.kind === "floor" ? "≥" : "≤"} ${l.goal} ${l.unit}`, String(l.ratio), l.met ? "met" : "MISSED"], w)),
  ].join("\n");
}
