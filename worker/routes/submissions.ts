import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { z } from "zod";
import { checkExplanations } from "../../shared/validation/explanations.ts";
import { SubmissionBodySchema, type Review } from "../../shared/api/schemas.ts";
import * as routes from "../../shared/api/routes/submissions.ts";
import { requireUnitOrCentral } from "../auth/permissions.ts";
import { signedInTogether } from "../auth/sign-in.ts";
import { hashToken } from "../auth/tokens.ts";
import type { AppEnv } from "../app-env.ts";
import { badRequest, notFound } from "../errors.ts";
import { found } from "../middleware/found.ts";
import { readAsJson } from "../middleware/json-body.ts";
import { unitOrCentral } from "../middleware/roles.ts";
import { levelsOf } from "../config.ts";
import { requireActiveIn, requirePeriod, requireUnit } from "../lookups.ts";
import { requireFormFor } from "../plan-forms.ts";
import { parseJson, readLimitedText } from "../read-json.ts";
import { allVersions, latestVersionQuery, versionOf, type ReportKey, type StoredVersion } from "../repositories/submissions.repo.ts";
import { latestReviewQuery, reviewOf } from "../repositories/reviews.repo.ts";
import { unitQuery } from "../repositories/units.repo.ts";
import {
  checkWithHistory, idempotencyKeyOf, loadSubmission, rawIdempotencyKey, replay, reportHistory, storeReport, type ReportTarget,
} from "../submit-report.ts";
import { periodLocked } from "./locks.ts";
import { getForm } from "../../shared/forms/catalogue.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { api, guarded } from "./api.ts";

/** 404 unless the report's period, form and unit exist (who may read it: the sub-app's middleware). */
async function resolveReport(c: Context<AppEnv>): Promise<ReportTarget> {
  const { periodId, formId, unitCode } = c.req.param() as Record<string, string>;
  const period = requirePeriod(periodId!);
  const unit = await requireUnit(c.env.DB, unitCode!);
  const form = await requireFormFor(c.env.DB, formId!, unit, period, levelsOf(c.env));
  const key: ReportKey = { periodId: period.id, formId: form.id, unitCode: unit.code };
  return { period, form, unit, key };
}

type SubmissionBody = z.infer<typeof SubmissionBodySchema>;

function parseBody(text: string): SubmissionBody {
  const body = parseJson(text);
  const shape = 'Nội dung gửi phải có dạng {"values": {"mã cột": số, ...}, "notes": "ghi chú"}';
  if (typeof body !== "object" || body === null || Array.isArray(body)) throw badRequest(`${shape}.`);
  const { values, notes } = body as Record<string, unknown>;
  if (typeof values !== "object" || values === null || Array.isArray(values)) throw badRequest(`${shape}: «values» phải là một đối tượng.`);
  if (notes !== undefined && typeof notes !== "string") throw badRequest(`${shape}: «notes» phải là văn bản.`);
  const { explanations } = body as Record<string, unknown>;
  if (explanations !== undefined && (typeof explanations !== "object" || explanations === null || Array.isArray(explanations) ||
      Object.values(explanations).some((text) => typeof text !== "string"))) {
    throw badRequest(`${shape}: «explanations» phải có dạng {"mã quy tắc": "giải trình"}.`);
  }
  const parsed = SubmissionBodySchema.safeParse(body);
  if (!parsed.success) throw badRequest(`${shape}: ${parsed.error.issues[0]?.message ?? ""}`);
  // The parsed objects as sent: the schema's copies drop a "__proto__" key, which the rules must see (422).
  return {
    ...parsed.data,
    values: values as Record<string, unknown>,
    ...(explanations === undefined ? {} : { explanations: explanations as Record<string, string> }),
  };
}

const present = (stored: StoredVersion, review: Review | null) => ({
  period: stored.periodId,
  form: stored.formId,
  unit: stored.unitCode,
  version: stored.version,
  receipt: stored.receipt,
  late: stored.late,
  submittedAt: stored.submittedAt,
  submittedBy: stored.submittedBy,
  values: stored.values,
  notes: stored.notes,
  warnings: stored.warnings,
  explanations: stored.explanations,
  review,
});

/** The period of the path; when it is not one, the 401 and 403 that come before its 404. */
async function periodSignedIn(c: Context<AppEnv>, periodId: string, unitCode: string, need: "read" | "file") {
  const period = parsePeriodId(periodId);
  if (period) return period;
  await signedInTogether(c, []);
  requireUnitOrCentral(c.get("actor"), unitCode, need);
  return requirePeriod(periodId);
}

/**
 * Everything a submission needs but its body, in one D1 round trip (the sign-in, the unit, the lock, a
 * stored replay, the unit's earlier reports), then the 401, 403 and 404s, and the lock's 423 before the
 * body is read: only the replay of a version already stored under the same key is let through a lock.
 */
