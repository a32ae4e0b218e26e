/**
 * The draft report of a quarter for N units built and written in Node, as the worker does, under
 * whatever heap limit the caller sets (--max-old-space-size): whether it fits, its time, its size.
 * `tsx bench/draft-heap.ts 300 [characters each unit writes in each section]`. Prints one JSON line.
 */
import { consolidate, type UnitInput } from "../shared/aggregation/consolidate.ts";
import { forms } from "../shared/forms/catalogue.ts";
import { isNumeric } from "../shared/forms/cells.ts";
import { scaledExample } from "../shared/forms/example.ts";
import { files, formsOfPeriodType } from "../shared/forms/filing.ts";
import { canTho2021 } from "../shared/outline/can-tho-2021.ts";
import { periodInfo, parsePeriodId, defaultDeadlineConfig } from "../shared/periods/index.ts";
import { cityReport } from "../shared/written-report/city-report.ts";
import { writeDocx } from "../worker/docx/write-docx.ts";
import { seededUnits } from "./seed.ts";

const count = Number(process.argv[2] ?? 300);
/** Characters each unit writes in each section (default: the example's own texts). */
const written = Number(process.argv[3] ?? 0);
const period = periodInfo(parsePeriodId("2026-Q3")!, defaultDeadlineConfig);
const xa = Math.round(count * 0.8);
const units = seededUnits({ tinh: count - xa - Math.round(count * 0.1), huyen: Math.round(count * 0.1), xa });
const valuesOf = (form: (typeof forms)[number], i: number) => {
  const values = scaledExample(form, 1 + (i % 4));
  if (!written) return values;
  const sentence = "Đơn vị đã triển khai đầy đủ, kịp thời các nhiệm vụ kiểm soát thủ tục hành chính trong kỳ. ";
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [key, typeof value === "string" ? sentence.repeat(Math.ceil(written / sentence.length)).slice(0, written) : value]));
};
const reports = formsOfPeriodType(forms, "quarter").map((form) => ({
  form,
  report: consolidate(form, period, 1, units.filter((u) => files(form, u.level, "quarter")).map((unit, i): UnitInput => ({ unit, own: { values: valuesOf(form, i), late: false } }))),
}));
const started = performance.now();
const document = cityReport({
  period, outline: canTho2021, written: reports.find((r) => !r.form.columns.some(isNumeric))!.report,
  tables: reports.filter((r) => r.form.columns.some(isNumeric)).map((r) => ({ ...r, lastYear: { period, total: r.report.total, rates: r.report.rates } })),
  targets: {}, missing: {}, producedAt: new Date(), workbookFileName: "Báo cáo tổng hợp 2026-Q3.xlsx",
  heading: { authority: "ỦY BAN NHÂN DÂN THÀNH PHỐ", office: "VĂN PHÒNG", code: "VP", place: "…", signer: "CHÁNH VĂN PHÒNG" },
});
const bytes = await writeDocx(document);
console.log(JSON.stringify({
  units: units.length, unitRows: document.appendices.some((a) => !a.note), ms: Math.round(performance.now() - started), bytes: bytes.byteLength,
}));
