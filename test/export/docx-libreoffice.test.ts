/**
 * The city's draft report written by the worker's writer, opened in LibreOffice Writer headless:
 * converted to PDF and to UTF-8 text, the text must hold the heading, the outline's sections, the
 * city's figures in sentences, every unit's name and text (formula-looking and markup-looking text
 * as written) and the appendices, Vietnamese intact.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { isNumeric } from "../../shared/forms/cells.ts";
import { canTho2021 } from "../../shared/outline/can-tho-2021.ts";
import { cityReport, saysNothing, type CityReportInput } from "../../shared/written-report/city-report.ts";
import { writeDocx } from "../../worker/docx/write-docx.ts";
import { AT_NAME, FORMULA_NAME, FORMULA_TEXT, PERIOD, reports } from "../fixtures/report-input.ts";

const hasWriter = spawnSync("dpkg", ["-s", "libreoffice-writer-nogui"], { stdio: "ignore" }).status === 0 && spawnSync("libreoffice", ["--version"], { stdio: "ignore" }).status === 0;
if (!hasWriter) {
  if (process.env.CI) throw new Error("LibreOffice Writer is not installed: apt-get install -y libreoffice-writer-nogui (test/export/docx-libreoffice.test.ts)");
  console.warn("test/export/docx-libreoffice.test.ts skipped: LibreOffice Writer is not installed (apt-get install -y libreoffice-writer-nogui).");
}

const LAST = { ...PERIOD, id: "2016-H1", start: "2016-01-01", end: "2016-06-30" };
const outline = reports.find((r) => r.form.id === "outline")!;
const dossiers = reports.find((r) => r.form.id === "dossiers")!;

function input(): CityReportInput {
  return {
    period: PERIOD,
    outline: canTho2021,
    written: outline.report,
    tables: reports.filter((r) => r.form.columns.some(isNumeric)).map(({ form, report }) => ({
      form, report,
      // Last year: half of this year's figures, for the dossiers only.
      lastYear: form.id === "dossiers" ? { period: LAST, total: Object.fromEntries(Object.entries(report.total).map(([k, v]) => [k, Math.floor(v / 2)])), rates: report.rates } : null,
    })),
    targets: { dossiers: { online_rate: { target: 0.6, plan: "Kế hoạch thử" } } },
    missing: { outline: [AT_NAME] },
    heading: { authority: "ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ", office: "VĂN PHÒNG", code: "VP", place: "Thành phố Thử", signer: "CHÁNH VĂN PHÒNG" },
    producedAt: new Date("2017-07-02T03:00:00Z"),
    workbookFileName: "Báo cáo tổng hợp 2017-H1.xlsx",
  };
}

let work = "";
let text = "";
let pdf = "";

beforeAll(async () => {
  if (!hasWriter) return;
  work = mkdtempSync(join(tmpdir(), "docx-lo-"));
  const file = join(work, "du-thao.docx");
  writeFileSync(file, await writeDocx(cityReport(input())));
  const profile = pathToFileURL(join(work, "profile")).href;
  const run = (to: string) =>
    execFileSync("libreoffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", to, "--outdir", work, file], {
      stdio: "pipe", timeout: 150_000, env: { ...process.env, LANG: "C.UTF-8", LC_ALL: "C.UTF-8" },
    });
  run("txt:Text (encoded):UTF8");
  run("pdf");
  text = readFileSync(join(work, "du-thao.txt"), "utf8");
  pdf = readFileSync(join(work, "du-thao.pdf"), "latin1");
}, 330_000);

afterAll(() => {
  if (work && !process.env.KEEP_LO) rmSync(work, { recursive: true, force: true });
});

describe.skipIf(!hasWriter)("the draft report in LibreOffice Writer headless", () => {
  it("opens and prints to PDF over several pages, portrait then landscape", () => {
    expect(pdf.startsWith("%PDF")).toBe(true);
    expect((pdf.match(/\/Type\s*\/Page[^s]/g) ?? []).length).toBeGreaterThan(3);
  });

  it("holds the heading, the title with the period and the outline's parts, Vietnamese intact", () => {
    for (const expected of [
      "ỦY BAN NHÂN DÂN THÀNH PHỐ THỬ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-VP",
      "Thành phố Thử, ngày … tháng … năm 2017", "6 tháng đầu năm 2017",
      "I. TÌNH HÌNH, KẾT QUẢ KIỂM SOÁT THỦ TỤC HÀNH CHÍNH", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG NHIỆM VỤ", "IV. KIẾN NGHỊ VÀ ĐỀ XUẤT",
      "Nơi nhận:", "CHÁNH VĂN PHÒNG",
    ]) expect(text, expected).toContain(expected);
  });

  it("writes the city's figures into sentences, compares them with last year and judges the targets", () => {
    const total = dossiers.report.total.received_total!;
    expect(text).toContain(`Tổng số hồ sơ tiếp nhận ${total.toLocaleString("de-DE")}, trong đó:`);
    expect(text).toContain("So sánh với cùng kỳ năm trước (6 tháng đầu năm 2016):");
    expect(text).toMatch(/Tỷ lệ tiếp nhận trực tuyến: \d+,\d%, (đạt|chưa đạt) chỉ tiêu 60,0% \(Kế hoạch thử\)\./);
    expect(text).toContain("Chưa có số liệu cùng kỳ năm trước để so sánh.");
  });

  it("gives every unit's text under its name, «không có» and formula- or markup-looking text as written, and names who has not sent", () => {
    for (const unit of outline.report.units) {
      for (const written of Object.values(unit.texts ?? {})) {
        if (saysNothing(written)) expect(text).toMatch(new RegExp(`Ghi «không có» \\(\\d+\\): [^\\n]*${unit.name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`));
        else expect(text, unit.name).toContain(`${unit.name}: ${written}`);
      }
    }
    expect(text).toContain(`${FORMULA_NAME}: ${FORMULA_TEXT}`);
    expect(text).toMatch(/Ghi «không có» \(\d+\): /);
    expect(text).toContain(`Chưa gửi báo cáo thuyết minh (1 cơ quan, đơn vị): ${AT_NAME}.`);
  });

  it("appends every form of figures as a table, the units named", () => {
    const tables = reports.filter((r) => r.form.columns.some(isNumeric));
    tables.forEach((r) => expect(text).toContain(`TỔNG HỢP ${r.form.title.vi.toUpperCase()}`));
    expect(text).toContain(`Phụ lục ${["I", "II", "III", "IV", "V", "VI"][tables.length - 1]}`);
    for (const unit of dossiers.report.units) expect(text).toContain(unit.source === "derived" ? `${unit.name} (*)` : unit.name);
  });
});