const submissionTarget = found(async (c) => {
  const { periodId, formId, unitCode } = c.req.param() as Record<string, string>;
  const period = await periodSignedIn(c, periodId!, unitCode!, "file");
  const catalogued = getForm(formId!);
  const context = await loadSubmission(c, { periodId: period.id, formId: formId!, unitCode: unitCode! }, rawIdempotencyKey(c), period, catalogued);
  requireUnitOrCentral(c.get("actor"), unitCode!, "file");
  if (!context.unit) throw notFound(`đơn vị «${unitCode}»`);
  const unit = context.unit;
  // A plan's progress form is the unit's own: built from the plan, one more read.
  const form = catalogued ?? await requireFormFor(c.env.DB, formId!, unit, period, levelsOf(c.env));
  const target: ReportTarget = { period, form, unit, key: { periodId: period.id, formId: form.id, unitCode: unit.code } };
  requireActiveIn(unit, period);
  if (context.lock?.locked && !context.prior) throw periodLocked(context.lock);
  return { target, context, catalogued: catalogued !== undefined };
});

/** The body as sent (413, then 400 naming what is wrong), for the route's schema and the handler. */
const submissionBody = createMiddleware<AppEnv & { Variables: { submission: SubmissionBody } }>(async (c, next) => {
  const body = parseBody(await readLimitedText(c));
  c.set("submission", body);
  readAsJson(c, body);
  await next();
});

/**
 * Submitting a report and reading its latest version: the submit path, mounted before the
 * `authenticate` middleware because it signs in within its own first D1 batch (one round trip fewer).
 */
export const submitPathApi = api();

submitPathApi.openapi(guarded(routes.submit, submissionTarget, submissionBody), async (c) => {
  const { target, context, catalogued } = c.var.found;
  const body = c.var.submission;
  const requestHash = await hashToken(JSON.stringify(body));
  if (context.lock?.locked) {
    // Let through the lock only to answer the version already stored under this key: it stores nothing.
    const replayed = replay(context.prior!, requestHash);
    return c.json(replayed.body, replayed.status);
  }
  const idempotencyKey = idempotencyKeyOf(c);
  if (idempotencyKey && context.prior) {
    const replayed = replay(context.prior, requestHash);
    return c.json(replayed.body, replayed.status);
  }

  const history = catalogued ? context.history : await reportHistory(c.env.DB, target);
  const result = checkWithHistory(target, body.values, history);
  const errors = [...result.errors, ...checkExplanations(target.form, body.explanations ?? {})];
  if (errors.length > 0) return c.json({ errors, warnings: result.warnings }, 422);

  const stored = await storeReport(c, target, {
    values: result.values, warnings: result.warnings, notes: body.notes ?? null, explanations: body.explanations ?? {},
  }, idempotencyKey, requestHash);
  return c.json(stored.body, stored.status);
});

submitPathApi.openapi(routes.latest, async (c) => {
  // The sign-in, the unit, the latest version and its review in one D1 round trip (a plan's form is checked after: one more).
  const { periodId, formId, unitCode } = c.req.valid("param");
  const period = await periodSignedIn(c, periodId, unitCode, "read");
  const key: ReportKey = { periodId: period.id, formId, unitCode };
  const db = c.env.DB;
  const [unit, stored, review] = await signedInTogether(c, [unitQuery(db, key.unitCode), latestVersionQuery(db, key), latestReviewQuery(db, key)] as const);
  requireUnitOrCentral(c.get("actor"), unitCode, "read");
  if (!unit) throw notFound(`đơn vị «${unitCode}»`);
  if (!getForm(key.formId)) await requireFormFor(db, key.formId, unit, period, levelsOf(c.env));
  if (!stored) throw notFound(`báo cáo ${key.formId} kỳ ${key.periodId} của đơn vị ${key.unitCode} (chưa gửi)`);
  return c.json(present(stored, review), 200);
});

/** A report's earlier periods and its versions, every version kept (behind `authenticate`). */
export const submissionsApi = api();
submissionsApi.use("/api/v1/submissions/:periodId/:formId/:unitCode/*", unitOrCentral());

submissionsApi.openapi(routes.history, async (c) => {
  const target = await resolveReport(c);
  return c.json({ reports: await reportHistory(c.env.DB, target) }, 200);
});

submissionsApi.openapi(routes.versions, async (c) => {
  const { key } = await resolveReport(c);
  const versions = await allVersions(c.env.DB, key);
  if (versions.length === 0) throw notFound(`báo cáo ${key.formId} kỳ ${key.periodId} của đơn vị ${key.unitCode} (chưa gửi)`);
  return c.json(versions.map((v) => ({ version: v.version, receipt: v.receipt, submittedAt: v.submittedAt, submittedBy: v.submittedBy })), 200);
});

submissionsApi.openapi(routes.version, async (c) => {
  const { key } = await resolveReport(c);
  const raw = c.req.valid("param").version;
  const number = Number(raw);
  const stored = Number.isSafeInteger(number) && number > 0 ? await versionOf(c.env.DB, key, number) : null;
  if (!stored) throw notFound(`phiên bản «${raw}» của báo cáo này`);
  return c.json(present(stored, await reviewOf(c.env.DB, key, stored.version)), 200);
});
