import type { FormValues } from "../forms/types.ts";
import { compareIsoDates, type IsoDate } from "../periods/calendar.ts";
import type { HolidayCalendar } from "../periods/holidays.ts";
import { parsePeriodId } from "../periods/period-id.ts";
import { dataWindow } from "../periods/windows.ts";
import { nextWorkingDayOnOrAfter, workingDaysAfter } from "../periods/working-days.ts";
import type { Levels, Unit } from "../units/levels.ts";
import { retirementStart } from "../units/succession.ts";
import { nameKey, roleFinder, unmatchedNames, type Role } from "./assignment.ts";
import { dueDate } from "./due.ts";
import { dueText, partiesText } from "./due-text.ts";
import { PROGRESS_COLUMN, STATUS, type Status } from "./progress-form.ts";
import { taskNumber, type StoredPlan, type StoredTask } from "./stored-plan.ts";

/** A unit's latest report of a plan's progress (its latest version). */
export interface ProgressReport {
  unitCode: string;
  periodId: string;
  values: FormValues;
}

/** Where one unit stands on one task, by its latest report. */
export interface UnitTaskState {
  unitCode: string;
  unitName: string;
  role: Role;
  /** null: the unit has not reported the task yet. */
  status: Status | null;
  doneOn: string | null;
  output: string | null;
  note: string | null;
  /** The period of the report this comes from. */
  periodId: string | null;
  /** Working days past the due day (moved off a day off) for a lead unit not done; null otherwise. */
  overdueDays: number | null;
}

export type StatusCounts = Record<Status | "unreported", number>;

export interface TaskProgress {
  id: string;
  number: string;
  content: string;
  due: string;
  /** The last day, moved to the next working day; null for a recurring task or one done when the need arises. */
  dueOn: IsoDate | null;
  lead: string;
  support: string;
  output: string;
  counts: StatusCounts;
  overdue: number;
  units: UnitTaskState[];
}

export interface UnitProgress {
  code: string;
  name: string;
  level: string;
  /** The period of its latest report, null when it has sent none. */
  periodId: string | null;
  tasks: number;
  counts: StatusCounts;
  overdue: number;
}

/** One line of the list to send reminders from: a lead unit, a task past its time and not done. */
export interface OverdueLine {
  unitCode: string;
  unitName: string;
  taskId: string;
  number: string;
  content: string;
  dueOn: IsoDate;
  days: number;
  status: Status | null;
}

export interface PlanProgress {
  planId: string;
  title: string;
  asOf: IsoDate;
  tasks: TaskProgress[];
  units: UnitProgress[];
  overdue: OverdueLine[];
  /** Named offices of the plan that match no unit of the registry. */
  unmatched: string[];
}

const zeroCounts = (): StatusCounts => ({ not_started: 0, in_progress: 0, done: 0, not_arising: 0, unreported: 0 });
const STATUSES = new Set<string>(Object.values(STATUS));

/** The report whose period ends last; between two ending together, the longer period's (the year over its Q4). */
function latestByUnit(reports: readonly ProgressReport[]): Map<string, ProgressReport> {
  const windows = new Map<string, { end: string; start: string }>();
  const rank = (report: ProgressReport) => {
    let window = windows.get(report.periodId);
    if (!window) {
      const period = parsePeriodId(report.periodId);
      window = period ? dataWindow(period) : { end: "", start: "" };
      windows.set(report.periodId, window);
    }
    return window;
  };
  const latest = new Map<string, ProgressReport>();
  for (const report of reports) {
    const held = latest.get(report.unitCode);
    if (!held) { latest.set(report.unitCode, report); continue; }
    const [a, b] = [rank(report), rank(held)];
    if (a.end > b.end || (a.end === b.end && a.start < b.start)) latest.set(report.unitCode, report);
  }
  return latest;
}

/** Whether a unit existed at some time between the plan's first and last months. */
function inPlan(unit: Unit, plan: Pick<StoredPlan, "from" | "to">): boolean {
  const start = dataWindow(parsePeriodId(plan.from)!).start;
  const end = dataWindow(parsePeriodId(plan.to)!).end;
  const begun = !unit.activeFrom || retirementStart(unit.activeFrom) <= end;
  const notYetGone = !unit.retiredFrom || retirementStart(unit.retiredFrom) > start;
  return begun && notYetGone;
}

