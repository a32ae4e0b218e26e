import { spawn, spawnSync, type ChildProcess } from "node:child_process";
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

/** Starts `wrangler dev` and resolves once it listens, with the child process. */
export function startDev(args: string[], onLine: (line: string) => void): Promise<ChildProcess> {
  const child = spawn(process.execPath, [bin, "dev", ...args], { env: quietEnv, stdio: ["ignore", "pipe", "pipe"] });
  return new Promise((resolve, reject) => {
    let ready = false;
    const read = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split(/\r?\n/)) {
        if (!line.trim()) continue;
        onLine(line);
        if (!ready && /Ready on http/.test(line)) {
          ready = true;
          resolve(child);
        }
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => {
      if (!ready) reject(new Error(`wrangler dev exited with code ${code} before it was ready`));
    });
  });
}
