import type { FormDefinition } from "./types.ts";

/** Kết quả giải quyết TTHC: dossier handling in the period (model: Biểu 06, Thông tư 01/2020/TT-VPCP). */
export const dossiers: FormDefinition = {
  id: "dossiers",
  title: { vi: "Kết quả giải quyết thủ tục hành chính", en: "Results of handling administrative procedures" },
  // The online rate divides by the dossiers newly received (online, in person and by post), as seed
  // 004 III.3.3 counts them ("trên tổng số hồ sơ tiếp nhận"): a carried-over dossier was counted in
  // the period it was received, and counting it again would lower the rate of every busy unit.
  basis: {
    vi: "Theo mẫu Biểu số 06, Thông tư 01/2020/TT-VPCP; tỷ lệ trực tuyến tính trên số hồ sơ mới tiếp nhận trong kỳ như mục III.3.3 QĐ 257/QĐ-UBND (hồ sơ kỳ trước đã tính ở kỳ tiếp nhận)",
    en: "After form 06 of Circular 01/2020/TT-VPCP; the online rate divides by the dossiers newly received in the period, as item III.3.3 of decision 257/QĐ-UBND (carried-over ones were counted when received)",
  },

  filing: { levels: ["cap-tinh", "cap-huyen", "cap-xa"], periodTypes: ["month", "quarter", "half-year", "year"] },
  rows: { kind: "single" },
  columns: [
    {
      kind: "derived", id: "received_total", nature: "flow",
      label: { vi: "Tổng số hồ sơ tiếp nhận", en: "Dossiers received, total" },
      short: { vi: "Tổng tiếp nhận", en: "Received" },
      terms: [
        { column: "carried_over", sign: 1 },
        { column: "received_online", sign: 1 },
        { column: "received_direct", sign: 1 },
      ],
    },
    {
      kind: "count", id: "carried_over", nature: "opening",
      label: { vi: "Từ kỳ trước chuyển qua", en: "Carried over from the previous period" },
      short: { vi: "Kỳ trước chuyển qua", en: "Carried over" },
    },
    {
      kind: "count", id: "received_online", nature: "flow",
      label: { vi: "Mới tiếp nhận trực tuyến", en: "Newly received online" },
      short: { vi: "Trực tuyến", en: "Online" },
    },
    {
      kind: "count", id: "received_direct", nature: "flow",
      label: {
        vi: "Mới tiếp nhận trực tiếp và qua dịch vụ bưu chính công ích",
        en: "Newly received in person or by public postal service",
      },
      short: { vi: "Trực tiếp, bưu chính", en: "In person, post" },
    },
    {
      kind: "count", id: "received_postal", nature: "flow", optional: true,
      label: {
        vi: "Hồ sơ tiếp nhận qua bưu chính công ích (đã gồm trong số mới tiếp nhận trực tiếp và qua bưu chính)",
        en: "Dossiers received by public postal service (already part of those received in person or by post)",
      },
      short: { vi: "Tiếp nhận qua bưu chính", en: "Received by post" },
    },
    {
      kind: "derived", id: "resolved_total", nature: "flow",
      label: { vi: "Tổng số hồ sơ đã giải quyết", en: "Dossiers resolved, total" },
      short: { vi: "Tổng đã giải quyết", en: "Resolved" },
      terms: [
        { column: "resolved_early", sign: 1 },
        { column: "resolved_ontime", sign: 1 },
        { column: "resolved_late", sign: 1 },
      ],
    },
    {
      kind: "count", id: "resolved_early", nature: "flow",
      label: { vi: "Đã giải quyết trước hạn", en: "Resolved early" },
      short: { vi: "Trước hạn", en: "Early" },
    },
    {
      kind: "count", id: "resolved_ontime", nature: "flow",
      label: { vi: "Đã giải quyết đúng hạn", en: "Resolved on time" },
      short: { vi: "Đúng hạn", en: "On time" },
    },
    {
      kind: "count", id: "resolved_late", nature: "flow",
      label: { vi: "Đã giải quyết quá hạn", en: "Resolved late" },
      short: { vi: "Quá hạn", en: "Late" },
    },
    {
      kind: "derived", id: "pending_total", nature: "closing",
      label: { vi: "Tổng số hồ sơ đang giải quyết", en: "Dossiers in progress, total" },
      short: { vi: "Tổng đang giải quyết", en: "In progress" },
      terms: [
        { column: "pending_intime", sign: 1 },
        { column: "pending_overdue", sign: 1 },
      ],
    },
    {
      kind: "count", id: "pending_intime", nature: "closing",
      label: { vi: "Đang giải quyết trong hạn", en: "In progress within time" },
      short: { vi: "Trong hạn", en: "Within time" },
    },
    {
      kind: "count", id: "pending_overdue", nature: "closing",
      label: { vi: "Đang giải quyết quá hạn", en: "In progress overdue" },
      short: { vi: "Quá hạn", en: "Overdue" },
    },
    {
      kind: "count", id: "returned", nature: "flow",
      label: { vi: "Hồ sơ trả lại hoặc công dân rút hồ sơ", en: "Dossiers returned or withdrawn" },
      short: { vi: "Trả lại, rút", en: "Returned" },
    },
    {
      kind: "count", id: "results_by_post", nature: "flow", optional: true,
      label: { vi: "Kết quả giải quyết trả qua bưu chính công ích", en: "Results returned by public postal service" },
      short: { vi: "Trả kết quả qua bưu chính", en: "Results by post" },
    },
    {
      kind: "count", id: "apology_letters", nature: "flow", optional: true,
      label: { vi: "Văn bản xin lỗi đối với hồ sơ giải quyết quá hạn", en: "Apology letters for late dossiers" },
      short: { vi: "Văn bản xin lỗi", en: "Apology letters" },
    },
  ],
  rules: [
    // Seed 003 §I.4 asks for the dossiers received by post and the apology letters (Thông tư 01/2018/TT-VPCP):
    // added after the form was in use, so optional (a version filed before has them absent).
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "received_postal", whole: "received_direct" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "results_by_post", whole: "resolved_total" },
    {
      kind: "equation", id: "balance", severity: "warning",
      left: ["received_total"],
      right: ["resolved_total", "pending_total", "returned"],
    },
    {
      kind: "continuity", id: "continuity", severity: "warning",
      column: "carried_over", previousColumn: "pending_total",
    },
    // A digit typed too many or too few: over 5 times, or under a fifth of, the unit's usual level
    // (the median of its last reports, at least 3 of them, and only from 20 dossiers up).
    { kind: "outlier", id: "outlier_received", severity: "warning", column: "received_total", factor: 5, history: 3, minimum: 20 },
    { kind: "outlier", id: "outlier_resolved", severity: "warning", column: "resolved_total", factor: 5, history: 3, minimum: 20 },
  ],
  rates: [
    {
      id: "on_time_rate",
      label: { vi: "Tỷ lệ giải quyết trước hạn và đúng hạn", en: "Resolved early or on time" },
      numerator: ["resolved_early", "resolved_ontime"],
      denominator: ["resolved_total"],
    },
    {
      id: "late_rate",
      better: "lower",
      label: { vi: "Tỷ lệ giải quyết quá hạn", en: "Resolved late" },
      numerator: ["resolved_late"],
      denominator: ["resolved_total"],
    },
    {
      id: "online_rate",
      label: { vi: "Tỷ lệ tiếp nhận trực tuyến", en: "Received online" },
      numerator: ["received_online"],
      denominator: ["received_online", "received_direct"],
    },
  ],
  layout: {
    sheetName: "Giải quyết TTHC",
    code: "Biểu số 01",
    leadColumns: [
      { vi: "STT", en: "No." },
      { vi: "Cơ quan, đơn vị", en: "Agency, unit" },
    ],
    order: [
      "received_total", "carried_over", "received_online", "received_direct",
      "resolved_total", "resolved_early", "resolved_ontime", "resolved_late",
      "pending_total", "pending_intime", "pending_overdue",
      "returned",
      // Added later, at the end: the columns of forms already downloaded keep their numbers and
      // places (an upload whose names were dropped is read at the layout's positions).
      "received_postal", "results_by_post", "apology_letters",
    ],
    groups: [
      {
        label: { vi: "Số hồ sơ nhận giải quyết", en: "Dossiers to handle" },
        columns: ["received_total", "carried_over", "received_online", "received_direct"],
        groups: [
          {
            label: { vi: "Số mới tiếp nhận", en: "Newly received" },
            columns: ["received_online", "received_direct"],
          },
        ],
      },
      {
        label: { vi: "Số hồ sơ đã giải quyết", en: "Dossiers resolved" },
        columns: ["resolved_total", "resolved_early", "resolved_ontime", "resolved_late"],
      },
      {
        label: { vi: "Số hồ sơ đang giải quyết", en: "Dossiers in progress" },
        columns: ["pending_total", "pending_intime", "pending_overdue"],
      },
      {
        label: { vi: "Qua dịch vụ bưu chính công ích", en: "By public postal service" },
        columns: ["received_postal", "results_by_post"],
      },
    ],
  },
  example: {
    carried_over: 3, received_online: 5, received_direct: 2,
    resolved_early: 1, resolved_ontime: 4, resolved_late: 1, pending_intime: 2, pending_overdue: 1, returned: 1,
    received_postal: 1, results_by_post: 2, apology_letters: 1,
  },
};
