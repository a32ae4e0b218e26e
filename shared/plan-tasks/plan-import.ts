import { readTaskTable, type TaskTableIssue } from "./read-task-table.ts";
import { taskNumber, withTaskIds, type StoredPlan, type StoredTask } from "./stored-plan.ts";

/** What the central office says of a plan it imports: the table itself says nothing of these. */
export interface PlanHeading {
  id: string;
  title: string;
  year: number;
  from: string;
  to: string;
}

/** What an import changes against the plan already stored under its id. */
export interface TaskChanges {
  replaces: boolean;
  added: string[];
  changed: string[];
  removed: string[];
}

/** Tasks of a stored plan against new ones, by id, named by number ("II.6.2"). */
export function taskChanges(before: readonly StoredTask[] | null, after: readonly StoredTask[]): TaskChanges {
  const old = new Map((before ?? []).map((task) => [task.id, task]));
  const now = new Set(after.map((task) => task.id));
  return {
    replaces: before !== null,
    added: after.filter((task) => !old.has(task.id)).map(taskNumber),
    changed: after.filter((task) => old.has(task.id) && JSON.stringify(old.get(task.id)) !== JSON.stringify(task)).map(taskNumber),
    removed: (before ?? []).filter((task) => !now.has(task.id)).map(taskNumber),
  };
}

/**
 * A plan read from its task table's cells: every issue by row and column, or the plan to store and
 * what it changes. A table without any task, or with one number twice in a section, is refused.
 */
export function planTaskImport(
  cells: readonly (readonly unknown[])[],
  heading: PlanHeading,
  existing: StoredPlan | null,
): { plan: StoredPlan | null; changes: TaskChanges; issues: TaskTableIssue[] } {
  const read = readTaskTable(cells, heading.year);
  const { tasks, repeated } = withTaskIds(read.tasks);
  const issues = [
    ...read.issues,
    ...repeated.map((number) => ({ row: 1, column: "STT", message: `Nhiệm vụ số ${number} xuất hiện hai lần trong cùng một mục: mỗi nhiệm vụ cần một số thứ tự riêng.` })),
  ];
  if (read.issues.length === 0 && tasks.length === 0) {
    issues.push({ row: 1, column: null, message: "Bảng không có nhiệm vụ nào dưới dòng tiêu đề." });
  }
  const none: TaskChanges = { replaces: existing !== null, added: [], changed: [], removed: [] };
  if (issues.length > 0) return { plan: null, changes: none, issues };
  return { plan: { ...heading, tasks }, changes: taskChanges(existing?.tasks ?? null, tasks), issues: [] };
}
