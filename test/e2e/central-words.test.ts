import { describe, expect, it } from "vitest";
import { actionWords, actorWords, detailWords } from "../../addin/central/audit-words.ts";
import { percentVi } from "../../addin/central/percent-vi.ts";
import { vnTime } from "../../addin/central/vn-time.ts";

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
});
