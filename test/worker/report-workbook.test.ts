import { env, exports } from "cloudflare:workers";
import ExcelJS from "../../worker/xlsx/exceljs.ts";
import { describe, expect, it } from "vitest";
import { forms } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { sheetHeader } from "../../shared/layout/sheet-columns.ts";
import { levelsShown } from "../../shared/forms/filing.ts";
import { createApp } from "../../worker/app.ts";
import { ADMIN, call, centers, dossiers, reportPath, unitWithToken } from "./client.ts";

const month = (scale: number) => ({
  carried_over: 10 * scale, received_online: 30 * scale, received_direct: 20 * scale,
  resolved_early: 10 * scale, resolved_ontime: 25 * scale, resolved_late: 5 * scale,
  pending_intime: 12 * scale, pending_overdue: 3 * scale, returned: 5 * scale,
});

const FORMULA_NAME = "=HYPERLINK(\"http://x.test\",\"bấm\")";
const MINUS_NAME = "-Xã Âm Thử";
const AT_NAME = "@Phường Thử";
const EXPLANATION = "=1+1 — hồ sơ chuyển sang cơ quan khác giải quyết";
const PLUS_EXPLANATION = "+84 912 345 678 gọi lại";

/** A deployment's plan for 2031 (KPI_PLANS): 60% of dossiers online. */
const PLAN_2031 = {
  KPI_PLANS: JSON.stringify([{
    id: "thu-2031", title: { vi: "Kế hoạch thử năm 2031", en: "Test plan 2031" }, from: "2031-01", to: "2031-12",
    targets: [{ formId: "dossiers", rateId: "online_rate", target: 0.6 }],
  }]),
};

async function workbookOf(period: string, vars?: Record<string, string>) {
  const request = new Request(`http://baocao.test/api/v1/reports/${period}.xlsx`, { headers: { Authorization: `Bearer ${ADMIN}` } });
  const response = vars ? await createApp().fetch(request, { ...env, ...vars }) : await exports.default.fetch(request);
  expect(response.status).toBe(200);
  expect(response.headers.get("Content-Type")).toContain("spreadsheetml");
  expect(response.headers.get("Content-Disposition")).toBe(
    `attachment; filename="Bao cao tong hop ${period}.xlsx"; filename*=UTF-8''B%C3%A1o%20c%C3%A1o%20t%E1%BB%95ng%20h%E1%BB%A3p%20${period}.xlsx`,
  );
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/**
 * A number cell's value: the stored result of a formula, or the number itself. ExcelJS writes a
 * zero result (`<f>…</f><v>0</v>`) but its reader drops it (`if (model.value)` on the parsed text),
 * so a formula read back without a result stands for 0 here.
 */
function numberIn(cell: ExcelJS.Cell): unknown {
  const value = cell.value;
  if (value !== null && typeof value === "object" && "formula" in value) return (value as ExcelJS.CellFormulaValue).result ?? 0;
  return value;
}
const isFormula = (cell: ExcelJS.Cell) => cell.value !== null && typeof cell.value === "object" && "formula" in cell.value;

type Figures = Record<string, number>;
type Rates = Record<string, number | null>;

/**
 * Every figure and rate of a form's sheet against the JSON report: the grand total, each level's
 * subtotal and each unit line, row by row in the sheet's order; totals and rates must be formulas.
 */
function expectSheetEqualsReport(sheet: ExcelJS.Worksheet, form: FormDefinition, report: any) {
  const header = sheetHeader(form, true);
  const grand = 5 + header.depth + 1;
  const lines: { name: string; figures: Figures; rates: Rates; total: boolean; units?: number }[] = [
    { name: "TỔNG CỘNG", figures: report.total, rates: report.rates, total: true },
  ];
  for (const level of levelsShown(report)) {
    const units = report.units.filter((u: any) => u.level === level);
    lines.push({ name: report.levels[level].label.vi, figures: report.levels[level].total, rates: report.levels[level].rates, total: true, units: units.length });
    for (const u of units) lines.push({ name: u.source === "derived" ? `${u.name} (*)` : u.name, figures: u.values, rates: u.rates, total: false });
  }
  let checked = 0;
  lines.forEach((line, i) => {
    const r = grand + i;
    expect(sheet.getCell(r, 2).value, `${form.id} row ${r}`).toBe(line.name);
    header.columns.forEach((column, k) => {
      const cell = sheet.getCell(r, k + 1);
      const where = `${form.id} ${line.name} ${column.kind === "lead" ? "" : column.id}`;
      if (column.kind === "data") {
        // A unit that did not report an optional figure: an empty cell, never a 0 it did not type.
        const optional = form.columns.some((c) => c.id === column.id && c.kind === "count" && c.optional);
        expect(numberIn(cell), where).toBe(line.figures[column.id] ?? (!line.total && optional ? null : 0));
        if (line.total && line.units !== 0) expect(isFormula(cell), where).toBe(true);
        checked++;
      } else if (column.kind === "rate") {
        expect(isFormula(cell), where).toBe(true);
        expect(cell.numFmt, where).toBe("0.00%");
        const expected = line.rates[column.id];
        const result = (cell.value as ExcelJS.CellFormulaValue).result;
        if (expected === null || expected === undefined) expect(result === "" || result === undefined, where).toBe(true);
        else expect(result as number, where).toBeCloseTo(expected, 12);
        checked++;
      }
    });
  });
  return checked;
}

/** Every cell of the workbook: text that looks like a formula is a string, and no formula carries unit text. */
function expectNoInjectedFormula(workbook: ExcelJS.Workbook, texts: string[]) {
  const seen = new Set<string>();
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (isFormula(cell)) {
          const formula = (cell.value as ExcelJS.CellFormulaValue).formula;
          expect(formula, `${sheet.name}!${cell.address}`).not.toMatch(/HYPERLINK|Xã|Phường|1\+1|84/);
          expect(formula).toMatch(/^[A-Z0-9:+\-()/=,"IFSUM]+$/);
        }
        if (typeof cell.value === "string") for (const t of texts) if (cell.value.includes(t)) seen.add(t);
      });
    });
  }
  expect([...seen].sort()).toEqual([...texts].sort());
}

