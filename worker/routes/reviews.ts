import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ReviewInputSchema, ReviewSchema } from "../../shared/api/schemas.ts";
import { actorName } from "../auth/actor.ts";
import { requireCentral } from "../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { ApiError, notFound } from "../errors.ts";
import { levelsOf } from "../config.ts";
import { requirePeriod, requireUnit } from "../lookups.ts";
import { requireFormFor } from "../plan-forms.ts";
import { readJson } from "../read-json.ts";
import { recordReview } from "../repositories/reviews.repo.ts";
import { latestVersion } from "../repositories/submissions.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const routes = [
  createRoute({
    method: "post", path: "/api/v1/reviews/{periodId}/{formId}/{unitCode}", tags: ["central"],
    summary: "Accept a report's latest version, or return it with a comment for amendment (central)",
    description:
      "`version` is the version reviewed: if the unit has sent a newer one meanwhile, 409 and nothing is recorded. " +
      "A returned report shows its comment to the unit; its next version reopens it.",
    request: {
      params: z.object({ periodId: z.string(), formId: z.string(), unitCode: z.string() }),
      body: { content: { "application/json": { schema: ReviewInputSchema } } },
    },
    responses: { 201: json(ReviewSchema, "Recorded"), ...errors(400, 401, 403, 404, 409, 413) },
  }),
];

/** The central office's review of reports. */
export function mountReviews(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  app.post("/api/v1/reviews/:periodId/:formId/:unitCode", async (c) => {
    requireCentral(c.get("actor"), "review");
    const period = requirePeriod(c.req.param("periodId"));
    const unit = await requireUnit(c.env.DB, c.req.param("unitCode"));
    const form = await requireFormFor(c.env.DB, c.req.param("formId"), unit, period, levelsOf(c.env));
    const key = { periodId: period.id, formId: form.id, unitCode: unit.code };
    const latest = await latestVersion(c.env.DB, key);
    if (!latest) throw notFound(`báo cáo ${form.id} kỳ ${period.id} của đơn vị ${unit.code} (chưa gửi)`);
    const input = await readJson(c, ReviewInputSchema);
    if (input.version !== latest.version) {
      throw new ApiError(409, "version_changed",
        `Đơn vị đã gửi phiên bản ${latest.version} sau phiên bản ${input.version} đang xem: hãy xem bản mới trước khi duyệt.`);
    }
    const review = {
      decision: input.decision, comment: input.comment?.trim() ?? "", version: input.version,
      at: new Date().toISOString(), reviewer: actorName(c.get("actor")),
    };
    await recordReview(c.env.DB, key, review);
    return c.json(review, 201);
  });
}
