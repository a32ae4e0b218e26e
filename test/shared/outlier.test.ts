import { describe, expect, it } from "vitest";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { validateSubmission, type Issue } from "../../shared/validation/index.ts";

/**
 * A balanced month scaled: received (10 + 30 + 20) × k = resolved 40k + in progress 15k + returned 5k.
 * Carried over is scaled too, so continuity is not what these tests are about (no `previous` given).
 */
const month = (k: number): Record<string, number> => ({
  carried_over: 10 * k, received_online: 30 * k, received_direct: 20 * k,
  resolved_early: 15 * k, resolved_ontime: 20 * k, resolved_late: 5 * k,
  pending_intime: 12 * k, pending_overdue: 3 * k, returned: 5 * k,
});
const history = (...scales: number[]) => scales.map((k, i) => ({ periodId: `2026-${String(10 - i).padStart(2, "0")}`, values: month(k) }));
const outliers = (issues: Issue[]) => issues.filter((i) => i.rule.startsWith("outlier_"));

describe("an outlier against the unit's own history (warning)", () => {
  it("warns when a total is over 5 times the median of the unit's last reports: a digit typed too many", () => {
    // Usual: received 60 × 20 = 1.200 (median of 1.140, 1.200, 1.260); now 12.000.
    const { errors, warnings } = validateSubmission(dossiers, month(200), { unitName: "UBND xã An Lư", history: history(19, 20, 21) });
    expect(errors).toEqual([]);
    const [received, resolved] = outliers(warnings);
    expect(received).toMatchObject({ rule: "outlier_received", severity: "warning", columns: ["received_total"], expected: 1200, actual: 12000 });
    expect(received!.message).toBe(
      "Biểu số 01 «Kết quả giải quyết thủ tục hành chính», dòng «UBND xã An Lư», cột (3) «Tổng số hồ sơ tiếp nhận» = 12.000: gấp hơn 5 lần mức bình thường của đơn vị " +
        "(trung vị của 3 báo cáo gần nhất: 1.200). Kiểm tra lại (thừa hay thiếu chữ số?) hoặc ghi giải trình.",
    );
    expect(resolved).toMatchObject({ rule: "outlier_resolved", columns: ["resolved_total"], expected: 800, actual: 8000 });
  });

  it("warns when a total is under a fifth of it: a digit typed too few", () => {
    const { warnings } = validateSubmission(dossiers, month(2), { history: history(20, 21, 19, 22) });
    expect(outliers(warnings).map((w) => w.rule)).toEqual(["outlier_received", "outlier_resolved"]);
    // The median of 1.200, 1.260, 1.140, 1.320 is 1.230; of an even count, rounded to a whole count.
    expect(outliers(warnings)[0]!.message).toContain("chưa bằng 1/5 mức bình thường của đơn vị (trung vị của 4 báo cáo gần nhất: 1.230)");
  });

  it("is silent within the usual range, with too short a history, or for counts too small to judge", () => {
    expect(outliers(validateSubmission(dossiers, month(90), { history: history(20, 21, 19) }).warnings)).toEqual([]); // 4.5 times
    expect(outliers(validateSubmission(dossiers, month(200), { history: history(20, 21) }).warnings)).toEqual([]); // 2 reports
    expect(outliers(validateSubmission(dossiers, month(200), {}).warnings)).toEqual([]);
    // Usual received 18 (under 20): a commune with few dossiers swings freely.
    expect(outliers(validateSubmission(dossiers, month(3), { history: history(0.3, 0.3, 0.3) }).warnings)).toEqual([]);
  });

  it("reads a history stored with its totals as one stored without them (from their parts, as above)", () => {
    const withTotals = history(19, 20, 21).map((r) => ({ ...r, values: validateSubmission(dossiers, r.values).values }));
    expect(withTotals[0]!.values.received_total).toBe(1140);
    const { warnings } = validateSubmission(dossiers, month(200), { history: withTotals });
    expect(outliers(warnings)[0]).toMatchObject({ expected: 1200, actual: 12000 });
  });
});
