import { describe, expect, it } from "vitest";
import { formatEn, formatVi, percentVi } from "../../shared/text/numbers-vi.ts";
import { periodName, vnClock, vnClockInWords, vnDate, vnDateTime, vnDay } from "../../shared/text/vietnam-format.ts";

describe("Vietnamese formats, written once", () => {
  it("names a period short in lists and long in documents, the same half-year and year in both", () => {
    const cases: [string, string, string, string][] = [
      ["2026-11", "Tháng 11/2026", "Tháng 11 năm 2026", "Month 11/2026"],
      ["2026-Q4", "Quý IV/2026", "Quý IV năm 2026", "Q4 2026"],
      ["2026-H1", "6 tháng đầu năm 2026", "6 tháng đầu năm 2026", "H1 2026"],
      ["2026-H2", "6 tháng cuối năm 2026", "6 tháng cuối năm 2026", "H2 2026"],
      ["2026", "Năm 2026", "Năm 2026", "Year 2026"],
    ];
    for (const [id, short, long, en] of cases) {
      expect(periodName(id)).toBe(short);
      expect(periodName(id, "long")).toBe(long);
      expect(periodName(id, "short", "en")).toBe(en);
    }
    expect(periodName("not-a-period")).toBe("not-a-period");
  });

  it("writes times in Vietnam's zone whatever the machine's, across midnight and the year's end", () => {
    expect(vnClock("2026-11-23T17:30:00.000Z")).toBe("00:30 24/11/2026");
    expect(vnClock("2026-12-31T16:59:00Z")).toBe("23:59 31/12/2026");
    expect(vnClock("2026-12-31T17:00:00Z")).toBe("00:00 01/01/2027");
    expect(vnClockInWords("2026-11-23T17:30:00.000Z")).toBe("00:30 ngày 24/11/2026");
    expect(vnDateTime("2026-11-18T16:59:59Z")).toBe("18/11/2026 23:59:59");
    expect(vnDateTime(new Date("2026-11-18T17:00:00Z"))).toBe("19/11/2026 00:00:00");
    expect(vnDay("2026-06-30T16:59:59.999Z")).toBe("30/06/2026");
    expect(vnDate("2026-04-30")).toBe("30/04/2026");
  });

  it("gives back what is not a time as it came, rather than a wrong one", () => {
    expect(vnClock("hôm qua")).toBe("hôm qua");
    expect(vnClockInWords("")).toBe("");
    expect(vnDateTime("?")).toBe("?");
    expect(vnDay("x")).toBe("x");
  });
});

describe("numbers, written once", () => {
  it("groups thousands and writes fractions the Vietnamese way, and the English way for the pane's English", () => {
    expect(formatVi(1209)).toBe("1.209");
    expect(formatVi(1234567.5)).toBe("1.234.567,5");
    expect(formatVi(-2.5)).toBe("-2,5");
    expect(formatEn(1234567.5)).toBe("1,234,567.5");
    expect(percentVi(0.8125)).toBe("81,3%");
    expect(percentVi(12.345)).toBe("1.234,5%");
    expect(percentVi(1)).toBe("100,0%");
  });
});
