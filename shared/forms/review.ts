import type { FormDefinition } from "./types.ts";

/**
 * Rà soát, đánh giá và đơn giản hóa TTHC (review and simplification): Cần Thơ's outline §I.5
 * (seed 003), Hải Phòng 2025 II.3 (seed 004), Hà Nội 2021–2025 II.3 (seed 001), Hải Phòng 2017 V
 * (seed 000). Compliance costs in đồng per year, before and after the simplification proposed.
 */
export const review: FormDefinition = {
  id: "review",
  title: {
    vi: "Rà soát, đánh giá và đơn giản hóa thủ tục hành chính",
    en: "Review and simplification of administrative procedures",
  },
  basis: {
    vi: "Theo đề cương báo cáo mục I.5, Kế hoạch 20/KH-UBND thành phố Cần Thơ; mục II.3, Quyết định 257/QĐ-UBND thành phố Hải Phòng",
    en: "After item I.5 of Cần Thơ plan 20/KH-UBND's outline and item II.3 of Hải Phòng decision 257/QĐ-UBND",
  },
  // Seed 004 II.3.2: departments and districts review the procedures under their authority; a
  // commune does not review the province's. Reported for the half-year and the year.
  filing: { levels: ["cap-tinh", "cap-huyen"], periodTypes: ["half-year", "year"] },
  rows: { kind: "single" },
  columns: [
    {
      kind: "count", id: "planned", nature: "closing",
      label: { vi: "Số TTHC trong kế hoạch rà soát, đánh giá", en: "Procedures in the review plan" },
      short: { vi: "Trong kế hoạch", en: "Planned" },
    },
    {
      kind: "count", id: "reviewed", nature: "flow",
      label: { vi: "Số TTHC đã rà soát, đánh giá", en: "Procedures reviewed" },
      short: { vi: "Đã rà soát", en: "Reviewed" },
    },
    {
      kind: "derived", id: "proposed_total", nature: "flow",
      label: { vi: "Tổng số TTHC đề xuất đơn giản hóa", en: "Procedures proposed for simplification, total" },
      short: { vi: "Tổng đề xuất", en: "Proposed" },
      terms: [
        { column: "proposed_abolish", sign: 1 },
        { column: "proposed_amend", sign: 1 },
        { column: "proposed_replace", sign: 1 },
      ],
    },
    {
      kind: "count", id: "proposed_abolish", nature: "flow",
      label: { vi: "Đề xuất bãi bỏ", en: "Proposed for abolition" },
      short: { vi: "Bãi bỏ", en: "Abolish" },
    },
    {
      kind: "count", id: "proposed_amend", nature: "flow",
      label: { vi: "Đề xuất sửa đổi, bổ sung", en: "Proposed for amendment" },
      short: { vi: "Sửa đổi, bổ sung", en: "Amend" },
    },
    {
      kind: "count", id: "proposed_replace", nature: "flow",
      label: { vi: "Đề xuất thay thế", en: "Proposed for replacement" },
      short: { vi: "Thay thế", en: "Replace" },
    },
    {
      kind: "count", id: "approved", nature: "flow",
      label: { vi: "Phương án đơn giản hóa được cấp có thẩm quyền thông qua, phê duyệt", en: "Simplification proposals approved" },
      short: { vi: "Được phê duyệt", en: "Approved" },
    },
    {
      kind: "count", id: "carried_out", nature: "flow",
      label: { vi: "Phương án đã thực thi", en: "Proposals carried out" },
      short: { vi: "Đã thực thi", en: "Carried out" },
    },
    {
      kind: "count", id: "cost_before", nature: "flow",
      label: { vi: "Chi phí tuân thủ trước đơn giản hóa (đồng/năm)", en: "Compliance cost before simplification (đồng a year)" },
      short: { vi: "Chi phí trước", en: "Cost before" },
    },
    {
      kind: "count", id: "cost_after", nature: "flow",
      label: { vi: "Chi phí tuân thủ sau đơn giản hóa (đồng/năm)", en: "Compliance cost after simplification (đồng a year)" },
      short: { vi: "Chi phí sau", en: "Cost after" },
    },
    {
      kind: "derived", id: "cost_saving", nature: "flow",
      label: { vi: "Chi phí tiết kiệm được (đồng/năm)", en: "Compliance cost saved (đồng a year)" },
      short: { vi: "Tiết kiệm", en: "Saved" },
      terms: [
        { column: "cost_before", sign: 1 },
        { column: "cost_after", sign: -1 },
      ],
    },
  ],
  rules: [
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "proposed_total", whole: "reviewed" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "cost_after", whole: "cost_before" },
    // Reviews of the period are of procedures in the plan: more reviewed than planned is worth a look.
    { kind: "part_le_whole", id: "reviewed_le_planned", severity: "warning", part: "reviewed", whole: "planned" },
  ],
  rates: [
    {
      id: "proposal_rate",
      label: { vi: "Tỷ lệ TTHC đề xuất đơn giản hóa trên số đã rà soát", en: "Reviewed procedures proposed for simplification" },
      numerator: ["proposed_total"],
      denominator: ["reviewed"],
    },
    {
      id: "saving_rate",
      label: { vi: "Tỷ lệ cắt giảm chi phí tuân thủ", en: "Compliance cost cut" },
      numerator: ["cost_saving"],
      denominator: ["cost_before"],
    },
  ],
  layout: {
    sheetName: "Rà soát, đơn giản hóa",
    code: "Biểu số 04",
    leadColumns: [
      { vi: "STT", en: "No." },
      { vi: "Cơ quan, đơn vị", en: "Agency, unit" },
    ],
    order: [
      "planned", "reviewed", "proposed_total", "proposed_abolish", "proposed_amend", "proposed_replace",
      "approved", "carried_out", "cost_before", "cost_after", "cost_saving",
    ],
    groups: [
      {
        label: { vi: "Đề xuất đơn giản hóa", en: "Proposed for simplification" },
        columns: ["proposed_total", "proposed_abolish", "proposed_amend", "proposed_replace"],
      },
      {
        label: { vi: "Phương án đơn giản hóa", en: "Simplification proposals" },
        columns: ["approved", "carried_out"],
      },
      {
        label: { vi: "Chi phí tuân thủ (đồng/năm)", en: "Compliance cost (đồng a year)" },
        columns: ["cost_before", "cost_after", "cost_saving"],
      },
    ],
  },
  example: {
    planned: 40, reviewed: 30, proposed_abolish: 2, proposed_amend: 6, proposed_replace: 1,
    approved: 7, carried_out: 5, cost_before: 1_250_000_000, cost_after: 900_000_000,
  },
};
