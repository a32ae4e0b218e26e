import type { FormDefinition } from "./types.ts";

/**
 * Chỉ tiêu dịch vụ công trực tuyến, số hóa (digital government): the eight targets of Hải Phòng
 * 2025, III.3.1–3.8 (seed 004). Each is typed as a numerator and a denominator, never as a
 * percentage, so that the city's rate is recomputed from the sums (DOMAIN: rates are never averaged).
 */
export const digital: FormDefinition = {
  id: "digital",
  title: {
    vi: "Chỉ tiêu thực hiện dịch vụ công trực tuyến, số hóa hồ sơ, kết quả giải quyết TTHC",
    en: "Online public services and digitisation targets",
  },
  basis: {
    vi: "Theo mục III.3.1–III.3.8, Quyết định 257/QĐ-UBND thành phố Hải Phòng (Kế hoạch kiểm soát TTHC năm 2025)",
    en: "After items III.3.1–III.3.8 of Hải Phòng decision 257/QĐ-UBND (2025 plan)",
  },
  // Seed 004 III.3: departments and districts (communes report III.3.9 only, not on this form).
  filing: { levels: ["cap-tinh", "cap-huyen"], periodTypes: ["month", "quarter", "half-year", "year"] },
  rows: { kind: "single" },
  columns: [
    {
      kind: "count", id: "services_full_online", nature: "closing",
      label: { vi: "Số dịch vụ công trực tuyến toàn trình đã cung cấp", en: "Fully online public services offered" },
      short: { vi: "DVC toàn trình", en: "Fully online" },
    },
    {
      kind: "count", id: "services_eligible", nature: "closing",
      label: { vi: "Số TTHC đủ điều kiện cung cấp dịch vụ công trực tuyến toàn trình", en: "Procedures eligible to be fully online" },
      short: { vi: "TTHC đủ điều kiện", en: "Eligible" },
    },
    {
      kind: "count", id: "payments_online", nature: "flow",
      label: { vi: "Số giao dịch thanh toán trực tuyến trên Cổng Dịch vụ công quốc gia", en: "Payments made online on the national portal" },
      short: { vi: "Thanh toán trực tuyến", en: "Paid online" },
    },
    {
      kind: "count", id: "payments_total", nature: "flow",
      label: { vi: "Tổng số giao dịch thanh toán của dịch vụ công", en: "Public-service payments, total" },
      short: { vi: "Tổng giao dịch", en: "Payments" },
    },
    {
      kind: "count", id: "dossiers_online", nature: "flow",
      label: { vi: "Số hồ sơ trực tuyến", en: "Dossiers received online" },
      short: { vi: "Hồ sơ trực tuyến", en: "Online" },
    },
    {
      kind: "count", id: "dossiers_total", nature: "flow",
      label: { vi: "Tổng số hồ sơ tiếp nhận, giải quyết TTHC", en: "Dossiers received and handled, total" },
      short: { vi: "Tổng hồ sơ", en: "Dossiers" },
    },
    {
      kind: "count", id: "dossiers_digitised", nature: "flow",
      label: { vi: "Số hồ sơ, kết quả giải quyết TTHC được số hóa", en: "Dossiers and results digitised" },
      short: { vi: "Đã số hóa", en: "Digitised" },
    },
    {
      kind: "count", id: "dossiers_to_digitise", nature: "flow",
      label: { vi: "Tổng số hồ sơ, kết quả giải quyết TTHC", en: "Dossiers and results, total" },
      short: { vi: "Tổng hồ sơ, kết quả", en: "Total" },
    },
    {
      kind: "count", id: "results_synced", nature: "flow",
      label: { vi: "Số kết quả xử lý hồ sơ được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia", en: "Results fully synced to the national portal" },
      short: { vi: "Đã đồng bộ", en: "Synced" },
    },
    {
      kind: "count", id: "results_handled", nature: "flow",
      label: { vi: "Tổng số kết quả xử lý hồ sơ TTHC", en: "Results of dossier handling, total" },
      short: { vi: "Tổng kết quả", en: "Results" },
    },
    {
      kind: "count", id: "results_electronic", nature: "flow",
      label: { vi: "Số kết quả giải quyết TTHC cấp điện tử", en: "Results issued electronically" },
      short: { vi: "Kết quả điện tử", en: "Electronic" },
    },
    {
      kind: "count", id: "results_issued", nature: "flow",
      label: { vi: "Tổng số kết quả giải quyết TTHC đã cấp", en: "Results issued, total" },
      short: { vi: "Tổng kết quả đã cấp", en: "Issued" },
    },
    {
      kind: "count", id: "data_reused", nature: "flow",
      label: { vi: "Số hồ sơ khai thác, sử dụng lại thông tin, dữ liệu số hóa", en: "Dossiers reusing digitised data" },
      short: { vi: "Đã sử dụng lại", en: "Reused" },
    },
    {
      kind: "count", id: "data_reusable", nature: "flow",
      label: { vi: "Tổng số hồ sơ có thông tin, dữ liệu số hóa để sử dụng lại", en: "Dossiers with digitised data to reuse" },
      short: { vi: "Có thể sử dụng lại", en: "Reusable" },
    },
    {
      kind: "count", id: "ratings_satisfied", nature: "flow",
      label: { vi: "Số lượt đánh giá hài lòng", en: "Ratings satisfied" },
      short: { vi: "Hài lòng", en: "Satisfied" },
    },
    {
      kind: "count", id: "ratings_total", nature: "flow",
      label: { vi: "Tổng số lượt đánh giá việc tiếp nhận, giải quyết TTHC", en: "Ratings of handling, total" },
      short: { vi: "Tổng lượt đánh giá", en: "Ratings" },
    },
  ],
  rules: [
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "services_full_online", whole: "services_eligible" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "payments_online", whole: "payments_total" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "dossiers_online", whole: "dossiers_total" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "dossiers_digitised", whole: "dossiers_to_digitise" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "results_synced", whole: "results_handled" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "results_electronic", whole: "results_issued" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "data_reused", whole: "data_reusable" },
    { kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "ratings_satisfied", whole: "ratings_total" },
  ],
  rates: [
    {
      id: "full_online_rate",
      label: { vi: "Tỷ lệ cung cấp dịch vụ công trực tuyến toàn trình trên tổng số TTHC có đủ điều kiện (mục III.3.1)", en: "Fully online services among eligible procedures (item III.3.1)" },
      short: { vi: "Dịch vụ công trực tuyến toàn trình (III.3.1)", en: "Fully online services (III.3.1)" },
      numerator: ["services_full_online"],
      denominator: ["services_eligible"],
    },
    {
      id: "online_payment_rate",
      label: { vi: "Tỷ lệ thanh toán trực tuyến trên tổng số giao dịch thanh toán của dịch vụ công (mục III.3.2)", en: "Payments made online (item III.3.2)" },
      short: { vi: "Thanh toán trực tuyến (III.3.2)", en: "Online payment (III.3.2)" },
      numerator: ["payments_online"],
      denominator: ["payments_total"],
    },
    {
      id: "online_dossier_rate",
      label: { vi: "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC (mục III.3.3)", en: "Dossiers received online (item III.3.3)" },
      short: { vi: "Hồ sơ trực tuyến (III.3.3)", en: "Online dossiers (III.3.3)" },
      numerator: ["dossiers_online"],
      denominator: ["dossiers_total"],
    },
    {
      id: "digitised_rate",
      label: { vi: "Tỷ lệ số hóa hồ sơ, kết quả giải quyết TTHC (mục III.3.4)", en: "Dossiers and results digitised (item III.3.4)" },
      short: { vi: "Số hóa hồ sơ, kết quả (III.3.4)", en: "Digitisation (III.3.4)" },
      numerator: ["dossiers_digitised"],
      denominator: ["dossiers_to_digitise"],
    },
    {
      id: "synced_rate",
      label: { vi: "Tỷ lệ kết quả xử lý hồ sơ TTHC được đồng bộ đầy đủ trên Cổng Dịch vụ công quốc gia (mục III.3.5)", en: "Results synced to the national portal (item III.3.5)" },
      short: { vi: "Đồng bộ kết quả (III.3.5)", en: "Results synced (III.3.5)" },
      numerator: ["results_synced"],
      denominator: ["results_handled"],
    },
    {
      id: "e_result_rate",
      label: { vi: "Tỷ lệ cấp kết quả giải quyết TTHC điện tử (mục III.3.6)", en: "Results issued electronically (item III.3.6)" },
      short: { vi: "Kết quả điện tử (III.3.6)", en: "Electronic results (III.3.6)" },
      numerator: ["results_electronic"],
      denominator: ["results_issued"],
    },
    {
      id: "reuse_rate",
      label: { vi: "Tỷ lệ khai thác, sử dụng lại thông tin, dữ liệu số hóa (mục III.3.7)", en: "Digitised data reused (item III.3.7)" },
      short: { vi: "Sử dụng lại dữ liệu số hóa (III.3.7)", en: "Data reuse (III.3.7)" },
      numerator: ["data_reused"],
      denominator: ["data_reusable"],
    },
    {
      id: "satisfaction_rate",
      label: { vi: "Mức độ hài lòng trong tiếp nhận, giải quyết TTHC của người dân, doanh nghiệp (mục III.3.8)", en: "Citizens and businesses satisfied (item III.3.8)" },
      short: { vi: "Mức độ hài lòng (III.3.8)", en: "Satisfaction (III.3.8)" },
      numerator: ["ratings_satisfied"],
      denominator: ["ratings_total"],
    },
  ],
  layout: {
    sheetName: "Dịch vụ công trực tuyến",
    code: "Biểu số 05",
    leadColumns: [
      { vi: "STT", en: "No." },
      { vi: "Cơ quan, đơn vị", en: "Agency, unit" },
    ],
    order: [
      "services_full_online", "services_eligible", "payments_online", "payments_total",
      "dossiers_online", "dossiers_total", "dossiers_digitised", "dossiers_to_digitise",
      "results_synced", "results_handled", "results_electronic", "results_issued",
      "data_reused", "data_reusable", "ratings_satisfied", "ratings_total",
    ],
    groups: [
      { label: { vi: "III.3.1. Dịch vụ công trực tuyến toàn trình", en: "III.3.1 Fully online services" }, columns: ["services_full_online", "services_eligible"] },
      { label: { vi: "III.3.2. Thanh toán trực tuyến", en: "III.3.2 Online payment" }, columns: ["payments_online", "payments_total"] },
      { label: { vi: "III.3.3. Hồ sơ trực tuyến", en: "III.3.3 Online dossiers" }, columns: ["dossiers_online", "dossiers_total"] },
      { label: { vi: "III.3.4. Số hóa hồ sơ, kết quả", en: "III.3.4 Digitisation" }, columns: ["dossiers_digitised", "dossiers_to_digitise"] },
      { label: { vi: "III.3.5. Đồng bộ kết quả", en: "III.3.5 Results synced" }, columns: ["results_synced", "results_handled"] },
      { label: { vi: "III.3.6. Kết quả điện tử", en: "III.3.6 Electronic results" }, columns: ["results_electronic", "results_issued"] },
      { label: { vi: "III.3.7. Sử dụng lại dữ liệu số hóa", en: "III.3.7 Data reuse" }, columns: ["data_reused", "data_reusable"] },
      { label: { vi: "III.3.8. Mức độ hài lòng", en: "III.3.8 Satisfaction" }, columns: ["ratings_satisfied", "ratings_total"] },
    ],
  },
  example: {
    services_full_online: 80, services_eligible: 100, payments_online: 300, payments_total: 450, dossiers_online: 650, dossiers_total: 1000, dossiers_digitised: 820, dossiers_to_digitise: 1000, results_synced: 990, results_handled: 1000, results_electronic: 960, results_issued: 1000, data_reused: 240, data_reusable: 400, ratings_satisfied: 470, ratings_total: 500,
  },
};
