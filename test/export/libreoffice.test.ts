/**
 * The consolidated workbook opened in LibreOffice headless with a profile that always recalculates
 * (../shared/design/XLSX.md): every sheet to UTF-8 CSV, and the recalculated subtotals, grand totals
 * and rates must equal the report. The same workbook with every stored total and rate zeroed must
 * come out the same: proof that LibreOffice recalculated rather than showed the stored results.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConsolidatedReport } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { sheetHeader } from "../../shared/layout/sheet-columns.ts";
import { levelsShown } from "../../shared/forms/filing.ts";
import { reportWorkbook } from "../../worker/export/report-workbook.ts";
import data from "../fixtures/quang-ninh-2017-centers.json";
import { AT_NAME, centersForm, EXPLANATION, FORMULA_NAME, FORMULA_TEXT, input, reports } from "../fixtures/report-input.ts";
import { isNumeric } from "../../shared/forms/cells.ts";

const hasLibreOffice = spawnSync("libreoffice", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasLibreOffice) {
  if (process.env.CI) {
    throw new Error("libreoffice is not installed: install Debian's libreoffice-calc-nogui (apt-get install -y libreoffice-calc-nogui) to run test/export/libreoffice.test.ts");
  }
  console.warn("test/export/libreoffice.test.ts skipped: libreoffice is not installed (apt-get install -y libreoffice-calc-nogui).");
}

/** The same reports with every total, subtotal and rate zeroed: stored results that are wrong on purpose. */
function poisoned(): typeof reports {
  const zero = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.keys(o).map((k) => [k, 0])) as T;
  return reports.map(({ form, report, lastYear }) => ({
    lastYear,
    form,
    report: {
      ...report,
      total: zero(report.total), rates: zero(report.rates),
      levels: Object.fromEntries(Object.entries(report.levels).map(([l, s]) => [l, { ...s, total: zero(s.total), rates: zero(s.rates) }])),
      units: report.units.map((u) => ({ ...u, rates: zero(u.rates) })),
    },
  }));
}

