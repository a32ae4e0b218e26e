import { addDays, compareIsoDates } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import type { HolidayCalendar } from "./holidays.ts";

function daysFromTo(first: IsoDate, last: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let day = first; compareIsoDates(day, last) <= 0; day = addDays(day, 1)) days.push(day);
  return days;
}

/**
 * The days off announced for civil servants, only for years whose announcements are known.
 * Other years fall back on the computed defaults; add a year here (or in the deployment's
 * deadline configuration) once the government announces it, usually in the autumn before.
 */
export const builtInHolidays: HolidayCalendar = {
  years: {
    // Bộ LĐ-TB&XH announcement (Tết 8–14/2, 2/9 with 3/9); VPCP 2450/VPCP-KGVX, 12/4/2024 (29/4 swapped with Sat 4/5).
    "2024": {
      replaceComputed: true,
      add: [...daysFromTo("2024-02-08", "2024-02-14"), "2024-04-18", "2024-04-29", "2024-09-03"],
      remove: ["2024-05-04"],
    },
    // Bộ LĐ-TB&XH announcements (Tết 25/1–2/2, 2/9 with 1/9); PM's approval, 2025 (Fri 2/5 swapped with Sat 26/4).
    "2025": {
      replaceComputed: true,
      add: [...daysFromTo("2025-01-25", "2025-02-02"), "2025-04-07", "2025-05-02", "2025-09-01"],
      remove: ["2025-04-26"],
    },
    // VPCP 12729/VPCP-KGVX, 25/12/2025 (Fri 2/1 swapped with Sat 10/1); VPCP, 13/10/2025 (Tết 14–22/2; 2/9 with 1/9, Mon 31/8 swapped with Sat 22/8).
    "2026": {
      add: ["2026-01-02", ...daysFromTo("2026-02-14", "2026-02-22"), "2026-08-31"],
      remove: ["2026-01-10", "2026-08-22"],
    },
  },
};
