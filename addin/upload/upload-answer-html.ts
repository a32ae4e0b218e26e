import { columnNumber, findColumn } from "../../shared/forms/cells.ts";
import { formatVi } from "../../shared/text/numbers-vi.ts";
import type { FormDefinition, UploadIssue, UploadReceipts, UploadRejection } from "./api-types.ts";
import { esc } from "./messages.ts";

/** The upload's answer as the tables under step 3: one row per form stored, or per error to fix. */

type Forms = ReadonlyMap<string, FormDefinition>;

const titleOf = (forms: Forms, formId: string) => forms.get(formId)?.title.vi ?? formId;

/** The column of an issue's first cell key ("col" or "row.col"): its number on the sheet and its label. */
function columnOf(form: FormDefinition | undefined, key: string | undefined): string {
  if (!form || !key) return "";
  const id = key.slice(key.lastIndexOf(".") + 1);
  const column = findColumn(form, id);
  if (!column) return "";
  return form.layout.order.includes(id) ? `(${columnNumber(form, id)}) ${column.label.vi}` : column.label.vi;
}

function howToFix(issue: UploadIssue): string {
  let tips = "";
  // The value to type into the cell: without a thousands separator, which a cell would read as text.
  if (typeof issue.expected === "number") tips += `<span class="tip">Giá trị đúng: <b>${esc(issue.expected)}</b>.</span>`;
  if (issue.rule === "type") {
    tips += '<span class="tip">Gõ số nguyên, không có dấu chấm hay dấu phẩy phân cách hàng nghìn: ví dụ 1209, không phải 1.209.</span>';
  }
  return esc(issue.message) + tips;
}

function errorRow(forms: Forms, formId: string, issue: UploadIssue): string {
  return (
    `<tr><td data-label="Biểu">${esc(titleOf(forms, formId))}</td>` +
    `<td data-label="Trang tính">${issue.sheet ? `«${esc(issue.sheet)}»` : "(không có trong tệp)"}</td>` +
    `<td data-label="Ô" class="cell">${esc(issue.cell || "—")}</td>` +
    `<td data-label="Cột">${esc(columnOf(forms.get(formId), issue.columns[0]))}</td>` +
    `<td data-label="Lỗi và cách sửa">${howToFix(issue)}</td></tr>`
  );
}

export function receiptsHtml(answer: UploadReceipts, forms: Forms): string {
  const rows = Object.entries(answer.forms).map(([formId, receipt]) => {
    const warnings = receipt.warnings.map((warning) => esc(warning.message)).join("<br>") || "Không có";
    return (
      `<tr><td data-label="Biểu">${esc(titleOf(forms, formId))}</td><td data-label="Biên nhận" class="cell">${esc(receipt.receipt)}</td>` +
      `<td data-label="Phiên bản">${receipt.version}</td><td data-label="Thời hạn">${receipt.late ? "Gửi muộn" : "Đúng hạn"}</td>` +
      `<td data-label="Cảnh báo">${warnings}</td></tr>`
    );
  });
  return (
    "<b>Đã nhận báo cáo.</b> Giữ số biên nhận để đối chiếu; muốn sửa, tải lên tệp mới: phiên bản mới thay phiên bản cũ." +
    "<table><thead><tr><th>Biểu</th><th>Biên nhận</th><th>Phiên bản</th><th>Thời hạn</th><th>Cảnh báo</th></tr></thead>" +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}

export function rejectionHtml(answer: UploadRejection, forms: Forms): string {
  const rows = Object.entries(answer.forms).flatMap(([formId, found]) => found.errors.map((issue) => errorRow(forms, formId, issue)));
  return (
    `<b>Báo cáo chưa được nhận: có ${formatVi(rows.length)} lỗi.</b> Mở tệp, sửa từng ô dưới đây, lưu lại rồi tải lên lại ở bước 3.` +
    "<table><thead><tr><th>Biểu</th><th>Trang tính</th><th>Ô</th><th>Cột</th><th>Lỗi và cách sửa</th></tr></thead>" +
    `<tbody>${rows.join("")}</tbody></table>`
  );
}
