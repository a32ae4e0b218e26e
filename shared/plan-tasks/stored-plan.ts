import { foldText } from "../text/fold.ts";
import type { PlanTask } from "./types.ts";

/** A task as the worker keeps it: with an id that stays while its wording is edited. */
export interface StoredTask extends PlanTask {
  /** `t_` and its section and number ("t_ii_6_2"): a row id of the progress form. */
  id: string;
}

/**
 * A plan whose tasks units report on: its tasks, and the months whose periods ask for progress
 * (`from`–`to`, YYYY-MM; a period belongs when its last month does).
 */
export interface StoredPlan {
  id: string;
  title: string;
  /** The year a due time without a year falls in. */
  year: number;
  from: string;
  to: string;
  tasks: StoredTask[];
  updatedAt?: string;
  updatedBy?: string;
}

/** A plan's id: lower-case letters, digits and hyphens ("hai-phong-2025"). */
export const PLAN_ID = /^[a-z0-9][a-z0-9-]{0,47}$/;

/** The id of a task from its section and number: "II" and "6.2" give "t_ii_6_2". */
export function taskIdOf(task: Pick<PlanTask, "number" | "section">): string {
  const part = (text: string) => foldText(text).replace(/[^a-z0-9]+/g, "_").replace(/^_|_$/g, "");
  return ["t", part(task.section.number), part(task.number)].filter(Boolean).join("_");
}

/** Tasks with their ids; two tasks with one number in one section are named, nothing else is changed. */
export function withTaskIds(tasks: readonly PlanTask[]): { tasks: StoredTask[]; repeated: string[] } {
  const seen = new Set<string>();
  const repeated: string[] = [];
  const stored = tasks.map((task) => {
    const id = taskIdOf(task);
    if (seen.has(id)) repeated.push(`${task.section.number ? `${task.section.number}.` : ""}${task.number}`);
    seen.add(id);
    return { id, ...task };
  });
  return { tasks: stored, repeated };
}

/** "II.6.2": a task's number with its section, as messages and tables print it. */
export function taskNumber(task: Pick<PlanTask, "number" | "section">): string {
  return task.section.number ? `${task.section.number}.${task.number}` : task.number;
}

/** Whether a period (by its last month, YYYY-MM) asks for progress on the plan. */
export function planCovers(plan: Pick<StoredPlan, "from" | "to">, lastMonth: string): boolean {
  return lastMonth >= plan.from && lastMonth <= plan.to;
}
