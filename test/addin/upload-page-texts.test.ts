import { describe, expect, it } from "vitest";
import { deadlineNote, type DeadlineAsker } from "../../addin/upload/deadline-note.ts";
import { receiptsHtml, rejectionHtml } from "../../addin/upload/upload-answer-html.ts";
import type { FormDefinition, UploadIssue } from "../../addin/upload/api-types.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";

/** The upload page's sentences and tables, without a browser (test/e2e/upload-page.test.ts drives the page itself). */
const central: DeadlineAsker = {
  role: "central", unitCode: "", levels: DEFAULT_LEVELS, today: "2034-03-20",
  units: new Map([["XA-1", { name: "Xã Một", level: "cap-xa" }]]),
};
const period = (deadlines: Record<string, string>, locked = false) => ({ deadline: "2034-03-18", deadlines, locked });
const LATE = " Đã quá hạn: vẫn gửi được, báo cáo được ghi là gửi muộn.";

describe("the period's deadline note", () => {
  it("gives a unit its own deadline, late once past, locked above all", () => {
    const unit: DeadlineAsker = { ...central, role: "unit" };
    expect(deadlineNote({ ...period({}), deadline: "2034-03-25" }, unit)).toBe("hạn gửi 25/03/2034.");
    expect(deadlineNote(period({}), unit)).toBe(`hạn gửi 18/03/2034.${LATE}`);
    expect(deadlineNote(period({}, true), unit)).toBe("hạn gửi 18/03/2034. Kỳ này đã khóa: Văn phòng không nhận thêm báo cáo.");
  });

  it("gives the central office each current level's deadline, overdue only for those past", () => {
    const deadlines = { "cap-tinh": "2034-03-25", "cap-huyen": "2034-03-18", "cap-xa": "2034-03-18" };
    expect(deadlineNote(period(deadlines), central)).toBe(
      "hạn gửi: Cấp tỉnh (sở, ban, ngành) 25/03/2034; Cấp xã 18/03/2034. Đã quá hạn với Cấp xã: báo cáo của đơn vị các cấp này được ghi là gửi muộn.",
    );
    expect(deadlineNote(period({ ...deadlines, "cap-tinh": "2034-03-18" }), central)).toBe(`hạn gửi 18/03/2034.${LATE}`);
  });

  it("gives the deadline of the unit the central office files for, and says when the code is not a unit", () => {
    const deadlines = { "cap-tinh": "2034-03-25", "cap-huyen": "2034-03-18", "cap-xa": "2034-03-30" };
    expect(deadlineNote(period(deadlines), { ...central, unitCode: "XA-1" })).toBe("hạn gửi của Xã Một (Cấp xã) 30/03/2034.");
    expect(deadlineNote(period(deadlines), { ...central, unitCode: "toString" })).toBe(
      "không có đơn vị mã «toString» trong danh sách; hạn gửi: Cấp tỉnh (sở, ban, ngành) 25/03/2034; Cấp xã 30/03/2034.",
    );
  });
});

describe("the upload's answer", () => {
  const forms = new Map<string, FormDefinition>([[dossiers.id, dossiers]]);
  const issue = (over: Partial<UploadIssue>): UploadIssue => ({
    rule: "type", severity: "error", columns: ["received_online"], message: "phải là số, không phải văn bản \"1.209\".", messageEn: "",
    sheet: "Giải quyết TTHC", cell: "E9", ...over,
  });

  it("names each error's form, sheet, cell and numbered column, with how to fix it", () => {
    const html = rejectionHtml({ forms: { dossiers: { errors: [issue({}), issue({ rule: "sum", expected: 1209, sheet: null, cell: null })], warnings: [] } } }, forms);
    expect(html).toContain("có 2 lỗi.");
    expect(html).toContain('<td data-label="Trang tính">«Giải quyết TTHC»</td><td data-label="Ô" class="cell">E9</td><td data-label="Cột">(5) Mới tiếp nhận trực tuyến</td>');
    expect(html).toContain("ví dụ 1209, không phải 1.209");
    expect(html).toContain('(không có trong tệp)</td><td data-label="Ô" class="cell">—</td>');
    expect(html).toContain("Giá trị đúng: <b>1209</b>."); // as it is to be typed: no thousands separator
  });

  it("lists a receipt per form, the form's id when the page does not know it", () => {
    const receipt = { receipt: "BN-1", version: 2, late: true, warnings: [] };
    const html = receiptsHtml({ forms: { dossiers: receipt, plan_x: { ...receipt, late: false } } }, forms);
    expect(html).toContain(`<td data-label="Biểu">${dossiers.title.vi}</td>`);
    expect(html).toContain('<td data-label="Biểu">plan_x</td>');
    expect(html).toContain("Gửi muộn");
    expect(html).toContain('<td data-label="Cảnh báo">Không có</td>');
  });
});
