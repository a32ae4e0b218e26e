declare namespace Cloudflare {
  interface Env {
    TEST_MIGRATIONS: import("cloudflare:test").D1Migration[];
    /** An empty database for the migration test (vitest.config.ts). */
    MIGRATION_DB: D1Database;
  }
}
