import { describe, expect, it } from "vitest";
import { cellName, factName } from "../../shared/layout/names.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { readForms } from "../../addin/excel/read-forms.ts";
import { centers } from "../../shared/forms/centers.ts";
import { cellsOf } from "../../shared/forms/cells.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { sheetHeader } from "../../shared/layout/sheet-columns.ts";
import { CENTERS_MONTH, DOSSIERS_MONTH, FACTS, freshExcel, tasksForm, typeAll } from "./excel-fixtures.ts";
import { formatRect, letters } from "./fake-excel/addresses.ts";

const HEADER_TOP = 6;

/** The block a header cell of the shared model covers on the sheet. */
const blockOf = (cell: { row: number; column: number; rowSpan: number; columnSpan: number }) =>
  formatRect({
    top: HEADER_TOP + cell.row, left: cell.column + 1,
    bottom: HEADER_TOP + cell.row + cell.rowSpan - 1, right: cell.column + cell.columnSpan,
  });

describe("writing the forms", () => {
  it("heads each sheet with the title in capitals, the unit, the period with its window and deadline, the code and basis", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers], FACTS, { overwrite: false });

    const sheet = excel.workbook.mustSheet("Giải quyết TTHC");
    expect(sheet.at("A1").constant).toBe("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    expect(sheet.at("A1").font.bold).toBe(true);
    expect(sheet.mergedAreas()).toContain("A1:T1"); // 2 lead columns, 15 data columns, 3 rates
    expect(sheet.at("A2").constant).toBe("Đơn vị: UBND xã An Lư");
    expect(sheet.at("A3").constant).toBe(
      "Kỳ báo cáo tháng 11/2026: số liệu từ ngày 15/10/2026 đến ngày 14/11/2026; hạn gửi 18/11/2026",
    );
    expect(sheet.at("A4").constant).toBe(`Biểu số 01 — ${dossiers.basis.vi}`);
    expect(excel.workbook.namedValue(factName("dossiers", "unit"))).toBe("XA-001");
    expect(excel.workbook.namedValue(factName("dossiers", "period"))).toBe("2026-11");

    const other = excel.workbook.mustSheet("TTHC tại Trung tâm");
    expect(other.at("A1").constant).toBe("THỦ TỤC HÀNH CHÍNH TẠI TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG");
    expect(other.mergedAreas()).toContain("A1:J1");
  });

  it.each([dossiers, centers])("writes the header block of the shared layout model for $id: merged bands, labels, the numbered row", async (form) => {
    const excel = freshExcel();
    await writeForms([form], FACTS, { overwrite: false });
    const sheet = excel.workbook.mustSheet(form.layout.sheetName);
    const header = sheetHeader(form, true);

    for (const cell of header.cells) {
      expect(sheet.at(blockOf(cell).split(":")[0]!).constant).toBe(cell.label.vi);
    }
    const spanning = header.cells.filter((c) => c.rowSpan * c.columnSpan > 1).map(blockOf);
    const numberRow = HEADER_TOP + header.depth;
    const inHeader = sheet.merges.filter((m) => m.top >= HEADER_TOP && m.bottom < numberRow).map(formatRect);
    expect(inHeader.sort()).toEqual(spanning.sort());

    // "(1)" typed into a General cell would become −1: the numbered row stays as the model wrote it.
    const numbers = header.numbers.map((_, i) => sheet.at(`${letters(i + 1)}${numberRow}`).constant);
    expect(numbers).toEqual(header.numbers);

    for (const address of ["A6", `${letters(header.columns.length)}${numberRow}`]) {
      const cell = sheet.at(address);
      expect(cell.fill).toBe(STYLE.headerFill);
      expect(cell.wrapText).toBe(true);
      expect(cell.borders.top?.style).toBe("Continuous");
      expect(cell.borders.left?.style).toBe("Continuous");
    }
  });

  it("fills the data row with STT 1 and the unit's name, and writes totals and rates as formulas of their row", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    const d = excel.workbook.mustSheet("Giải quyết TTHC");
    expect(d.at("A10").constant).toBe(1);
    expect(d.at("B10").constant).toBe("UBND xã An Lư");
    expect(excel.workbook.named(cellName("dossiers", "received_total"))?.cell.formula).toBe("=D10+E10+F10");
    expect(excel.workbook.named(cellName("dossiers", "resolved_total"))?.cell.formula).toBe("=H10+I10+J10");
    expect(excel.workbook.named(cellName("dossiers", "pending_total"))?.cell.formula).toBe("=L10+M10");
    const onTime = excel.workbook.named(cellName("dossiers", "on_time_rate"))!;
    expect(onTime.cell.formula).toBe('=IF(G10=0,"",(H10+I10)/G10)');
    expect(onTime.cell.numberFormat).toBe("0.0%");
    expect(excel.workbook.named(cellName("dossiers", "online_rate"))?.cell.formula).toBe('=IF((E10+F10)=0,"",E10/(E10+F10))');

    expect(excel.workbook.named(cellName("centers", "tthc_at_center"))?.cell.formula).toBe("=C9-D9");
    expect(excel.workbook.named(cellName("centers", "full_cycle_after"))?.cell.formula).toBe("=F9+G9");
  });

  it("gives a sheet that adds up as the clerk types, with rates blank until they have a denominator", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    const value = (formId: string, key: string) => excel.workbook.namedValue(cellName(formId, key));
    expect(value("dossiers", "on_time_rate")).toBe("");

    typeAll(excel, "dossiers", DOSSIERS_MONTH);
    typeAll(excel, "centers", CENTERS_MONTH);
    expect(value("dossiers", "received_total")).toBe(60);
    expect(value("dossiers", "resolved_total")).toBe(40);
    expect(value("dossiers", "pending_total")).toBe(15);
    expect(value("dossiers", "on_time_rate")).toBe(35 / 40);
    expect(value("dossiers", "online_rate")).toBe(30 / 50);
    expect(value("centers", "tthc_at_center")).toBe(90);
    expect(value("centers", "full_cycle_after")).toBe(70);
    expect(value("centers", "full_cycle_rate")).toBe(70 / 90);
  });

  it("marks input cells, unlocks them and lets Excel accept only whole numbers ≥ 0, with a Vietnamese alert", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    for (const { key, column } of cellsOf(dossiers)) {
      const { cell } = excel.workbook.named(cellName("dossiers", key))!;
      if (column.kind === "count") {
        expect(cell.fill, key).toBe(STYLE.inputFill);
        expect(cell.locked, key).toBe(false);
        expect(cell.validation.rule, key).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
        expect(cell.validation.errorAlert).toMatchObject({ showAlert: true, style: "Stop", message: "Chỉ nhập số nguyên không âm (0 nếu không có)." });
        expect(cell.numberFormat).toBe("#,##0");
      } else {
        expect(cell.fill, key).toBe(STYLE.computedFill);
        expect(cell.locked, key).toBe(true);
        expect(cell.validation.rule, key).toBeUndefined();
      }
    }
  });

  it.each([dossiers, centers])("records every data, rate and header cell of $id under its own workbook name", async (form) => {
    const excel = freshExcel();
    await writeForms([form], FACTS, { overwrite: false });
    const keys = [...cellsOf(form).map((c) => c.key), ...form.rates.map((r) => r.id)];
    const names = [...keys.map((key) => cellName(form.id, key)), factName(form.id, "period"), factName(form.id, "unit")];
    const places = names.map((name) => {
      const found = excel.workbook.named(name);
      expect(found, name).not.toBeNull();
      expect(found!.sheet.name).toBe(form.layout.sheetName);
      return found!.address;
    });
    expect(new Set(places).size).toBe(names.length);
    expect(excel.workbook.names.size).toBe(names.length);
  });

  it("names cells BC_<form>.<cell key>, and BC_<form>._period / _unit for the header facts", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, tasksForm()], FACTS, { overwrite: false });
    expect(excel.workbook.named("BC_dossiers.received_total")?.address).toBe("C10");
    expect(excel.workbook.named("BC_dossiers._period")?.address).toBe("T3");
    expect(excel.workbook.named("BC_dossiers._unit")?.address).toBe("T2");
    expect(excel.workbook.named("BC_plan_tasks.t2.documents")?.address).toBe("F10");
  });

  it("writes prefilled values into input cells as numbers, never over a total's formula, and converts no text", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, {
      overwrite: false,
      values: { dossiers: { carried_over: 12, received_total: 999, returned: "7" } },
    });
    const carried = excel.workbook.named(cellName("dossiers", "carried_over"))!.cell;
    expect(carried.constant).toBe(12);
    expect(carried.formula).toBeNull();
    expect(excel.workbook.named(cellName("dossiers", "received_total"))!.cell.formula).toBe("=D10+E10+F10");
    expect(excel.workbook.namedValue(cellName("dossiers", "returned"))).toBe("7");
  });

  it("freezes the panes below the header and beside the unit's name, sizes the columns, prints landscape and adds the signature block", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    const sheet = excel.workbook.mustSheet("Giải quyết TTHC");
    expect(sheet.frozen).toEqual({ rows: 9, columns: 2 });
    expect(sheet.columnWidths.get(1)).toBeLessThan(sheet.columnWidths.get(2)!);
    for (let c = 1; c <= 17; c++) expect(sheet.columnWidths.get(c), letters(c)).toBeGreaterThan(0);
    expect(sheet.pageLayout.orientation).toBe("Landscape");
    expect(sheet.sheetFont.name).toBe("Times New Roman");

    const below = [...sheet.cells.entries()].filter(([address]) => Number(address.replace(/^[A-Z]+/, "")) > 10);
    const texts = below.map(([, cell]) => cell.constant);
    expect(texts).toEqual(
      expect.arrayContaining(["…………, ngày … tháng … năm …", "NGƯỜI LẬP BIỂU", "THỦ TRƯỞNG ĐƠN VỊ", "(Ký, ghi rõ họ tên)"]),
    );
    const preparer = below.find(([, cell]) => cell.constant === "NGƯỜI LẬP BIỂU")![0];
    const head = below.find(([, cell]) => cell.constant === "THỦ TRƯỞNG ĐƠN VỊ")![0];
    expect(preparer.startsWith("A")).toBe(true);
    expect(head.replace(/\d+$/, "") > "A").toBe(true);
  });

  it("protects each form sheet without a password: labels and totals refuse typing, every input cell takes it, formats stay free", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    expect(excel.workbook.mustSheet("Giải quyết TTHC").protection).toMatchObject({ allowFormatCells: true, allowFormatColumns: true, allowFormatRows: true });
    expect(() => excel.workbook.type(cellName("dossiers", "received_total"), 5)).toThrow(/protected/);
    expect(() => excel.workbook.typeAt("Giải quyết TTHC", "A1", "Báo cáo")).toThrow(/protected/);
    for (const { key, column } of cellsOf(dossiers)) if (column.kind !== "derived") excel.workbook.type(cellName("dossiers", key), 1);
    expect(excel.workbook.named(cellName("dossiers", "received_total"))!.cell.formula).toBe("=D10+E10+F10");
  });

  it("still writes the forms on an Excel with ExcelApi 1.8 (Office 2019), only without landscape printing", async () => {
    const excel = freshExcel(["Sheet1"], 8);
    expect(await writeForms([dossiers, centers], FACTS, { overwrite: false })).toEqual({ written: ["dossiers", "centers"], existing: [] });
    expect(excel.workbook.mustSheet("Giải quyết TTHC").pageLayout.orientation).toBeUndefined();
    expect(excel.workbook.named(cellName("dossiers", "returned"))?.cell.validation.rule).toBeDefined();
  });

  it("keeps a unit code or a period id that looks like a number as text", async () => {
    const excel = freshExcel();
    await writeForms([centers], { ...FACTS, periodId: "2026", periodLabel: "Năm 2026", unitCode: "001" }, { overwrite: false });
    expect(excel.workbook.namedValue(factName("centers", "period"))).toBe("2026");
    expect(excel.workbook.namedValue(factName("centers", "unit"))).toBe("001");
    const read = await readForms([centers]);
    expect(read.centers).toMatchObject({ periodId: "2026", unitCode: "001" });
  });

  it("writes a multi-row form one row per label, with a drop-down for options, a date check and text cells", async () => {
    const excel = freshExcel();
    const tasks = tasksForm();
    await writeForms([tasks], FACTS, {
      overwrite: false,
      values: { plan_tasks: { "t1.status": "done", "t1.done_on": "2026-11-03", "t1.output": "Quyết định 12/QĐ-UBND", "t1.documents": 2 } },
    });
    const sheet = excel.workbook.mustSheet("Tiến độ kế hoạch");
    expect([sheet.at("A9").constant, sheet.at("B9").constant]).toEqual([1, "Rà soát, đánh giá TTHC"]);
    expect([sheet.at("A10").constant, sheet.at("B10").constant]).toEqual([2, "Công bố, công khai TTHC"]);

    const cell = (key: string) => excel.workbook.named(cellName("plan_tasks", key))!.cell;
    expect(cell("t2.status").validation.rule).toEqual({ list: { inCellDropDown: true, source: "Đã hoàn thành,Đang thực hiện,Chưa thực hiện" } });
    expect(cell("t1.status").constant).toBe("Đã hoàn thành");
    expect(cell("t2.done_on").validation.rule).toMatchObject({ date: { operator: "GreaterThanOrEqualTo" } });
    expect(cell("t1.done_on").constant).toBe((Date.UTC(2026, 10, 3) - Date.UTC(1899, 11, 30)) / 86_400_000);
    expect(cell("t1.done_on").numberFormat).toBe("dd/mm/yyyy");
    expect(cell("t1.output").numberFormat).toBe("@");
    expect(cell("t1.output").constant).toBe("Quyết định 12/QĐ-UBND");
    expect(cell("t1.output").validation.rule).toBeUndefined();
    expect(cell("t2.documents").validation.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    for (const key of ["t1.status", "t1.done_on", "t1.output", "t1.documents"]) {
      expect(cell(key).locked, key).toBe(false);
      expect(cell(key).fill, key).toBe(STYLE.inputFill);
    }
  });
});

