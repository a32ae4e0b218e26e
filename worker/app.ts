import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { authenticate } from "./auth/authenticate.ts";
import { errorBody, handleError } from "./errors.ts";
import { auditApi } from "./routes/audit.ts";
import { catalogueApi } from "./routes/catalogue.ts";
import { mountHome } from "./routes/home.ts";
import { locksApi } from "./routes/locks.ts";
import { mountManifest } from "./routes/manifest.ts";
import { reportsApi } from "./routes/reports.ts";
import { reviewsApi } from "./routes/reviews.ts";
import { staffApi } from "./routes/staff.ts";
import { statusApi } from "./routes/status.ts";
import { submissionsApi, submitPathApi } from "./routes/submissions.ts";
import { progressFormsApi, taskPlansApi } from "./routes/task-plans.ts";
import { unitImportApi } from "./routes/unit-import.ts";
import { unitSuccessionApi } from "./routes/unit-succession.ts";
import { unitTokensApi } from "./routes/unit-tokens.ts";
import { unitsApi } from "./routes/units.ts";
import { mountUploadPage } from "./routes/upload-page.ts";
import { uploadsApi } from "./routes/uploads.ts";

/**
 * The worker's app: its pages, and the v1 API behind bearer tokens, one sub-app per resource (routes
 * and schemas in shared/api/routes), with its OpenAPI document.
 */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody("not_found", `Không có địa chỉ ${c.req.method} ${c.req.path}.`), 404));

  mountHome(app);
  mountUploadPage(app);
  mountManifest(app);
  app.route("/", submitPathApi); // signs in within its own first D1 batch, so before the middleware
  app.use("/api/v1/*", authenticate);
  for (const resource of [
    unitImportApi, unitsApi, unitTokensApi, unitSuccessionApi, staffApi, locksApi,
    uploadsApi, // before the catalogue: its GET /api/v1/forms/{formId} would take "dossiers.xlsx"
    catalogueApi, submissionsApi, statusApi, reportsApi, reviewsApi, auditApi, taskPlansApi, progressFormsApi,
  ]) app.route("/", resource);

  app.openAPIRegistry.registerComponent("securitySchemes", "bearer", { type: "http", scheme: "bearer" });
  app.doc31("/api/openapi.json", {
    openapi: "3.1.0",
    info: {
      title: "baocao — báo cáo kiểm soát TTHC",
      version: "1.0.0",
      description:
        "The worker's v1 contract. Failures other than 422 answer {\"error\": {\"code\", \"message\"}} with a Vietnamese " +
        "message; checks run in the order 401, 403, 404, 413, 400, 422.",
    },
  });
  return app;
}
