import { describe, expect, it } from "vitest";
import { builtInHolidays } from "../../shared/periods/index.ts";
import { checkForm } from "../../shared/forms/check-form.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { tasksOfUnit } from "../../shared/plan-tasks/assignment.ts";
import { planProgress, type ProgressReport } from "../../shared/plan-tasks/progress.ts";
import { progressForm } from "../../shared/plan-tasks/progress-form.ts";
import { haiPhong2025Tasks } from "../../shared/plan-tasks/hai-phong-2025-tasks.ts";
import { withTaskIds, type StoredPlan, type StoredTask } from "../../shared/plan-tasks/stored-plan.ts";
import type { PlanTask } from "../../shared/plan-tasks/types.ts";
import { DEFAULT_LEVELS, type Unit } from "../../shared/units/levels.ts";

const section = { number: "I", title: "Nhiệm vụ" };
const task = (number: string, due: PlanTask["due"], lead: PlanTask["lead"], support: PlanTask["support"] = []): PlanTask =>
  ({ number, section, content: `Nhiệm vụ ${number}`, due, lead, support, output: "Văn bản" });

const plan: StoredPlan = {
  id: "thu-2025", title: "Kế hoạch thử", year: 2025, from: "2025-01", to: "2025-12",
  tasks: withTaskIds([
    // Before 30/4/2025: 30/4–1/5 are holidays, 2/5 off in exchange for Saturday 26/4, then a weekend: the last day moves to Monday 5/5.
    task("1", { kind: "date", date: "2025-04-30" }, [{ kind: "departments" }], [{ kind: "level", level: "cap-xa" }]),
    // Tết 2025: 25/1–2/2 off; due end of January moves to Monday 3/2.
    task("2", { kind: "month", month: "2025-01" }, [{ kind: "level", level: "cap-xa" }]),
    task("3", { kind: "recurring" }, [{ kind: "departments" }]),
    task("4", { kind: "on-occurrence" }, [{ kind: "unit", name: "Sở Tư pháp" }]),
    task("5", { kind: "quarter", quarter: "2025-Q1" }, [{ kind: "unit", name: "UBND Phường Cũ" }]),
  ]).tasks,
};

const units: Unit[] = [
  { code: "SO-TP", name: "Sở Tư pháp", level: "cap-tinh", parent: null },
  { code: "SO-TC", name: "Sở Tài chính", level: "cap-tinh", parent: null },
  { code: "XA-1", name: "Phường Mới", level: "cap-xa", parent: null, activeFrom: "2025-07" },
  // Merged away from July: it owes what fell due before, not what fell due after.
  { code: "XA-0", name: "Ủy ban nhân dân Phường Cũ", level: "cap-xa", parent: null, retiredFrom: "2025-07", mergedInto: "XA-1" },
  { code: "SO-CU", name: "Sở Đã Giải Thể", level: "cap-tinh", parent: null, retiredFrom: "2024-01" },
];

const ids = (tasks: readonly StoredTask[]) => tasks.map((t) => t.id);

describe("who reports on which task", () => {
  it("gives each unit the tasks its level, the departments or its own name are given, leading over supporting", () => {
    expect(tasksOfUnit(plan.tasks, units[0]!, DEFAULT_LEVELS).map(({ task, role }) => `${task.id}:${role}`)).toEqual(["t_i_1:lead", "t_i_3:lead", "t_i_4:lead"]);
    expect(tasksOfUnit(plan.tasks, units[2]!, DEFAULT_LEVELS).map(({ task, role }) => `${task.id}:${role}`)).toEqual(["t_i_1:support", "t_i_2:lead"]);
    // "UBND" and "Ủy ban nhân dân" name the same office.
    expect(ids(tasksOfUnit(plan.tasks, units[3]!, DEFAULT_LEVELS).map(({ task }) => task))).toEqual(["t_i_1", "t_i_2", "t_i_5"]);
  });
});

