import { describe, expect, it } from "vitest";
import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import { getForm } from "../../shared/forms/catalogue.ts";
import { scaledExample } from "../../shared/forms/example.ts";
import { canTho2021 } from "../../shared/outline/can-tho-2021.ts";
import { APPENDIX_CELLS, cityReport, WRITTEN_PARAGRAPHS, type CityReportInput } from "../../shared/written-report/city-report.ts";
import { cellKey } from "../../shared/forms/cells.ts";
import { CONTENT_COLUMN, outlineForm } from "../../shared/outline/outline-form.ts";
import { changeText, compare } from "../../shared/written-report/comparison.ts";
import { figuresSentence, lowerFirst } from "../../shared/written-report/figures-sentence.ts";
import { PERIOD } from "../fixtures/report-input.ts";

const dossiers = getForm("dossiers")!;
const centers = getForm("centers")!;

describe("the city's figures in words", () => {
  it("writes each total with its parts, the other figures and each rate, in Vietnamese number format", () => {
    const figures = { received_total: 12_345, carried_over: 1_000, received_online: 7_890, received_direct: 3_455, resolved_total: 10_000, resolved_early: 2_000, resolved_ontime: 7_500, resolved_late: 500, pending_total: 2_000, pending_intime: 1_900, pending_overdue: 100, returned: 345 };
    const sentence = figuresSentence(dossiers, figures, { on_time_rate: 0.95, late_rate: 0.05, online_rate: 7_890 / 11_345 });
    expect(sentence).toBe(
      "Tổng số hồ sơ tiếp nhận 12.345, trong đó: kỳ trước chuyển qua 1.000, trực tuyến 7.890, trực tiếp, bưu chính 3.455; " +
      "tổng số hồ sơ đã giải quyết 10.000, trong đó: trước hạn 2.000, đúng hạn 7.500, quá hạn 500; " +
      "tổng số hồ sơ đang giải quyết 2.000, trong đó: trong hạn 1.900, quá hạn 100; hồ sơ trả lại hoặc công dân rút hồ sơ 345; " +
      "tỷ lệ giải quyết trước hạn và đúng hạn đạt 95,0%; tỷ lệ giải quyết quá hạn là 5,0%; tỷ lệ tiếp nhận trực tuyến đạt 69,5%.",
    );
  });

  it("keeps an abbreviation's capitals", () => {
    expect(lowerFirst("TTHC đủ điều kiện")).toBe("TTHC đủ điều kiện");
    expect(lowerFirst("Trực tuyến")).toBe("trực tuyến");
  });

  it("compares with last year: counts by difference and percentage, rates by points, nothing from nothing", () => {
    const lines = compare(centers, { total: { tthc_total: 110, tthc_at_center: 99 }, rates: { at_center_rate: 0.9 } }, { total: { tthc_total: 100, tthc_at_center: 0 }, rates: { at_center_rate: 0.85 } });
    const byId = Object.fromEntries(lines.map((l) => [l.id, l]));
    expect(changeText(byId.tthc_total!)).toBe("+10 (+10,0%)");
    expect(changeText(byId.tthc_at_center!)).toBe("+99");
    expect(changeText(byId.at_center_rate!)).toBe("+5,0 điểm %");
    expect(changeText(byId.full_cycle_done!)).toBe("—");
  });
});

