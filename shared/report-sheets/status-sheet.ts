import type { Review } from "../api/schemas.ts";
import type { FormDefinition } from "../forms/types.ts";
import type { GridSheet } from "../layout/grid.ts";
import type { Level } from "../units/levels.ts";
import { STATUS_SHEET } from "./sheet-names.ts";
import { tableSheet } from "./table-sheet.ts";
import { vnDateTime } from "../text/vietnam-format.ts";

/** One unit × form of the status sheet, as GET /api/v1/status/{periodId} reports it. */
export interface StatusLine {
  unitCode: string;
  unitName: string;
  level: Level;
  formId: string;
  state: "missing" | "submitted" | "late";
  version: number | null;
  submittedAt: string | null;
  review: Pick<Review, "decision" | "comment"> | null;
}

const STATE_LABELS: Record<StatusLine["state"], string> = { missing: "Chưa gửi", submitted: "Đã gửi", late: "Gửi muộn" };
const DECISION_LABELS: Record<string, string> = { accepted: "Đã chấp nhận", returned: "Trả lại" };

/** Every unit × form: state, version, receipt time (Vietnam time), the review of the latest version. */
export function statusSheet(forms: readonly FormDefinition[], lines: readonly StatusLine[], levelName: (id: Level) => string): GridSheet {
  const titleOf = new Map(forms.map((f) => [f.id, f.title.vi]));
  const rows = lines.map((line, i) => [
    i + 1, line.unitCode, line.unitName, levelName(line.level), titleOf.get(line.formId) ?? line.formId,
    STATE_LABELS[line.state], line.version, line.submittedAt ? vnDateTime(line.submittedAt) : "",
    line.review ? (DECISION_LABELS[line.review.decision] ?? line.review.decision) : "", line.review?.comment ?? "",
  ]);
  return tableSheet(
    STATUS_SHEET,
    [
      { label: "STT", width: 6 }, { label: "Mã đơn vị", width: 14 }, { label: "Tên đơn vị", width: 36 }, { label: "Cấp", width: 22 },
      { label: "Biểu", width: 28 }, { label: "Tình trạng", width: 12 }, { label: "Phiên bản", width: 10 },
      { label: "Thời điểm nhận (giờ Việt Nam)", width: 22 }, { label: "Kết quả xem xét", width: 16 }, { label: "Ý kiến", width: 40 },
    ],
    rows,
    "Chưa có đơn vị nào phải báo cáo.",
  );
}