describe("overdue, in working days across holidays", () => {
  const reports: ProgressReport[] = [
    { unitCode: "SO-TP", periodId: "2025-Q1", values: { "t_i_1.status": "in_progress", "t_i_3.status": "in_progress", "t_i_4.status": "not_arising" } },
    // A later report wins: done in Q2.
    { unitCode: "SO-TP", periodId: "2025-Q2", values: { "t_i_1.status": "done", "t_i_1.done_on": "2025-04-29", "t_i_1.output_doc": "Số 12/BC-STP", "t_i_3.status": "in_progress", "t_i_4.status": "not_arising" } },
    { unitCode: "SO-TC", periodId: "2025-Q2", values: { "t_i_1.status": "in_progress", "t_i_3.status": "not_started" } },
  ];

  it("is nothing on the last day, moved off the holidays and the weekend", () => {
    const progress = planProgress(plan, units, DEFAULT_LEVELS, reports, "2025-05-05", builtInHolidays);
    expect(progress.tasks[0]!.dueOn).toBe("2025-05-05");
    expect(progress.overdue.filter((o) => o.taskId === "t_i_1")).toEqual([]);
  });

  it("counts the working days after it: Tuesday 6/5 is the first, Monday 12/5 the fifth", () => {
    const progress = planProgress(plan, units, DEFAULT_LEVELS, reports, "2025-05-12", builtInHolidays);
    expect(progress.overdue.filter((o) => o.taskId === "t_i_1")).toEqual([
      expect.objectContaining({ unitCode: "SO-TC", days: 5, dueOn: "2025-05-05", status: "in_progress" }),
    ]);
    const first = progress.tasks[0]!;
    expect(first.counts).toEqual({ not_started: 0, in_progress: 1, done: 1, not_arising: 0, unreported: 2 });
    expect(first.units.find((u) => u.unitCode === "SO-TP")).toMatchObject({ status: "done", doneOn: "2025-04-29", output: "Số 12/BC-STP", periodId: "2025-Q2" });
    // The commune supports the task: supporting units are counted, never overdue.
    expect(first.units.find((u) => u.unitCode === "XA-1")).toMatchObject({ role: "support", status: null, overdueDays: null });
  });

  it("skips Tết: a task due at the end of January 2025 is 1 day late on Tuesday 4/2", () => {
    const progress = planProgress(plan, units, DEFAULT_LEVELS, [], "2025-02-04", builtInHolidays);
    const tet = progress.tasks.find((t) => t.id === "t_i_2")!;
    expect(tet.dueOn).toBe("2025-02-03");
    // The new ward began in July: it does not owe what fell due before it existed.
    expect(tet.units.map((u) => [u.unitCode, u.overdueDays])).toEqual([["XA-1", null], ["XA-0", 1]]);
  });

  it("never makes a recurring task, one that did not arise, or a unit gone by then overdue", () => {
    // In June the old ward still owes its two tasks; merged away in July, there is nobody left to remind.
    const june = planProgress(plan, units, DEFAULT_LEVELS, reports, "2025-06-13", builtInHolidays);
    expect(june.overdue.map((o) => `${o.unitCode}:${o.taskId}`).sort()).toEqual(["SO-TC:t_i_1", "XA-0:t_i_2", "XA-0:t_i_5"]);
    const progress = planProgress(plan, units, DEFAULT_LEVELS, reports, "2025-12-31", builtInHolidays);
    expect(progress.overdue.map((o) => `${o.unitCode}:${o.taskId}`).sort()).toEqual(["SO-TC:t_i_1"]);
    expect(progress.tasks.find((t) => t.id === "t_i_2")!.units.find((u) => u.unitCode === "XA-0")).toMatchObject({ status: null, overdueDays: null });
    expect(progress.units.map((u) => u.code)).not.toContain("SO-CU");
    expect(progress.unmatched).toEqual([]);
  });
});

describe("the progress form of a unit", () => {
  const mine = tasksOfUnit(haiPhong2025Tasks.tasks.map((t, i) => ({ ...t, id: withTaskIds(haiPhong2025Tasks.tasks).tasks[i]!.id })), units[0]!, DEFAULT_LEVELS);
  const form = checkForm(progressForm({ id: "hai-phong-2025", title: "Kế hoạch 2025", year: 2025 }, mine, "cap-tinh", DEFAULT_LEVELS));

  it("is a valid form whose example passes its rules", () => {
    expect(validateSubmission(form, form.example, { level: "cap-tinh" }).errors).toEqual([]);
  });

  it("asks every task's status, and a done task's date and output, and nothing more", () => {
    const blank = validateSubmission(form, {}, { level: "cap-tinh" });
    expect(blank.errors).toHaveLength(mine.length);
    expect(blank.errors.every((e) => e.columns[0]!.endsWith(".status"))).toBe(true);
    const first = mine[0]!.task.id;
    const { [`${first}.output_doc`]: _output, ...withoutOutput } = form.example;
    const done = validateSubmission(form, { ...withoutOutput, [`${first}.status`]: "done", [`${first}.done_on`]: "2025-13-01" }, { level: "cap-tinh" });
    // The malformed date is reported once, as malformed; the missing output as missing.
    expect(done.errors.map((e) => [e.rule, e.columns])).toEqual([["type", [`${first}.done_on`]], ["done_needs_date_and_output", [`${first}.output_doc`]]]);
  });
});

