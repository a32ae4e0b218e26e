export type * from "./types.ts";
export { builtInPlans } from "./built-in.ts";
export { PlanConfigError, PlansSchema, parsePlans } from "./plan-schema.ts";
export { planInForce, targetsInForce } from "./targets-in-force.ts";
export { unitsBelowTargets, type RateBelowTarget } from "./below-target.ts";
