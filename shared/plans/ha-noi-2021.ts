import type { Plan } from "./types.ts";

/** Hà Nội's plan for 2021–2025 (seed 001, Kế hoạch 286/KH-UBND ngày 14/12/2021). */
export const haNoi2021: Plan = {
  id: "ha-noi-2021-2025",
  title: {
    vi: "Kế hoạch 286/KH-UBND ngày 14/12/2021 của UBND thành phố Hà Nội (giai đoạn 2021–2025)",
    en: "Hà Nội plan 286/KH-UBND of 14/12/2021 (2021–2025)",
  },
  from: "2021-01",
  to: "2025-12",
  targets: [
    // II.10 "100% thủ tục hành chính đủ điều kiện được cung cấp trực tuyến mức 3, mức 4". Approximate:
    // levels 3 and 4 are the procedures offered online (partly or fully) of the publication form, whose
    // rate divides by every procedure under the unit's authority, not only the eligible ones.
    { formId: "publication", rateId: "online_service_rate", target: 1, item: "II.10" },
  ],
};
