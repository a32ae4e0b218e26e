import { describe, expect, it } from "vitest";
import { formatPeriodId, makePeriod, parsePeriodId } from "../../../shared/periods/period-id.ts";

describe("parsePeriodId", () => {
  it("reads each type of id", () => {
    expect(parsePeriodId("2026-11")).toEqual({ id: "2026-11", type: "month", year: 2026, index: 11 });
    expect(parsePeriodId("2026-Q4")).toEqual({ id: "2026-Q4", type: "quarter", year: 2026, index: 4 });
    expect(parsePeriodId("2026-H1")).toEqual({ id: "2026-H1", type: "half-year", year: 2026, index: 1 });
    expect(parsePeriodId("2026")).toEqual({ id: "2026", type: "year", year: 2026, index: 1 });
  });

  it.each(["2026-01", "2026-12", "2026-Q1", "2026-H2", "2026", "0002-01", "9999-Q4"])("prints %s back as it was read", (id) => {
    const period = parsePeriodId(id);
    expect(period).not.toBeNull();
    expect(period && formatPeriodId(period)).toBe(id);
  });

  it.each([
    "2026-q4", "2026-h1", "2026-1", "2026-13", "2026-00", "2026-Q5", "2026-Q0", "2026-H3", "2026-H0",
    " 2026-11", "2026-11 ", "2026 -11", "2026-11-01", "0000", "0000-01", "0001-01", "0001-Q1", "0001-H1", "0001", "0001-12", "26-11", "20261", "12026", "2026-M11", "",
  ])("rejects %j", (id) => {
    expect(parsePeriodId(id)).toBeNull();
  });
});

describe("makePeriod", () => {
  it("builds the id from the parts", () => {
    expect(makePeriod("month", 2026, 3).id).toBe("2026-03");
    expect(makePeriod("year", 7, 1).id).toBe("0007");
  });

  it("refuses parts that name no period", () => {
    expect(() => makePeriod("quarter", 2026, 5)).toThrow(RangeError);
    expect(() => makePeriod("month", 10000, 1)).toThrow(RangeError);
    expect(() => makePeriod("half-year", 2026, 1.5)).toThrow(RangeError);
  });
});
