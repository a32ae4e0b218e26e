/**
 * The real worker on local workerd for tools (the e2e tests, the bench), through wrangler's own dev
 * machinery (`unstable_DevEnv().startWorker`, what `wrangler dev` runs): local D1 persisted to `persist`, the
 * central token as a plain-text binding, no reload asked for (see watchReloads), on
 * 127.0.0.1 only.
 *
 * No inspector unless asked: `wrangler dev` always attaches one with network events on, so every D1
 * query (a subrequest to the local D1 object) sends four events through wrangler's Node process,
 * which logs each to a debug file. That costs more than the query and is absent when deployed.
 *
 * Nothing should reload it once started: wrangler.jsonc is not watched (WRANGLER_CI_DISABLE_CONFIG_WATCHING);
 * a reload that still happens is said on stderr (watchReloads).
 */
import { unstable_DevEnv } from "wrangler";
import { wrangler } from "./wrangler.ts";

export interface LocalWorkerOptions {
  /** The wrangler config file of the worker. */
  config: string;
  /** Where local D1 (and the rest of the local state) lives. */
  persist: string;
  /** The central office's token (`ADMIN_TOKEN`). */
  adminToken: string;
  /** The port on 127.0.0.1; 0 (the default) takes any free one. */
  port?: number;
  /** Attach the inspector as plain `wrangler dev` does (default: no inspector). */
  inspector?: boolean;
  /** Further plain-text variables for the worker (e.g. `DEADLINES`). */
  vars?: Record<string, string>;
  /** Apply the D1 migrations of this database (its name in `config`) to `persist` before starting. */
  migrateDatabase?: string;
}

export interface LocalWorker {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  dispose: () => Promise<void>;
}

export async function startLocalWorker(options: LocalWorkerOptions): Promise<LocalWorker> {
  if (options.migrateDatabase) {
    wrangler(["d1", "migrations", "apply", options.migrateDatabase, "--local", "--persist-to", options.persist, "--config", options.config]);
  }
  const bindings: Record<string, { type: "plain_text"; value: string }> = {};
  for (const [name, value] of Object.entries(options.vars ?? {})) bindings[name] = { type: "plain_text", value };
  bindings.ADMIN_TOKEN = { type: "plain_text", value: options.adminToken };
  process.env.WRANGLER_CI_DISABLE_CONFIG_WATCHING = "true";
  const devEnv = new unstable_DevEnv();
  const loaded = watchReloads(devEnv);
  const worker = await devEnv.startWorker({
    config: options.config,
    bindings,
    dev: {
      remote: false,
      persist: options.persist,
      watch: false,
      liveReload: false,
      logLevel: "warn",
      server: { hostname: "127.0.0.1", port: options.port ?? 0 },
      inspector: options.inspector ? { hostname: "127.0.0.1", port: 0 } : false,
    },
  });
  await worker.ready;
  await loaded;
  const url = await worker.url;
  return { origin: url.origin, dispose: () => worker.dispose() };
}

/**
 * Resolves once the worker's code is first loaded (wrangler's `ready` comes before: requests wait in
 * its proxy until then). Any reload after that is said on stderr with its cause and time: wrangler
 * bundles in esbuild's watch mode whatever `watch` says, and a POST in flight when the worker
 * reloads is answered wrangler's 503 "Your worker restarted mid-request".
 */
function watchReloads(devEnv: InstanceType<typeof unstable_DevEnv>): Promise<void> {
  let firstLoad: () => void = () => undefined;
  const loaded = new Promise<void>((resolve) => (firstLoad = resolve));
  let isLoaded = false;
  const dispatch = devEnv.dispatch.bind(devEnv);
  devEnv.dispatch = (event) => {
    if (event.type === "reloadComplete" && !isLoaded) {
      isLoaded = true;
      firstLoad();
    } else if (isLoaded && (event.type === "configUpdate" || event.type === "bundleStart" || event.type === "reloadStart")) {
      console.error(`local worker: reloading at ${new Date().toISOString()} (${event.type}); a request in flight may be answered 503`);
    }
    dispatch(event);
  };
  return loaded;
}
