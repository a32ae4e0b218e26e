import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates, isoDate } from "../../../shared/periods/calendar.ts";
import { PERIOD_TYPES, makePeriod, parsePeriodId } from "../../../shared/periods/period-id.ts";
import type { Period } from "../../../shared/periods/period-id.ts";
import { dataWindow, lastMonthOf, monthsOf, partsOf, periodContaining, previousPeriod } from "../../../shared/periods/windows.ts";

function period(id: string): Period {
  const p = parsePeriodId(id);
  if (!p) throw new Error(`bad id in test: ${id}`);
  return p;
}

describe("dataWindow", () => {
  it.each([
    ["2026-01", "2025-12-15", "2026-01-14"],
    ["2026-03", "2026-02-15", "2026-03-14"],
    ["2026-11", "2026-10-15", "2026-11-14"],
    ["2026-12", "2026-11-15", "2026-12-14"],
    ["2026-Q1", "2025-12-15", "2026-03-14"],
    ["2026-Q2", "2026-03-15", "2026-06-14"],
    ["2026-Q4", "2026-09-15", "2026-12-14"],
    ["2026-H1", "2025-12-15", "2026-06-14"],
    ["2026-H2", "2026-06-15", "2026-12-14"],
    ["2026", "2025-12-15", "2026-12-14"],
  ])("%s runs from %s to %s", (id, start, end) => {
    expect(dataWindow(period(id))).toEqual({ start, end });
  });

  it("tiles time: each window starts the day after the previous one ends", () => {
    for (const type of PERIOD_TYPES) {
      let p = makePeriod(type, 2028, 1);
      for (let i = 0; i < 30; i++) {
        const before = previousPeriod(p);
        expect(dataWindow(p).start, p.id).toBe(addDays(dataWindow(before).end, 1));
        p = before;
      }
    }
  });
});

describe("monthsOf and lastMonthOf", () => {
  it("lists the months in order", () => {
    expect(monthsOf(period("2026-11")).map((m) => m.id)).toEqual(["2026-11"]);
    expect(monthsOf(period("2026-Q3")).map((m) => m.id)).toEqual(["2026-07", "2026-08", "2026-09"]);
    expect(monthsOf(period("2026-H2")).map((m) => m.id)).toEqual(["2026-07", "2026-08", "2026-09", "2026-10", "2026-11", "2026-12"]);
    expect(monthsOf(period("2026")).map((m) => m.id)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2026-${String(i + 1).padStart(2, "0")}`),
    );
  });

  it.each([
    ["2026-11", "2026-11"],
    ["2026-Q1", "2026-03"],
    ["2026-Q2", "2026-06"],
    ["2026-H1", "2026-06"],
    ["2026-H2", "2026-12"],
    ["2026", "2026-12"],
  ])("the last month of %s is %s", (id, month) => {
    expect(lastMonthOf(period(id))).toEqual(period(month));
  });
});

describe("previousPeriod", () => {
  it.each([
    ["2026-01", "2025-12"],
    ["2026-11", "2026-10"],
    ["2026-Q1", "2025-Q4"],
    ["2026-Q3", "2026-Q2"],
    ["2026-H1", "2025-H2"],
    ["2026-H2", "2026-H1"],
    ["2026", "2025"],
  ])("before %s comes %s", (id, previous) => {
    expect(previousPeriod(period(id))).toEqual(period(previous));
  });

  it("has none before year 2, the first with periods", () => {
    expect(() => previousPeriod(period("0002-01"))).toThrow(RangeError);
  });
});

describe("periodContaining", () => {
  it.each([
    ["2026-11-14", "month", "2026-11"],
    ["2026-11-15", "month", "2026-12"],
    ["2026-12-14", "month", "2026-12"],
    ["2026-12-15", "month", "2027-01"],
    ["2025-12-15", "quarter", "2026-Q1"],
    ["2026-03-14", "quarter", "2026-Q1"],
    ["2026-03-15", "quarter", "2026-Q2"],
    ["2026-06-14", "half-year", "2026-H1"],
    ["2026-06-15", "half-year", "2026-H2"],
    ["2026-12-15", "half-year", "2027-H1"],
    ["2026-12-14", "year", "2026"],
    ["2026-12-15", "year", "2027"],
    ["2026-01-01", "year", "2026"],
  ] as const)("%s falls in the %s %s", (date, type, id) => {
    expect(periodContaining(date, type)).toEqual(period(id));
  });

  it("agrees with dataWindow on every day of 2025–2027", () => {
    for (let date = "2025-01-01"; compareIsoDates(date, "2027-12-31") <= 0; date = addDays(date, 1)) {
      for (const type of PERIOD_TYPES) {
        const { start, end } = dataWindow(periodContaining(date, type));
        expect(compareIsoDates(start, date) <= 0 && compareIsoDates(date, end) <= 0, `${date} ${type}`).toBe(true);
      }
    }
  });

  it("refuses a date past the last period", () => {
    expect(() => periodContaining(isoDate(9999, 12, 15), "month")).toThrow(RangeError);
  });
});

describe("partsOf: the shorter periods that make up a period", () => {
  it("splits a year into quarters or halves, a half into quarters, and nothing into a longer type", () => {
    const ids = (id: string, type: "month" | "quarter" | "half-year" | "year") => partsOf(parsePeriodId(id)!, type).map((p) => p.id);
    expect(ids("2026", "quarter")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(ids("2026-H2", "quarter")).toEqual(["2026-Q3", "2026-Q4"]);
    expect(ids("2026", "half-year")).toEqual(["2026-H1", "2026-H2"]);
    expect(ids("2026-Q2", "month")).toEqual(["2026-04", "2026-05", "2026-06"]);
    expect(ids("2026-Q2", "quarter")).toEqual([]);
    expect(ids("2026-Q2", "year")).toEqual([]);
  });
});