const text = (value: unknown) => (typeof value === "string" && value.trim() !== "" ? value : null);

/**
 * Where a plan stands on `asOf` (Vietnam's date): each unit's status on each of its tasks by its
 * latest report, counted per task and per unit; a task whose time has passed and that its lead unit
 * has not done (nor reported as not arising) is overdue by the working days since its last day,
 * moved to the next working day when that is a day off. A unit created after a task's last day
 * does not owe it; nor does one merged away or retired by `asOf` (there is nobody to remind: its
 * successor reports from then on), whose status is still shown.
 */
export function planProgress(
  plan: StoredPlan,
  units: readonly Unit[],
  levels: Levels,
  reports: readonly ProgressReport[],
  asOf: IsoDate,
  calendar: HolidayCalendar,
): PlanProgress {
  const latest = latestByUnit(reports);
  const members = units.filter((unit) => inPlan(unit, plan)).map((unit) => ({ unit, key: { level: unit.level, key: nameKey(unit.name) } }));
  const unitRows = new Map<string, UnitProgress>(members.map(({ unit }) => [unit.code, {
    code: unit.code, name: unit.name, level: unit.level, periodId: latest.get(unit.code)?.periodId ?? null, tasks: 0, counts: zeroCounts(), overdue: 0,
  }]));
  const lateness = new Map<IsoDate, number>();
  const daysLate = (dueOn: IsoDate) => {
    let days = lateness.get(dueOn);
    if (days === undefined) lateness.set(dueOn, (days = workingDaysAfter(dueOn, asOf, calendar)));
    return days;
  };
  const overdue: OverdueLine[] = [];

  const tasks = plan.tasks.map((task: StoredTask): TaskProgress => {
    const last = dueDate(task.due);
    const dueOn = last ? nextWorkingDayOnOrAfter(last, calendar) : null;
    const counts = zeroCounts();
    const states: UnitTaskState[] = [];
    const roleOf = roleFinder(task, levels);
    for (const { unit, key } of members) {
      const role = roleOf(key);
      if (!role) continue;
      const report = latest.get(unit.code);
      const status = report ? report.values[`${task.id}.${PROGRESS_COLUMN.status}`] : undefined;
      const known = typeof status === "string" && STATUSES.has(status) ? (status as Status) : null;
      const owes = role === "lead" && dueOn !== null && compareIsoDates(asOf, dueOn) > 0 &&
        known !== STATUS.done && known !== STATUS.notArising &&
        !(unit.retiredFrom && retirementStart(unit.retiredFrom) <= asOf) &&
        !(unit.activeFrom && retirementStart(unit.activeFrom) > dueOn);
      const days = owes ? daysLate(dueOn) : 0;
      const state: UnitTaskState = {
        unitCode: unit.code, unitName: unit.name, role, status: known,
        doneOn: text(report?.values[`${task.id}.${PROGRESS_COLUMN.doneOn}`]),
        output: text(report?.values[`${task.id}.${PROGRESS_COLUMN.output}`]),
        note: text(report?.values[`${task.id}.${PROGRESS_COLUMN.note}`]),
        periodId: known ? report!.periodId : null,
        overdueDays: days > 0 ? days : null,
      };
      states.push(state);
      counts[known ?? "unreported"] += 1;
      const row = unitRows.get(unit.code)!;
      row.tasks += 1;
      row.counts[known ?? "unreported"] += 1;
      if (state.overdueDays !== null) {
        row.overdue += 1;
        overdue.push({
          unitCode: unit.code, unitName: unit.name, taskId: task.id, number: taskNumber(task), content: task.content,
          dueOn: dueOn!, days: state.overdueDays, status: known,
        });
      }
    }
    return {
      id: task.id, number: taskNumber(task), content: task.content, due: dueText(task.due), dueOn,
      lead: partiesText(task.lead, levels), support: partiesText(task.support, levels), output: task.output,
      counts, overdue: states.filter((s) => s.overdueDays !== null).length, units: states,
    };
  });

  overdue.sort((a, b) => b.days - a.days || a.unitCode.localeCompare(b.unitCode) || a.number.localeCompare(b.number, "vi", { numeric: true }));
  return {
    planId: plan.id, title: plan.title, asOf, tasks,
    units: [...unitRows.values()].filter((row) => row.tasks > 0),
    overdue,
    unmatched: unmatchedNames(plan.tasks, units),
  };
}
