import { compareIsoDates, daysInMonth, isoDate, vietnamDate } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import type { DeadlineConfig, DeadlineRule } from "./deadline-config.ts";
import type { Level } from "../units/levels.ts";
import type { Period } from "./period-id.ts";
import { dataWindow, lastMonthOf } from "./windows.ts";
import { addWorkingDays, nextWorkingDayOnOrAfter } from "./working-days.ts";

function ruleDate(p: Period, rule: DeadlineRule, config: DeadlineConfig): IsoDate {
  switch (rule.kind) {
    case "day-of-last-month": {
      const month = lastMonthOf(p).index;
      return isoDate(p.year, month, Math.min(rule.day, daysInMonth(p.year, month)));
    }
    case "working-days-after-end":
      return addWorkingDays(dataWindow(p).end, rule.days, config.holidays);
    default: {
      const unknown: never = rule;
      throw new Error(`Unknown deadline rule: ${JSON.stringify(unknown)}`);
    }
  }
}

/**
 * A period's deadline, for the units of `level` when given: an override as is, else a rule moved
 * to the next working day when it falls on a day off (Bộ luật Dân sự 2015, art. 148). The level's
 * own override, then its own rule, come before the general override, then the general rule.
 */
export function deadlineOf(p: Period, config: DeadlineConfig, level?: Level): IsoDate {
  // Worked out once per configuration, period and level: every submission asks.
  let known = deadlinesByConfig.get(config);
  if (!known) deadlinesByConfig.set(config, (known = new Map()));
  const key = `${p.id} ${level ?? ""}`;
  let deadline = known.get(key);
  if (deadline === undefined) known.set(key, (deadline = workOutDeadline(p, config, level)));
  return deadline;
}

const deadlinesByConfig = new WeakMap<DeadlineConfig, Map<string, IsoDate>>();

function workOutDeadline(p: Period, config: DeadlineConfig, level?: Level): IsoDate {
  const own = level ? config.levels?.[level] : undefined;
  const override = own?.overrides?.[p.id] ?? (own?.rules?.[p.type] ? undefined : config.overrides?.[p.id]);
  if (override !== undefined) return override;
  const rule = own?.rules?.[p.type] ?? config.rules[p.type];
  return nextWorkingDayOnOrAfter(ruleDate(p, rule, config), config.holidays);
}

/** Whether a submission is late: its date in Vietnam (UTC+7) is after the deadline day. */
export function isLate(submittedAt: Date | string, deadline: IsoDate): boolean {
  return compareIsoDates(vietnamDate(submittedAt), deadline) > 0;
}
