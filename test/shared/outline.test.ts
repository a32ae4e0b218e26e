import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkCatalogue, forms, getForm } from "../../shared/forms/catalogue.ts";
import { FormDefinitionError } from "../../shared/forms/check-form.ts";
import { rowsOf } from "../../shared/forms/cells.ts";
import { derivationParts } from "../../shared/forms/filing.ts";
import { canTho2021 } from "../../shared/outline/can-tho-2021.ts";
import { outlineForm } from "../../shared/outline/outline-form.ts";
import type { Outline } from "../../shared/outline/types.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { validateSubmission } from "../../shared/validation/index.ts";

const form = getForm("outline")!;
const seed = readFileSync(new URL("../../../shared/seeds/003_96e3ea002c4ea3f4.txt", import.meta.url), "utf8");
const outline = seed.slice(seed.indexOf("ĐỀ CƯƠNG BÁO CÁO"));
const key = (section: string) => `${section}.content`;

describe("the outline as data (Cần Thơ, seed 003)", () => {
  it("has the seed's eleven items under I, then II, III and IV, in order, each a row of the written report", () => {
    expect(rowsOf(form).map((row) => row.label!.vi.split(". ")[0])).toEqual([
      "I.1", "I.2", "I.3", "I.4", "I.5", "I.6", "I.7", "I.8", "I.9", "I.10", "I.11", "II", "III", "IV",
    ]);
    for (const part of canTho2021.parts) expect(outline).toContain(part.title.vi);
  });

  it("shows each section's guidance from the seed's own bullet lines, and the closing rule", () => {
    const direction = rowsOf(form).find((row) => row.id === "direction")!;
    expect(direction.fixed!.hint!.vi).toContain("Việc ban hành các văn bản hướng dẫn, chỉ đạo thực hiện kiểm soát thủ tục hành chính;");
    expect(outline).toContain("Tình hình đôn đốc, tổ chức thực hiện kiểm soát thủ tục hành chính;");
    for (const row of rowsOf(form)) expect(row.fixed!.hint!.vi).toContain("«không có»");
    expect(outline).toContain("ghi rõ “không có”");
  });

  it("names the forms whose figures belong to each section, all of the catalogue", () => {
    const ids = new Set(forms.map((f) => f.id));
    const named = rowsOf(form).flatMap((row) => row.fixed!.forms ?? []);
    expect(named).toEqual(expect.arrayContaining(["dossiers", "feedback", "publication", "review", "centers", "digital"]));
    for (const id of named) expect(ids.has(id)).toBe(true);
  });

  it("is written by every level, for quarters, halves and years; never derived from shorter reports", () => {
    expect(form.filing).toEqual({ levels: ["cap-tinh", "cap-huyen", "cap-xa"], periodTypes: ["quarter", "half-year", "year"] });
    expect(derivationParts(form, parsePeriodId("2026")!)).toEqual([]);
  });
});

