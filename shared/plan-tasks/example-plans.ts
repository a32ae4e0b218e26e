import type { FormDefinition } from "../forms/types.ts";
import { DEFAULT_LEVELS, type Levels, type Unit } from "../units/levels.ts";
import { haNoi2021Tasks } from "./ha-noi-2021-tasks.ts";
import { haiPhong2025Tasks } from "./hai-phong-2025-tasks.ts";
import { unitProgressForm } from "./progress-form.ts";
import { withTaskIds, type StoredPlan } from "./stored-plan.ts";

/** The shipped plans as the worker stores them, with the months whose quarters and years ask progress. */
export const EXAMPLE_PLANS: readonly StoredPlan[] = [
  { id: haiPhong2025Tasks.id, title: haiPhong2025Tasks.title, year: 2025, from: "2025-01", to: "2025-12", tasks: withTaskIds(haiPhong2025Tasks.tasks).tasks },
  { id: haNoi2021Tasks.id, title: haNoi2021Tasks.title, year: 2021, from: "2022-01", to: "2025-12", tasks: withTaskIds(haNoi2021Tasks.tasks).tasks },
];

/** A department and a commune, as the example plans name them: whose progress forms the tests write and read. */
const SAMPLE_UNITS: readonly Pick<Unit, "name" | "level">[] = [
  { name: "Sở Tư pháp", level: "cap-tinh" },
  { name: "Phường Mẫu", level: "cap-xa" },
];

/**
 * Each example plan's progress form as a department and a commune file it: the forms the
 * catalogue-driven tests add to the catalogue's, so that a plan is tried on every surface.
 */
export function exampleProgressForms(levels: Levels = DEFAULT_LEVELS): { label: string; form: FormDefinition }[] {
  return EXAMPLE_PLANS.flatMap((plan) =>
    SAMPLE_UNITS.flatMap((unit) => {
      const form = unitProgressForm(plan, unit, levels);
      return form ? [{ label: `${form.id} (${unit.name})`, form }] : [];
    }),
  );
}
