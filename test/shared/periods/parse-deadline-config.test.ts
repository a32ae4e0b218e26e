import { describe, expect, it } from "vitest";
import { defaultDeadlineConfig } from "../../../shared/periods/deadline-config.ts";
import { deadlineOf } from "../../../shared/periods/deadlines.ts";
import { parseDeadlineConfig } from "../../../shared/periods/parse-deadline-config.ts";
import { parsePeriodId } from "../../../shared/periods/period-id.ts";
import type { Period } from "../../../shared/periods/period-id.ts";
import { isDayOff, isWorkingDay } from "../../../shared/periods/working-days.ts";

function period(id: string): Period {
  const p = parsePeriodId(id);
  if (!p) throw new Error(`bad id in test: ${id}`);
  return p;
}

describe("parseDeadlineConfig", () => {
  it("gives the default for an empty object", () => {
    const config = parseDeadlineConfig({});
    expect(config.rules).toEqual(defaultDeadlineConfig.rules);
    expect(deadlineOf(period("2026-02"), config)).toBe("2026-02-23");
  });

  it("replaces only the rules given", () => {
    const config = parseDeadlineConfig({ rules: { month: { kind: "working-days-after-end", days: 10 } } });
    expect(deadlineOf(period("2026-11"), config)).toBe("2026-11-27");
    expect(deadlineOf(period("2026-Q4"), config)).toBe("2026-12-18");
  });

  it("adds overrides", () => {
    const config = parseDeadlineConfig({ overrides: { "2026-11": "2026-11-25" } });
    expect(deadlineOf(period("2026-11"), config)).toBe("2026-11-25");
    expect(deadlineOf(period("2026-10"), config)).toBe("2026-10-19");
  });

  it("adds a holiday year and keeps the built-in ones", () => {
    const config = parseDeadlineConfig({ holidays: { years: { "2027": { add: ["2027-02-12"], remove: ["2027-02-20"] } } } });
    expect(isDayOff("2027-02-12", config.holidays)).toBe(true);
    expect(isWorkingDay("2027-02-20", config.holidays)).toBe(true);
    expect(isDayOff("2026-02-20", config.holidays)).toBe(true);
    expect(isWorkingDay("2026-01-10", config.holidays)).toBe(true);
  });

  it("lets a holiday year replace the built-in data of that year", () => {
    const config = parseDeadlineConfig({ holidays: { years: { "2026": {} } } });
    expect(isWorkingDay("2026-01-02", config.holidays)).toBe(true);
    expect(isDayOff("2026-01-10", config.holidays)).toBe(true);
    expect(defaultDeadlineConfig.holidays.years["2026"]?.add).toContain("2026-01-02");
  });

  it.each([
    [null, /the configuration must be an object/],
    [[], /the configuration must be an object/],
    ["{}", /the configuration must be an object/],
    [{ rule: {} }, /unknown key "rule"/],
    [{ rules: { monthly: { kind: "day-of-last-month", day: 18 } } }, /rules has unknown key "monthly"/],
    [{ rules: { month: { kind: "day-of-month", day: 18 } } }, /rules\.month\.kind must be/],
    [{ rules: { month: { day: 18 } } }, /rules\.month\.kind must be/],
    [{ rules: { month: { kind: "day-of-last-month", day: 0 } } }, /rules\.month\.day must be a whole number from 1 to 31, got 0/],
    [{ rules: { month: { kind: "day-of-last-month", day: 32 } } }, /rules\.month\.day/],
    [{ rules: { month: { kind: "day-of-last-month", day: "18" } } }, /rules\.month\.day .*got "18"/],
    [{ rules: { quarter: { kind: "day-of-last-month", day: 18, days: 3 } } }, /rules\.quarter has unknown key "days"/],
    [{ rules: { year: { kind: "working-days-after-end", days: -1 } } }, /rules\.year\.days/],
    [{ rules: { year: { kind: "working-days-after-end", days: 2.5 } } }, /rules\.year\.days/],
    [{ overrides: { "2026-13": "2026-12-01" } }, /overrides\.2026-13 is not a period id/],
    [{ overrides: { "2026-q4": "2026-12-01" } }, /overrides\.2026-q4 is not a period id/],
    [{ overrides: { "2026-11": "2026-11-31" } }, /overrides\.2026-11 must be an existing YYYY-MM-DD date/],
    [{ overrides: [] }, /overrides must be an object/],
    [{ holidays: { years: { "26": {} } } }, /holidays\.years\.26 is not a year/],
    [{ holidays: { year: {} } }, /holidays has unknown key "year"/],
    [{ holidays: { years: { "2027": { add: "2027-02-12" } } } }, /holidays\.years\.2027\.add must be an array/],
    [{ holidays: { years: { "2027": { add: ["2027-02-12", "12/02/2027"] } } } }, /holidays\.years\.2027\.add\[1\] must be an existing/],
    [{ holidays: { years: { "2027": { replaceComputed: "yes" } } } }, /replaceComputed must be true or false/],
    [{ holidays: { years: { "2027": { added: [] } } } }, /holidays\.years\.2027 has unknown key "added"/],
  ])("refuses %j", (json, message) => {
    expect(() => parseDeadlineConfig(json)).toThrow(message);
  });

  it("names the problem as a deadline configuration error", () => {
    expect(() => parseDeadlineConfig({ rules: { month: { kind: "x" } } })).toThrow(/^Invalid deadline configuration: /);
  });
});
