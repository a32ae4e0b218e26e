import { describe, expect, it } from "vitest";
import {
  addDays,
  compareIsoDates,
  dayOfWeek,
  fromDayNumber,
  isoDate,
  parseIsoDate,
  toDayNumber,
  vietnamDate,
  endOfVietnamDay,
} from "../../../shared/periods/calendar.ts";

describe("parseIsoDate", () => {
  it("reads an existing date, leap days included", () => {
    expect(parseIsoDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(["2026-02-29", "2100-02-29", "2026-04-31", "2026-2-01", "2026-13-01", "0000-01-01", " 2026-01-01", "2026-01-01T00:00:00Z"])(
    "rejects %j",
    (text) => {
      expect(parseIsoDate(text)).toBeNull();
    },
  );
});

describe("date arithmetic", () => {
  it("crosses month and year ends", () => {
    expect(addDays("2025-12-31", 1)).toBe("2026-01-01");
    expect(addDays("2024-02-28", 1)).toBe("2024-02-29");
    expect(addDays("2026-03-01", -1)).toBe("2026-02-28");
    expect(addDays("2026-01-15", 365)).toBe("2027-01-15");
  });

  it("numbers days from 1970-01-01 in both directions, years 1 to 9999 included", () => {
    expect(toDayNumber("1970-01-01")).toBe(0);
    expect(toDayNumber("1969-12-31")).toBe(-1);
    for (const date of ["0001-01-01", "0099-03-01", "1900-02-28", "2026-11-18", "9999-12-31"]) {
      expect(fromDayNumber(toDayNumber(date))).toBe(date);
    }
  });

  it("knows the weekday (0 Sunday … 6 Saturday)", () => {
    expect(dayOfWeek("2026-04-18")).toBe(6);
    expect(dayOfWeek("2026-01-18")).toBe(0);
    expect(dayOfWeek("2026-11-18")).toBe(3);
    expect(dayOfWeek("0001-01-01")).toBe(1);
  });

  it("compares dates", () => {
    expect(compareIsoDates("2026-11-18", "2026-11-19")).toBeLessThan(0);
    expect(compareIsoDates("2027-01-01", "2026-12-31")).toBeGreaterThan(0);
    expect(compareIsoDates("2026-11-18", "2026-11-18")).toBe(0);
  });

  it("refuses dates that do not exist", () => {
    expect(() => isoDate(2026, 2, 29)).toThrow(RangeError);
    expect(() => addDays("9999-12-31", 1)).toThrow(RangeError);
    expect(() => toDayNumber("2026-02-30")).toThrow(RangeError);
  });
});

describe("endOfVietnamDay", () => {
  it("is the next midnight in Vietnam: the last second of the day is still that day there", () => {
    expect(endOfVietnamDay("2026-11-18")).toBe("2026-11-18T17:00:00.000Z");
    expect(vietnamDate(new Date(Date.parse(endOfVietnamDay("2026-12-31")) - 1000))).toBe("2026-12-31");
    expect(vietnamDate(endOfVietnamDay("2026-12-31"))).toBe("2027-01-01");
  });
});

describe("vietnamDate", () => {
  it("is the date at UTC+7", () => {
    expect(vietnamDate("2026-11-18T16:59:59Z")).toBe("2026-11-18");
    expect(vietnamDate("2026-11-18T17:00:00Z")).toBe("2026-11-19");
    expect(vietnamDate("2026-11-18T17:00:00.000Z")).toBe("2026-11-19");
    expect(vietnamDate("2026-11-19T00:30:00+07:00")).toBe("2026-11-19");
    expect(vietnamDate("2026-11-18T12:00:00-05:00")).toBe("2026-11-19");
    expect(vietnamDate(new Date(Date.UTC(2025, 11, 31, 17, 0, 0)))).toBe("2026-01-01");
    expect(vietnamDate(new Date(Date.UTC(2025, 11, 31, 16, 59, 59, 999)))).toBe("2025-12-31");
  });

  it("refuses strings whose meaning would depend on the host's time zone, and invalid instants", () => {
    expect(() => vietnamDate("2026-11-18T23:00:00")).toThrow(RangeError);
    expect(() => vietnamDate("2026-11-18")).toThrow(RangeError);
    expect(() => vietnamDate("yesterday")).toThrow(RangeError);
    expect(() => vietnamDate(new Date(Number.NaN))).toThrow(RangeError);
  });
});