describe("prefilling from the previous period", () => {
  it("carries a task's status, date and output into the next report, but not a recurring task's", async () => {
    const { carriedOverFrom } = await import("../../shared/forms/prefill.ts");
    const mine = tasksOfUnit(plan.tasks, units[0]!, DEFAULT_LEVELS);
    const form = progressForm(plan, mine, "cap-tinh", DEFAULT_LEVELS);
    const before = {
      "t_i_1.status": "done", "t_i_1.done_on": "2025-04-29", "t_i_1.output_doc": "Số 12/BC-STP",
      "t_i_3.status": "done", "t_i_3.done_on": "2025-06-01", "t_i_3.output_doc": "Báo cáo quý II",
      "t_i_4.status": "not_arising",
    };
    expect(carriedOverFrom(form, before)).toEqual({
      "t_i_1.status": "done", "t_i_1.done_on": "2025-04-29", "t_i_1.output_doc": "Số 12/BC-STP", "t_i_4.status": "not_arising",
    });
  });
});

describe("the reminder list", () => {
  // 3/2 to 12/5/2025: 19 + 21 + 21 (7/4 and 30/4 off, Saturday 26/4 worked) + 6 working days; 31/3 to 12/5: 21 + 6.
  it("groups the overdue tasks by unit with their last day, days late and status", async () => {
    const { reminderText } = await import("../../shared/plan-tasks/reminder-text.ts");
    const progress = planProgress(plan, units, DEFAULT_LEVELS, [
      { unitCode: "SO-TC", periodId: "2025-Q2", values: { "t_i_1.status": "in_progress", "t_i_3.status": "not_started" } },
    ], "2025-05-12", builtInHolidays);
    expect(reminderText(progress)).toBe([
      "Các nhiệm vụ quá hạn của Kế hoạch thử, tính đến ngày 12/05/2025:",
      "1. Ủy ban nhân dân Phường Cũ (2 nhiệm vụ):",
      "   - Nhiệm vụ I.2: Nhiệm vụ 2 — hạn 03/02/2025, quá 67 ngày làm việc (chưa báo cáo).",
      "   - Nhiệm vụ I.5: Nhiệm vụ 5 — hạn 31/03/2025, quá 27 ngày làm việc (chưa báo cáo).",
      "2. Sở Tài chính (1 nhiệm vụ):",
      "   - Nhiệm vụ I.1: Nhiệm vụ 1 — hạn 05/05/2025, quá 5 ngày làm việc (đang thực hiện).",
      "3. Sở Tư pháp (1 nhiệm vụ):",
      "   - Nhiệm vụ I.1: Nhiệm vụ 1 — hạn 05/05/2025, quá 5 ngày làm việc (chưa báo cáo).",
    ].join("\n"));
  });
});

describe("names the registry writes otherwise", () => {
  it("matches «Sở Nội vụ Thành phố» to «Sở Nội vụ», and leaves out a department the plan excepts", async () => {
    const { partyNames } = await import("../../shared/plan-tasks/assignment.ts");
    expect(partyNames({ kind: "unit", name: "Sở Nội vụ Thành phố" }, { name: "Sở Nội vụ", level: "cap-tinh" }, DEFAULT_LEVELS)).toBe(true);
    expect(partyNames({ kind: "unit", name: "Văn phòng UBND Thành phố" }, { name: "Văn phòng Ủy ban nhân dân thành phố", level: "cap-tinh" }, DEFAULT_LEVELS)).toBe(true);
    const allBut = { kind: "departments" as const, except: ["Ban Quản lý Khu Kinh tế Hải Phòng"] };
    expect(partyNames(allBut, { name: "Ban quản lý khu kinh tế Hải Phòng", level: "cap-tinh" }, DEFAULT_LEVELS)).toBe(false);
    expect(partyNames(allBut, { name: "Sở Tư pháp", level: "cap-tinh" }, DEFAULT_LEVELS)).toBe(true);
  });
});
