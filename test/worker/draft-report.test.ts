import { env, exports } from "cloudflare:workers";
import { createApp } from "../../worker/app.ts";
import { beforeAll, describe, expect, it } from "vitest";
import { getForm } from "../../shared/forms/catalogue.ts";
import { ADMIN, call, dossiers, expectError, reportPath, unitWithToken } from "./client.ts";
import { docxParagraphs, documentXml, stylesXml } from "./docx-text.ts";

const outline = getForm("outline")!;
const PERIOD = "2036-Q1";
const LAST_YEAR = "2035-Q1";
const FORMULA = "=SUM(A1:A2) <w:t>x</w:t> & <b>đậm</b>";
const get = (path: string, token = ADMIN) => exports.default.fetch(`http://baocao.test${path}`, { headers: { Authorization: `Bearer ${token}` } });

let text: string[] = [];
let bytes: Uint8Array;
let response: Response;

beforeAll(async () => {
  const department = await unitWithToken("DR-SO-1", "cap-tinh", "Sở Thử Nghiệm");
  const commune = await unitWithToken("DR-XA-1", "cap-xa", "Xã Bình An");
  await unitWithToken("DR-XA-2", "cap-xa", "Xã Thiếu Sót");
  const put = async (period: string, form: string, unit: string, token: string, values: Record<string, unknown>) => {
    const answer = await call("PUT", reportPath(period, form, unit), { token, body: { values } });
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
  };
  await put(PERIOD, "outline", "DR-SO-1", department, { ...outline.example, "direction.content": "Sở đã ban hành kế hoạch kiểm soát TTHC năm 2036.", "other.content": "- Kiểm tra 2 lần;\n- Khen thưởng 1 công chức." });
  await put(PERIOD, "outline", "DR-XA-1", commune, { ...outline.example, "other.content": "không có", "feedback.content": FORMULA });
  await put(PERIOD, "dossiers", "DR-SO-1", department, dossiers({ received_online: 12_345, pending_intime: 12_342 }));
  await put(LAST_YEAR, "dossiers", "DR-SO-1", department, dossiers());
  response = await get(`/api/v1/reports/${PERIOD}.docx`);
  bytes = new Uint8Array(await response.arrayBuffer());
  text = await docxParagraphs(bytes);
});

