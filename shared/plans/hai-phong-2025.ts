import type { Plan, PlanTarget } from "./types.ts";

/** Every rate target the plan sets, with its item number (seed 004, tables II and III). */
export const HAI_PHONG_2025_TARGETS: PlanTarget[] = [
  // II.4.3 "100% phản ánh, kiến nghị được giải quyết đúng và trước hạn".
  { formId: "feedback", rateId: "on_time_rate", target: 1, item: "II.4.3" },
  // III.1 "100% TTHC thuộc thẩm quyền được tiếp nhận và trả kết quả tại Bộ phận Một cửa".
  { formId: "publication", rateId: "one_stop_rate", target: 1, item: "III.1" },
  // III.3.1–III.3.8, each typed as a numerator and a denominator on the digital form.
  { formId: "digital", rateId: "full_online_rate", target: 0.8, item: "III.3.1" },
  { formId: "digital", rateId: "online_payment_rate", target: 0.6, item: "III.3.2" },
  { formId: "digital", rateId: "online_dossier_rate", target: 0.6, item: "III.3.3" },
  { formId: "digital", rateId: "digitised_rate", target: 0.8, item: "III.3.4" },
  { formId: "digital", rateId: "synced_rate", target: 1, item: "III.3.5" },
  { formId: "digital", rateId: "e_result_rate", target: 1, item: "III.3.6" },
  { formId: "digital", rateId: "reuse_rate", target: 0.5, item: "III.3.7" },
  { formId: "digital", rateId: "satisfaction_rate", target: 0.9, item: "III.3.8" },
  // III.3.3 again on the dossiers form, whose online rate divides by the dossiers newly received in
  // the period (the form's basis says why carried-over ones are left out).
  { formId: "dossiers", rateId: "online_rate", target: 0.6, item: "III.3.3" },
];

/** Hải Phòng's 2025 plan (seed 004): Quyết định 257/QĐ-UBND ngày 24/01/2025. */
export const haiPhong2025: Plan = {
  id: "hai-phong-2025",
  title: {
    vi: "Kế hoạch kiểm soát TTHC năm 2025 (QĐ 257/QĐ-UBND ngày 24/01/2025, Hải Phòng)",
    en: "2025 administrative procedure control plan (Decision 257/QĐ-UBND of 24/01/2025, Hải Phòng)",
  },
  from: "2025-01",
  to: "2025-12", // the plan for 2025: another year, or another province, configures its own (KPI_PLANS)
  targets: HAI_PHONG_2025_TARGETS,
};
