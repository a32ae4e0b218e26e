import type { Levels, Unit } from "../units/levels.ts";
import { foldText } from "../text/fold.ts";
import type { Party, PlanTask } from "./types.ts";

/** What a unit does on a task: it leads it (overdue is counted against it) or supports it. */
export type Role = "lead" | "support";

/** A name as compared with the registry: folded, "UBND" spelt out, a bracketed remark dropped. */
export function nameKey(name: string): string {
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
  return partiesMatcher([party], levels)({ level: unit.level, key: nameKey(unit.name) });
}

/** A unit as parties are matched against it: its level and its name's key (nameKey), worked out once. */
export interface UnitKey {
  level: string;
  key: string;
}

/** Whether any of the parties names a unit: the names folded once, for a walk over many units. */
export function partiesMatcher(parties: readonly Party[], levels: Levels): (unit: UnitKey) => boolean {
  const top = levels[0]?.id;
  const tests = parties.map((party): ((unit: UnitKey) => boolean) => {
    switch (party.kind) {
      case "level":
        return (unit) => unit.level === party.level;
      case "departments": {
        const except = new Set((party.except ?? []).map(nameKey));
        return (unit) => unit.level === top && !except.has(unit.key);
      }
      case "unit": {
        const key = nameKey(party.name);
        return (unit) => unit.key === key;
      }
      default: {
        const never: never = party;
        throw new Error(`unknown party ${JSON.stringify(never)}`);
      }
    }
  });
  return (unit) => tests.some((test) => test(unit));
}

/** Each task's role for a unit (leading wins over supporting), with the parties compiled once per task. */
export function roleFinder<T extends Pick<PlanTask, "lead" | "support">>(task: T, levels: Levels): (unit: UnitKey) => Role | null {
  const leads = partiesMatcher(task.lead, levels);
  const supports = partiesMatcher(task.support, levels);
  return (unit) => (leads(unit) ? "lead" : supports(unit) ? "support" : null);
}

/** The unit's role on a task, or null when the task is not its own; leading wins over supporting. */
export function roleOf(task: Pick<PlanTask, "lead" | "support">, unit: Pick<Unit, "name" | "level">, levels: Levels): Role | null {
  return roleFinder(task, levels)({ level: unit.level, key: nameKey(unit.name) });
}

/** The tasks a unit reports on, in the plan's order, with its role on each. */
export function tasksOfUnit<T extends Pick<PlanTask, "lead" | "support">>(
  tasks: readonly T[],
  unit: Pick<Unit, "name" | "level">,
  levels: Levels,
): { task: T; role: Role }[] {
  const key = { level: unit.level, key: nameKey(unit.name) };
  return tasks.flatMap((task) => {
    const role = roleFinder(task, levels)(key);
    return role ? [{ task, role }] : [];
  });
}

/** The named parties of a plan that match no unit of the registry: shown to the central office to fix. */
export function unmatchedNames(tasks: readonly Pick<PlanTask, "lead" | "support">[], units: readonly Pick<Unit, "name">[]): string[] {
  const registered = new Set(units.map((unit) => nameKey(unit.name)));
  const names = new Set<string>();
  for (const task of tasks) {
    for (const party of [...task.lead, ...task.support]) {
      if (party.kind === "unit" && !registered.has(nameKey(party.name))) names.add(party.name);
    }
  }
  return [...names];
}
