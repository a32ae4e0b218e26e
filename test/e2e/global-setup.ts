import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { TestProject } from "vitest/node";
import { demoKpiPlans } from "../../scripts/demo/kpi-plans.ts";
import { startLocalWorker } from "../../scripts/local-worker.ts";

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
  const worker = await startLocalWorker({
    config: "wrangler.jsonc", persist, adminToken, migrateDatabase: "baocao",
    vars: { KPI_PLANS: JSON.stringify(demoKpiPlans) }, // the plan npm start gives the demo
  });
  project.provide("baseUrl", worker.origin);
  project.provide("adminToken", adminToken);
  return async () => {
    await worker.dispose();
    rmSync(persist, { recursive: true, force: true });
  };
}
