import type { GridSheet } from "../layout/grid.ts";
import type { PlanProgress } from "../plan-tasks/progress.ts";
import { tableSheet } from "./table-sheet.ts";
import { vnDate } from "../text/vietnam-format.ts";

/** The sheet name of a plan's progress: "Tiến độ" and the plan's id, within Excel's 31 characters. */
export const planProgressSheetName = (planId: string) => `Tiến độ ${planId}`.slice(0, 31);

/**
 * A plan's progress as the workbook gives it: each task with its time and lead, how many units
 * stand where, and the lead units past its time with the working days they are late.
 */
export function planProgressSheet(progress: PlanProgress): GridSheet {
  const rows = progress.tasks.map((task) => [
    task.number, task.content, task.due, task.dueOn ? vnDate(task.dueOn) : "", task.lead,
    task.counts.done, task.counts.in_progress, task.counts.not_started, task.counts.not_arising, task.counts.unreported, task.overdue,
    task.units.filter((u) => u.overdueDays !== null).map((u) => `${u.unitName} (${u.overdueDays} ngày)`).join("; "),
  ]);
  return tableSheet(
    planProgressSheetName(progress.planId),
    [
      { label: "STT", width: 8 }, { label: "Nhiệm vụ", width: 50 }, { label: "Thời gian", width: 18 }, { label: "Hạn (ngày làm việc)", width: 12 },
      { label: "Chủ trì", width: 26 }, { label: "Đã hoàn thành", width: 10 }, { label: "Đang thực hiện", width: 10 },
      { label: "Chưa thực hiện", width: 10 }, { label: "Không phát sinh", width: 10 }, { label: "Chưa báo cáo", width: 10 },
      { label: `Quá hạn đến ${vnDate(progress.asOf)}`, width: 12 }, { label: "Đơn vị chủ trì quá hạn (số ngày làm việc)", width: 50 },
    ],
    rows,
    "Kế hoạch chưa có nhiệm vụ.",
  );
}
