import type { IsoDate } from "../../shared/periods/calendar.ts";
import { vnDate } from "../../shared/text/vietnam-format.ts";
import { levelName, type Levels } from "../../shared/units/levels.ts";
import type { Me, PeriodWithLock } from "./api-types.ts";
import type { UnitOnFile } from "./upload-session.ts";

/** Who asks, and for which unit: what decides the deadline the note gives. */
export interface DeadlineAsker {
  role: Me["role"] | null;
  /** The unit code typed in step 2. */
  unitCode: string;
  units: ReadonlyMap<string, UnitOnFile> | null;
  levels: Levels;
  today: IsoDate;
}

const LATE = " Đã quá hạn: vẫn gửi được, báo cáo được ghi là gửi muộn.";
const LOCKED = " Kỳ này đã khóa: Văn phòng không nhận thêm báo cáo.";

/**
 * The deadline and whether it is past. A unit's token gets its own level's deadline as `deadline`.
 * The central office gets the general one: it is told the deadline of the unit it files for when
 * that unit is known, else each level's, and "overdue" only for the levels whose deadline is past.
 */
export function deadlineNote(period: Pick<PeriodWithLock, "deadline" | "deadlines" | "locked">, asker: DeadlineAsker): string {
  const { unitCode, units, levels, today } = asker;
  const after = (past: boolean) => (period.locked ? LOCKED : past ? LATE : "");
  if (asker.role !== "central") return `hạn gửi ${vnDate(period.deadline)}.${after(period.deadline < today)}`;

  const unit = units?.get(unitCode);
  const own = unit && period.deadlines[unit.level];
  if (unit && own) return `hạn gửi của ${unit.name} (${levelName(levels, unit.level)}) ${vnDate(own)}.${after(own < today)}`;
  // A code the central office mistyped: say so before the deadlines of every level.
  const unknown = units && unitCode && !unit ? `không có đơn vị mã «${unitCode}» trong danh sách; ` : "";

  const levelsByDate = new Map<IsoDate, string[]>();
  // A historical level (the districts before 1 July 2025) is named only for a unit of its own.
  for (const level of levels) {
    const date = period.deadlines[level.id];
    if (level.historical || !date) continue;
    levelsByDate.set(date, [...(levelsByDate.get(date) ?? []), level.name.vi]);
  }
  const dates = [...levelsByDate.keys()];
  const past = dates.filter((date) => date < today);
  if (dates.length === 1) return `${unknown}hạn gửi ${vnDate(dates[0]!)}.${after(past.length > 0)}`;

  const text = `${unknown}hạn gửi: ${dates.map((date) => `${levelsByDate.get(date)!.join(", ")} ${vnDate(date)}`).join("; ")}.`;
  if (period.locked) return text + LOCKED;
  if (past.length === dates.length) return text + LATE;
  if (past.length === 0) return text;
  const lateLevels = past.flatMap((date) => levelsByDate.get(date)!);
  return `${text} Đã quá hạn với ${lateLevels.join(", ")}: báo cáo của đơn vị các cấp này được ghi là gửi muộn.`;
}
