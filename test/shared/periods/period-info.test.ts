import { describe, expect, it } from "vitest";
import { defaultDeadlineConfig } from "../../../shared/periods/deadline-config.ts";
import { parsePeriodId } from "../../../shared/periods/period-id.ts";
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
