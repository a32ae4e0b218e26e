import type { Levels } from "../units/levels.ts";
import { dueText, partyText } from "./due-text.ts";
import type { Party, PlanTask } from "./types.ts";

/** The header of a task table, as the plans print it and as readTaskTable finds it. */
export const TASK_TABLE_HEADER = ["STT", "Nội dung công việc", "Thời gian thực hiện", "Đơn vị chủ trì", "Đơn vị phối hợp", "Kết quả/sản phẩm"] as const;

/** Parties one per line with a dash, as the plans' cells list them. */
const partiesCell = (parties: readonly Party[], levels: Levels) =>
  parties.length <= 1 ? parties.map((p) => partyText(p, levels)).join("") : parties.map((p) => `- ${partyText(p, levels)}`).join("\n");

/**
 * A plan's tasks laid out as the plans' tables (the layout an import reads): the header, a row per
 * Roman-numbered section and per numbered heading, then the tasks. Read back, it gives the same tasks.
 */
export function taskTableCells(tasks: readonly PlanTask[], levels: Levels): string[][] {
  const rows: string[][] = [[...TASK_TABLE_HEADER]];
  let section: string | null = null;
  let group: string | null = null;
  for (const task of tasks) {
    if (task.section.number !== section) {
      section = task.section.number;
      group = null;
      if (section) rows.push([section, task.section.title, "", "", "", ""]);
    }
    if (task.group && task.group.number !== group) {
      group = task.group.number;
      rows.push([group, task.group.title, "", "", "", ""]);
    } else if (!task.group) {
      group = null;
    }
    rows.push([task.number, task.content, dueText(task.due), partiesCell(task.lead, levels), partiesCell(task.support, levels), task.output]);
  }
  return rows;
}
