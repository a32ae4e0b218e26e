import { describe, expect, it } from "vitest";
import { checkForms } from "../../addin/excel/check-forms.ts";
import { fillValues } from "../../addin/excel/fill-values.ts";
import { readForms } from "../../addin/excel/read-forms.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { getForm } from "../../shared/forms/catalogue.ts";
import { rowsOf } from "../../shared/forms/cells.ts";
import { cellName } from "../../shared/layout/names.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { FACTS, freshExcel, typeAll } from "./excel-fixtures.ts";

const outline = getForm("outline")!;
const name = (section: string) => cellName("outline", `${section}.content`);

describe("the written report's sheet in Excel", () => {
  it("lays out one row per section: its number and title, the outline's guidance beside it, one wrapped cell to write in", async () => {
    const excel = freshExcel();
    await writeForms([outline], FACTS, { overwrite: false });
    const sheet = excel.workbook.mustSheet(outline.layout.sheetName);
    rowsOf(outline).forEach((row) => {
      const { cell, address } = excel.workbook.named(name(row.id!))!;
      const r = Number(/\d+$/.exec(address)![0]);
      expect(sheet.cell(r, 2).constant).toBe(row.label!.vi);
      expect(sheet.cell(r, 3).constant).toBe(row.fixed!.hint!.vi);
      expect(sheet.cell(r, 3).wrapText).toBe(true);
      expect(address.startsWith("D")).toBe(true);
      expect(cell).toMatchObject({ locked: false, wrapText: true, numberFormat: "@", fill: STYLE.inputFill });
      expect(sheet.autofitRows.has(r), `${row.id} fits its text`).toBe(true);
      expect(sheet.rowHeights.has(r)).toBe(false);
    });
    expect(sheet.cell(6, 3).constant).toBe("Nội dung cần báo cáo (hướng dẫn)");
  });

  it("reads back what the unit wrote, formula- and markup-looking text as typed, and names the blank section asking for «không có»", async () => {
    const excel = freshExcel();
    await writeForms([outline], FACTS, { overwrite: false });
    typeAll(excel, "outline", { ...outline.example, "other.content": "=SUM(A1:A2) <b>x</b>", "review.content": "" } as Record<string, string>);
    const read = await readForms([outline]);
    expect(read.outline!.values["other.content"]).toBe("=SUM(A1:A2) <b>x</b>");
    const checked = await checkForms([outline], (form, values) => validateSubmission(form, values, { unitName: FACTS.unitName, level: "cap-xa" }));
    expect(checked.outline!.errors).toHaveLength(1);
    expect(checked.outline!.errors[0]!.message).toContain("dòng «I.5. Rà soát, đánh giá TTHC»");
    expect(checked.outline!.errors[0]!.message).toContain("ghi «không có»");
    expect(excel.workbook.named(name("review"))!.cell.fill).toBe(STYLE.errorFill);
  });

  it("takes the text the unit wrote in the pane into the sheet, replacing a section and clearing another", async () => {
    const excel = freshExcel();
    await writeForms([outline], FACTS, { overwrite: false });
    typeAll(excel, "outline", outline.example as Record<string, string>);
    const ok = await fillValues(outline, { "direction.content": "Viết trong ô của ngăn tác vụ.", "impact.content": "" }, { periodId: FACTS.periodId, unitCode: FACTS.unitCode });
    expect(ok).toBe(true);
    expect(excel.workbook.namedValue(name("direction"))).toBe("Viết trong ô của ngăn tác vụ.");
    expect(excel.workbook.namedValue(name("impact"))).toBe("");
    expect(excel.workbook.namedValue(name("handling"))).toBe(outline.example["handling.content"]);
  });
});
