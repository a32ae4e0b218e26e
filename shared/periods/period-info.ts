import { DEFAULT_LEVELS, type Level, type Levels } from "../units/levels.ts";
import type { IsoDate } from "./calendar.ts";
import type { DeadlineConfig } from "./deadline-config.ts";
import { deadlineOf } from "./deadlines.ts";
import type { Period, PeriodType } from "./period-id.ts";
import { dataWindow } from "./windows.ts";

/** A period as the API shows it (`GET /api/v1/periods/{periodId}`). */
export interface PeriodInfo {
  id: string;
  type: PeriodType;
  start: IsoDate;
  end: IsoDate;
  /** The general deadline, or the level's when the period is shown to a unit of that level. */
  deadline: IsoDate;
  /** The deadline of each configured level (they differ when the configuration gives a level its own). */
  deadlines: Record<Level, IsoDate>;
}

/** The API's period object: id, type, data window and deadlines, `deadline` for `level` when given. */
export function periodInfo(p: Period, config: DeadlineConfig, level?: Level, levels: Levels = DEFAULT_LEVELS): PeriodInfo {
  const { start, end } = dataWindow(p);
  const deadlines = Object.fromEntries(levels.map((l) => [l.id, deadlineOf(p, config, l.id)]));
  return { id: p.id, type: p.type, start, end, deadline: deadlineOf(p, config, level), deadlines };
}
