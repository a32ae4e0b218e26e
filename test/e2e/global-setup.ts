import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { unstable_startWorker } from "wrangler";
import { wrangler } from "../../scripts/wrangler.ts";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    adminToken: string;
  }
}

/** The real worker of `npm start` (assets built by `npm run build`) on local workerd with a fresh D1. */
export default async function setup(project: TestProject) {
  const persist = mkdtempSync(join(tmpdir(), "baocao-e2e-"));
  const adminToken = `e2e-${Math.random().toString(36).slice(2)}`;
  wrangler(["d1", "migrations", "apply", "baocao", "--local", "--persist-to", persist]);
  const worker = await unstable_startWorker({
    config: "wrangler.jsonc",
    bindings: { ADMIN_TOKEN: { type: "plain_text", value: adminToken } },
    dev: {
      remote: false,
      persist,
      watch: false,
      liveReload: false,
      logLevel: "warn",
      server: { hostname: "127.0.0.1", port: 0 },
      inspector: false,
    },
  });
  await worker.ready;
  const url = await worker.url;
  project.provide("baseUrl", url.origin);
  project.provide("adminToken", adminToken);
  return async () => {
    await worker.dispose();
    rmSync(persist, { recursive: true, force: true });
  };
}
