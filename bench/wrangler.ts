import { spawn, type ChildProcess } from "node:child_process";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { fileURLToPath } from "node:url";

const bin = createRequire(import.meta.url).resolve("wrangler/bin/wrangler.js");

/** The processes this bench started (wrangler, the bench server) that still run; each leads its own process group. */
const running = new Set<ChildProcess>();

function spawnNode(args: string[]): ChildProcess {
  const child = spawn(process.execPath, args, { env: quietEnv(), stdio: ["ignore", "pipe", "pipe"], detached: true });
  running.add(child);
  child.on("exit", () => running.delete(child));
  return child;
}

/** Kills, by process group, every process this bench started that still runs (on error or signal). */
export function killStarted(): void {
  for (const child of running) killGroup(child, "SIGKILL");
}

/**
 * Wrangler without prompts, banner, update check, telemetry, error reports or the download of the
 * `Request.cf` object: nothing leaves the machine.
 */
export const quietEnv = (): NodeJS.ProcessEnv => ({
  ...process.env,
  CI: "1",
  WRANGLER_SEND_METRICS: "false",
  WRANGLER_SEND_ERROR_REPORTS: "false",
  WRANGLER_HIDE_BANNER: "true",
  CLOUDFLARE_CF_FETCH_ENABLED: "false",
  NO_COLOR: "1",
  FORCE_COLOR: "0",
});

/** Runs a wrangler command to completion within `timeoutMs`; resolves with its stdout, rejects with its output. */
export function wrangler(args: string[], timeoutMs = 60_000): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = spawnNode([bin, ...args]);
    let out = "";
    let err = "";
    child.stdout!.on("data", (chunk: Buffer) => (out += chunk.toString("utf8")));
    child.stderr!.on("data", (chunk: Buffer) => (err += chunk.toString("utf8")));
    const timer = setTimeout(() => {
      killGroup(child);
      reject(new Error(`wrangler ${args.join(" ")} took more than ${timeoutMs / 1000} s`));
    }, timeoutMs);
    child.on("exit", (code) => {
      clearTimeout(timer);
      if (code === 0) resolve(out);
      else reject(new Error(`wrangler ${args.join(" ")} failed (${code}):\n${out}\n${err}`));
    });
  });
}

/** A free TCP port on the loopback interface. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

/** The running bench server: its process (leader of its own process group) and its output so far. */
export interface Server {
  child: ChildProcess;
  url: string;
  log: string[];
  stop: () => Promise<void>;
  /** Kills the whole process group at once (SIGKILL, no cleanup): a crash, for the fault test. */
  kill: () => Promise<void>;
}

/**
 * Starts bench/serve.ts (the worker on workerd through wrangler) in its own process group and
 * resolves once it prints `READY <url>`. `stop` ends the whole group (Node, the bundler, workerd):
 * SIGTERM, then SIGKILL.
 */
export function startServer(args: string[], readyTimeoutMs = 60_000): Promise<Server> {
  const serve = fileURLToPath(new URL("./serve.ts", import.meta.url));
  // tsx's loader, so serve.ts runs as TypeScript: this process's flags when it runs under tsx (the
  // bench), else tsx's own (a test under vitest).
  const flags = process.execArgv.some((flag) => flag.includes("tsx")) ? process.execArgv : ["--import", "tsx"];
  const child = spawnNode([...flags, serve, ...args]);
  const log: string[] = [];
  let exited: number | null | undefined;
  const exitPromise = new Promise<void>((resolve) => child.on("exit", (code) => ((exited = code), resolve())));
  const stop = async () => {
    if (exited === undefined) {
      killGroup(child, "SIGTERM");
      await Promise.race([exitPromise, new Promise((r) => setTimeout(r, 5000))]);
    }
    // The group may outlive its leader (workerd children): make sure nothing is left.
    killGroup(child, "SIGKILL");
    await exitPromise;
  };
  return new Promise((resolve, reject) => {
    let ready = false;
    const timer = setTimeout(() => {
      if (ready) return;
      void stop();
      reject(new Error(`the bench server was not ready within ${readyTimeoutMs / 1000} s:\n${log.slice(-30).join("\n")}`));
    }, readyTimeoutMs);
    const read = (chunk: Buffer) => {
      for (const line of chunk.toString("utf8").split(/\r?\n/)) {
        if (!line.trim()) continue;
        log.push(line);
        if (log.length > 2000) log.splice(0, 1000);
        const match = /^READY (http:\/\/\S+)/.exec(line);
        if (!ready && match) {
          ready = true;
          clearTimeout(timer);
          resolve({ child, url: match[1]!, log, stop, kill: async () => { killGroup(child, "SIGKILL"); await exitPromise; } });
        }
      }
    };
    child.stdout!.on("data", read);
    child.stderr!.on("data", read);
    child.on("exit", (code) => {
      if (ready) return;
      clearTimeout(timer);
      reject(new Error(`the bench server exited (${code}) before it was ready:\n${log.slice(-30).join("\n")}`));
    });
  });
}

/** Signals the process group this bench started (the child leads it: spawned detached). */
function killGroup(child: ChildProcess, signal: NodeJS.Signals = "SIGTERM"): void {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal);
  } catch {
    // Already gone.
  }
}
