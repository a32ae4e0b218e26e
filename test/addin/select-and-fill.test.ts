import { describe, expect, it } from "vitest";
import { fillValues } from "../../addin/excel/fill-values.ts";
import { cellName } from "../../shared/layout/names.ts";
import { readForms } from "../../addin/excel/read-forms.ts";
import { selectCell } from "../../addin/excel/select-cell.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { centers } from "../../shared/forms/centers.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { CENTERS_MONTH, DOSSIERS_MONTH, FACTS, freshExcel, liftProtection, tasksForm, typeAll } from "./excel-fixtures.ts";
import { formatRect } from "./fake-excel/addresses.ts";

describe("selecting a cell an issue names", () => {
  it("activates the form's sheet and selects the cell, in one sync", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    expect(excel.workbook.active?.name).toBe("Giải quyết TTHC");

    expect(await selectCell(centers, "tthc_not_at_center")).toBe(true);
    expect(excel.lastSyncs).toBe(1);
    expect(excel.workbook.active?.name).toBe("TTHC tại Trung tâm");
    expect(excel.workbook.selection?.sheet.name).toBe("TTHC tại Trung tâm");
    expect(formatRect(excel.workbook.selection!.rect)).toBe("D9");
  });

  it("answers false and changes nothing when the workbook has no such cell", async () => {
    const excel = freshExcel();
    expect(await selectCell("centers", "tthc_total")).toBe(false);
    expect(excel.workbook.selection).toBeNull();
    expect(excel.lastSyncs).toBe(1);
  });
});

describe("filling values into an existing sheet", () => {
  it("writes a prefill into its input cells as numbers and leaves the clerk's other figures alone", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    typeAll(excel, "dossiers", { received_online: 30 });

    expect(await fillValues(dossiers, { carried_over: 15 })).toBe(true);
    const read = await readForms([dossiers]);
    expect(read.dossiers!.values).toMatchObject({ carried_over: 15, received_online: 30 });
    expect(excel.workbook.namedValue(cellName("dossiers", "received_total"))).toBe(45);
  });

  it("loads a submitted version back: every input value, and the totals get their formulas again", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    liftProtection(excel);
    typeAll(excel, "centers", { ...CENTERS_MONTH, tthc_total: 7, tthc_at_center: 250 });

    expect(await fillValues(centers, { ...CENTERS_MONTH })).toBe(true);
    const read = await readForms([centers]);
    expect(read.centers!.values).toEqual(CENTERS_MONTH);
    expect(excel.workbook.named(cellName("centers", "tthc_at_center"))!.cell.formula).toBe("=C9-D9");
    expect(excel.workbook.namedValue(cellName("centers", "at_center_rate"))).toBe(0.9);
  });

  it("fills the inputs of a sheet as written, protected, and leaves its totals' formulas as they are", async () => {
    const excel = freshExcel();
    await writeForms([centers], FACTS, { overwrite: false });
    expect(await fillValues(centers, { ...CENTERS_MONTH })).toBe(true);
    expect((await readForms([centers])).centers!.values).toEqual(CENTERS_MONTH);
    expect(excel.workbook.named(cellName("centers", "tthc_at_center"))!.cell.formula).toBe("=C9-D9");
    expect(excel.workbook.mustSheet("TTHC tại Trung tâm").protection).not.toBeNull();
  });

  it("fills a multi-row form's options, dates and text by key", async () => {
    freshExcel();
    const tasks = tasksForm();
    await writeForms([tasks], FACTS, { overwrite: false });
    await fillValues(tasks, { "t2.status": "not_started", "t2.done_on": "2026-12-01", "t2.output": "không có", "t2.documents": 0 });
    const read = await readForms([tasks]);
    expect(read.plan_tasks!.values).toMatchObject({ "t2.status": "not_started", "t2.done_on": "2026-12-01", "t2.output": "không có", "t2.documents": 0 });
  });

  it("answers false and writes nothing when the form's sheet is not in the workbook", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    typeAll(excel, "dossiers", DOSSIERS_MONTH);
    const before = excel.runs.length;
    expect(await fillValues(centers, { ...CENTERS_MONTH })).toBe(false);
    expect(excel.syncsSince(before)).toBe(1);
    expect(excel.workbook.sheet("TTHC tại Trung tâm")).toBeUndefined();
  });

  it("refuses to fill a sheet written for another period, writing nothing", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    typeAll(excel, "dossiers", { carried_over: 7 });
    await expect(fillValues(dossiers, { carried_over: 15 }, { periodId: "2026-12", unitCode: FACTS.unitCode })).rejects.toThrow(
      /được lập cho kỳ 2026-11/,
    );
    expect((await readForms([dossiers])).dossiers!.values.carried_over).toBe(7);
    expect(await fillValues(dossiers, { carried_over: 15 }, { periodId: "2026-11", unitCode: FACTS.unitCode })).toBe(true);
  });

  it("takes at most 2 syncs", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    await fillValues(dossiers, { ...DOSSIERS_MONTH });
    expect(excel.lastSyncs).toBeLessThanOrEqual(2);
  });
});
