import { isIsoDate } from "./calendar.ts";
import type { IsoDate } from "./calendar.ts";
import { defaultDeadlineConfig } from "./deadline-config.ts";
import type { DeadlineConfig, DeadlineRule } from "./deadline-config.ts";
import type { HolidayYear } from "./holidays.ts";
import { PERIOD_TYPES, parsePeriodId } from "./period-id.ts";
import type { PeriodType } from "./period-id.ts";
import { DEFAULT_LEVELS, levelIds, type Levels } from "../units/levels.ts";

type Json = Record<string, unknown>;

const MAX_WORKING_DAYS = 366;

function fail(path: string, message: string): never {
  throw new Error(`Invalid deadline configuration: ${path} ${message}`);
}

function describe(value: unknown): string {
  return value === undefined ? "undefined" : JSON.stringify(value);
}

function object(value: unknown, path: string, keys?: readonly string[]): Json {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    fail(path, `must be an object, got ${describe(value)}`);
  }
  const unknown = keys ? Object.keys(value).filter((key) => !keys.includes(key)) : [];
  if (unknown.length > 0) fail(path, `has unknown key ${describe(unknown[0])}; allowed: ${keys?.join(", ")}`);
  return value as Json;
}

function wholeNumber(value: unknown, path: string, min: number, max: number): number {
  if (typeof value !== "number" || !Number.isInteger(value) || value < min || value > max) {
    fail(path, `must be a whole number from ${min} to ${max}, got ${describe(value)}`);
  }
  return value;
}

function date(value: unknown, path: string): IsoDate {
  if (!isIsoDate(value)) fail(path, `must be an existing YYYY-MM-DD date, got ${describe(value)}`);
  return value;
}

function rule(value: unknown, path: string): DeadlineRule {
  const json = object(value, path);
  switch (json.kind) {
    case "day-of-last-month":
      object(value, path, ["kind", "day"]);
      return { kind: json.kind, day: wholeNumber(json.day, `${path}.day`, 1, 31) };
    case "working-days-after-end":
      object(value, path, ["kind", "days"]);
      return { kind: json.kind, days: wholeNumber(json.days, `${path}.days`, 0, MAX_WORKING_DAYS) };
    default:
      return fail(`${path}.kind`, `must be "day-of-last-month" or "working-days-after-end", got ${describe(json.kind)}`);
  }
}

function ruleSet(value: unknown, path: string): Partial<Record<PeriodType, DeadlineRule>> {
  const set: Partial<Record<PeriodType, DeadlineRule>> = {};
  for (const [type, item] of Object.entries(object(value, path, PERIOD_TYPES))) set[type as PeriodType] = rule(item, `${path}.${type}`);
  return set;
}

function overrideSet(value: unknown, path: string): Record<string, IsoDate> {
  const set: Record<string, IsoDate> = {};
  for (const [id, item] of Object.entries(object(value, path))) {
    if (!parsePeriodId(id)) fail(`${path}.${id}`, "is not a period id like 2026-11, 2026-Q4, 2026-H2 or 2026");
    set[id] = date(item, `${path}.${id}`);
  }
  return set;
}

function holidayYear(value: unknown, path: string): HolidayYear {
  const json = object(value, path, ["add", "remove", "replaceComputed"]);
  const dates = (field: "add" | "remove"): IsoDate[] | undefined => {
    const list = json[field];
    if (list === undefined) return undefined;
    if (!Array.isArray(list)) fail(`${path}.${field}`, `must be an array of YYYY-MM-DD dates, got ${describe(list)}`);
    return list.map((item, i) => date(item, `${path}.${field}[${i}]`));
  };
  const replaceComputed = json.replaceComputed;
  if (replaceComputed !== undefined && typeof replaceComputed !== "boolean") {
    fail(`${path}.replaceComputed`, `must be true or false, got ${describe(replaceComputed)}`);
  }
  const add = dates("add");
  const remove = dates("remove");
  return {
    ...(add && { add }),
    ...(remove && { remove }),
    ...(replaceComputed !== undefined && { replaceComputed }),
  };
}

/**
 * A deadline configuration from JSON: a partial object laid over `defaultDeadlineConfig`. Rules
 * replace the default per period type, overrides are added, `levels` gives a level its own rules
 * and overrides, and a holiday year given replaces the built-in data of that year. Throws an Error naming the faulty field on anything malformed.
 */
export function parseDeadlineConfig(json: unknown, configured: Levels = DEFAULT_LEVELS): DeadlineConfig {
  const root = object(json, "the configuration", ["rules", "overrides", "levels", "holidays"]);
  const rules = { ...defaultDeadlineConfig.rules, ...(root.rules === undefined ? {} : ruleSet(root.rules, "rules")) };
  const overrides = { ...defaultDeadlineConfig.overrides, ...(root.overrides === undefined ? {} : overrideSet(root.overrides, "overrides")) };
  const levels: NonNullable<DeadlineConfig["levels"]> = {};
  if (root.levels !== undefined) {
    for (const [level, value] of Object.entries(object(root.levels, "levels", levelIds(configured)))) {
      const own = object(value, `levels.${level}`, ["rules", "overrides"]);
      levels[level] = {
        ...(own.rules !== undefined && { rules: ruleSet(own.rules, `levels.${level}.rules`) }),
        ...(own.overrides !== undefined && { overrides: overrideSet(own.overrides, `levels.${level}.overrides`) }),
      };
    }
  }
  const years = { ...defaultDeadlineConfig.holidays.years };
  if (root.holidays !== undefined) {
    const holidays = object(root.holidays, "holidays", ["years"]);
    if (holidays.years !== undefined) {
      for (const [year, value] of Object.entries(object(holidays.years, "holidays.years"))) {
        if (!/^\d{4}$/.test(year) || year === "0000") fail(`holidays.years.${year}`, "is not a year like 2026");
        years[year] = holidayYear(value, `holidays.years.${year}`);
      }
    }
  }
  return { rules, overrides, levels, holidays: { years } };
}
