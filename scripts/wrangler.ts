import { spawnSync } from "node:child_process";
import { createRequire } from "node:module";

const bin = createRequire(import.meta.url).resolve("wrangler/bin/wrangler.js");

/** Wrangler without prompts, telemetry or update checks: it runs the same on a laptop and in CI. */
export const quietEnv = { ...process.env, CI: "true", WRANGLER_SEND_METRICS: "false", NO_COLOR: "1" };

/** Runs a wrangler command to completion and returns its output; throws with its output on failure. */
export function wrangler(args: string[]): string {
  const result = spawnSync(process.execPath, [bin, ...args], { env: quietEnv, encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (result.status !== 0) {
    throw new Error(`wrangler ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  }
  return result.stdout;
}
