import { cloudflareTest, readD1Migrations } from "@cloudflare/vitest-plugin";
import { defineConfig } from "vitest/config";

/**
 * The pure core and the add-in in Node, the pages in Chromium against a local worker, the worker inside
 * workerd with a migrated local D1. Timeouts are sized for a loaded 2-core CI machine, several times what
 * a test takes on a quiet one: a test that is slow there fails on its assertion, not on the clock.
 */
export default defineConfig(async () => ({
  test: {
    reporters: ["default", "./test/summary-reporter.ts"],
    projects: [
      {
        test: {
          name: "shared", include: ["test/shared/**/*.test.ts", "test/discipline/**/*.test.ts"], environment: "node",
          testTimeout: 30_000, hookTimeout: 30_000,
        },
      },
      {
        test: {
          name: "addin", include: ["test/addin/**/*.test.ts", "test/manifest/**/*.test.ts", "test/export/**/*.test.ts"], environment: "node",
          testTimeout: 60_000, hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: "e2e",
          include: ["test/e2e/**/*.test.ts"],
          environment: "node",
          globalSetup: ["./test/e2e/global-setup.ts"],
          testTimeout: 120_000,
          hookTimeout: 180_000,
          fileParallelism: false,
        },
      },
      {
        plugins: [
          cloudflareTest({
            wrangler: { configPath: "./wrangler.jsonc" },
            miniflare: {
              // A second, empty database on which a test applies the migrations one by one over stored data.
              d1Databases: ["MIGRATION_DB"],
              bindings: {
                ADMIN_TOKEN: "test-admin-token",
                TEST_MIGRATIONS: await readD1Migrations("./migrations"),
              },
            },
          }),
        ],
        test: {
          name: "worker", include: ["test/worker/**/*.test.ts"], setupFiles: ["./test/worker/apply-migrations.ts"],
          testTimeout: 60_000, hookTimeout: 120_000,
        },
      },
    ],
  },
}));
