import { describe, expect, it } from "vitest";
import { addDays, compareIsoDates } from "../../../shared/periods/calendar.ts";
import { hungKingsDayOf, lastDayOfLunarYear, lunarToSolar, solarToLunar, tetOf } from "../../../shared/periods/lunar.ts";

describe("Tết (lunar 1/1)", () => {
  it.each([
    [2023, "2023-01-22"],
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    [2027, "2027-02-06"],
  ])("%i falls on %s", (year, date) => {
    expect(tetOf(year)).toBe(date);
  });

  it("follows Vietnam's time zone where it differs from China's calendar", () => {
    expect(tetOf(1985)).toBe("1985-01-21");
    expect(tetOf(2007)).toBe("2007-02-17");
    expect(tetOf(2030)).toBe("2030-02-02");
  });
});

describe("Giỗ Tổ Hùng Vương (lunar 10/3)", () => {
  it.each([
    [2023, "2023-04-29"],
    [2024, "2024-04-18"],
    [2025, "2025-04-07"],
    [2026, "2026-04-26"],
  ])("%i falls on %s", (year, date) => {
    expect(hungKingsDayOf(year)).toBe(date);
  });
});

describe("the last day of the lunar year", () => {
  it("is 30 of month 12 in a long month and 29 in a short one", () => {
    expect(lastDayOfLunarYear(2023)).toBe("2024-02-09");
    expect(solarToLunar("2024-02-09")).toEqual({ day: 30, month: 12, year: 2023, leap: false });
    expect(lastDayOfLunarYear(2025)).toBe("2026-02-16");
    expect(solarToLunar("2026-02-16")).toEqual({ day: 29, month: 12, year: 2025, leap: false });
    expect(lunarToSolar({ day: 30, month: 12, year: 2025, leap: false })).toBeNull();
  });
});

describe("leap months", () => {
  it("places the leap 6th month of 2025 and the leap 2nd month of 2023", () => {
    expect(solarToLunar("2025-07-25")).toEqual({ day: 1, month: 6, year: 2025, leap: true });
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: true })).toBe("2025-07-25");
    expect(lunarToSolar({ day: 1, month: 6, year: 2025, leap: false })).toBe("2025-06-25");
    expect(lunarToSolar({ day: 1, month: 2, year: 2023, leap: true })).toBe("2023-03-22");
  });

  it("has no leap month where the year has none", () => {
    expect(lunarToSolar({ day: 1, month: 5, year: 2025, leap: true })).toBeNull();
    expect(lunarToSolar({ day: 1, month: 1, year: 2026, leap: true })).toBeNull();
  });
});

describe("conversion both ways", () => {
  it("gives back every solar day of 2023–2027 and counts lunar days 1 to 29 or 30", () => {
    let previous = solarToLunar("2022-12-31");
    for (let date = "2023-01-01"; compareIsoDates(date, "2027-12-31") <= 0; date = addDays(date, 1)) {
      const lunar = solarToLunar(date);
      expect(lunarToSolar(lunar), date).toBe(date);
      if (lunar.day === 1) expect([29, 30], date).toContain(previous.day);
      else expect(lunar.day, date).toBe(previous.day + 1);
      previous = lunar;
    }
  });
});
