import type { Plan } from "../../shared/plans/types.ts";

/**
 * The demo's plan (npm start, the e2e tests): the demo province has no plan of its own in the
 * seeds, so it borrows the one target a seed sets for an existing rate, and says so. Open-ended:
 * the demo keeps working in later years.
 */
export const demoKpiPlans: Plan[] = [
  {
    id: "demo",
    title: {
      vi: "Kế hoạch minh họa (dữ liệu demo; mục tiêu lấy theo mục III.3.3, QĐ 257/QĐ-UBND của Hải Phòng)",
      en: "Demo plan (demo data; target taken from item III.3.3 of Hải Phòng's QĐ 257/QĐ-UBND)",
    },
    from: "2026-01",
    targets: [{ formId: "dossiers", rateId: "online_rate", target: 0.6, item: "III.3.3" }],
  },
];
