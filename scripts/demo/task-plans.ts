import type { FormValues } from "../../shared/forms/types.ts";
import { addDays, dataWindow, parsePeriodId } from "../../shared/periods/index.ts";
import { dueDate } from "../../shared/plan-tasks/due.ts";
import { haiPhong2025Tasks } from "../../shared/plan-tasks/hai-phong-2025-tasks.ts";
import { haNoi2021Tasks } from "../../shared/plan-tasks/ha-noi-2021-tasks.ts";
import { PROGRESS_COLUMN, progressFormId, STATUS, unitProgressForm } from "../../shared/plan-tasks/progress-form.ts";
import { withTaskIds, type StoredPlan } from "../../shared/plan-tasks/stored-plan.ts";
import type { TaskPlan } from "../../shared/plan-tasks/types.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { random } from "./dossiers.ts";
import { quote, type Store } from "./seed-sql.ts";
import type { DemoUnit } from "./units.ts";
import { vnDate } from "../../shared/text/vietnam-format.ts";

/** A shipped plan as the demo loads it: its months, and the periods units have reported progress for. */
interface DemoTaskPlan {
  tasks: TaskPlan;
  year: number;
  from: string;
  to: string;
  reported: string[];
}

const DEMO_TASK_PLANS: DemoTaskPlan[] = [
  { tasks: haiPhong2025Tasks, year: 2025, from: "2025-01", to: "2025-12", reported: ["2025-Q2", "2025-Q3"] },
  { tasks: haNoi2021Tasks, year: 2021, from: "2022-01", to: "2025-12", reported: ["2025-Q2", "2025-Q3"] },
];

/** Units that never report progress: the central page shows them as not reported, their late tasks overdue. */
const SILENT = new Set(["QN-SO-12", "QN-HUYEN-03", "QN-XA-17"]);

/**
 * What a unit reports on its tasks at the end of a period: most tasks due by then done (with the
 * date and the document), some in progress or not started; recurring ones in progress or done; one
 * done when the need arises mostly "did not arise". A task done once stays done.
 */
function progressValues(plan: StoredPlan, unit: DemoUnit, periodId: string, before: FormValues | null, next: () => number): FormValues | null {
  const form = unitProgressForm(plan, unit, DEFAULT_LEVELS);
  if (!form || form.rows.kind !== "fixed") return null;
  const end = dataWindow(parsePeriodId(periodId)!).end;
  const values: FormValues = {};
  let document = 1;
  for (const row of form.rows.rows) {
    const task = plan.tasks.find((t) => t.id === row.id)!;
    const key = (column: string) => `${row.id}.${column}`;
    if (before?.[key(PROGRESS_COLUMN.status)] === STATUS.done && task.due.kind !== "recurring") {
      for (const column of Object.values(PROGRESS_COLUMN)) if (before[key(column)] !== undefined) values[key(column)] = before[key(column)]!;
      continue;
    }
    const r = next();
    const last = dueDate(task.due);
    const dueBy = last !== null && last <= end;
    const status = task.due.kind === "on-occurrence" ? (r < 0.7 ? STATUS.notArising : STATUS.done)
      : task.due.kind === "recurring" ? (r < 0.4 ? STATUS.done : STATUS.inProgress)
      : dueBy ? (r < 0.65 ? STATUS.done : r < 0.9 ? STATUS.inProgress : STATUS.notStarted)
      : r < 0.2 ? STATUS.done : r < 0.7 ? STATUS.inProgress : STATUS.notStarted;
    values[key(PROGRESS_COLUMN.status)] = status;
    if (status === STATUS.done) {
      const on = addDays(last !== null && last < end ? last : end, -Math.floor(next() * 20));
      values[key(PROGRESS_COLUMN.doneOn)] = on;
      values[key(PROGRESS_COLUMN.output)] = `Số ${10 + document++ * 7}/KH-${unit.code.replace(/^QN-/, "")} ngày ${vnDate(on)}`;
    } else if (status === STATUS.inProgress && r > 0.8) {
      values[key(PROGRESS_COLUMN.note)] = "Đang tổng hợp, dự kiến hoàn thành trong kỳ sau.";
    }
  }
  return values;
}

/**
 * The shipped plans stored as the central office's import would store them, and units' progress
 * reports on them, validated by the same rules as any report.
 */
export function seedTaskPlans(units: readonly DemoUnit[], store: Store, push: (sql: string) => void, now: string): void {
  for (const shipped of DEMO_TASK_PLANS) {
    const plan: StoredPlan = {
      id: shipped.tasks.id, title: shipped.tasks.title, year: shipped.year, from: shipped.from, to: shipped.to,
      tasks: withTaskIds(shipped.tasks.tasks).tasks,
    };
    push(
      `INSERT INTO task_plans (id, form_id, title, year, from_month, to_month, tasks_json, created_at, updated_at, updated_by) VALUES (${quote(plan.id)}, ${quote(progressFormId(plan.id))}, ${quote(plan.title)}, ${plan.year}, ${quote(plan.from)}, ${quote(plan.to)}, ${quote(JSON.stringify(plan.tasks))}, ${quote(now)}, ${quote(now)}, 'npm start');`,
    );
    units.forEach((unit, index) => {
      if (SILENT.has(unit.code)) return;
      const next = random(1000 + index);
      let before: FormValues | null = null;
      for (const periodId of shipped.reported) {
        const period = parsePeriodId(periodId)!;
        if (!activeIn(unit, dataWindow(period))) continue;
        const values = progressValues(plan, unit, periodId, before, next);
        if (!values) continue;
        before = store(period, unitProgressForm(plan, unit, DEFAULT_LEVELS)!, unit, values, [], -1 - Math.floor(next() * 3));
      }
    });
  }
}
