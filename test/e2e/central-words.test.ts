import { describe, expect, it } from "vitest";
import { actionWords, actorWords, detailWords } from "../../addin/central/audit-words.ts";
import { foldText, unitMatches } from "../../addin/central/fold-text.ts";
import { percentVi } from "../../addin/central/percent-vi.ts";
import { vnDay, vnTime } from "../../addin/central/vn-time.ts";

/** The central page's small formatters (no browser needed). */
const t = (key: string, params: Record<string, string | number> = {}) => `${key}${Object.values(params).join(",")}`;

describe("the central page's wording", () => {
  it("prints a rate as a percentage with one decimal, Vietnamese style", () => {
    expect(percentVi(0.8125)).toBe("81,3%");
    expect(percentVi(0.8)).toBe("80,0%");
    expect(percentVi(1)).toBe("100,0%");
    expect(percentVi(0)).toBe("0,0%");
    expect(percentVi(12.345)).toBe("1.234,5%");
  });

  it("prints a time in Vietnam's time, whatever the machine's zone", () => {
    expect(vnTime("2026-11-23T17:30:00.000Z")).toBe("00:30 24/11/2026");
    expect(vnTime("2026-01-01T00:05:00Z")).toBe("07:05 01/01/2026");
  });

  it("names actions, actors and details in words, and keeps what it does not know", () => {
    expect(actionWords("period.lock", t)).toBe("aPeriodLock");
    expect(actionWords("something.new", t)).toBe("something.new");
    expect(actorWords("central", t)).toBe("cAuditCentral");
    expect(actorWords("unit:xa-01#7", t)).toBe("cAuditUnitActorxa-01");
    expect(actorWords("staff:12:Nguyễn Thị Lan", t)).toBe("Nguyễn Thị Lan");
    expect(detailWords({ reason: "chốt", comment: "", other: 2 }, t)).toBe("dReason: chốt; other: 2");
    expect(detailWords(null, t)).toBe("");
  });

  it("prints a token's expiry as its day in Vietnam", () => {
    expect(vnDay("2026-12-31T16:59:59.999Z")).toBe("31/12/2026");
    expect(vnDay("not a time")).toBe("not a time");
  });

  it("searches units by code or name without case or diacritics", () => {
    expect(foldText("  Xã ĐÔNG   Hòa Bình ")).toBe("xa dong hoa binh");
    const unit = { code: "RG-X042", name: "Xã Đông Hòa Bình 042" };
    expect(unitMatches(unit, "dong hoa binh 042")).toBe(true);
    expect(unitMatches(unit, "ĐÔNG HÒA")).toBe(true);
    expect(unitMatches(unit, "rg-x04")).toBe(true);
    expect(unitMatches(unit, "")).toBe(true);
    expect(unitMatches(unit, "tây hòa")).toBe(false);
  });
});
