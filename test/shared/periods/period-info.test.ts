import { describe, expect, it } from "vitest";
import { defaultDeadlineConfig } from "../../../shared/periods/deadline-config.ts";
import { FIRST_PERIOD_YEAR, parsePeriodId } from "../../../shared/periods/period-id.ts";
import { periodInfo } from "../../../shared/periods/period-info.ts";

const every = (day: string) => ({ "cap-tinh": day, "cap-huyen": day, "cap-xa": day });

describe("periodInfo", () => {
  it.each([
    ["2026-02", { id: "2026-02", type: "month", start: "2026-01-15", end: "2026-02-14", deadline: "2026-02-23", deadlines: every("2026-02-23") }],
    ["2026-Q1", { id: "2026-Q1", type: "quarter", start: "2025-12-15", end: "2026-03-14", deadline: "2026-03-18", deadlines: every("2026-03-18") }],
    ["2026-H2", { id: "2026-H2", type: "half-year", start: "2026-06-15", end: "2026-12-14", deadline: "2026-12-18", deadlines: every("2026-12-18") }],
    ["2027", { id: "2027", type: "year", start: "2026-12-15", end: "2027-12-14", deadline: "2027-12-20", deadlines: every("2027-12-20") }],
  ])("shows %s as the API does", (id, expected) => {
    const p = parsePeriodId(id);
    expect(p && periodInfo(p, defaultDeadlineConfig)).toEqual(expected);
  });
});

describe("the ends of the calendar: every period of the first and last years with periods works", () => {
  it.each([FIRST_PERIOD_YEAR, 9999])("year %i: each month, quarter, half and the year has a window and a deadline per level", (year) => {
    const ids = [
      ...Array.from({ length: 12 }, (_, i) => `${String(year).padStart(4, "0")}-${String(i + 1).padStart(2, "0")}`),
      ...[1, 2, 3, 4].map((q) => `${String(year).padStart(4, "0")}-Q${q}`),
      ...[1, 2].map((h) => `${String(year).padStart(4, "0")}-H${h}`),
      String(year).padStart(4, "0"),
    ];
    for (const id of ids) {
      const info = periodInfo(parsePeriodId(id)!, defaultDeadlineConfig);
      expect(info.start < info.end, id).toBe(true);
      expect(info.deadline >= info.end, id).toBe(true);
      expect(Object.keys(info.deadlines).sort(), id).toEqual(["cap-huyen", "cap-tinh", "cap-xa"]);
    }
  });

  it("year 1 names no period: its windows would begin in year 0", () => {
    for (const id of ["0001-01", "0001-02", "0001-Q1", "0001-H2", "0001"]) expect(parsePeriodId(id), id).toBeNull();
  });
});
