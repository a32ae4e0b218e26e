import { OpenAPIHono } from "@hono/zod-openapi";
import type { AppEnv } from "./app-env.ts";
import { authenticate } from "./auth/authenticate.ts";
import { errorBody, handleError } from "./errors.ts";
import { mountAudit } from "./routes/audit.ts";
import { mountCatalogue } from "./routes/catalogue.ts";
import { mountHome } from "./routes/home.ts";
import { mountLocks } from "./routes/locks.ts";
import { mountManifest } from "./routes/manifest.ts";
import { mountMe } from "./routes/me.ts";
import { mountReportSheets } from "./routes/report-sheets.ts";
import { mountReports } from "./routes/reports.ts";
import { mountReviews } from "./routes/reviews.ts";
import { mountStaff } from "./routes/staff.ts";
import { mountStatus } from "./routes/status.ts";
import { mountSubmissions, mountSubmitPath } from "./routes/submissions.ts";
import { mountTaskPlans } from "./routes/task-plans.ts";
import { mountUnitImport } from "./routes/unit-import.ts";
import { mountUnitSuccession } from "./routes/unit-succession.ts";
import { mountUnitTokens } from "./routes/unit-tokens.ts";
import { mountUnits } from "./routes/units.ts";
import { mountUploadPage } from "./routes/upload-page.ts";
import { mountUploads } from "./routes/uploads.ts";

/** The worker's app: the v1 API behind bearer tokens, and its OpenAPI document. */
export function createApp() {
  const app = new OpenAPIHono<AppEnv>();
  app.onError(handleError);
  app.notFound((c) => c.json(errorBody("not_found", `Không có địa chỉ ${c.req.method} ${c.req.path}.`), 404));

  mountHome(app);
  mountUploadPage(app);
  mountManifest(app);
  mountSubmitPath(app); // signs in within its own first D1 batch, so before the middleware
  app.use("/api/v1/*", authenticate);
  mountMe(app);
  mountUnitImport(app);
  mountUnits(app);
  mountUnitTokens(app);
  mountUnitSuccession(app);
  mountStaff(app);
  mountLocks(app);
  mountUploads(app); // before the catalogue: its GET /api/v1/forms/{formId} would take "dossiers.xlsx"
  mountCatalogue(app);
  mountSubmissions(app);
  mountStatus(app);
  mountReports(app);
  mountReportSheets(app);
  mountReviews(app);
  mountAudit(app);
  mountTaskPlans(app);

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
