import { HAI_PHONG_2025_TARGETS } from "../../shared/plans/hai-phong-2025.ts";
import type { Plan } from "../../shared/plans/types.ts";

/**
 * The demo's plan (npm start, the e2e tests): the demo province has no plan of its own in the
 * seeds, so it borrows Hải Phòng 2025's targets (seed 004), and says so. Open-ended: the demo keeps
 * working in later years.
 */
export const demoKpiPlans: Plan[] = [
  {
    id: "demo",
    title: {
      vi: "Kế hoạch minh họa (dữ liệu demo; mục tiêu lấy theo QĐ 257/QĐ-UBND của Hải Phòng)",
      en: "Demo plan (demo data; targets taken from Hải Phòng's QĐ 257/QĐ-UBND)",
    },
    from: "2026-01",
    targets: HAI_PHONG_2025_TARGETS,
  },
];