describe("the appendices", () => {
  const input = (units: number): CityReportInput => {
    const inputs: UnitInput[] = Array.from({ length: units }, (_, i) => ({
      unit: { code: `U${i}`, name: `Xã số ${i}`, level: "cap-xa", parent: null }, own: { values: scaledExample(dossiers, 1), late: false },
    }));
    return {
      period: PERIOD, outline: canTho2021, written: null, targets: {}, missing: {}, producedAt: new Date(), workbookFileName: "Báo cáo tổng hợp 2017-H1.xlsx",
      tables: [{ form: dossiers, report: consolidate(dossiers, PERIOD, 1, inputs), lastYear: null }],
      heading: { authority: "A", office: "B", code: "VP", place: "P", signer: "S" },
    };
  };
  const perUnit = dossiers.layout.leadColumns.length + dossiers.layout.order.length + dossiers.rates.length;

  it("give every unit's line while the document fits a Worker's memory", () => {
    const units = Math.floor(APPENDIX_CELLS / perUnit);
    const [appendix] = cityReport(input(units)).appendices;
    expect(appendix!.note).toBeUndefined();
    expect(appendix!.table.rows.map((row) => row[1]!.text)).toContain(`Xã số ${units - 1}`);
  });

  it("beyond it give the city and each level, and name the workbook's sheet with every unit's line", () => {
    const [appendix] = cityReport(input(Math.floor(APPENDIX_CELLS / perUnit) + 1)).appendices;
    // The districts are a historical level: without a unit of theirs in the period, they are not drawn.
    expect(appendix!.table.rows.map((row) => row[1]!.text)).toEqual(["TỔNG CỘNG", "Cấp tỉnh (sở, ban, ngành)", "Cấp xã"]);
    expect(appendix!.note).toBe("Số liệu của từng cơ quan, đơn vị: trang «Giải quyết TTHC» của tệp Báo cáo tổng hợp 2017-H1.xlsx.");
  });
});

describe("what the units wrote, in the sections", () => {
  const form = outlineForm(canTho2021);
  const sections = canTho2021.parts.flatMap((part) => part.sections);
  const text = "Đã triển khai đầy đủ các nhiệm vụ kiểm soát thủ tục hành chính.";
  const input = (writers: number): CityReportInput => {
    const inputs: UnitInput[] = Array.from({ length: writers + 1 }, (_, i) => ({
      unit: { code: `W${i}`, name: i === writers ? "Xã Không Có" : `Xã viết ${i}`, level: "cap-xa", parent: null },
      own: { values: Object.fromEntries(sections.map((s) => [cellKey(s.id, CONTENT_COLUMN), i === writers ? "Không có." : `${text} (${i})`])), late: false },
    }));
    return {
      period: PERIOD, outline: canTho2021, written: consolidate(form, PERIOD, 1, inputs), targets: {}, missing: {}, producedAt: new Date(),
      workbookFileName: "Báo cáo tổng hợp 2017-H1.xlsx", tables: [], heading: { authority: "A", office: "B", code: "VP", place: "P", signer: "S" },
    };
  };
  const paragraphs = (document: ReturnType<typeof cityReport>) => document.body.flatMap((b) => (b.kind === "paragraph" ? [b.runs.map((r) => r.text).join("")] : []));
  const perUnit = sections.length; // every section written, as the values above do

  it("are each unit's own paragraphs while the document fits a Worker's memory", () => {
    const writers = Math.floor(WRITTEN_PARAGRAPHS / perUnit);
    const lines = paragraphs(cityReport(input(writers)));
    expect(lines).toContain(`Xã viết ${writers - 1}: ${text} (${writers - 1})`);
    expect(lines.some((l) => l.startsWith("Ghi «không có» (1): Xã Không Có."))).toBe(true);
  });

  it("beyond it are counted per level with the workbook's sheet named, and who wrote «không có» is still named", () => {
    const writers = Math.floor(WRITTEN_PARAGRAPHS / perUnit) + 1;
    const lines = paragraphs(cityReport(input(writers)));
    expect(lines.some((l) => l.startsWith("Xã viết"))).toBe(false);
    expect(lines).toContain(`${writers} cơ quan, đơn vị đã viết nội dung mục này: xem trang «Báo cáo thuyết minh» của tệp Báo cáo tổng hợp 2017-H1.xlsx.`);
    expect(lines.filter((l) => l.startsWith(`${writers} cơ quan, đơn vị đã viết`))).toHaveLength(perUnit);
    expect(lines.filter((l) => l.startsWith("Ghi «không có» (1): Xã Không Có."))).toHaveLength(perUnit);
  });
});
