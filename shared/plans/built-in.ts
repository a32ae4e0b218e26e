import { haiPhong2025 } from "./hai-phong-2025.ts";
import { parsePlans } from "./plan-schema.ts";
import type { Plan } from "./types.ts";

/** The plans a deployment uses unless it configures its own, checked like configuration when this module loads. */
export const builtInPlans: readonly Plan[] = parsePlans([haiPhong2025]);
