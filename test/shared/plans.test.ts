import { describe, expect, it } from "vitest";
import { forms } from "../../shared/forms/catalogue.ts";
import { builtInPlans, parsePlans, PlanConfigError, planInForce, targetsInForce, type Plan } from "../../shared/plans/index.ts";

const HAI_PHONG_2025 = "Kế hoạch kiểm soát TTHC năm 2025 (QĐ 257/QĐ-UBND ngày 24/01/2025, Hải Phòng)";

const plan = (id: string, from: string, targets: Plan["targets"]): Plan => ({
  id, title: { vi: `Kế hoạch ${id}`, en: `Plan ${id}` }, from, targets,
});
const EARLY = plan("early", "2025-01", [
  { formId: "dossiers", rateId: "online_rate", target: 0.6 },
  { formId: "dossiers", rateId: "on_time_rate", target: 0.9 },
  { formId: "centers", rateId: "at_center_rate", target: 1 },
]);
const LATER = plan("later", "2026-08", [{ formId: "dossiers", rateId: "online_rate", target: 0.8 }]);

/** The messages parsePlans throws for a configuration. */
function problemsOf(json: unknown): readonly string[] {
  try {
    parsePlans(json);
  } catch (error) {
    if (error instanceof PlanConfigError) return error.problems;
    throw error;
  }
  throw new Error("parsePlans accepted the configuration");
}

describe("the built-in plans", () => {
  it("hold the seeds' plans for their own years: Quảng Ninh 2017, Hà Nội 2021–2025, Hải Phòng 2025", () => {
    expect(builtInPlans.map((p) => [p.id, p.from, p.to])).toEqual([
      ["quang-ninh-2017", "2017-01", "2017-12"], ["ha-noi-2021-2025", "2021-01", "2025-12"], ["hai-phong-2025", "2025-01", "2025-12"],
    ]);
    // Seed 002 I.1: 100% of procedures at the centres, 100% handled there end to end, by the end of 2017.
    expect(targetsInForce("2017-Q4", builtInPlans)).toEqual({
      centers: { at_center_rate: { target: 1, plan: expect.stringContaining("239/KH-UBND") }, full_cycle_rate: { target: 1, plan: expect.stringContaining("239/KH-UBND") } },
    });
    // Seed 001 II.10: 100% of procedures online (levels 3 and 4), 2021 to 2025, until Hải Phòng's 2025 plan starts.
    expect(targetsInForce("2023", builtInPlans)).toEqual({ publication: { online_service_rate: { target: 1, plan: expect.stringContaining("286/KH-UBND") } } });
    expect(targetsInForce("2018-01", builtInPlans)).toEqual({});
  });

  it("hold Hải Phòng's 2025 plan (QĐ 257/QĐ-UBND) for 2025, with every rate target it sets", () => {
    const haiPhong = builtInPlans.find((p) => p.id === "hai-phong-2025")!;
    expect(haiPhong).toEqual({
      id: "hai-phong-2025",
      title: { vi: HAI_PHONG_2025, en: expect.stringContaining("257/QĐ-UBND") },
      from: "2025-01",
      to: "2025-12",
      targets: expect.any(Array),
    });
    const targets = Object.fromEntries(haiPhong.targets.map((t) => [t.item === "III.3.3" ? `${t.formId}:III.3.3` : t.item, t.target]));
    // Seed 004: II.4.3 feedback 100%; III.1 one-stop 100%; III.3.1–3.8 80, 60, 60, 80, 100, 100, 50, 90%.
    expect(targets).toEqual({
      "II.4.3": 1, "III.1": 1, "III.3.1": 0.8, "III.3.2": 0.6, "digital:III.3.3": 0.6, "III.3.4": 0.8,
      "III.3.5": 1, "III.3.6": 1, "III.3.7": 0.5, "III.3.8": 0.9, "dossiers:III.3.3": 0.6,
    });
    // Each names a rate of the catalogue (the plans' own check), so the table above is the plan's.
    expect(parsePlans(JSON.parse(JSON.stringify(builtInPlans)))).toEqual(builtInPlans);
  });

  it("set the targets for the months, quarters and year of 2025 only", () => {
    const inForce = targetsInForce("2025-01", builtInPlans);
    expect(inForce.dossiers).toEqual({ online_rate: { target: 0.6, plan: HAI_PHONG_2025 } });
    expect(inForce.feedback).toEqual({ on_time_rate: { target: 1, plan: HAI_PHONG_2025 } });
    expect(Object.keys(inForce.digital!)).toHaveLength(8);
    expect(targetsInForce("2025-12", builtInPlans)).toEqual(inForce);
    expect(targetsInForce("2025-Q4", builtInPlans)).toEqual(inForce);
    expect(targetsInForce("2025", builtInPlans)).toEqual(inForce);
    expect(targetsInForce("2026-01", builtInPlans)).toEqual({}); // a plan for 2025 judges no other year
    expect(targetsInForce("2026-Q4", builtInPlans)).toEqual({});
    expect(targetsInForce("2024-12", builtInPlans).dossiers).toBeUndefined(); // Hà Nội's plan is in force before
    expect(targetsInForce("2024-Q4", builtInPlans).digital).toBeUndefined();
  });
});

