import type { FormDefinition } from "./types.ts";

/**
 * Tiếp nhận, xử lý phản ánh, kiến nghị (citizen feedback): Cần Thơ's outline §I.6 (seed 003),
 * Hải Phòng 2025 II.4 (seed 004: 100% handled on time or early, II.4.3), Hải Phòng 2017 IV (seed 000).
 */
export const feedback: FormDefinition = {
  id: "feedback",
  title: {
    vi: "Tiếp nhận, xử lý phản ánh, kiến nghị về quy định hành chính",
    en: "Citizen feedback on administrative regulations: received and handled",
  },
  basis: {
    vi: "Theo đề cương báo cáo mục I.6, Kế hoạch 20/KH-UBND thành phố Cần Thơ; chỉ tiêu mục II.4.3, Quyết định 257/QĐ-UBND thành phố Hải Phòng",
    en: "After item I.6 of Cần Thơ plan 20/KH-UBND's outline; target from item II.4.3 of Hải Phòng decision 257/QĐ-UBND",
  },
  // Seed 004 II.4.3: departments, districts and communes handle feedback; reported every period.
  filing: { levels: ["cap-tinh", "cap-huyen", "cap-xa"], periodTypes: ["month", "quarter", "half-year", "year"] },
  rows: { kind: "single" },
  columns: [
    {
      kind: "derived", id: "received_total", nature: "flow",
      label: { vi: "Tổng số phản ánh, kiến nghị phải xử lý", en: "Feedback to handle, total" },
      short: { vi: "Tổng phải xử lý", en: "To handle" },
      terms: [
        { column: "carried_over", sign: 1 },
        { column: "received_regulation", sign: 1 },
        { column: "received_conduct", sign: 1 },
      ],
    },
    {
      kind: "count", id: "carried_over", nature: "opening",
      label: { vi: "Từ kỳ trước chuyển qua", en: "Carried over from the previous period" },
      short: { vi: "Kỳ trước chuyển qua", en: "Carried over" },
    },
    {
      kind: "count", id: "received_regulation", nature: "flow",
      label: { vi: "Mới tiếp nhận về quy định hành chính", en: "Newly received about administrative regulations" },
      short: { vi: "Về quy định", en: "On regulations" },
    },
    {
      kind: "count", id: "received_conduct", nature: "flow",
      label: { vi: "Mới tiếp nhận về hành vi hành chính", en: "Newly received about administrative conduct" },
      short: { vi: "Về hành vi", en: "On conduct" },
    },
    {
      kind: "count", id: "forwarded", nature: "flow",
      label: { vi: "Đã chuyển cơ quan có thẩm quyền xử lý", en: "Forwarded to the competent agency" },
      short: { vi: "Đã chuyển xử lý", en: "Forwarded" },
    },
    {
      kind: "derived", id: "resolved_total", nature: "flow",
      label: { vi: "Tổng số đã có kết quả xử lý", en: "Handled, total" },
      short: { vi: "Tổng đã xử lý", en: "Handled" },
      terms: [
        { column: "resolved_ontime", sign: 1 },
        { column: "resolved_late", sign: 1 },
      ],
    },
    {
      kind: "count", id: "resolved_ontime", nature: "flow",
      label: { vi: "Đã xử lý đúng hạn, trước hạn", en: "Handled on time or early" },
      short: { vi: "Đúng, trước hạn", en: "On time" },
    },
    {
      kind: "count", id: "resolved_late", nature: "flow",
      label: { vi: "Đã xử lý quá hạn", en: "Handled late" },
      short: { vi: "Quá hạn", en: "Late" },
    },
    {
      kind: "count", id: "in_progress", nature: "closing",
      label: { vi: "Đang xử lý", en: "In progress" },
      short: { vi: "Đang xử lý", en: "In progress" },
    },
  ],
  rules: [
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "resolved_total", whole: "received_total" },
    {
      kind: "equation", id: "balance", severity: "warning",
      left: ["received_total"],
      right: ["forwarded", "resolved_total", "in_progress"],
    },
    { kind: "continuity", id: "continuity", severity: "warning", column: "carried_over", previousColumn: "in_progress" },
  ],
  rates: [
    {
      id: "on_time_rate",
      label: { vi: "Tỷ lệ phản ánh, kiến nghị xử lý đúng hạn, trước hạn", en: "Feedback handled on time or early" },
      numerator: ["resolved_ontime"],
      denominator: ["resolved_total"],
    },
  ],
  layout: {
    sheetName: "Phản ánh, kiến nghị",
    code: "Biểu số 02",
    leadColumns: [
      { vi: "STT", en: "No." },
      { vi: "Cơ quan, đơn vị", en: "Agency, unit" },
    ],
    order: [
      "received_total", "carried_over", "received_regulation", "received_conduct",
      "forwarded", "resolved_total", "resolved_ontime", "resolved_late", "in_progress",
    ],
    groups: [
      {
        label: { vi: "Số phản ánh, kiến nghị phải xử lý", en: "Feedback to handle" },
        columns: ["received_total", "carried_over", "received_regulation", "received_conduct"],
        groups: [
          { label: { vi: "Số mới tiếp nhận", en: "Newly received" }, columns: ["received_regulation", "received_conduct"] },
        ],
      },
      {
        label: { vi: "Kết quả xử lý", en: "Handling" },
        columns: ["forwarded", "resolved_total", "resolved_ontime", "resolved_late", "in_progress"],
        groups: [
          { label: { vi: "Đã có kết quả xử lý", en: "Handled" }, columns: ["resolved_total", "resolved_ontime", "resolved_late"] },
        ],
      },
    ],
  },
  example: {
    carried_over: 2, received_regulation: 5, received_conduct: 3,
    forwarded: 1, resolved_ontime: 6, resolved_late: 1, in_progress: 2,
  },
};