describe("an existing form sheet", () => {
  it("is not overwritten without overwrite: true: nothing is written and `existing` lists it", async () => {
    const excel = freshExcel(["Sheet1", "Giải quyết TTHC"]);
    excel.workbook.typeAt("Giải quyết TTHC", "D10", 41);

    const result = await writeForms([dossiers, centers], FACTS, { overwrite: false });

    expect(result).toEqual({ written: [], existing: ["dossiers"] });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", "Giải quyết TTHC"]);
    expect(excel.workbook.mustSheet("Giải quyết TTHC").at("D10").constant).toBe(41);
    expect(excel.workbook.names.size).toBe(0);
    expect(excel.lastSyncs).toBe(1);
  });

  it("is found whatever the case of its name, as Excel compares sheet names", async () => {
    const excel = freshExcel(["GIẢI QUYẾT TTHC"]);
    expect(await writeForms([dossiers], FACTS, { overwrite: false })).toEqual({ written: [], existing: ["dossiers"] });
    expect(excel.workbook.sheets).toHaveLength(1);
  });

  it("is replaced in place with overwrite: true, with fresh names and nothing of the old sheet left", async () => {
    const excel = freshExcel(["Hướng dẫn", "Sheet2"]);
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    typeAll(excel, "dossiers", { carried_over: 41 });
    const order = excel.workbook.sheets.map((s) => s.name);

    expect(await writeForms([dossiers, centers], FACTS, { overwrite: false })).toEqual({ written: [], existing: ["dossiers", "centers"] });
    const result = await writeForms([dossiers, centers], { ...FACTS, periodId: "2026-12", periodLabel: "Tháng 12/2026" }, { overwrite: true });

    expect(result.written).toEqual(["dossiers", "centers"]);
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(order);
    expect(excel.workbook.namedValue(cellName("dossiers", "carried_over"))).toBe("");
    expect(excel.workbook.namedValue(factName("dossiers", "period"))).toBe("2026-12");
    expect(excel.workbook.names.size).toBe(15 + 3 + 2 + (6 + 2 + 2)); // cells, rates, facts: no name twice
    expect(excel.workbook.named(cellName("dossiers", "carried_over"))?.sheet).toBe(excel.workbook.mustSheet("Giải quyết TTHC"));
    const read = await readForms([dossiers, centers]);
    expect(read.dossiers!.present && read.centers!.present).toBe(true);
    expect(read.dossiers!.periodId).toBe("2026-12");
  });

  it("can be replaced when the form sheets are the only sheets of the workbook", async () => {
    const excel = freshExcel(["Giải quyết TTHC", "TTHC tại Trung tâm"]);
    const result = await writeForms([dossiers, centers], FACTS, { overwrite: true });
    expect(result).toEqual({ written: ["dossiers", "centers"], existing: ["dossiers", "centers"] });
    expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Giải quyết TTHC", "TTHC tại Trung tâm"]);
    expect(excel.workbook.mustSheet("Giải quyết TTHC").at("A1").constant).toBe("KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
  });

  it("leaves no stale name behind when its sheet was deleted by hand and the form is written again", async () => {
    const excel = freshExcel();
    await writeForms([centers], FACTS, { overwrite: false });
    excel.workbook.sheets.splice(excel.workbook.sheets.findIndex((s) => s.name === "TTHC tại Trung tâm"), 1);
    for (const item of excel.workbook.names.values()) item.sheet = null; // what Excel leaves: names referring to #REF!

    expect(await writeForms([centers], FACTS, { overwrite: false })).toEqual({ written: ["centers"], existing: [] });
    expect(excel.workbook.named(cellName("centers", "tthc_total"))?.address).toBe("C9");
  });
});

describe("the sync budget of writing", () => {
  it("writes both forms in at most 2 syncs, and stops after 1 when it finds them written already", async () => {
    const excel = freshExcel();
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    expect(excel.lastSyncs).toBeLessThanOrEqual(2);
    await writeForms([dossiers, centers], FACTS, { overwrite: false });
    expect(excel.lastSyncs).toBe(1);
    await writeForms([dossiers, centers], FACTS, { overwrite: true });
    expect(excel.lastSyncs).toBeLessThanOrEqual(2);
  });

  it("takes as many syncs for one small form as for three forms and forty rows: no sync per form or row", async () => {
    const one = freshExcel();
    await writeForms([centers], FACTS, { overwrite: false });
    const many = freshExcel();
    const forms: FormDefinition[] = [dossiers, centers, tasksForm(40)];
    await writeForms(forms, FACTS, { overwrite: false });
    expect(many.lastSyncs).toBe(one.lastSyncs);
    expect(many.workbook.named(cellName("plan_tasks", "t40.documents"))?.address).toBe("F48");
  });
});
