import type { Level } from "../units/levels.ts";
import type { PeriodInfo } from "./period-info.ts";

/**
 * A period's deadline in words: the one date when every level has it, else each level's
 * ("Cấp tỉnh: 18/11/2026; Cấp xã: 16/11/2026"), levels sharing a date named together; a level
 * `levelName` answers null for (a historical level no unit of the period belongs to) is left out.
 */
export function deadlinesText(info: Pick<PeriodInfo, "deadline" | "deadlines">, date: (iso: string) => string, levelName: (id: Level) => string | null): string {
  const byDate = new Map<string, string[]>();
  for (const [level, day] of Object.entries(info.deadlines)) {
    const name = levelName(level);
    if (name !== null) byDate.set(day, [...(byDate.get(day) ?? []), name]);
  }
  if (byDate.size <= 1) return date([...byDate.keys()][0] ?? info.deadline); // every level's own, perhaps not the general one
  return [...byDate].map(([day, levels]) => `${levels.join(", ")}: ${date(day)}`).join("; ");
}
