import { describe, expect, it } from "vitest";
import { actionWords, actorWords, detailWords } from "../../addin/central/audit-words.ts";
import { unitMatches } from "../../addin/central/fold-text.ts";
import { foldText } from "../../shared/text/fold.ts";
import { REGISTRY_STRINGS } from "../../addin/central/registry-strings.ts";
import { mergedLines, monthVi, retirementBadge, retirementSentence, vnMonth } from "../../addin/central/succession-words.ts";
import { vnClock, vnDay } from "../../shared/text/vietnam-format.ts";
import { percentVi } from "../../shared/text/numbers-vi.ts";

/** The central page's small formatters (no browser needed). */
const t = (key: string, params: Record<string, string | number> = {}) => `${key}${Object.values(params).join(",")}`;
/** The registry's own Vietnamese words, filled in as the page fills them. */
const vi = (key: string, params: Record<string, string | number> = {}) =>
  REGISTRY_STRINGS[key as keyof typeof REGISTRY_STRINGS].vi.replace(/\{(\w+)\}/g, (_, name: string) => String(params[name]));

describe("the central page's wording", () => {
  it("prints a rate as a percentage with one decimal, Vietnamese style", () => {
    expect(percentVi(0.8125)).toBe("81,3%");
    expect(percentVi(0.8)).toBe("80,0%");
    expect(percentVi(1)).toBe("100,0%");
    expect(percentVi(0)).toBe("0,0%");
    expect(percentVi(12.345)).toBe("1.234,5%");
  });

  it("prints a time in Vietnam's time, whatever the machine's zone", () => {
    expect(vnClock("2026-11-23T17:30:00.000Z")).toBe("00:30 24/11/2026");
    expect(vnClock("2026-01-01T00:05:00Z")).toBe("07:05 01/01/2026");
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

  it("takes this month in Vietnam (UTC+7) and prints a month as MM/YYYY", () => {
    expect(vnMonth(new Date("2029-12-31T16:59:59Z"))).toBe("2029-12");
    expect(vnMonth(new Date("2029-12-31T17:00:00Z"))).toBe("2030-01");
    expect(monthVi("2030-01")).toBe("01/2030");
    expect(monthVi("soon")).toBe("soon");
  });

  it("badges a merged unit with its successor's name, a closed one with its month, an active one not at all", () => {
    const names = new Map([["XC", "Xã C"]]);
    expect(retirementBadge({ retiredFrom: "2030-01", mergedInto: "XC" }, (code) => names.get(code), vi)).toBe("Đã sáp nhập vào Xã C (XC) từ tháng 01/2030");
    expect(retirementBadge({ retiredFrom: "2030-01", mergedInto: "XZ" }, (code) => names.get(code), vi)).toBe("Đã sáp nhập vào XZ (XZ) từ tháng 01/2030");
    expect(retirementBadge({ retiredFrom: "2030-07" }, () => undefined, vi)).toBe("Ngừng hoạt động từ tháng 07/2030");
    expect(retirementBadge({}, () => undefined, vi)).toBeNull();
  });

  it("says in words what a merger or a closure will do", () => {
    expect(retirementSentence(["Xã A"], "2030-01", "Xã C", vi)).toBe(
      "Từ kỳ tháng 01/2030, Xã A không còn phải gửi báo cáo; số liệu các kỳ trước của Xã A được tính cho Xã C khi so sánh với cùng kỳ năm trước.",
    );
    expect(retirementSentence(["Xã A", "Xã B"], "2030-01", "Xã C", vi)).toContain("số liệu các kỳ trước của Xã A, Xã B được tính cho Xã C");
    expect(retirementSentence(["Xã A"], "2030-01", null, vi)).toBe("Từ kỳ tháng 01/2030, Xã A không còn phải gửi báo cáo; các báo cáo đã gửi của Xã A vẫn được giữ.");
  });

  it("lists the lines of last year's report that count merged units, by name when known", () => {
    const line = (code: string, includes?: string[]) => ({ code, values: {}, rates: {}, source: "submitted" as const, ...(includes ? { includes } : {}) });
    const report = { lastYear: { units: [line("XC", ["XA", "XB"]), line("XD"), line("XE", [])] } } as unknown as Parameters<typeof mergedLines>[0];
    const names = new Map([["XA", "Xã A"], ["XC", "Xã C"]]);
    expect(mergedLines(report, (code) => names.get(code), vi)).toEqual(["Xã C gồm Xã A, XB"]);
    expect(mergedLines({ lastYear: null }, () => undefined, vi)).toEqual([]);
  });
});
