import type { FixedRow, FormDefinition } from "../forms/types.ts";
import type { PeriodType } from "../periods/period-id.ts";
import { filingLevel, type Level, type Levels, type Unit } from "../units/levels.ts";
import { tasksOfUnit, type Role } from "./assignment.ts";
import { dueText, partiesText } from "./due-text.ts";
import { taskNumber, type StoredPlan, type StoredTask } from "./stored-plan.ts";

/** A task's status as a unit reports it each period (issue 11). */
export const STATUS = { notStarted: "not_started", inProgress: "in_progress", done: "done", notArising: "not_arising" } as const;
export type Status = (typeof STATUS)[keyof typeof STATUS];

export const STATUS_OPTIONS: { value: Status; label: { vi: string; en: string } }[] = [
  { value: STATUS.notStarted, label: { vi: "Chưa thực hiện", en: "Not started" } },
  { value: STATUS.inProgress, label: { vi: "Đang thực hiện", en: "In progress" } },
  { value: STATUS.done, label: { vi: "Đã hoàn thành", en: "Done" } },
  { value: STATUS.notArising, label: { vi: "Không phát sinh", en: "Did not arise" } },
];

/** The columns a unit fills for each of its tasks. */
export const PROGRESS_COLUMN = { status: "status", doneOn: "done_on", output: "output_doc", note: "note" } as const;

/** The periods whose reports ask for a plan's progress: each quarter and the year, as the plans set it. */
export const PROGRESS_PERIOD_TYPES: PeriodType[] = ["quarter", "year"];

/** The form id of a plan's progress: "plan_" and the plan's id ("plan_hai_phong_2025"). */
export function progressFormId(planId: string): string {
  return `plan_${planId.replace(/-/g, "_")}`;
}

const ROLE_TEXT: Record<Role, string> = { lead: "Chủ trì", support: "Phối hợp" };

function taskRow(task: StoredTask, role: Role, levels: Levels): FixedRow {
  const number = taskNumber(task);
  const lines = [
    `Thời gian: ${dueText(task.due) || "không ghi"}`,
    `Đơn vị: ${ROLE_TEXT[role]}${role === "support" ? ` (chủ trì: ${partiesText(task.lead, levels) || "không ghi"})` : ""}`,
    ...(task.output ? [`Kết quả/sản phẩm: ${task.output}`] : []),
  ];
  return {
    id: task.id,
    label: { vi: `${number}. ${task.content}`, en: `${number}. ${task.content}` },
    short: { vi: `Nhiệm vụ ${number}`, en: `Task ${number}` },
    hint: { vi: lines.join("\n"), en: `Due: ${dueText(task.due)}. Role: ${role}.` },
    ...(task.due.kind === "recurring" ? {} : { carries: true }),
  };
}

/** A filled example: the first task done (with its date and document), a note on the second, the rest in progress. */
function progressExample(year: number, taskIds: readonly string[]): Record<string, string> {
  const values: Record<string, string> = {};
  taskIds.forEach((id, i) => {
    const key = (column: string) => `${id}.${column}`;
    values[key(PROGRESS_COLUMN.status)] = i === 0 ? STATUS.done : STATUS.inProgress;
    if (i === 0) {
      values[key(PROGRESS_COLUMN.doneOn)] = `${year}-06-30`;
      values[key(PROGRESS_COLUMN.output)] = `Số 01/KH-UBND ngày 30/06/${year}`;
    }
    if (i === 1) values[key(PROGRESS_COLUMN.note)] = "Đang tổng hợp ý kiến các phòng, ban.";
  });
  return values;
}

/**
 * A plan's progress as a form of its own for one unit: one row per task the unit leads or
 * supports, and the status, the date done, the output document and a note. Drafts, versions,
 * receipts, review, the sheet written into Excel and the upload page then treat it as any form.
 * A task marked done needs its date and its output document; a recurring task is reported each
 * period (nothing carries over by itself).
 */
export function progressForm(
  plan: Pick<StoredPlan, "id" | "title" | "year">,
  mine: readonly { task: StoredTask; role: Role }[],
  level: Level,
  levels: Levels,
): FormDefinition {
  const sheetName = `Tiến độ ${plan.id}`.slice(0, 31);
  return {
    id: progressFormId(plan.id),
    title: { vi: plan.title, en: plan.title },
    basis: { vi: plan.title, en: plan.title },
    filing: { levels: [level], periodTypes: PROGRESS_PERIOD_TYPES },
    rows: { kind: "fixed", rows: mine.map(({ task, role }) => taskRow(task, role, levels)) },
    columns: [
      { kind: "enum", id: PROGRESS_COLUMN.status, label: { vi: "Tình trạng", en: "Status" }, options: STATUS_OPTIONS },
      { kind: "date", id: PROGRESS_COLUMN.doneOn, label: { vi: "Ngày hoàn thành", en: "Date done" }, optional: true },
      {
        kind: "text", id: PROGRESS_COLUMN.output, optional: true, maxLength: 300,
        label: { vi: "Văn bản, sản phẩm (số, ngày)", en: "Output document (number, date)" },
        short: { vi: "Văn bản, sản phẩm", en: "Output document" },
      },
      { kind: "text", id: PROGRESS_COLUMN.note, optional: true, maxLength: 1000, label: { vi: "Ghi chú", en: "Note" } },
    ],
    rules: [
      {
        kind: "required_when", id: "done_needs_date_and_output", severity: "error",
        column: PROGRESS_COLUMN.status, values: [STATUS.done], require: [PROGRESS_COLUMN.doneOn, PROGRESS_COLUMN.output],
      },
    ],
    rates: [],
    layout: {
      code: "Tiến độ kế hoạch",
      sheetName,
      order: [PROGRESS_COLUMN.status, PROGRESS_COLUMN.doneOn, PROGRESS_COLUMN.output, PROGRESS_COLUMN.note],
      groups: [],
      leadColumns: [
        { vi: "STT", en: "No." },
        { vi: "Nhiệm vụ", en: "Task" },
        { vi: "Thời gian, vai trò, kết quả cần đạt", en: "Due, role, expected output" },
      ],
    },
    example: progressExample(plan.year, mine.map(({ task }) => task.id)),
  };
}

/** The plan's progress form as a unit files it, or null when none of the plan's tasks is the unit's. */
export function unitProgressForm(plan: StoredPlan, unit: Pick<Unit, "name" | "level">, levels: Levels): FormDefinition | null {
  const mine = tasksOfUnit(plan.tasks, unit, levels);
  return mine.length > 0 ? progressForm(plan, mine, filingLevel(levels, unit.level), levels) : null;
}
