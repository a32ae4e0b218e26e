import type { FormDefinition } from "./types.ts";

/**
 * Công bố, công khai TTHC và cơ chế một cửa: Cần Thơ's outline §I.3 and §I.8 (seed 003); Hải Phòng
 * 2025 II.2 (publication within 10 working days, II.2.1), III.1 (100% of procedures received at the
 * one-stop desk) and III.5 (seed 004).
 */
export const publication: FormDefinition = {
  id: "publication",
  title: {
    vi: "Công bố, công khai thủ tục hành chính và thực hiện cơ chế một cửa, một cửa liên thông",
    en: "Publication of administrative procedures and the one-stop mechanism",
  },
  basis: {
    vi: "Theo đề cương báo cáo mục I.3 và I.8, Kế hoạch 20/KH-UBND thành phố Cần Thơ; chỉ tiêu mục II.2, III.1, Quyết định 257/QĐ-UBND thành phố Hải Phòng",
    en: "After items I.3 and I.8 of Cần Thơ plan 20/KH-UBND's outline; targets from items II.2 and III.1 of Hải Phòng decision 257/QĐ-UBND",
  },
  // Seed 004 II.6.1: reported quarterly and for the year.
  filing: { levels: ["cap-tinh", "cap-huyen", "cap-xa"], periodTypes: ["quarter", "year"] },
  rows: { kind: "single" },
  columns: [
    {
      kind: "count", id: "decisions_in_force", nature: "closing",
      label: { vi: "Số Quyết định công bố TTHC đang áp dụng", en: "Publication decisions in force" },
      short: { vi: "Quyết định công bố", en: "Decisions in force" },
    },
    {
      kind: "derived", id: "published_total", nature: "flow",
      label: { vi: "Tổng số TTHC được công bố trong kỳ", en: "Procedures published in the period, total" },
      short: { vi: "Tổng công bố", en: "Published" },
      terms: [
        { column: "published_new", sign: 1 },
        { column: "published_amended", sign: 1 },
        { column: "published_abolished", sign: 1 },
      ],
    },
    {
      kind: "count", id: "published_new", nature: "flow",
      label: { vi: "TTHC ban hành mới", en: "New procedures" },
      short: { vi: "Ban hành mới", en: "New" },
    },
    {
      kind: "count", id: "published_amended", nature: "flow",
      label: { vi: "TTHC sửa đổi, bổ sung, thay thế", en: "Procedures amended or replaced" },
      short: { vi: "Sửa đổi, bổ sung", en: "Amended" },
    },
    {
      kind: "count", id: "published_abolished", nature: "flow",
      label: { vi: "TTHC bị bãi bỏ", en: "Procedures abolished" },
      short: { vi: "Bãi bỏ", en: "Abolished" },
    },
    {
      kind: "count", id: "published_on_time", nature: "flow",
      label: { vi: "Trong đó: công bố đúng thời hạn (10 ngày làm việc)", en: "Of which published within the time limit (10 working days)" },
      short: { vi: "Công bố đúng hạn", en: "On time" },
    },
    {
      kind: "count", id: "tthc_total", nature: "closing",
      label: { vi: "Tổng số TTHC thuộc thẩm quyền giải quyết", en: "Procedures under the unit's authority" },
      short: { vi: "TTHC thuộc thẩm quyền", en: "Under authority" },
    },
    {
      kind: "count", id: "tthc_one_stop", nature: "closing",
      label: { vi: "Tiếp nhận, trả kết quả tại Bộ phận Một cửa", en: "Received and returned at the one-stop desk" },
      short: { vi: "Tại Bộ phận Một cửa", en: "One-stop desk" },
    },
    {
      kind: "count", id: "tthc_inter_agency", nature: "closing",
      label: { vi: "Giải quyết theo cơ chế một cửa liên thông", en: "Handled by the inter-agency one-stop mechanism" },
      short: { vi: "Một cửa liên thông", en: "Inter-agency" },
    },
    {
      kind: "count", id: "tthc_postal", nature: "closing",
      label: { vi: "Tiếp nhận, trả kết quả qua dịch vụ bưu chính công ích", en: "Received and returned by public postal service" },
      short: { vi: "Qua bưu chính công ích", en: "By post" },
    },
    {
      kind: "derived", id: "tthc_online", nature: "closing",
      label: { vi: "Tổng số TTHC cung cấp dịch vụ công trực tuyến", en: "Procedures offered as online public services" },
      short: { vi: "Trực tuyến", en: "Online" },
      terms: [
        { column: "tthc_online_partial", sign: 1 },
        { column: "tthc_online_full", sign: 1 },
      ],
    },
    {
      kind: "count", id: "tthc_online_partial", nature: "closing",
      label: { vi: "Dịch vụ công trực tuyến một phần", en: "Partly online" },
      short: { vi: "Một phần", en: "Partly online" },
    },
    {
      kind: "count", id: "tthc_online_full", nature: "closing",
      label: { vi: "Dịch vụ công trực tuyến toàn trình", en: "Fully online" },
      short: { vi: "Toàn trình", en: "Fully online" },
    },
  ],
  rules: [
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "published_on_time", whole: "published_total" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "tthc_one_stop", whole: "tthc_total" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "tthc_inter_agency", whole: "tthc_total" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "tthc_postal", whole: "tthc_total" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "tthc_online", whole: "tthc_total" },
  ],
  rates: [
    {
      id: "published_on_time_rate",
      label: { vi: "Tỷ lệ TTHC công bố đúng thời hạn", en: "Procedures published on time" },
      numerator: ["published_on_time"],
      denominator: ["published_total"],
    },
    {
      id: "one_stop_rate",
      label: { vi: "Tỷ lệ TTHC tiếp nhận, trả kết quả tại Bộ phận Một cửa", en: "Procedures at the one-stop desk" },
      numerator: ["tthc_one_stop"],
      denominator: ["tthc_total"],
    },
    {
      id: "online_service_rate",
      label: { vi: "Tỷ lệ TTHC cung cấp dịch vụ công trực tuyến", en: "Procedures offered online" },
      numerator: ["tthc_online"],
      denominator: ["tthc_total"],
    },
  ],
  layout: {
    sheetName: "Công bố, một cửa",
    code: "Biểu số 03",
    leadColumns: [
      { vi: "STT", en: "No." },
      { vi: "Cơ quan, đơn vị", en: "Agency, unit" },
    ],
    order: [
      "decisions_in_force", "published_total", "published_new", "published_amended", "published_abolished", "published_on_time",
      "tthc_total", "tthc_one_stop", "tthc_inter_agency", "tthc_postal", "tthc_online", "tthc_online_partial", "tthc_online_full",
    ],
    groups: [
      {
        label: { vi: "Công bố TTHC", en: "Publication" },
        columns: ["decisions_in_force", "published_total", "published_new", "published_amended", "published_abolished", "published_on_time"],
        groups: [
          {
            label: { vi: "TTHC được công bố trong kỳ", en: "Published in the period" },
            columns: ["published_total", "published_new", "published_amended", "published_abolished", "published_on_time"],
          },
        ],
      },
      {
        label: { vi: "TTHC thuộc thẩm quyền giải quyết", en: "Procedures under the unit's authority" },
        columns: ["tthc_total", "tthc_one_stop", "tthc_inter_agency", "tthc_postal", "tthc_online", "tthc_online_partial", "tthc_online_full"],
        groups: [
          {
            label: { vi: "Trong đó", en: "Of which" },
            columns: ["tthc_one_stop", "tthc_inter_agency", "tthc_postal", "tthc_online", "tthc_online_partial", "tthc_online_full"],
          },
        ],
      },
    ],
  },
  example: {
    decisions_in_force: 12, published_new: 3, published_amended: 4, published_abolished: 1, published_on_time: 7,
    tthc_total: 150, tthc_one_stop: 148, tthc_inter_agency: 20, tthc_postal: 120, tthc_online_partial: 60, tthc_online_full: 80,
  },
};