/** RFC 4180-ish CSV as LibreOffice writes it (comma, double quotes). */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r") field += ch;
  }
  if (field || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

const PROFILE_XCU = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

let work = "";
const sheets = new Map<string, Map<string, string[][]>>(); // file → sheet name → rows

beforeAll(async () => {
  if (!hasLibreOffice) return;
  work = mkdtempSync(join(tmpdir(), "baocao-lo-"));
  const profile = join(work, "profile");
  mkdirSync(join(profile, "user"), { recursive: true });
  writeFileSync(join(profile, "user", "registrymodifications.xcu"), PROFILE_XCU);
  const files = { honest: join(work, "honest.xlsx"), poisoned: join(work, "poisoned.xlsx") };
  writeFileSync(files.honest, new Uint8Array(await reportWorkbook(input(reports))));
  writeFileSync(files.poisoned, new Uint8Array(await reportWorkbook(input(poisoned()))));
  const out = join(work, "out");
  execFileSync("libreoffice", [
    `-env:UserInstallation=${pathToFileURL(profile).href}`, "--headless",
    "--convert-to", "csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,true,false,false,-1",
    "--outdir", out, files.honest, files.poisoned,
  ], { stdio: "pipe", timeout: 150_000, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" } });
  for (const name of Object.keys(files)) {
    const bySheet = new Map<string, string[][]>();
    for (const file of readdirSync(out).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".csv"))) {
      bySheet.set(file.slice(name.length + 1, -4), parseCsv(readFileSync(join(out, file), "utf8")));
    }
    sheets.set(name, bySheet);
  }
}, 180_000);

afterAll(() => {
  if (work && !process.env.KEEP_LO) rmSync(work, { recursive: true, force: true });
});

const count = (text: string | undefined) => Number((text ?? "").replace(/,/g, ""));

/** Every line (grand total, each level, each unit) of a form's sheet against the report. */
function expectCsvEqualsReport(rows: string[][], form: FormDefinition, report: ConsolidatedReport<PeriodInfo>) {
  const header = sheetHeader(form, true);
  let r = 5 + header.depth; // 0-based index of the grand total's row (sheet row 5 + depth + 1)
  const lines = [{ name: "TỔNG CỘNG", figures: report.total, rates: report.rates }];
  for (const level of levelsShown(report)) {
    const summary = report.levels[level]!;
    lines.push({ name: summary.label.vi, figures: summary.total, rates: summary.rates });
    for (const u of report.units.filter((x) => x.level === level)) lines.push({ name: u.source === "derived" ? `${u.name} (*)` : u.name, figures: u.values, rates: u.rates });
  }
  for (const line of lines) {
    const row = rows[r++]!;
    expect(row[1], `${form.id} row ${r}`).toBe(line.name);
    header.columns.forEach((column, k) => {
      const where = `${form.id} ${line.name} ${column.kind === "lead" ? "" : column.id}: ${row[k]}`;
      if (column.kind === "data") expect(count(row[k]), where).toBe(line.figures[column.id] ?? 0);
      if (column.kind === "rate") {
        const rate = line.rates[column.id];
        if (rate === null || rate === undefined) expect(row[k], where).toBe("");
        else {
          expect(row[k], where).toMatch(/^\d+\.\d\d%$/);
          expect(Math.abs(Number(row[k]!.slice(0, -1)) - rate * 100), where).toBeLessThanOrEqual(0.005 + 1e-9);
        }
      }
    });
  }
}

/** A written report's sheet: every unit named, every text it wrote intact (Vietnamese, formula-looking text as typed). */
function expectCsvHoldsTexts(rows: string[][], report: ConsolidatedReport<PeriodInfo>) {
  const cells = rows.flat();
  for (const unit of report.units) {
    expect(cells).toContain(unit.name);
    for (const text of Object.values(unit.texts ?? {})) expect(cells, unit.name).toContain(text);
  }
  expect(cells).toContain(FORMULA_TEXT);
}

describe.skipIf(!hasLibreOffice)("the consolidated workbook in LibreOffice headless, recalculated", () => {
  it("writes every sheet, Vietnamese names intact", () => {
    for (const file of ["honest", "poisoned"]) {
      expect([...sheets.get(file)!.keys()].sort()).toEqual(["Bìa", "Cảnh báo", "Chưa đạt chỉ tiêu", "Cùng kỳ năm trước", ...forms.map((f) => f.layout.sheetName), "Tình trạng"].sort());
    }
  });

  it("recalculates the Quảng Ninh departments to 1209 / 91 / 1118 / 578 / 100 / 678 with rates as percentages", () => {
    const centers = reports.find((r) => r.form.id === "centers")!.report;
    expect(centers.levels["cap-tinh"]!.total).toEqual(data.provincial_departments.publishedTotal);
    for (const file of ["honest", "poisoned"]) {
      const rows = sheets.get(file)!.get(centersForm.layout.sheetName)!;
      const tinh = rows.find((r) => r[1] === "Cấp tỉnh (sở, ban, ngành)")!;
      expect(tinh.slice(2, 8).map(count), file).toEqual([1209, 91, 1118, 578, 100, 678]);
      expect(tinh.slice(8, 10), file).toEqual(["92.47%", "60.64%"]);
    }
  });

  it("recalculates every total, subtotal, unit line and rate of every form to the report, stored results or not", () => {
    for (const file of ["honest", "poisoned"]) {
      for (const { form, report } of reports) {
        const rows = sheets.get(file)!.get(form.layout.sheetName)!;
        if (form.columns.some(isNumeric)) expectCsvEqualsReport(rows, form, report);
        else expectCsvHoldsTexts(rows, report);
      }
    }
  });

  it("gives every figure and rate beside last year's same period, with the change, for the city, each level and each unit", () => {
    const rows = sheets.get("honest")!.get("Cùng kỳ năm trước")!;
    expect(rows[0]![6]).toBe("Cùng kỳ năm trước (6 tháng đầu năm 2016)");
    const line = (who: string, what: string) => rows.find((r) => r[2] === who && r[4] === what)!;
    const dossiers = reports.find((r) => r.form.id === "dossiers")!.report;
    const total = dossiers.total.received_total!;
    expect(line("TỔNG CỘNG", "Tổng số hồ sơ tiếp nhận").slice(5, 9)).toEqual([total.toLocaleString("en-US"), "60", (total - 60).toLocaleString("en-US"), `${((total - 60) / 60 * 100).toFixed(2)}%`]);
    expect(line("Sở Nội vụ", "Tổng số hồ sơ tiếp nhận").slice(5, 8)).toEqual(["180", "60", "120"]);
    expect(line("Sở Tư pháp", "Tổng số hồ sơ tiếp nhận").slice(5, 8)).toEqual(["420", "", ""]); // nothing last year: no change invented
    expect(line("Sở Nội vụ", "Tỷ lệ tiếp nhận trực tuyến (tỷ lệ)").slice(5, 8)).toEqual(["60.00%", "60.00%", "0.00%"]);
    expect(rows.some((r) => r[1] === centersForm.title.vi)).toBe(false); // no centres figures last year
  });

  it("keeps formula-looking text as text, and fills the cover, status and warnings sheets", () => {
    const csv = sheets.get("honest")!;
    const all = (name: string) => csv.get(name)!.flat();
    expect(all("TTHC tại Trung tâm")).toContain(FORMULA_NAME);
    expect(all("Giải quyết TTHC")).toContain("Huyện Vân Đồn (*)");
    expect(all("Tình trạng")).toEqual(expect.arrayContaining([FORMULA_NAME, AT_NAME, "Chưa gửi", "Đã gửi", "Trả lại", "-3 hồ sơ", "15/06/2017 00:30:00"]));
    expect(all("Cảnh báo")).toEqual(expect.arrayContaining([FORMULA_NAME, EXPLANATION, "Số hồ sơ không cân đối: +5 so với kỳ trước"]));
    expect(all("Bìa")).toEqual(expect.arrayContaining(["2017-H1 — 6 tháng đầu năm 2017", "từ ngày 01/01/2017 đến ngày 30/06/2017", "Cấp tỉnh (sở, ban, ngành): 30/04/2017; Cấp huyện (trước 01/7/2025), Cấp xã: 15/06/2017", "20/06/2017 10:04:05 (giờ Việt Nam)"]));
    const cover = csv.get("Bìa")!;
    const centersLine = cover.find((r) => r[0] === centersForm.title.vi)!;
    expect(centersLine.slice(2, 6).map(count)).toEqual([36, 35, 7, 1]);
  });
});