describe("the plan in force for a period", () => {
  const plans = [LATER, EARLY]; // the order given does not matter

  it("is none before the first plan starts", () => {
    expect(planInForce("2024-12", plans)).toBeNull();
    expect(planInForce("2024-H2", plans)).toBeNull();
    expect(targetsInForce("2024", plans)).toEqual({});
    expect(targetsInForce("2026-01", [])).toEqual({});
  });

  it("is the plan that started in or before the period's month, until a later plan starts", () => {
    expect(planInForce("2025-01", plans)?.id).toBe("early");
    expect(planInForce("2026-07", plans)?.id).toBe("early");
    expect(planInForce("2026-08", plans)?.id).toBe("later");
    expect(planInForce("2031-03", plans)?.id).toBe("later");
  });

  it("for a longer period, is the one in force in its first month", () => {
    expect(planInForce("2026-Q3", plans)?.id).toBe("early"); // July; the later plan starts in August
    expect(planInForce("2026-Q4", plans)?.id).toBe("later");
    expect(planInForce("2026-H2", plans)?.id).toBe("early");
    expect(planInForce("2027-H1", plans)?.id).toBe("later");
    expect(planInForce("2026", plans)?.id).toBe("early");
    expect(planInForce("2027", plans)?.id).toBe("later");
  });

  it("replaces the earlier plan's targets entirely: a rate the later plan leaves out has no target", () => {
    expect(targetsInForce("2026-07", plans)).toEqual({
      dossiers: { online_rate: { target: 0.6, plan: "Kế hoạch early" }, on_time_rate: { target: 0.9, plan: "Kế hoạch early" } },
      centers: { at_center_rate: { target: 1, plan: "Kế hoạch early" } },
    });
    expect(targetsInForce("2026-Q4", plans)).toEqual({ dossiers: { online_rate: { target: 0.8, plan: "Kế hoạch later" } } });
  });

  it("refuses something that is not a period id", () => {
    expect(() => planInForce("2026-13", plans)).toThrow(RangeError);
    expect(() => targetsInForce("Q4-2026", plans)).toThrow(RangeError);
  });
});

