import { describe, expect, it } from "vitest";
import { defaultDeadlineConfig } from "../../../shared/periods/deadline-config.ts";
import type { DeadlineConfig, DeadlineRule } from "../../../shared/periods/deadline-config.ts";
import { deadlineOf, isLate } from "../../../shared/periods/deadlines.ts";
import { parsePeriodId } from "../../../shared/periods/period-id.ts";
import type { Period } from "../../../shared/periods/period-id.ts";

function period(id: string): Period {
  const p = parsePeriodId(id);
  if (!p) throw new Error(`bad id in test: ${id}`);
  return p;
}

function withRule(rule: DeadlineRule): DeadlineConfig {
  return { ...defaultDeadlineConfig, rules: { month: rule, quarter: rule, "half-year": rule, year: rule } };
}

describe("default deadlines: the 18th of the last month, moved off days off", () => {
  it.each([
    ["2026-11", "2026-11-18"],
    ["2026-Q1", "2026-03-18"],
    ["2026-Q2", "2026-06-18"],
    ["2026-H1", "2026-06-18"],
    ["2026-H2", "2026-12-18"],
    ["2026", "2026-12-18"],
    ["2025-12", "2025-12-18"],
  ])("%s is due on %s, a working day", (id, deadline) => {
    expect(deadlineOf(period(id), defaultDeadlineConfig)).toBe(deadline);
  });

  it("moves a Saturday deadline to Monday", () => {
    expect(deadlineOf(period("2026-04"), defaultDeadlineConfig)).toBe("2026-04-20");
    expect(deadlineOf(period("2026-07"), defaultDeadlineConfig)).toBe("2026-07-20");
  });

  it("moves a Sunday deadline to Monday", () => {
    expect(deadlineOf(period("2026-01"), defaultDeadlineConfig)).toBe("2026-01-19");
    expect(deadlineOf(period("2026-10"), defaultDeadlineConfig)).toBe("2026-10-19");
  });

  it("moves a deadline inside Tết 2026 to the first working day after it", () => {
    expect(deadlineOf(period("2026-02"), defaultDeadlineConfig)).toBe("2026-02-23");
  });

  it("moves a deadline off a compensatory day", () => {
    const day27 = withRule({ kind: "day-of-last-month", day: 27 });
    expect(deadlineOf(period("2026-04"), day27)).toBe("2026-04-28");
    const day10 = withRule({ kind: "day-of-last-month", day: 10 });
    expect(deadlineOf(period("2027-02"), day10)).toBe("2027-02-12");
  });

  it("reads a day past the month's end as its last day", () => {
    const day31 = withRule({ kind: "day-of-last-month", day: 31 });
    expect(deadlineOf(period("2026-02"), day31)).toBe("2026-03-02");
    expect(deadlineOf(period("2026-04"), day31)).toBe("2026-05-04");
    expect(deadlineOf(period("2026-Q1"), day31)).toBe("2026-03-31");
  });
});

describe("working-day rules", () => {
  it("counts working days from the day after the data window ends", () => {
    const tenDays = withRule({ kind: "working-days-after-end", days: 10 });
    expect(deadlineOf(period("2026-11"), tenDays)).toBe("2026-11-27");
    expect(deadlineOf(period("2026-02"), tenDays)).toBe("2026-03-06");
    expect(deadlineOf(period("2026-Q2"), tenDays)).toBe("2026-06-26");
  });
});

describe("overrides", () => {
  it("takes an override as is, even on a day off, and only for its period", () => {
    const config: DeadlineConfig = { ...defaultDeadlineConfig, overrides: { "2026-11": "2026-11-22", "2026-Q4": "2027-01-05" } };
    expect(deadlineOf(period("2026-11"), config)).toBe("2026-11-22");
    expect(deadlineOf(period("2026-Q4"), config)).toBe("2027-01-05");
    expect(deadlineOf(period("2026-12"), config)).toBe("2026-12-18");
  });
});

describe("isLate", () => {
  it("keeps the whole deadline day in Vietnam on time", () => {
    expect(isLate("2026-11-18T16:59:59Z", "2026-11-18")).toBe(false);
    expect(isLate("2026-11-18T17:00:00Z", "2026-11-18")).toBe(true);
    expect(isLate("2026-11-17T17:00:00Z", "2026-11-18")).toBe(false);
    expect(isLate("2026-11-18T23:59:59+07:00", "2026-11-18")).toBe(false);
    expect(isLate("2026-11-19T00:00:00+07:00", "2026-11-18")).toBe(true);
  });

  it("accepts early submissions and Date objects", () => {
    expect(isLate("2026-10-20T03:00:00Z", "2026-11-18")).toBe(false);
    expect(isLate(new Date("2026-11-18T16:59:59.999Z"), "2026-11-18")).toBe(false);
    expect(isLate(new Date("2026-11-18T17:00:00.000Z"), "2026-11-18")).toBe(true);
  });
});
