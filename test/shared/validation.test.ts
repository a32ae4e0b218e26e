import { describe, expect, it } from "vitest";
import { centers } from "../../shared/forms/centers.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import type { FormDefinition } from "../../shared/forms/index.ts";
import { validateSubmission, type Issue } from "../../shared/validation/index.ts";

/** A balanced month: received 10 + 30 + 20 = 60 = resolved 40 + in progress 15 + returned 5. */
const month = (): Record<string, unknown> => ({
  carried_over: 10, received_online: 30, received_direct: 20,
  resolved_early: 15, resolved_ontime: 20, resolved_late: 5,
  pending_intime: 12, pending_overdue: 3,
  returned: 5,
});

/** 100 procedures, 10 kept out: 90 at the centre; 50 + 20 = 70 end to end. */
const centre = (): Record<string, unknown> => ({
  tthc_total: 100, tthc_not_at_center: 10, full_cycle_done: 50, full_cycle_added: 20,
});

const only = (issues: Issue[]): Issue => {
  expect(issues, JSON.stringify(issues, null, 1)).toHaveLength(1);
  return issues[0]!;
};

/** Every Vietnamese message names the form by its code and title. */
const namesForm = (form: FormDefinition, issue: Issue) => {
  expect(issue.message).toContain(form.layout.code);
  expect(issue.message).toContain(form.title.vi);
};

