import { describe, expect, it } from "vitest";
import { builtInHolidays } from "../../../shared/periods/holiday-data.ts";
import { holidaysOf } from "../../../shared/periods/holidays.ts";
import type { HolidayCalendar } from "../../../shared/periods/holidays.ts";
import { addWorkingDays, isDayOff, isWorkingDay, nextWorkingDayOnOrAfter } from "../../../shared/periods/working-days.ts";

const noData: HolidayCalendar = { years: {} };

describe("computed holidays of a year without announced data", () => {
  it("gives 2027 five days of Tết from the last day of the lunar year, and compensatory days for its weekend", () => {
    expect(holidaysOf(2027, noData)).toEqual([
      { kind: "statutory", date: "2027-01-01", name: "Tết Dương lịch" },
      { kind: "statutory", date: "2027-02-05", name: "Tết Âm lịch" },
      { kind: "statutory", date: "2027-02-06", name: "Tết Âm lịch" },
      { kind: "statutory", date: "2027-02-07", name: "Tết Âm lịch" },
      { kind: "statutory", date: "2027-02-08", name: "Tết Âm lịch" },
      { kind: "statutory", date: "2027-02-09", name: "Tết Âm lịch" },
      { kind: "compensatory", date: "2027-02-10", for: "2027-02-06" },
      { kind: "compensatory", date: "2027-02-11", for: "2027-02-07" },
      { kind: "statutory", date: "2027-04-16", name: "Giỗ Tổ Hùng Vương" },
      { kind: "statutory", date: "2027-04-30", name: "Ngày Chiến thắng" },
      { kind: "statutory", date: "2027-05-01", name: "Ngày Quốc tế Lao động" },
      { kind: "compensatory", date: "2027-05-03", for: "2027-05-01" },
      { kind: "statutory", date: "2027-09-01", name: "Quốc khánh (ngày liền kề)" },
      { kind: "statutory", date: "2027-09-02", name: "Quốc khánh" },
    ]);
    expect(isWorkingDay("2027-02-12", noData)).toBe(true);
  });

  it("moves a compensatory day past a holiday that follows the weekend", () => {
    expect(isDayOff("2028-01-03", noData)).toBe(true);
    expect(isDayOff("2028-05-01", noData)).toBe(true);
    expect(isDayOff("2028-05-02", noData)).toBe(true);
    expect(isWorkingDay("2028-05-03", noData)).toBe(true);
    expect(isDayOff("2028-09-04", noData)).toBe(true);
  });

  it("drops the computed days when the year's data replaces them", () => {
    const replaced: HolidayCalendar = { years: { "2027": { replaceComputed: true, add: ["2027-02-04"] } } };
    expect(isDayOff("2027-02-04", replaced)).toBe(true);
    expect(isWorkingDay("2027-02-08", replaced)).toBe(true);
    expect(isWorkingDay("2027-05-03", replaced)).toBe(true);
    expect(isDayOff("2027-04-30", replaced)).toBe(true);
  });
});

describe("the built-in announced data", () => {
  it("2024: Tết 8–14/2 with no day off on the 15th, 29/4 swapped with Saturday 4/5, 2/9 with 3/9", () => {
    for (const date of ["2024-02-08", "2024-02-09", "2024-02-12", "2024-02-14", "2024-04-18", "2024-04-29", "2024-09-03"]) {
      expect(isDayOff(date, builtInHolidays), date).toBe(true);
    }
    expect(isWorkingDay("2024-02-15", builtInHolidays)).toBe(true);
    expect(isWorkingDay("2024-05-04", builtInHolidays)).toBe(true);
  });

  it("2025: Tết 25/1–2/2, Friday 2/5 swapped with Saturday 26/4, 2/9 with 1/9", () => {
    for (const date of ["2025-01-27", "2025-01-31", "2025-04-07", "2025-04-30", "2025-05-02", "2025-09-01", "2025-09-02"]) {
      expect(isDayOff(date, builtInHolidays), date).toBe(true);
    }
    expect(isWorkingDay("2025-01-24", builtInHolidays)).toBe(true);
    expect(isWorkingDay("2025-02-03", builtInHolidays)).toBe(true);
    expect(isWorkingDay("2025-04-26", builtInHolidays)).toBe(true);
  });

  it("2026: 2/1 swapped with Saturday 10/1, Tết 14–22/2, Giỗ Tổ on Sunday 26/4 compensated on the 27th, 31/8 swapped with 22/8", () => {
    for (const date of ["2026-01-01", "2026-01-02", "2026-02-16", "2026-02-20", "2026-04-27", "2026-08-31", "2026-09-01", "2026-09-02"]) {
      expect(isDayOff(date, builtInHolidays), date).toBe(true);
    }
    for (const date of ["2026-01-10", "2026-02-13", "2026-02-23", "2026-04-28", "2026-08-22", "2026-09-03"]) {
      expect(isWorkingDay(date, builtInHolidays), date).toBe(true);
    }
  });
});

describe("walking over working days", () => {
  it("keeps a working day and skips days off", () => {
    expect(nextWorkingDayOnOrAfter("2026-11-18", builtInHolidays)).toBe("2026-11-18");
    expect(nextWorkingDayOnOrAfter("2026-11-21", builtInHolidays)).toBe("2026-11-23");
    expect(nextWorkingDayOnOrAfter("2026-02-14", builtInHolidays)).toBe("2026-02-23");
    expect(nextWorkingDayOnOrAfter("2026-01-10", builtInHolidays)).toBe("2026-01-10");
  });

  it("counts from the day after, across weekends", () => {
    expect(addWorkingDays("2026-11-13", 1, builtInHolidays)).toBe("2026-11-16");
    expect(addWorkingDays("2026-11-14", 10, builtInHolidays)).toBe("2026-11-27");
    expect(addWorkingDays("2026-11-18", 0, builtInHolidays)).toBe("2026-11-18");
  });

  it("counts across holidays and compensatory days", () => {
    expect(addWorkingDays("2026-04-24", 1, builtInHolidays)).toBe("2026-04-28");
    expect(addWorkingDays("2026-04-29", 1, builtInHolidays)).toBe("2026-05-04");
    expect(addWorkingDays("2026-02-10", 10, builtInHolidays)).toBe("2026-03-03");
  });

  it("counts a worked Saturday", () => {
    expect(addWorkingDays("2026-01-09", 1, builtInHolidays)).toBe("2026-01-10");
  });

  it("refuses a negative or fractional count", () => {
    expect(() => addWorkingDays("2026-11-18", -1, builtInHolidays)).toThrow(RangeError);
    expect(() => addWorkingDays("2026-11-18", 1.5, builtInHolidays)).toThrow(RangeError);
  });
});
