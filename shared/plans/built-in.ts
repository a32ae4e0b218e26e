import { haNoi2021 } from "./ha-noi-2021.ts";
import { haiPhong2025 } from "./hai-phong-2025.ts";
import { parsePlans } from "./plan-schema.ts";
import { quangNinh2017 } from "./quang-ninh-2017.ts";
import type { Plan } from "./types.ts";

/**
 * The plans a deployment uses unless it configures its own (KPI_PLANS), checked like configuration
 * when this module loads: the seeds' plans, each for its own years. They come from three provinces:
 * the plan in force for a period is the latest that covers it (Hải Phòng's 2025 plan over Hà Nội's
 * 2021–2025 in 2025), so a deployment for one province sets its own plans.
 */
export const builtInPlans: readonly Plan[] = parsePlans([quangNinh2017, haNoi2021, haiPhong2025]);
