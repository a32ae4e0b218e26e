import { defaultDeadlineConfig, parseDeadlineConfig, type DeadlineConfig } from "../shared/periods/index.ts";
import { builtInPlans, parsePlans, PlanConfigError, type Plan } from "../shared/plans/index.ts";
import { ApiError } from "./errors.ts";
import { DEFAULT_LEVELS, parseLevels, type Levels } from "../shared/units/levels.ts";
import { DEFAULT_HEADING, parseHeading, type ReportHeading } from "../shared/written-report/heading.ts";

let cached: { source: string; config: DeadlineConfig } | null = null;

/**
 * The deployment's administrative levels, from the top: the LEVELS variable (a JSON array) or the
 * built-in two tiers with the districts kept for history. Malformed: a logged 500 `config_invalid`.
 */
export function levelsOf(env: Env): Levels {
  return jsonVariable("LEVELS", env.LEVELS, DEFAULT_LEVELS, "một mảng JSON các cấp", parseLevels);
}

/**
 * The deployment's deadline rules: the DEADLINES variable over the defaults (18th of the last
 * month). A malformed value is a logged 500 `config_invalid`, never a silent fallback.
 */
export function deadlineConfig(env: Env): DeadlineConfig {
  const source = env.DEADLINES?.trim() ?? "";
  if (!source) return defaultDeadlineConfig;
  if (cached?.source !== source) {
    try {
      cached = { source, config: parseDeadlineConfig(JSON.parse(source), levelsOf(env)) };
    } catch (error) {
      const message = `Biến cấu hình DEADLINES không hợp lệ: ${error instanceof Error ? error.message : String(error)}. Báo quản trị hệ thống sửa cấu hình.`;
      console.error(message);
      throw new ApiError(500, "config_invalid", message);
    }
  }
  return cached.config;
}

const cachedJson = new Map<string, { source: string; value: unknown }>();

/**
 * A variable holding JSON, read with `parse` (the value, or why it is unusable, in Vietnamese) and
 * cached by its text. Unset or blank: `fallback`. Malformed: a logged 500 `config_invalid` naming the
 * variable, never a silent fallback.
 */
function jsonVariable<T>(name: string, text: string | undefined, fallback: T, needs: string, parse: (json: unknown) => T | string): T {
  const source = text?.trim() ?? "";
  if (!source) return fallback;
  const hit = cachedJson.get(name);
  if (hit?.source === source) return hit.value as T;
  let value: T | string;
  try {
    value = parse(JSON.parse(source));
  } catch (error) {
    if (!(error instanceof SyntaxError)) throw error;
    value = `không phải JSON hợp lệ (cần ${needs})`;
  }
  if (typeof value === "string") {
    const message = `Biến cấu hình ${name} không hợp lệ: ${value}. Báo quản trị hệ thống sửa cấu hình.`;
    console.error(message);
    throw new ApiError(500, "config_invalid", message);
  }
  cachedJson.set(name, { source, value });
  return value;
}

/**
 * The plans that set rate targets: the KPI_PLANS variable (a JSON array) instead of the built-in
 * plans. A malformed value is a logged 500 `config_invalid`, never a silent fallback to the built-ins.
 */
export function kpiPlans(env: Env): readonly Plan[] {
  return jsonVariable<readonly Plan[]>("KPI_PLANS", env.KPI_PLANS, builtInPlans, "một mảng JSON các kế hoạch", (json) => {
    try {
      return parsePlans(json);
    } catch (error) {
      if (error instanceof PlanConfigError) return error.message;
      throw error;
    }
  });
}

/**
 * The issuing office of the city's draft report: the REPORT_HEADING variable (a JSON object, any of
 * authority, office, code, place, signer) over dots to fill in. Malformed: a logged 500 `config_invalid`.
 */
export function reportHeading(env: Env): ReportHeading {
  return jsonVariable("REPORT_HEADING", env.REPORT_HEADING, DEFAULT_HEADING, "một đối tượng JSON", parseHeading);
}

/**
 * The most cells one part of the consolidated workbook holds: WORKBOOK_PART_CELLS (an integer of at
 * least 100), or undefined for the default sized for a Worker's 128 MB by the registry's size
 * (shared/report-sheets/sheet-size.ts). Malformed: a logged 500 `config_invalid`.
 */
export function workbookPartCells(env: Env): number | undefined {
  return jsonVariable<number | undefined>("WORKBOOK_PART_CELLS", env.WORKBOOK_PART_CELLS, undefined, "một số nguyên từ 100 trở lên", (json) =>
    typeof json === "number" && Number.isInteger(json) && json >= 100 ? json : "không phải số nguyên từ 100 trở lên");
}