describe("a valid submission", () => {
  it("passes with no errors or warnings and every derived total filled in", () => {
    const result = validateSubmission(dossiers, month());
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
    expect(result.values).toEqual({ ...month(), received_total: 60, resolved_total: 40, pending_total: 15 });
  });

  it("passes with its totals sent when they equal their parts", () => {
    const result = validateSubmission(dossiers, { ...month(), received_total: 60, resolved_total: 40, pending_total: 15 });
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("accepts an omitted derived total and fills it in", () => {
    const result = validateSubmission(centers, centre());
    expect(result.errors).toEqual([]);
    expect(result.values).toEqual({ ...centre(), tthc_at_center: 90, full_cycle_after: 70 });
  });

  it("refuses a derived total sent as null: omitted is fine, null is never coerced", () => {
    const result = validateSubmission(centers, { ...centre(), tthc_at_center: null });
    expect(result.errors).toMatchObject([{ rule: "type", columns: ["tthc_at_center"] }]);
    expect(result.errors[0]!.message).toContain("bỏ hẳn cột");
  });

  it("accepts zeros everywhere", () => {
    const zeros = Object.fromEntries(Object.keys(month()).map((k) => [k, 0]));
    const result = validateSubmission(dossiers, zeros);
    expect(result.errors).toEqual([]);
    expect(result.values.received_total).toBe(0);
  });
});

describe("required", () => {
  it.each([
    ["missing", undefined],
    ["null", null],
    ["a blank string", "  "],
  ])("rejects a count column that is %s, naming the form and the column", (_, value) => {
    const input = month();
    if (value === undefined) delete input.returned;
    else input.returned = value;
    const { errors, warnings, values } = validateSubmission(dossiers, input, { unitName: "Sở Tư pháp" });
    const issue = only(errors);
    expect(issue).toMatchObject({ rule: "required", severity: "error", columns: ["returned"] });
    namesForm(dossiers, issue);
    expect(issue.message).toContain("Sở Tư pháp");
    expect(issue.message).toContain("cột (14) «Hồ sơ trả lại hoặc công dân rút hồ sơ»");
    expect(issue.message).toContain("ghi 0 nếu không có");
    // The balance needs the missing cell: no warning built on a guess.
    expect(warnings).toEqual([]);
    expect(values).not.toHaveProperty("returned");
  });

  it("reports every missing column of an empty submission, and nothing else", () => {
    const { errors, warnings } = validateSubmission(centers, {});
    expect(errors.map((e) => [e.rule, e.columns])).toEqual([
      ["required", ["tthc_total"]],
      ["required", ["tthc_not_at_center"]],
      ["required", ["full_cycle_done"]],
      ["required", ["full_cycle_added"]],
    ]);
    expect(warnings).toEqual([]);
  });
});

describe("type", () => {
  it('rejects the string "1.209" in a count column and never reads it as 1209', () => {
    const { errors, warnings, values } = validateSubmission(centers, { ...centre(), tthc_total: "1.209" });
    const issue = only(errors);
    expect(issue).toMatchObject({ rule: "type", severity: "error", columns: ["tthc_total"] });
    expect(issue.message).toContain('"1.209"');
    expect(issue.message).toContain("cột (3) «Tổng số TTHC»");
    namesForm(centers, issue);
    expect(values).not.toHaveProperty("tthc_total");
    expect(Object.values(values)).not.toContain(1209);
    // Nothing derived from the rejected cell, and no rule run on it.
    expect(values).not.toHaveProperty("tthc_at_center");
    expect(warnings).toEqual([]);
  });

  it.each([
    ["a numeric string", "12"],
    ["a boolean", true],
    ["an object", { value: 12 }],
    ["a list", [12]],
  ])("rejects %s in a count column", (_, value) => {
    const { errors } = validateSubmission(dossiers, { ...month(), received_online: value });
    expect(only(errors)).toMatchObject({ rule: "type", severity: "error", columns: ["received_online"] });
  });

  it("rejects a derived total sent as text, and still fills it in from its parts", () => {
    const { errors, values } = validateSubmission(dossiers, { ...month(), received_total: "60" });
    expect(only(errors)).toMatchObject({ rule: "type", columns: ["received_total"] });
    expect(values.received_total).toBe(60);
  });
});

describe("integer and non_negative", () => {
  it("rejects a fraction with its value", () => {
    const issue = only(validateSubmission(dossiers, { ...month(), resolved_late: 2.5 }).errors);
    expect(issue).toMatchObject({ rule: "integer", severity: "error", columns: ["resolved_late"], actual: 2.5 });
    expect(issue.message).toContain("2,5");
    expect(issue.message).toContain("«Đã giải quyết quá hạn»");
    namesForm(dossiers, issue);
  });

  it("rejects a negative count with its value", () => {
    const issue = only(validateSubmission(dossiers, { ...month(), pending_overdue: -1 }).errors);
    expect(issue).toMatchObject({ rule: "non_negative", severity: "error", columns: ["pending_overdue"], actual: -1 });
    expect(issue.message).toContain("-1");
    expect(issue.message).toContain("«Đang giải quyết quá hạn»");
  });

  it("rejects a number too large to count exactly", () => {
    const issue = only(validateSubmission(dossiers, { ...month(), returned: 2 ** 53 }).errors);
    expect(issue).toMatchObject({ rule: "integer", columns: ["returned"] });
  });
});

describe("unknown_column", () => {
  it("rejects a column the form does not have, and a rate sent as a column", () => {
    const { errors } = validateSubmission(dossiers, { ...month(), received_fax: 3, on_time_rate: 0.9 });
    expect(errors.map((e) => [e.rule, e.severity, e.columns])).toEqual([
      ["unknown_column", "error", ["received_fax"]],
      ["unknown_column", "error", ["on_time_rate"]],
    ]);
    expect(errors[0]!.message).toContain("received_fax");
    namesForm(dossiers, errors[0]!);
  });
});

describe("sum", () => {
  it("rejects a total that is not the sum of its parts, total first, with the expected value", () => {
    const { errors } = validateSubmission(dossiers, { ...month(), received_total: 61 }, { unitName: "Sở Y tế" });
    const issue = only(errors);
    expect(issue).toMatchObject({ rule: "sum", severity: "error", expected: 60, actual: 61 });
    expect(issue.columns[0]).toBe("received_total");
    expect([...issue.columns].sort()).toEqual(["carried_over", "received_direct", "received_online", "received_total"]);
    namesForm(dossiers, issue);
    expect(issue.message).toContain("Sở Y tế");
    expect(issue.message).toContain("cột (3) «Tổng số hồ sơ tiếp nhận»");
    expect(issue.message).toContain("(4) + (5) + (6) = 60");
    expect(issue.message).toContain("61");
  });

  it("fills in omitted totals so the rules after it see them", () => {
    // Received total omitted, returned one too many: the balance uses the filled-in 60.
    const { errors, warnings } = validateSubmission(dossiers, { ...month(), returned: 6 });
    expect(errors).toEqual([]);
    expect(only(warnings)).toMatchObject({ rule: "balance", expected: 61, actual: 60 });
  });

  it("does not compare a sent total with parts that were themselves rejected", () => {
    const { errors, warnings, values } = validateSubmission(dossiers, { ...month(), received_online: -1, received_total: 999 });
    expect(only(errors)).toMatchObject({ rule: "non_negative", columns: ["received_online"] });
    expect(warnings).toEqual([]);
    expect(values).not.toHaveProperty("received_total");
  });
});

describe("difference", () => {
  it("rejects at-centre that is not total − not at centre", () => {
    const issue = only(validateSubmission(centers, { ...centre(), tthc_at_center: 89 }).errors);
    expect(issue).toMatchObject({
      rule: "difference", severity: "error", expected: 90, actual: 89,
      columns: ["tthc_at_center", "tthc_total", "tthc_not_at_center"],
    });
    expect(issue.message).toContain("cột (5) «Tổng số TTHC đưa vào Trung tâm»");
    expect(issue.message).toContain("(3) − (4) = 90");
    namesForm(centers, issue);
  });
});

describe("part_le_whole", () => {
  it("rejects more procedures kept out of the centre than there are, and nothing more", () => {
    const { errors, warnings } = validateSubmission(centers, { ...centre(), tthc_not_at_center: 120 });
    const issue = only(errors);
    expect(issue).toMatchObject({
      rule: "part_le_whole", severity: "error", columns: ["tthc_not_at_center", "tthc_total"], expected: 100, actual: 120,
    });
    expect(issue.message).toContain("«TTHC không đưa vào Trung tâm»");
    expect(issue.message).toContain("«Tổng số TTHC»");
    expect(issue.message).toContain("100");
    namesForm(centers, issue);
    expect(warnings).toEqual([]);
  });

  it("does not blame a sent at-centre figure for parts that contradict each other", () => {
    const { errors } = validateSubmission(centers, { ...centre(), tthc_not_at_center: 120, tthc_at_center: 0 });
    expect(only(errors)).toMatchObject({ rule: "part_le_whole", columns: ["tthc_not_at_center", "tthc_total"] });
  });

  it("still rejects a negative difference in a form without a rule on its parts", () => {
    const bare: FormDefinition = { ...centers, rules: [] };
    const { errors, values } = validateSubmission(bare, { ...centre(), tthc_not_at_center: 120 });
    const issue = only(errors);
    expect(issue).toMatchObject({ rule: "difference", severity: "error", columns: ["tthc_at_center", "tthc_total", "tthc_not_at_center"] });
    expect(issue.message).toContain("(3) − (4) = -20");
    expect(values).not.toHaveProperty("tthc_at_center");
  });

  it("rejects more procedures end to end than brought into the centre", () => {
    const issue = only(validateSubmission(centers, { ...centre(), full_cycle_done: 80 }).errors);
    expect(issue).toMatchObject({
      rule: "part_le_whole", severity: "error", columns: ["full_cycle_after", "tthc_at_center"], expected: 90, actual: 100,
    });
    expect(issue.message).toContain("cột (8)");
    expect(issue.message).toContain("cột (5) «Tổng số TTHC đưa vào Trung tâm» = 90");
  });

  it("accepts a part equal to its whole", () => {
    const { errors } = validateSubmission(centers, { ...centre(), full_cycle_done: 70 });
    expect(errors).toEqual([]);
  });
});

describe("balance (warning)", () => {
  it("warns when received ≠ resolved + in progress + returned, without blocking", () => {
    const { errors, warnings } = validateSubmission(dossiers, { ...month(), resolved_late: 7 }, { unitName: "UBND huyện Cô Tô" });
    expect(errors).toEqual([]);
    const issue = only(warnings);
    expect(issue).toMatchObject({ rule: "balance", severity: "warning", expected: 62, actual: 60 });
    expect(issue.columns).toEqual(["received_total", "resolved_total", "pending_total", "returned"]);
    expect(issue.message).toContain("«Tổng số hồ sơ tiếp nhận»");
    expect(issue.message).toContain("(7) + (11) + (14) = 62");
    expect(issue.message).toContain("UBND huyện Cô Tô");
    namesForm(dossiers, issue);
  });
});

describe("continuity (warning)", () => {
  const previous = (pending_intime: number, pending_overdue: number, withTotal = true) => ({
    periodId: "2026-10",
    values: { ...month(), pending_intime, pending_overdue, ...(withTotal ? { pending_total: pending_intime + pending_overdue } : {}) },
  });

  it("warns when carried over ≠ the previous period's dossiers in progress", () => {
    const { errors, warnings } = validateSubmission(dossiers, month(), { previous: previous(9, 3) });
    expect(errors).toEqual([]);
    const issue = only(warnings);
    expect(issue).toMatchObject({ rule: "continuity", severity: "warning", columns: ["carried_over"], expected: 12, actual: 10 });
    expect(issue.message).toContain("«Từ kỳ trước chuyển qua»");
    expect(issue.message).toContain("2026-10");
    expect(issue.message).toContain("12");
    namesForm(dossiers, issue);
  });

  it("is silent when the figures follow on", () => {
    expect(validateSubmission(dossiers, month(), { previous: previous(7, 3) }).warnings).toEqual([]);
  });

  it("is absent when there is no previous report", () => {
    expect(validateSubmission(dossiers, month(), { previous: null }).warnings).toEqual([]);
    expect(validateSubmission(dossiers, month()).warnings).toEqual([]);
  });

  it("still compares when the previous report was stored without its derived totals", () => {
    const { warnings } = validateSubmission(dossiers, month(), { previous: previous(9, 3, false) });
    expect(only(warnings)).toMatchObject({ rule: "continuity", expected: 12, actual: 10 });
  });

  it("says nothing about a carried-over figure that was itself rejected", () => {
    const { errors, warnings } = validateSubmission(dossiers, { ...month(), carried_over: "12" }, { previous: previous(9, 3) });
    expect(only(errors)).toMatchObject({ rule: "type", columns: ["carried_over"] });
    expect(warnings).toEqual([]);
  });
});

describe("issues together", () => {
  it("reports each independent mistake once, errors and warnings apart", () => {
    const input = { ...month(), received_direct: 2.5, resolved_total: 41, returned: 6 };
    const { errors, warnings } = validateSubmission(dossiers, input);
    expect(errors.map((e) => e.rule).sort()).toEqual(["integer", "sum"]);
    expect(errors.every((e) => e.severity === "error")).toBe(true);
    // received_total cannot be computed, so the balance is not judged on it.
    expect(warnings).toEqual([]);
  });

  it("gives every issue an English twin of its message", () => {
    const { errors } = validateSubmission(centers, { ...centre(), tthc_at_center: 89, tthc_total: -3 });
    for (const issue of errors) expect(issue.messageEn).toMatch(/^Form “/);
  });
});
