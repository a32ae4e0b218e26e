import { defaultDeadlineConfig, parseDeadlineConfig, type DeadlineConfig } from "../shared/periods/index.ts";

let cached: { source: string; config: DeadlineConfig } | null = null;

/** The deployment's deadline rules: the DEADLINES variable over the defaults (18th of the last month). */
export function deadlineConfig(env: Env): DeadlineConfig {
  const source = env.DEADLINES?.trim() ?? "";
  if (!source) return defaultDeadlineConfig;
  if (cached?.source !== source) cached = { source, config: parseDeadlineConfig(JSON.parse(source)) };
  return cached.config;
}