describe("plans given as configuration", () => {
  it("are accepted when every target is a fraction of a rate of the catalogue", () => {
    expect(parsePlans([EARLY, LATER])).toEqual([EARLY, LATER]);
    expect(parsePlans([plan("none", "2027-01", [])])).toEqual([plan("none", "2027-01", [])]);
  });

  it("name the plan, the target and the field of a target that is not between 0 and 1", () => {
    const percent = plan("pct", "2026-01", [EARLY.targets[0]!, { formId: "dossiers", rateId: "on_time_rate", target: 95 }]);
    expect(problemsOf([percent])).toEqual([
      "kế hoạch thứ 1, chỉ tiêu thứ 2, «target»: phải là tỷ lệ từ 0 đến 1 (0.6 là 60%), nhận được 95",
    ]);
    const negative = plan("neg", "2026-01", [{ formId: "dossiers", rateId: "late_rate", target: -0.1 }]);
    expect(problemsOf([negative])).toEqual(["kế hoạch thứ 1, chỉ tiêu thứ 1, «target»: phải là tỷ lệ từ 0 đến 1 (0.6 là 60%), nhận được -0.1"]);
    const text = plan("txt", "2026-01", [{ formId: "dossiers", rateId: "late_rate", target: "60%" as unknown as number }]);
    expect(problemsOf([text])).toEqual(["kế hoạch thứ 1, chỉ tiêu thứ 1, «target»: phải là một số, tỷ lệ từ 0 đến 1 (0.6 là 60%)"]);
  });

  it("name a form or a rate missing from the catalogue, with the ones that exist", () => {
    const unknownForm = plan("f", "2026-01", [{ formId: "complaints", rateId: "on_time_rate", target: 1 }]);
    const catalogue = forms.map((f) => `«${f.id}»`).join(", ");
    expect(problemsOf([EARLY, unknownForm])).toEqual([
      `kế hoạch thứ 2, chỉ tiêu thứ 1, «formId»: không có biểu mẫu «complaints» trong danh mục (có: ${catalogue})`,
    ]);
    const unknownRate = plan("r", "2026-01", [{ formId: "dossiers", rateId: "payment_rate", target: 0.6 }]);
    expect(problemsOf([unknownRate])).toEqual([
      "kế hoạch thứ 1, chỉ tiêu thứ 1, «rateId»: biểu mẫu «dossiers» không có tỷ lệ «payment_rate» (có: «on_time_rate», «late_rate», «online_rate»)",
    ]);
  });

  it("want `from` to be a month id", () => {
    for (const from of ["2026-Q1", "2026", "2026-13", "2026-1", "tháng 1/2026"]) {
      expect(problemsOf([plan("m", from, [])])).toEqual([
        `kế hoạch thứ 1, «from»: phải là một tháng dạng YYYY-MM (ví dụ 2025-01), nhận được ${JSON.stringify(from)}`,
      ]);
    }
  });

  it("refuse what would make the plan in force or a target ambiguous, and fields that mean nothing", () => {
    expect(problemsOf([EARLY, { ...LATER, from: EARLY.from }])).toEqual([
      "kế hoạch thứ 2, «from»: tháng 2025-01 trùng với tháng bắt đầu của kế hoạch thứ 1",
    ]);
    expect(problemsOf([EARLY, { ...LATER, id: EARLY.id }])).toEqual(["kế hoạch thứ 2, «id»: mã «early» trùng với kế hoạch thứ 1"]);
    const twice = plan("twice", "2026-01", [EARLY.targets[0]!, { ...EARLY.targets[0]!, target: 0.7 }]);
    expect(problemsOf([twice])).toEqual(["kế hoạch thứ 1, chỉ tiêu thứ 2: tỷ lệ dossiers/online_rate đã có mục tiêu ở trên"]);
    const typo = { ...LATER, targets: [{ formId: "dossiers", rateId: "online_rate", tagret: 0.8 }] };
    expect(problemsOf([typo])).toEqual([
      "kế hoạch thứ 1, chỉ tiêu thứ 1, «target»: phải là một số, tỷ lệ từ 0 đến 1 (0.6 là 60%)",
      "kế hoạch thứ 1, chỉ tiêu thứ 1: có trường không dùng được: «tagret» (chỉ dùng: formId, rateId, target, item)",
    ]);
  });

  it("must be an array of plans, each with a title in both languages", () => {
    expect(problemsOf({ plans: [EARLY] })).toEqual(["danh sách kế hoạch: phải là một danh sách (mảng JSON) các kế hoạch"]);
    expect(problemsOf([{ ...EARLY, title: { vi: " ", en: "Plan" } }])).toEqual(["kế hoạch thứ 1, «title», «vi»: không được để trống"]);
    expect(new PlanConfigError(["a", "b"]).message).toBe("a; b");
  });
});

describe("a plan with an end", () => {
  const OPEN = plan("open", "2025-01", [{ formId: "dossiers", rateId: "online_rate", target: 0.5 }]);
  const YEAR = { ...plan("year-2026", "2026-01", [{ formId: "dossiers", rateId: "online_rate", target: 0.7 }]), to: "2026-12" };

  it("applies from its first to its last month; an open plan applies again once a later, ended plan is over", () => {
    expect(planInForce("2026-12", [OPEN, YEAR])?.id).toBe("year-2026");
    expect(planInForce("2027-01", [OPEN, YEAR])?.id).toBe("open");
    expect(planInForce("2027-01", [YEAR])).toBeNull();
  });

  it("refuses an end before its start, or an end that is not a month, in Vietnamese", () => {
    expect(() => parsePlans([{ ...YEAR, to: "2025-12" }])).toThrow("tháng kết thúc 2025-12 ở trước tháng bắt đầu 2026-01");
    expect(() => parsePlans([{ ...YEAR, to: "2026-Q4" }])).toThrow(/phải là một tháng dạng YYYY-MM \(ví dụ 2025-12\), nhận được "2026-Q4"/);
  });
});
