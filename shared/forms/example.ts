import type { FormDefinition, FormValues } from "./types.ts";

/**
 * A form's example with every typed figure times `factor`: a whole factor keeps every sum, part ≤
 * whole and balance exact, and the same figures each period keep continuity (demo data, bench, tests).
 */
export function scaledExample(form: FormDefinition, factor: number): FormValues {
  return Object.fromEntries(Object.entries(form.example).map(([key, value]) => [key, typeof value === "number" ? value * factor : value]));
}
