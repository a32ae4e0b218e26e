import type { PlanProgress } from "../plan-tasks/progress.ts";
import type { Block, Table, TableCell } from "./model.ts";
import { vnDate } from "../text/vietnam-format.ts";

const sum = (progress: PlanProgress, key: keyof PlanProgress["tasks"][number]["counts"]) =>
  progress.tasks.reduce((n, task) => n + task.counts[key], 0);

/**
 * A plan's progress in the report's words: how many tasks, where the units stand on them, and the
 * lead units past a task's time, named with their tasks.
 */
export function planProgressBlocks(progress: PlanProgress): Block[] {
  const overdueUnits = new Map<string, string[]>();
  for (const line of progress.overdue) overdueUnits.set(line.unitName, [...(overdueUnits.get(line.unitName) ?? []), line.number]);
  const standing =
    `${progress.title}: ${progress.tasks.length} nhiệm vụ. Tính đến ngày ${vnDate(progress.asOf)}, theo báo cáo của các cơ quan, đơn vị: ` +
    `${sum(progress, "done")} lượt đã hoàn thành, ${sum(progress, "in_progress")} lượt đang thực hiện, ${sum(progress, "not_started")} lượt chưa thực hiện, ` +
    `${sum(progress, "not_arising")} lượt không phát sinh, ${sum(progress, "unreported")} lượt chưa báo cáo.`;
  const late = overdueUnits.size === 0
    ? "Không có nhiệm vụ nào quá hạn."
    : `Có ${progress.overdue.length} lượt nhiệm vụ quá hạn tại ${overdueUnits.size} đơn vị chủ trì: ` +
      [...overdueUnits].map(([name, numbers]) => `${name} (nhiệm vụ ${numbers.join(", ")})`).join("; ") + ".";
  return [{ kind: "paragraph", runs: [{ text: standing }] }, { kind: "paragraph", runs: [{ text: late }] }];
}

/** A plan's progress as an appendix table: each task, where the units stand, the lead units late. */
export function planProgressTable(progress: PlanProgress): Table {
  const head = (text: string): TableCell => ({ text, bold: true, align: "center" });
  const n = (value: number): TableCell => ({ text: String(value), align: "right" });
  return {
    widths: [6, 30, 12, 14, 6, 6, 6, 6, 6, 20],
    header: [[
      head("STT"), head("Nhiệm vụ"), head("Thời gian"), head("Chủ trì"), head("Đã hoàn thành"), head("Đang thực hiện"),
      head("Chưa thực hiện"), head("Không phát sinh"), head("Chưa báo cáo"), head(`Quá hạn đến ${vnDate(progress.asOf)} (số ngày làm việc)`),
    ]],
    rows: progress.tasks.map((task) => [
      { text: task.number }, { text: task.content }, { text: task.due }, { text: task.lead },
      n(task.counts.done), n(task.counts.in_progress), n(task.counts.not_started), n(task.counts.not_arising), n(task.counts.unreported),
      { text: task.units.filter((u) => u.overdueDays !== null).map((u) => `${u.unitName} (${u.overdueDays})`).join("; ") },
    ]),
  };
}