const vietnamTime = (iso: string) => {
  const local = new Date(Date.parse(iso) + 7 * 3600_000).toISOString();
  return `${local.slice(8, 10)}/${local.slice(5, 7)}/${local.slice(0, 4)} ${local.slice(11, 19)}`;
};

describe("the consolidated workbook", () => {
  it("has a cover, a sheet per form equal to the JSON report, the status and the warnings; formula-looking text stays text", async () => {
    const a = await unitWithToken("WB-SO-1", "cap-tinh", "Sở Thử nghiệm");
    const b = await unitWithToken("WB-HUYEN-1", "cap-huyen", FORMULA_NAME);
    const x = await unitWithToken("WB-XA-1", "cap-xa", MINUS_NAME);
    await unitWithToken("WB-XA-2", "cap-xa", AT_NAME);
    for (const [code, token, scale] of [["WB-SO-1", a, 1], ["WB-HUYEN-1", b, 2]] as const) {
      const put = await call("PUT", reportPath("2031-05", "dossiers", code), { token, body: { values: month(scale) } });
      expect(put.status).toBe(201);
    }
    const warned = await call("PUT", reportPath("2031-05", "dossiers", "WB-XA-1"), {
      token: x, body: { values: dossiers({ returned: 99 }), explanations: { balance: EXPLANATION, continuity: PLUS_EXPLANATION } },
    });
    expect(warned.status).toBe(201);
    const warningsOfX = warned.body.warnings as { rule: string; message: string }[];
    expect(warningsOfX.map((w) => w.rule)).toContain("balance");
    expect((await call("PUT", reportPath("2031-05", "centers", "WB-SO-1"), { token: a, body: { values: centers() } })).status).toBe(201);
    const review = await call("POST", "/api/v1/reviews/2031-05/dossiers/WB-HUYEN-1", {
      body: { decision: "returned", version: 1, comment: "-5 hồ sơ: kiểm tra lại" },
    });
    expect(review.status).toBe(201);

    const workbook = await workbookOf("2031-05", PLAN_2031);
    // A sheet per form some level files in a month (no review, no publication), then the workbook's own.
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["Bìa", ...formsOfPeriodType(forms, "month").map((f) => f.layout.sheetName), "Chưa đạt chỉ tiêu", "Cùng kỳ năm trước", "Tình trạng", "Cảnh báo"]);

    // Every form's sheet equals GET /api/v1/reports/{p}/{f}: totals, subtotals, units and rates.
    for (const form of formsOfPeriodType(forms, "month")) {
      const report = (await call("GET", `/api/v1/reports/2031-05/${form.id}`)).body;
      const sheet = workbook.getWorksheet(form.layout.sheetName)!;
      expect(expectSheetEqualsReport(sheet, form, report)).toBeGreaterThan(20);
      expect(sheet.views[0]).toMatchObject({ state: "frozen", xSplit: 2, ySplit: 5 + sheetHeader(form, true).depth });
      expect(sheet.getColumn(2).width).toBe(38);
      // The documents' font, as the add-in writes it, on titles, headers, totals and units alike.
      const grand = 5 + sheetHeader(form, true).depth + 1;
      for (const [r, c] of [[1, 1], [6, 3], [grand, 2], [grand + 2, 3]] as const) {
        expect(sheet.getCell(r, c).font?.name, `${form.id} R${r}C${c}`).toBe("Times New Roman");
      }
      expect(sheet.getCell(grand, 2).font?.bold).toBe(true);
    }

    // The cover: period, window, deadline, completeness per form, time produced.
    const cover = workbook.getWorksheet("Bìa")!;
    const coverText = (cover.getSheetValues() as unknown[][]).flat().filter((v) => v !== undefined && v !== null).map(String);
    const period = (await call("GET", "/api/v1/reports/2031-05/dossiers")).body.period;
    expect(period.id).toBe("2031-05");
    expect(coverText).toContain("2031-05 — Tháng 5 năm 2031");
    const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    expect(coverText).toContain(`từ ngày ${dmy(period.start)} đến ngày ${dmy(period.end)}`);
    expect(coverText).toContain(dmy(period.deadline));
    expect(coverText.some((t) => /^\d\d\/\d\d\/\d{4} \d\d:\d\d:\d\d \(giờ Việt Nam\)$/.test(t))).toBe(true);
    const monthly = formsOfPeriodType(forms, "month");
    for (const [i, form] of monthly.entries()) {
      const c = (await call("GET", `/api/v1/reports/2031-05/${form.id}`)).body.completeness;
      const row = cover.getRow(9 + i); // facts on rows 3–6, the table header on row 8
      expect(row.getCell(1).value).toBe(form.title.vi);
      expect([row.getCell(3).value, row.getCell(4).value, row.getCell(5).value, row.getCell(6).value]).toEqual([c.expected, c.submitted, c.late, c.missing.length]);
    }

    // The plan in force (the deployment's, KPI_PLANS) sets 60% for the online rate.
    const dossiersReport = (await call("GET", "/api/v1/reports/2031-05/dossiers", { env: PLAN_2031 })).body;
    expect(dossiersReport.targets.online_rate.plan).toBe("Kế hoạch thử năm 2031");
    const targetRow = cover.getRow(9 + monthly.length + 3);
    expect(cover.getRow(9 + monthly.length + 1).getCell(1).value).toBe(`Chỉ tiêu theo ${dossiersReport.targets.online_rate.plan}`);
    const online = dossiersReport.rates.online_rate as number;
    expect((targetRow.values as unknown[]).slice(1)).toEqual([
      forms[0]!.title.vi, forms[0]!.rates.find((r) => r.id === "online_rate")!.label.vi, online, 0.6, online >= 0.6 ? "Đạt" : "Chưa đạt",
    ]);

    // The status sheet: every unit × form of GET /api/v1/status/{p} (the forms each unit files for the period).
    const status = (await call("GET", "/api/v1/status/2031-05")).body;
    const statusSheet = workbook.getWorksheet("Tình trạng")!;
    const cells = status.units.reduce((n: number, unit: { forms: object }) => n + Object.keys(unit.forms).length, 0);
    expect(cells).toBeGreaterThan(status.units.length * 2);
    expect(statusSheet.rowCount).toBe(1 + cells);
    expect(statusSheet.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    const statusRows = new Map<string, unknown[]>();
    statusSheet.eachRow((row, r) => { if (r > 1) statusRows.set(`${row.getCell(2).value}/${row.getCell(5).value}`, (row.values as unknown[]).slice(1)); });
    const labels = { missing: "Chưa gửi", submitted: "Đã gửi", late: "Gửi muộn" } as Record<string, string>;
    for (const unit of status.units) {
      for (const form of forms) {
        const state = unit.forms[form.id];
        const row = statusRows.get(`${unit.code}/${form.title.vi}`)!;
        if (!state) {
          expect(row, `${unit.code}/${form.id} is not the unit's to file`).toBeUndefined();
          continue;
        }
        expect(row, `${unit.code}/${form.id}`).toBeDefined();
        expect(row[2]).toBe(unit.name);
        expect(row[5]).toBe(labels[state.state]);
        if (state.state !== "missing") {
          expect(row[6]).toBe(state.version);
          expect(row[7]).toBe(vietnamTime(state.submittedAt));
        }
      }
    }
    expect(statusRows.get(`WB-HUYEN-1/${forms[0]!.title.vi}`)!.slice(8)).toEqual(["Trả lại", "-5 hồ sơ: kiểm tra lại"]);
    expect(statusRows.get(`WB-XA-2/${forms[0]!.title.vi}`)![2]).toBe(AT_NAME);

    // The warnings sheet: each warning of WB-XA-1 with its explanation, as text.
    const warningsSheet = workbook.getWorksheet("Cảnh báo")!;
    const warningRows: unknown[][] = [];
    warningsSheet.eachRow((row, r) => { if (r > 1) warningRows.push((row.values as unknown[]).slice(1)); });
    const ofX = warningRows.filter((r) => r[1] === "WB-XA-1");
    expect(ofX.map((r) => r[5])).toEqual(warningsOfX.map((w) => w.rule));
    expect(ofX.map((r) => r[6])).toEqual(warningsOfX.map((w) => w.message));
    const balance = ofX.find((r) => r[5] === "balance")!;
    expect(balance.slice(1, 5)).toEqual(["WB-XA-1", MINUS_NAME, forms[0]!.title.vi, 1]);
    expect(balance[7]).toBe(EXPLANATION);

    expectNoInjectedFormula(workbook, [FORMULA_NAME, MINUS_NAME, AT_NAME, EXPLANATION, "-5 hồ sơ: kiểm tra lại"]);
  });

  it("marks units derived from their months, and their figures equal the quarter's report", async () => {
    const token = await unitWithToken("WB-Q-1", "cap-huyen", "Huyện Quý Thử");
    for (const m of ["2031-07", "2031-08", "2031-09"]) {
      expect((await call("PUT", reportPath(m, "dossiers", "WB-Q-1"), { token, body: { values: month(1) } })).status).toBe(201);
    }
    const workbook = await workbookOf("2031-Q3");
    const form = forms.find((f) => f.id === "dossiers")!;
    const report = (await call("GET", "/api/v1/reports/2031-Q3/dossiers")).body;
    expect(report.units.find((u: any) => u.code === "WB-Q-1").source).toBe("derived");
    expectSheetEqualsReport(workbook.getWorksheet(form.layout.sheetName)!, form, report);
    const names = (workbook.getWorksheet(form.layout.sheetName)!.getColumn(2).values as unknown[]).map(String);
    expect(names).toContain("Huyện Quý Thử (*)");
    expect(names.some((n) => n.startsWith("(*) Số liệu tổng hợp từ các báo cáo tháng"))).toBe(true);
  });

  it("keeps working after reading an upload in the same worker instance (the ExcelJS hang)", async () => {
    const first = await workbookOf("2031-06");
    const bytes = await first.xlsx.writeBuffer();
    const upload = new ExcelJS.Workbook();
    await upload.xlsx.load(bytes as ArrayBuffer);
    expect(upload.worksheets).toHaveLength(formsOfPeriodType(forms, "month").length + 5);
    const again = await workbookOf("2031-06");
    expect(again.worksheets).toHaveLength(formsOfPeriodType(forms, "month").length + 5);
  });

  it("serves the same sheets as data for the add-in: names, every cell's text and formula as in the file", async () => {
    const file = await workbookOf("2031-05");
    const answer = await call("GET", "/api/v1/report-sheets/2031-05");
    expect(answer.status).toBe(200);
    expect(answer.body.fileName).toBe("Báo cáo tổng hợp 2031-05.xlsx");
    const sheets = answer.body.sheets as { name: string; cells: unknown[][] }[];
    expect(sheets.map((s) => s.name)).toEqual(file.worksheets.map((s) => s.name));
    let compared = 0;
    for (const grid of sheets) {
      const sheet = file.getWorksheet(grid.name)!;
      grid.cells.forEach((row, r) =>
        row.forEach((cell, c) => {
          const target = sheet.getCell(r + 1, c + 1);
          if (target.isMerged && target.master !== target) return; // a merged block shows its first cell
          const value = target.value;
          const where = `${grid.name} R${r + 1}C${c + 1}`;
          if (cell !== null && typeof cell === "object") expect((value as ExcelJS.CellFormulaValue).formula, where).toBe((cell as { formula: string }).formula);
          else if (grid.name === "Bìa" && typeof cell === "string" && cell.endsWith("(giờ Việt Nam)")) return; // produced a moment apart
          else expect(value ?? null, where).toEqual(cell === "" ? null : cell);
          compared++;
        }),
      );
    }
    expect(compared).toBeGreaterThan(200);
    // No plan is in force for 2031 unless the deployment sets one: the cover judges nothing.
    expect(sheets[0]!.cells.flat().some((c) => typeof c === "string" && c.startsWith("Chỉ tiêu theo"))).toBe(false);
    const status = sheets.find((s) => s.name === "Tình trạng")!;
    expect(status.cells.flat()).toContain(FORMULA_NAME); // a unit's name is plain text, never a formula object
  });
});
