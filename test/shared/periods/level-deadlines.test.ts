import { describe, expect, it } from "vitest";
import { deadlineOf } from "../../../shared/periods/deadlines.ts";
import { parseDeadlineConfig } from "../../../shared/periods/parse-deadline-config.ts";
import { parsePeriodId, type Period } from "../../../shared/periods/period-id.ts";
import { periodInfo } from "../../../shared/periods/period-info.ts";
import { deadlinesText } from "../../../shared/periods/deadlines-text.ts";
import { activeLevelNamer, DEFAULT_LEVELS, levelNamer } from "../../../shared/units/levels.ts";

const period = (id: string): Period => parsePeriodId(id)!;

/**
 * Seed 002 (Quảng Ninh 2017): departments finish by 30/4, districts by 30/6. Here: communes report
 * by the 10th working day after the window, districts on the 15th, departments on the general 18th.
 */
const config = parseDeadlineConfig({
  overrides: { "2026-10": "2026-10-21" },
  levels: {
    "cap-xa": { rules: { month: { kind: "working-days-after-end", days: 1 } } },
    "cap-huyen": { rules: { month: { kind: "day-of-last-month", day: 15 } }, overrides: { "2026-12": "2026-12-16" } },
  },
});

describe("deadlines per level", () => {
  it("gives each level its own rule, moved past days off, and the others the general rule", () => {
    // 2026-11: the window ends Saturday 14/11; one working day after it is Monday 16/11.
    expect(deadlineOf(period("2026-11"), config, "cap-xa")).toBe("2026-11-16");
    expect(deadlineOf(period("2026-11"), config, "cap-huyen")).toBe("2026-11-16"); // Sunday 15/11 → Monday
    expect(deadlineOf(period("2026-11"), config, "cap-tinh")).toBe("2026-11-18");
    expect(deadlineOf(period("2026-11"), config)).toBe("2026-11-18");
  });

  it("puts a level's own override, then its own rule, before the general override", () => {
    expect(deadlineOf(period("2026-12"), config, "cap-huyen")).toBe("2026-12-16");
    expect(deadlineOf(period("2026-10"), config, "cap-huyen")).toBe("2026-10-15"); // its own rule over the general override
    expect(deadlineOf(period("2026-10"), config, "cap-tinh")).toBe("2026-10-21");
    expect(deadlineOf(period("2026-Q4"), config, "cap-xa")).toBe("2026-12-18"); // no quarterly rule of its own
  });

  it("answers every level's deadline in the period object, and the level's own as `deadline`", () => {
    const info = periodInfo(period("2026-11"), config, "cap-xa");
    expect(info.deadline).toBe("2026-11-16");
    expect(info.deadlines).toEqual({ "cap-tinh": "2026-11-18", "cap-huyen": "2026-11-16", "cap-xa": "2026-11-16" });
    expect(periodInfo(period("2026-11"), config).deadline).toBe("2026-11-18");
  });

  it("refuses an unknown level or a malformed level setting, naming the field", () => {
    expect(() => parseDeadlineConfig({ levels: { "cap-thon": {} } })).toThrow(/levels has unknown key "cap-thon"/);
    expect(() => parseDeadlineConfig({ levels: { "cap-xa": { rules: { month: { kind: "day-of-last-month", day: 40 } } } } })).toThrow(
      /levels\.cap-xa\.rules\.month\.day must be a whole number from 1 to 31, got 40/,
    );
    expect(() => parseDeadlineConfig({ levels: { "cap-xa": { overrides: { "2026-13": "2026-12-01" } } } })).toThrow(/levels\.cap-xa\.overrides\.2026-13 is not a period id/);
  });
});

describe("a period's deadlines in words", () => {
  const date = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  it("is one date when every level has it, else each level's, levels sharing a date together", () => {
    const vi = levelNamer(DEFAULT_LEVELS);
    expect(deadlinesText(periodInfo(period("2026-09"), parseDeadlineConfig({})), date, vi)).toBe("18/09/2026");
    expect(deadlinesText(periodInfo(period("2026-11"), config), date, vi)).toBe("Cấp tỉnh (sở, ban, ngành): 18/11/2026; Cấp huyện (trước 01/7/2025), Cấp xã: 16/11/2026");
    expect(deadlinesText(periodInfo(period("2026-11"), config), date, levelNamer(DEFAULT_LEVELS, "en"))).toBe(
      "Provincial departments: 18/11/2026; Districts (before 1 July 2025), Communes: 16/11/2026",
    );
    // Every level with its own rule on the same day: that day, not the general deadline no unit has.
    const day25 = { rules: { month: { kind: "day-of-last-month", day: 25 } } };
    const allOwn = parseDeadlineConfig({ levels: { "cap-tinh": day25, "cap-huyen": day25, "cap-xa": day25 } });
    expect(deadlinesText(periodInfo(period("2026-11"), allOwn), date, vi)).toBe("25/11/2026");
  });

  it("leaves out a historical level none of the period's units belongs to", () => {
    const info = periodInfo(period("2026-11"), config);
    expect(deadlinesText(info, date, activeLevelNamer(DEFAULT_LEVELS, [{ level: "cap-xa" }]))).toBe("Cấp tỉnh (sở, ban, ngành): 18/11/2026; Cấp xã: 16/11/2026");
    expect(deadlinesText(info, date, activeLevelNamer(DEFAULT_LEVELS, [{ level: "cap-huyen" }]))).toContain("Cấp huyện (trước 01/7/2025), Cấp xã: 16/11/2026");
  });
});
