import type { Label } from "../forms/types.ts";

/** One rate target of a plan: the form's rate should reach `target` (a fraction, 0.6 for 60%). */
export interface PlanTarget {
  formId: string;
  rateId: string;
  target: number;
  /** The plan's own item number ("III.3.3"), to find the target in the decision. */
  item?: string;
}

/**
 * A plan (kế hoạch) that sets rate targets. It applies from its first month `from` ("YYYY-MM")
 * to its last month `to` (a yearly plan ends with its year), or, without `to`, until a plan with a
 * later `from` starts.
 */
export interface Plan {
  id: string;
  /** The plan and the decision that issued it, Vietnamese first. */
  title: Label;
  from: string;
  to?: string;
  targets: PlanTarget[];
}

/** A target as the API answers it: the fraction and the Vietnamese title of the plan that sets it. */
export interface TargetInForce {
  target: number;
  plan: string;
}

/** Targets in force for one form: rate id → target. */
export type FormTargets = Record<string, TargetInForce>;
