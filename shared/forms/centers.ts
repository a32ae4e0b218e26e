import type { FormDefinition } from "./types.ts";

/** TTHC tại Trung tâm Phục vụ hành chính công (Quảng Ninh, Kế hoạch 239/KH-UBND 2017, phụ lục 1–2). */
export const centers: FormDefinition = {
  id: "centers",
  title: {
    vi: "Thủ tục hành chính tại Trung tâm Phục vụ hành chính công",
    en: "Administrative procedures at the public administration service centre",
  },
  basis: {
    vi: "Theo phụ lục 1 và 2, Kế hoạch 239/KH-UBND tỉnh Quảng Ninh",
    en: "After appendices 1 and 2 of Quảng Ninh plan 239/KH-UBND",
  },
  filing: { levels: ["cap-tinh", "cap-huyen", "cap-xa"], periodTypes: ["month", "quarter", "half-year", "year"] },
  rows: { kind: "single" },
  columns: [
    {
      kind: "count", id: "tthc_total", nature: "closing",
      label: { vi: "Tổng số TTHC", en: "Procedures, total" },
      short: { vi: "Tổng số TTHC", en: "Procedures" },
    },
    {
      kind: "count", id: "tthc_not_at_center", nature: "closing",
      label: { vi: "TTHC không đưa vào Trung tâm", en: "Procedures not brought into the centre" },
      short: { vi: "Không đưa vào", en: "Not brought in" },
    },
    {
      kind: "derived", id: "tthc_at_center", nature: "closing",
      label: { vi: "Tổng số TTHC đưa vào Trung tâm", en: "Procedures brought into the centre" },
      short: { vi: "Đưa vào Trung tâm", en: "Brought in" },
      terms: [
        { column: "tthc_total", sign: 1 },
        { column: "tthc_not_at_center", sign: -1 },
      ],
    },
    {
      kind: "count", id: "full_cycle_done", nature: "closing",
      label: {
        vi: "Số TTHC đã tiếp nhận, thẩm định, phê duyệt, trả kết quả tại Trung tâm",
        en: "Procedures handled end to end at the centre so far",
      },
      short: { vi: "Đã thực hiện trọn quy trình", en: "End to end so far" },
    },
    {
      kind: "count", id: "full_cycle_added", nature: "closing",
      label: {
        vi: "Số TTHC tiếp tục đưa vào tiếp nhận, thẩm định, phê duyệt, trả kết quả tại Trung tâm (đến hạn)",
        en: "Procedures added to end-to-end handling by the deadline",
      },
      short: { vi: "Tiếp tục đưa vào", en: "Added" },
    },
    {
      kind: "derived", id: "full_cycle_after", nature: "closing",
      label: {
        vi: "Tổng số TTHC tiếp nhận, thẩm định, phê duyệt, trả kết quả tại Trung tâm sau hạn",
        en: "Procedures handled end to end after the deadline",
      },
      short: { vi: "Trọn quy trình sau hạn", en: "End to end after" },
      terms: [
        { column: "full_cycle_done", sign: 1 },
        { column: "full_cycle_added", sign: 1 },
      ],
    },
  ],
  rules: [
    {
      kind: "part_le_whole", id: "part_le_whole", severity: "error",
      part: "tthc_not_at_center", whole: "tthc_total",
    },
    {
      kind: "part_le_whole", id: "part_le_whole", severity: "error",
      part: "full_cycle_after", whole: "tthc_at_center",
    },
  ],
  rates: [
    {
      id: "at_center_rate",
      label: { vi: "Tỷ lệ TTHC đưa vào Trung tâm", en: "Share of procedures brought into the centre" },
      numerator: ["tthc_at_center"],
      denominator: ["tthc_total"],
    },
    {
      id: "full_cycle_rate",
      label: {
        vi: "Tỷ lệ TTHC thực hiện trọn quy trình tại Trung tâm",
        en: "Share handled end to end at the centre",
      },
      numerator: ["full_cycle_after"],
      denominator: ["tthc_at_center"],
    },
  ],
  layout: {
    sheetName: "TTHC tại Trung tâm",
    code: "Phụ lục",
    leadColumns: [
      { vi: "STT", en: "No." },
      { vi: "Cơ quan, đơn vị", en: "Agency, unit" },
    ],
    order: [
      "tthc_total", "tthc_not_at_center", "tthc_at_center",
      "full_cycle_done", "full_cycle_added", "full_cycle_after",
    ],
    groups: [
      {
        label: {
          vi: "Thực hiện tiếp nhận, thẩm định, phê duyệt, trả kết quả tại Trung tâm",
          en: "End-to-end handling at the centre",
        },
        columns: ["full_cycle_done", "full_cycle_added", "full_cycle_after"],
      },
    ],
  },
  example: { tthc_total: 100, tthc_not_at_center: 10, full_cycle_done: 40, full_cycle_added: 20 },
};
