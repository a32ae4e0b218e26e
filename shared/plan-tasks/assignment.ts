import type { Levels, Unit } from "../units/levels.ts";
import { foldText } from "../text/fold.ts";
import type { Party, PlanTask } from "./types.ts";

/** What a unit does on a task: it leads it (overdue is counted against it) or supports it. */
export type Role = "lead" | "support";

/** A name as compared with the registry: folded, "UBND" spelt out, a bracketed remark dropped. */
function nameKey(name: string): string {
  return foldText(name)
    .replace(/\s*\([^()]*\)$/, "")
    .replace(/\bubnd\b/g, "uy ban nhan dan")
    .replace(/\bvp\b/g, "van phong")
    .replace(/ (?:thanh pho|tinh)$/, "")
    .trim();
}

/**
 * Whether a party names the unit: a level names its units, "các sở, ban, ngành" the units of the
 * top level, a named office the unit of that name (case, accents and "UBND" aside).
 */
export function partyNames(party: Party, unit: Pick<Unit, "name" | "level">, levels: Levels): boolean {
  switch (party.kind) {
    case "level":
      return unit.level === party.level;
    case "departments":
      return unit.level === levels[0]?.id && !(party.except ?? []).some((name) => nameKey(name) === nameKey(unit.name));
    case "unit":
      return nameKey(party.name) === nameKey(unit.name);
    default: {
      const never: never = party;
      throw new Error(`unknown party ${JSON.stringify(never)}`);
    }
  }
}

/** The unit's role on a task, or null when the task is not its own; leading wins over supporting. */
export function roleOf(task: Pick<PlanTask, "lead" | "support">, unit: Pick<Unit, "name" | "level">, levels: Levels): Role | null {
  if (task.lead.some((party) => partyNames(party, unit, levels))) return "lead";
  if (task.support.some((party) => partyNames(party, unit, levels))) return "support";
  return null;
}

/** The tasks a unit reports on, in the plan's order, with its role on each. */
export function tasksOfUnit<T extends Pick<PlanTask, "lead" | "support">>(
  tasks: readonly T[],
  unit: Pick<Unit, "name" | "level">,
  levels: Levels,
): { task: T; role: Role }[] {
  return tasks.flatMap((task) => {
    const role = roleOf(task, unit, levels);
    return role ? [{ task, role }] : [];
  });
}

/** The named parties of a plan that match no unit of the registry: shown to the central office to fix. */
export function unmatchedNames(tasks: readonly Pick<PlanTask, "lead" | "support">[], units: readonly Pick<Unit, "name" | "level">[], levels: Levels): string[] {
  const names = new Set<string>();
  for (const task of tasks) {
    for (const party of [...task.lead, ...task.support]) {
      if (party.kind === "unit" && !units.some((unit) => partyNames(party, unit, levels))) names.add(party.name);
    }
  }
  return [...names];
}