describe("the city's draft report, GET /api/v1/reports/{periodId}.docx", () => {
  it("is a Word document named for the period", () => {
    expect(response.status).toBe(200);
    expect(response.headers.get("Content-Type")).toBe("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    expect(response.headers.get("Content-Disposition")).toContain(encodeURIComponent(`Dự thảo báo cáo ${PERIOD}.docx`));
  });

  it("has the heading of an administrative report, its title with the period, and places left to complete", () => {
    expect(text).toEqual(expect.arrayContaining([
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: …/BC-VP", "BÁO CÁO",
      "Tình hình, kết quả thực hiện công tác kiểm soát thủ tục hành chính quý I năm 2036", "Nơi nhận:", "CHÁNH VĂN PHÒNG",
    ]));
    expect(text.some((p) => /^…………, ngày … tháng … năm \d{4}$/.test(p))).toBe(true);
  });

  it("follows the outline, the city's figures in sentences in Vietnamese number format under their section", () => {
    const at = (prefix: string) => text.findIndex((p) => p.startsWith(prefix));
    const order = ["I. TÌNH HÌNH, KẾT QUẢ", "1. Công tác chỉ đạo", "4. Về giải quyết thủ tục hành chính", "II. ĐÁNH GIÁ CHUNG", "III. PHƯƠNG HƯỚNG", "IV. KIẾN NGHỊ"].map(at);
    expect(order.every((i) => i >= 0)).toBe(true);
    expect([...order].sort((a, b) => a - b)).toEqual(order);
    const sentence = text.find((p) => p.startsWith("Kết quả giải quyết"))!;
    expect(sentence).toContain("Tổng số hồ sơ tiếp nhận 12.350, trong đó: kỳ trước chuyển qua 2, trực tuyến 12.345, trực tiếp, bưu chính 3; tổng số hồ sơ đã giải quyết 6");
    expect(sentence).toContain("tỷ lệ giải quyết trước hạn và đúng hạn đạt 83,3%; tỷ lệ giải quyết quá hạn là 16,7%");
    expect(at("Kết quả giải quyết")).toBeGreaterThan(order[2]!);
    expect(at("Kết quả giải quyết")).toBeLessThan(at("5. Về rà soát"));
  });

  it("compares each figure and rate with the same period of the previous year, and says so where there is none", () => {
    expect(text).toContain("So sánh với cùng kỳ năm trước (Quý I năm 2035):");
    const row = text.indexOf("Tổng số hồ sơ tiếp nhận");
    expect(text.slice(row, row + 4)).toEqual(["Tổng số hồ sơ tiếp nhận", "12.350", "10", "+12.340 (+123.400,0%)"]);
    expect(text).toContain("Chưa có số liệu cùng kỳ năm trước để so sánh.");
  });

  it("is in the report API too: last year's same period for the city, each level and each unit", async () => {
    const { body } = await call("GET", `/api/v1/reports/${PERIOD}/dossiers`);
    expect(body.lastYear.period.id).toBe(LAST_YEAR);
    expect(body.lastYear.total.received_total).toBe(10);
    expect(body.lastYear.levels["cap-tinh"].total.received_total).toBe(10);
    expect(body.lastYear.units).toEqual([expect.objectContaining({ code: "DR-SO-1", source: "submitted", values: expect.objectContaining({ received_total: 10 }) })]);
    expect(body.lastYear.rates.online_rate).toBeCloseTo(5 / 8, 12);
    expect((await call("GET", `/api/v1/reports/${LAST_YEAR}/dossiers`)).body.lastYear).toBeNull();
  });

  it("gives what each unit wrote under its section, by level and named, «không có» and formula-looking text as written", () => {
    const direction = text.indexOf("Sở Thử Nghiệm: Sở đã ban hành kế hoạch kiểm soát TTHC năm 2036.");
    expect(direction).toBeGreaterThan(text.findIndex((p) => p.startsWith("1. Công tác chỉ đạo")));
    expect(text[direction - 1]).toBe("Cấp tỉnh (sở, ban, ngành):");
    // A section written on several lines keeps its lines; the units with nothing to report are named together.
    expect(text).toContain("Sở Thử Nghiệm: - Kiểm tra 2 lần;\n- Khen thưởng 1 công chức.");
    const none = text.filter((p) => p.startsWith("Ghi «không có»"));
    expect(none.some((p) => p.includes("Xã Bình An"))).toBe(true);
    expect(text.some((p) => p.startsWith("Xã Bình An: không có"))).toBe(false);
    expect(text).toContain(`Xã Bình An: ${FORMULA}`);
  });

  it("names the units that have not sent, in a sentence", () => {
    const missing = text.find((p) => p.includes("Chưa gửi báo cáo thuyết minh"))!;
    expect(missing).toContain("Xã Thiếu Sót");
    expect(missing).not.toContain("Xã Bình An");
  });

  it("ends with every form of figures of the period as an appendix table, in the workbook's layout", () => {
    const appendices = text.filter((p) => /^Phụ lục [IVX]+$/.test(p));
    expect(appendices.length).toBeGreaterThanOrEqual(4);
    expect(text).toContain("TỔNG HỢP KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH");
    expect(text).toContain("TỔNG CỘNG");
    expect(text).not.toContain(`TỔNG HỢP ${outline.title.vi.toUpperCase()}`);
  });

  it("is set in Times New Roman, every script, with a landscape section for the appendices", async () => {
    expect(await stylesXml(bytes)).toMatch(/<w:rFonts w:ascii="Times New Roman" w:cs="Times New Roman" w:eastAsia="Times New Roman" w:hAnsi="Times New Roman"\/>/);
    expect(await documentXml(bytes)).toContain('w:orient="landscape"');
  });

  it("is issued by the office the deployment names (REPORT_HEADING), and refuses a malformed one with a clear 500", async () => {
    const heading = { authority: "ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", place: "Hải Phòng", code: "VP-KSTT" };
    const app = createApp();
    const request = () => new Request(`http://baocao.test/api/v1/reports/${PERIOD}.docx`, { headers: { Authorization: `Bearer ${ADMIN}` } });
    const named = await app.fetch(request(), { ...env, REPORT_HEADING: JSON.stringify(heading) });
    expect(named.status).toBe(200);
    const paragraphs = await docxParagraphs(new Uint8Array(await named.arrayBuffer()));
    expect(paragraphs).toEqual(expect.arrayContaining(["ỦY BAN NHÂN DÂN THÀNH PHỐ HẢI PHÒNG", "VĂN PHÒNG", "Số: …/BC-VP-KSTT"]));
    expect(paragraphs.some((p) => /^Hải Phòng, ngày … tháng … năm \d{4}$/.test(p))).toBe(true);
    const bad = await call("GET", `/api/v1/reports/${PERIOD}.docx`, { env: { REPORT_HEADING: '{"authority": "", "tinh": 1}' } });
    expectError(bad, 500, "config_invalid");
    expect(bad.body.error.message).toMatch(/^Biến cấu hình REPORT_HEADING không hợp lệ: /);
  });

  it("is for the central office only, for a period that exists", async () => {
    const token = await unitWithToken("DR-XA-3", "cap-xa");
    expect((await get(`/api/v1/reports/${PERIOD}.docx`, token)).status).toBe(403);
    expect((await get(`/api/v1/reports/${PERIOD}.docx`, "wrong")).status).toBe(401);
    const answer = await call("GET", "/api/v1/reports/2036-Q5.docx");
    expectError(answer, 404);
  });
});
