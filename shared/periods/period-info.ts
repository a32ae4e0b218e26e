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
  deadline: IsoDate;
}

/** The API's period object: id, type, data window and deadline. */
export function periodInfo(p: Period, config: DeadlineConfig): PeriodInfo {
  const { start, end } = dataWindow(p);
  return { id: p.id, type: p.type, start, end, deadline: deadlineOf(p, config) };
}
