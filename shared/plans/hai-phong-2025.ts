import type { Plan } from "./types.ts";

/** Hải Phòng's 2025 plan (seed 004): Quyết định 257/QĐ-UBND ngày 24/01/2025. */
export const haiPhong2025: Plan = {
  id: "hai-phong-2025",
  title: {
    vi: "Kế hoạch kiểm soát TTHC năm 2025 (QĐ 257/QĐ-UBND ngày 24/01/2025, Hải Phòng)",
    en: "2025 administrative procedure control plan (Decision 257/QĐ-UBND of 24/01/2025, Hải Phòng)",
  },
  from: "2025-01",
  to: "2025-12", // the plan for 2025: another year, or another province, configures its own (KPI_PLANS)
  targets: [
    // III.3.3 "Tỷ lệ hồ sơ trực tuyến trên tổng số hồ sơ tiếp nhận, giải quyết TTHC đạt 60%".
    // Approximate: the plan divides by every dossier received and handled, the rate by the
    // dossiers newly received online + directly (carried-over dossiers are left out).
    { formId: "dossiers", rateId: "online_rate", target: 0.6, item: "III.3.3" },
  ],
};
