import * as routes from "../../shared/api/routes/reviews.ts";
import { actorName } from "../auth/actor.ts";
import { levelsOf } from "../config.ts";
import { ApiError, notFound } from "../errors.ts";
import { requirePeriod, requireUnit } from "../lookups.ts";
import { found } from "../middleware/found.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central } from "../middleware/roles.ts";
import { requireFormFor } from "../plan-forms.ts";
import { recordReview } from "../repositories/reviews.repo.ts";
import { latestVersion } from "../repositories/submissions.repo.ts";
import { api, guarded } from "./api.ts";

/** The report reviewed and its latest version, or 404. */
const latestReport = found(async (c) => {
  const period = requirePeriod(c.req.param("periodId") ?? "");
  const unit = await requireUnit(c.env.DB, c.req.param("unitCode") ?? "");
  const form = await requireFormFor(c.env.DB, c.req.param("formId") ?? "", unit, period, levelsOf(c.env));
  const key = { periodId: period.id, formId: form.id, unitCode: unit.code };
  const latest = await latestVersion(c.env.DB, key);
  if (!latest) throw notFound(`báo cáo ${form.id} kỳ ${period.id} của đơn vị ${unit.code} (chưa gửi)`);
  return { key, latest };
});

/** The central office's review of reports. */
export const reviewsApi = api();
reviewsApi.use("/api/v1/reviews/*", central("review"));
reviewsApi.openapi(guarded(routes.review, latestReport, jsonBody()), async (c) => {
  const { key, latest } = c.var.found;
  const input = c.req.valid("json");
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
