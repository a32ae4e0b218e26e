import type { PlanProgress } from "./progress.ts";
import { STATUS_OPTIONS } from "./progress-form.ts";
import { vnDate } from "../text/vietnam-format.ts";

const statusText = (status: string | null) => STATUS_OPTIONS.find((o) => o.value === status)?.label.vi.toLowerCase() ?? "chưa báo cáo";

/**
 * The overdue list as the central office pastes it into a reminder (văn bản đôn đốc): one block per
 * unit, each task with its number, content, last day, working days late and reported status.
 */
export function reminderText(progress: Pick<PlanProgress, "title" | "asOf" | "overdue">): string {
  if (progress.overdue.length === 0) return `${progress.title}: không có nhiệm vụ quá hạn tính đến ngày ${vnDate(progress.asOf)}.`;
  const byUnit = new Map<string, PlanProgress["overdue"]>();
  for (const line of progress.overdue) byUnit.set(line.unitCode, [...(byUnit.get(line.unitCode) ?? []), line]);
  const blocks = [...byUnit.values()].map((lines, i) => [
    `${i + 1}. ${lines[0]!.unitName} (${lines.length} nhiệm vụ):`,
    ...lines.map((l) => `   - Nhiệm vụ ${l.number}: ${l.content} — hạn ${vnDate(l.dueOn)}, quá ${l.days} ngày làm việc (${statusText(l.status)}).`),
  ].join("\n"));
  return [`Các nhiệm vụ quá hạn của ${progress.title}, tính đến ngày ${vnDate(progress.asOf)}:`, ...blocks].join("\n");
}
