import { describe, expect, it } from "vitest";
import { cellName } from "../../shared/layout/names.ts";
import { readForms } from "../../addin/excel/read-forms.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { centers } from "../../shared/forms/centers.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { CENTERS_MONTH, DOSSIERS_MONTH, FACTS, filledWorkbook, freshExcel, liftProtection, tasksForm, typeAll } from "./excel-fixtures.ts";

describe("reading the forms back", () => {
  it("reads typed numbers as numbers and leaves out totals whose formula is intact", async () => {
    await filledWorkbook();
    const read = await readForms([dossiers, centers]);
    // The outline's optional additions left blank are read as empty cells (null): not reported.
    expect(read.dossiers!.values).toEqual({ ...DOSSIERS_MONTH, received_postal: null, results_by_post: null, apology_letters: null });
    expect(read.centers!.values).toEqual(CENTERS_MONTH);
    expect(read.dossiers).toMatchObject({ present: true, sheetName: "Giải quyết TTHC", periodId: "2026-11", unitCode: "XA-001" });
  });

  it("gives the shared rules what they need: a fully typed sheet passes them", async () => {
    await filledWorkbook();
    const read = await readForms([dossiers, centers]);
    for (const form of [dossiers, centers]) {
      const verdict = validateSubmission(form, read[form.id]!.values, { unitName: FACTS.unitName });
      expect(verdict.errors, form.id).toEqual([]);
      expect(verdict.warnings, form.id).toEqual([]);
    }
  });

  it("sends text as text: 1.209 pasted as text stays the string \"1.209\" and the rules reject it", async () => {
    const excel = await filledWorkbook();
    excel.workbook.pasteText(cellName("dossiers", "received_online"), "1.209");
    const read = await readForms([dossiers]);
    expect(read.dossiers!.values.received_online).toBe("1.209");
    const verdict = validateSubmission(dossiers, read.dossiers!.values);
    expect(verdict.errors.map((e) => [e.rule, e.columns[0]])).toContainEqual(["type", "received_online"]);
  });

  it("reads an empty input cell as null, which the rules call blank", async () => {
    const excel = freshExcel();
    await writeForms([centers], FACTS, { overwrite: false });
    typeAll(excel, "centers", { tthc_total: 100, tthc_not_at_center: 0, full_cycle_done: 50 });
    const read = await readForms([centers]);
    expect(read.centers!.values).toEqual({ tthc_total: 100, tthc_not_at_center: 0, full_cycle_done: 50, full_cycle_added: null });
    const verdict = validateSubmission(centers, read.centers!.values);
    expect(verdict.errors.map((e) => [e.rule, e.columns[0]])).toEqual([["required", "full_cycle_added"]]);
  });

  it("includes a total the clerk typed over, so the rules can flag it", async () => {
    const excel = await filledWorkbook();
    liftProtection(excel);
    excel.workbook.type(cellName("centers", "tthc_at_center"), 250);
    excel.workbook.type(cellName("dossiers", "resolved_total"), "=H10+I10"); // a formula that drops a part
    const read = await readForms([dossiers, centers]);
    expect(read.centers!.values.tthc_at_center).toBe(250);
    expect(read.dossiers!.values.resolved_total).toBe(35);
    expect(read.dossiers!.values).not.toHaveProperty("received_total");
    const flagged = validateSubmission(centers, read.centers!.values).errors.map((e) => e.columns[0]);
    expect(flagged).toContain("tthc_at_center");
  });

  it("leaves out a total the clerk emptied: the worker computes it", async () => {
    const excel = await filledWorkbook();
    liftProtection(excel);
    excel.workbook.typeAt("TTHC tại Trung tâm", excel.workbook.named(cellName("centers", "tthc_at_center"))!.address, "");
    const read = await readForms([centers]);
    expect(read.centers!.values).toEqual(CENTERS_MONTH);
  });

  it("finds the cells through their names, not their addresses: a renamed sheet is still read", async () => {
    const excel = await filledWorkbook();
    excel.workbook.mustSheet("Giải quyết TTHC").name = "Tháng 11";
    const read = await readForms([dossiers]);
    expect(read.dossiers).toMatchObject({ present: true, sheetName: "Tháng 11", values: DOSSIERS_MONTH });
    expect(read.dossiers!.cells.carried_over).toBe("'Tháng 11'!D10");
  });

  it("gives the address of every cell found, for highlighting and selecting", async () => {
    await filledWorkbook();
    const read = await readForms([centers]);
    expect(read.centers!.cells).toEqual({
      tthc_total: "'TTHC tại Trung tâm'!C9",
      tthc_not_at_center: "'TTHC tại Trung tâm'!D9",
      tthc_at_center: "'TTHC tại Trung tâm'!E9",
      full_cycle_done: "'TTHC tại Trung tâm'!F9",
      full_cycle_added: "'TTHC tại Trung tâm'!G9",
      full_cycle_after: "'TTHC tại Trung tâm'!H9",
    });
  });

  it("says a form is not present when its sheet was never written", async () => {
    freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    const read = await readForms([dossiers, centers]);
    expect(read.centers).toEqual({ present: false, values: {}, cells: {} });
    expect(read.dossiers!.present).toBe(true);
  });

  it("reads options back as their values and dates as YYYY-MM-DD", async () => {
    const excel = freshExcel();
    const tasks = tasksForm();
    await writeForms([tasks], FACTS, {
      overwrite: false,
      values: { plan_tasks: { "t1.status": "done", "t1.done_on": "2026-11-03", "t1.output": "Quyết định 12/QĐ-UBND", "t1.documents": 2 } },
    });
    excel.workbook.type(cellName("plan_tasks", "t2.status"), "Đang thực hiện");
    excel.workbook.type(cellName("plan_tasks", "t2.output"), "không có");
    const read = await readForms([tasks]);
    expect(read.plan_tasks!.values).toEqual({
      "t1.status": "done", "t1.done_on": "2026-11-03", "t1.output": "Quyết định 12/QĐ-UBND", "t1.documents": 2,
      "t2.status": "doing", "t2.done_on": null, "t2.output": "không có", "t2.documents": null,
    });
  });
});

describe("the sync budget of reading", () => {
  it("reads both forms in one sync", async () => {
    const excel = await filledWorkbook();
    await readForms([dossiers, centers]);
    expect(excel.lastSyncs).toBe(1);
  });

  it("takes one sync for many forms and rows as for one", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers, tasksForm(40)], FACTS, { overwrite: false });
    await readForms([centers]);
    const one = excel.lastSyncs;
    await readForms([dossiers, centers, tasksForm(40)]);
    expect(excel.lastSyncs).toBe(one);
    expect(one).toBe(1);
  });
});
