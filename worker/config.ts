import { defaultDeadlineConfig, parseDeadlineConfig, type DeadlineConfig } from "../shared/periods/index.ts";
import { builtInPlans, parsePlans, PlanConfigError, type Plan } from "../shared/plans/index.ts";
import { ApiError } from "./errors.ts";
import { DEFAULT_HEADING, parseHeading, type ReportHeading } from "../shared/written-report/heading.ts";

let cached: { source: string; config: DeadlineConfig } | null = null;

/**
 * The deployment's deadline rules: the DEADLINES variable over the defaults (18th of the last
 * month). A malformed value is a logged 500 `config_invalid`, never a silent fallback.
 */
export function deadlineConfig(env: Env): DeadlineConfig {
  const source = env.DEADLINES?.trim() ?? "";
  if (!source) return defaultDeadlineConfig;
  if (cached?.source !== source) {
    try {
      cached = { source, config: parseDeadlineConfig(JSON.parse(source)) };
    } catch (error) {
      const message = `Biến cấu hình DEADLINES không hợp lệ: ${error instanceof Error ? error.message : String(error)}. Báo quản trị hệ thống sửa cấu hình.`;
      console.error(message);
      throw new ApiError(500, "config_invalid", message);
    }
  }
  return cached.config;
}

let cachedPlans: { source: string; plans: readonly Plan[] } | null = null;

/** Why a KPI_PLANS text is unusable, in Vietnamese, or the plans it gives. */
function readPlans(source: string): readonly Plan[] | string {
  let json: unknown;
  try {
    json = JSON.parse(source);
  } catch {
    return "không phải JSON hợp lệ (cần một mảng JSON các kế hoạch)";
  }
  try {
    return parsePlans(json);
  } catch (error) {
    if (error instanceof PlanConfigError) return error.message;
    throw error;
  }
}

/**
 * The plans that set rate targets: the KPI_PLANS variable (a JSON array) instead of the built-in
 * plans. A malformed value is a logged 500 `config_invalid`, never a silent fallback to the built-ins.
 */
export function kpiPlans(env: Env): readonly Plan[] {
  const source = env.KPI_PLANS?.trim() ?? "";
  if (!source) return builtInPlans;
  if (cachedPlans?.source === source) return cachedPlans.plans;
  const plans = readPlans(source);
  if (typeof plans === "string") {
    const message = `Biến cấu hình KPI_PLANS không hợp lệ: ${plans}. Báo quản trị hệ thống sửa cấu hình.`;
    console.error(message);
    throw new ApiError(500, "config_invalid", message);
  }
  cachedPlans = { source, plans };
  return plans;
}

let cachedHeading: { source: string; heading: ReportHeading } | null = null;

/**
 * The issuing office of the city's draft report: the REPORT_HEADING variable (a JSON object, any of
 * authority, office, code, place, signer) over dots to fill in. Malformed: a logged 500 `config_invalid`.
 */
export function reportHeading(env: Env): ReportHeading {
  const source = env.REPORT_HEADING?.trim() ?? "";
  if (!source) return DEFAULT_HEADING;
  if (cachedHeading?.source === source) return cachedHeading.heading;
  let json: unknown;
  let heading: ReportHeading | string;
  try {
    json = JSON.parse(source);
    heading = parseHeading(json);
  } catch {
    heading = "không phải JSON hợp lệ (cần một đối tượng JSON)";
  }
  if (typeof heading === "string") {
    const message = `Biến cấu hình REPORT_HEADING không hợp lệ: ${heading}. Báo quản trị hệ thống sửa cấu hình.`;
    console.error(message);
    throw new ApiError(500, "config_invalid", message);
  }
  cachedHeading = { source, heading };
  return heading;
}