describe("the outline's rules", () => {
  it("accepts the example, «không có» included, at every level", () => {
    for (const level of form.filing.levels) expect(validateSubmission(form, form.example, { level }).errors).toEqual([]);
    expect(Object.values(form.example)).toContain("Không có.");
  });

  it("rejects a blank section naming the form, the section and the column, and saying to write «không có»", () => {
    const { errors, values } = validateSubmission(form, { ...form.example, [key("feedback")]: "   " }, { level: "cap-xa", unitName: "Xã An Bình" });
    expect(errors).toHaveLength(1);
    expect(errors[0]!.rule).toBe("required");
    expect(errors[0]!.columns).toEqual([key("feedback")]);
    expect(errors[0]!.message).toBe(
      "Đề cương báo cáo «Báo cáo hoạt động kiểm soát thủ tục hành chính», dòng «I.6. Phản ánh, kiến nghị», " +
      "cột (4) «Nội dung báo cáo của cơ quan, đơn vị»: chưa ghi nội dung; nếu không có gì để báo cáo, ghi «không có».",
    );
    expect(errors[0]!.messageEn).toContain("write “không có”");
    expect(values).not.toHaveProperty(key("feedback"));
  });

  it("states a section's own length limit, and the length written, when the text is longer", () => {
    const long = "Nội dung rất dài. ".repeat(300); // 5,400 characters: over I.6's 4,000, within II's 8,000
    const over = validateSubmission(form, { ...form.example, [key("feedback")]: long }, { level: "cap-xa" }).errors;
    expect(over.map((e) => e.rule)).toEqual(["too_long"]);
    expect(over[0]!.message).toContain(`dài ${long.length.toLocaleString("de-DE")} ký tự, quá giới hạn 4.000 ký tự`);
    expect(over[0]!.message).toContain("I.6. Phản ánh, kiến nghị");
    expect(validateSubmission(form, { ...form.example, [key("assessment")]: long }, { level: "cap-xa" }).errors).toEqual([]);
  });

  it("lets a level the section is not for leave it blank, keeps what it writes there, and requires it of the level it is for", () => {
    const { [key("impact")]: _, ...withoutImpact } = form.example;
    expect(validateSubmission(form, withoutImpact, { level: "cap-xa" }).errors).toEqual([]);
    const province = validateSubmission(form, withoutImpact, { level: "cap-tinh" }).errors;
    expect(province.map((e) => e.columns[0])).toEqual([key("impact")]);
    expect(validateSubmission(form, withoutImpact).errors).toHaveLength(1); // no level known: every section is required
    const written = validateSubmission(form, { ...form.example, [key("impact")]: "Góp ý dự thảo quy định." }, { level: "cap-xa" });
    expect(written.values[key("impact")]).toBe("Góp ý dự thảo quy định.");
    expect(rowsOf(form).find((row) => row.id === "impact")!.fixed!.hint!.vi).toMatch(/^Mục dành cho: Cấp tỉnh/);
  });

  it("keeps text that looks like a formula or markup exactly as written", () => {
    const text = "=SUM(A1:A2) <w:t>x</w:t> & <b>không có</b>";
    expect(validateSubmission(form, { ...form.example, [key("other")]: text }, { level: "cap-xa" }).values[key("other")]).toBe(text);
  });
});

describe("another province's outline", () => {
  const mine: Outline = {
    id: "thu", title: { vi: "Báo cáo thử", en: "Test report" }, basis: { vi: "Kế hoạch thử", en: "Test plan" },
    levels: ["cap-tinh", "cap-xa"], periodTypes: ["year"],
    parts: [{ number: "I", title: { vi: "KẾT QUẢ", en: "Results" }, sections: [{ id: "ket_qua", number: null, title: { vi: "Kết quả", en: "Results" }, guidance: ["Nêu kết quả."], maxLength: 100, forms: ["dossiers"] }] }],
  };

  it("becomes the written report with its own sections, limits and filing", () => {
    const other = outlineForm(mine);
    expect(other.id).toBe("outline");
    expect(rowsOf(other).map((row) => row.label!.vi)).toEqual(["I. Kết quả"]);
    expect(validateSubmission(other, { "ket_qua.content": "x".repeat(101) }).errors[0]!.message).toContain("quá giới hạn 100 ký tự");
    expect(checkCatalogue([...forms.filter((f) => f.id !== "outline"), other]).map((f) => f.id)).toContain("outline");
  });

  it("is refused when a section names a form the catalogue lacks, or a level that does not write the outline", () => {
    const badForm = outlineForm({ ...mine, parts: [{ ...mine.parts[0]!, sections: [{ ...mine.parts[0]!.sections[0]!, forms: ["khong_co"] }] }] });
    expect(() => checkCatalogue([...forms.filter((f) => f.id !== "outline"), badForm])).toThrow(FormDefinitionError);
    const badLevel = outlineForm({ ...mine, parts: [{ ...mine.parts[0]!, sections: [{ ...mine.parts[0]!.sections[0]!, levels: ["cap-huyen"] }] }] });
    expect(() => checkCatalogue([badLevel])).toThrow(/levels that do not file/);
  });
});
