import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { checkExplanations } from "../../shared/validation/explanations.ts";
import {
  ReceiptSchema, RejectionSchema, SubmissionBodySchema, SubmissionSchema, VersionSummarySchema, type Review,
} from "../../shared/api/schemas.ts";
import { requireUnitOrCentral } from "../auth/permissions.ts";
import { signedInTogether } from "../auth/sign-in.ts";
import { hashToken } from "../auth/tokens.ts";
import type { AppEnv } from "../app-env.ts";
import { badRequest, notFound } from "../errors.ts";
import { levelsOf } from "../config.ts";
import { requireActiveIn, requirePeriod, requireUnit } from "../lookups.ts";
import { requireFormFor } from "../plan-forms.ts";
import { parseJson, readLimitedText } from "../read-json.ts";
import { allVersions, latestVersionQuery, versionOf, type ReportKey, type StoredVersion } from "../repositories/submissions.repo.ts";
import { latestReviewQuery, reviewOf } from "../repositories/reviews.repo.ts";
import { unitQuery } from "../repositories/units.repo.ts";
import {
  checkWithHistory, HISTORY_LENGTH, idempotencyKeyOf, loadSubmission, rawIdempotencyKey, replay, reportHistory, storeReport, type ReportTarget,
} from "../submit-report.ts";
import { periodLocked, periodLockedResponse } from "./locks.ts";
import { getForm } from "../../shared/forms/catalogue.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const PATH = "/api/v1/submissions/{periodId}/{formId}/{unitCode}";
const params = z.object({ periodId: z.string(), formId: z.string(), unitCode: z.string() });

const routes = [
  createRoute({
    method: "put", path: PATH, tags: ["submissions"],
    summary: "Submit or amend a report (the unit itself, or central)",
    description:
      "Every error rule of the form must pass or nothing is stored (422). Counts are JSON integers ≥ 0; a string such as " +
      "\"1.209\" is an error, never coerced. Derived totals may be omitted; when sent they must equal their parts. " +
      "`Idempotency-Key` is scoped to the report: a replay answers the first status and body and stores nothing. " +
      "A locked period answers 423 `period_locked` right after the 404 checks, before the body is read; only the replay " +
      "of a version already stored under the same `Idempotency-Key` still answers its receipt.",
    request: {
      params,
      headers: z.object({ "Idempotency-Key": z.string().max(200).optional() }),
      body: { content: { "application/json": { schema: SubmissionBodySchema } } },
    },
    responses: {
      200: json(ReceiptSchema, "An amendment was stored"),
      201: json(ReceiptSchema, "The first version was stored"),
      422: json(RejectionSchema, "Error rules failed; nothing stored"),
      ...errors(400, 401, 403, 404, 409, 413),
      ...periodLockedResponse,
    },
  }),
  createRoute({
    method: "get", path: PATH, tags: ["submissions"], summary: "The latest version of a report",
    request: { params },
    responses: { 200: json(SubmissionSchema, "The latest version"), ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "get", path: `${PATH}/history`, tags: ["submissions"],
    summary: "The unit's earlier reports of the same form and period type, newest first (the unit itself, or central)",
    description:
      `The latest values of the unit's reports for the ${HISTORY_LENGTH} periods of the same type before this one (those it sent): ` +
      "what the continuity and outlier rules compare a report with, so that the add-in checks as the worker does.",
    request: { params },
    responses: {
      200: json(z.object({ reports: z.array(z.object({ periodId: z.string(), values: z.record(z.string(), z.unknown()) })) }), "The earlier reports"),
      ...errors(401, 403, 404),
    },
  }),
  createRoute({
    method: "get", path: `${PATH}/versions`, tags: ["submissions"], summary: "Every version of a report, oldest first",
    request: { params },
    responses: { 200: json(z.array(VersionSummarySchema), "The versions"), ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "get", path: `${PATH}/versions/{version}`, tags: ["submissions"], summary: "One version of a report",
    request: { params: params.extend({ version: z.string() }) },
    responses: { 200: json(SubmissionSchema, "That version"), ...errors(401, 403, 404) },
  }),
];

/** 403, then 404: who may touch the report, then whether its period, form and unit exist. */
async function resolveReport(c: Context<AppEnv>): Promise<ReportTarget> {
  const { periodId, formId, unitCode } = c.req.param() as Record<string, string>;
  requireUnitOrCentral(c.get("actor"), unitCode!, c.req.method === "GET" ? "read" : "file");
  const period = requirePeriod(periodId!);
  const unit = await requireUnit(c.env.DB, unitCode!);
  const form = await requireFormFor(c.env.DB, formId!, unit, period, levelsOf(c.env));
  const key: ReportKey = { periodId: period.id, formId: form.id, unitCode: unit.code };
  return { period, form, unit, key };
}

function parseBody(text: string): z.infer<typeof SubmissionBodySchema> {
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

const path = "/api/v1/submissions/:periodId/:formId/:unitCode";

/** The period of the path; when it is not one, the 401 and 403 that come before its 404. */
async function periodSignedIn(c: Context<AppEnv>, periodId: string, unitCode: string, need: "read" | "file") {
  const period = parsePeriodId(periodId);
  if (period) return period;
  await signedInTogether(c, []);
  requireUnitOrCentral(c.get("actor"), unitCode, need);
  return requirePeriod(periodId);
}

/**
 * Submitting a report and reading its latest version: the submit path, mounted before the
 * `authenticate` middleware because it signs in within its own first D1 batch (one round trip fewer).
 */
export function mountSubmitPath(app: OpenAPIHono<AppEnv>): void {
  app.put(path, async (c) => {
    // One D1 round trip for everything but the body (the sign-in, the unit, the lock, a stored replay,
    // the unit's earlier reports), then the 401, 403 and 404s, the lock's 423 before the body is read, and the rules.
    const { periodId, formId, unitCode } = c.req.param() as Record<string, string>;
    const period = await periodSignedIn(c, periodId!, unitCode!, "file");
    const raw = rawIdempotencyKey(c);
    const catalogued = getForm(formId!);
    const context = await loadSubmission(c, { periodId: period.id, formId: formId!, unitCode: unitCode! }, raw, period, catalogued);
    requireUnitOrCentral(c.get("actor"), unitCode!, "file");
    if (!context.unit) throw notFound(`đơn vị «${unitCode}»`);
    const unit = context.unit;
    // A plan's progress form is the unit's own: built from the plan, one more read.
    const form = catalogued ?? await requireFormFor(c.env.DB, formId!, unit, period, levelsOf(c.env));
    const target: ReportTarget = { period, form, unit, key: { periodId: period.id, formId: form.id, unitCode: unit.code } };
    requireActiveIn(unit, period);
    if (context.lock?.locked) {
      // 423 before the body is read; only a replay of a version already stored answers (it stores nothing).
      if (!context.prior) throw periodLocked(context.lock);
      const replayed = replay(context.prior, await hashToken(JSON.stringify(parseBody(await readLimitedText(c)))));
      return c.json(replayed.body, replayed.status);
    }
    const body = parseBody(await readLimitedText(c));
    const idempotencyKey = idempotencyKeyOf(c);
    const requestHash = await hashToken(JSON.stringify(body));
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

  app.get(path, async (c) => {
    // The sign-in, the unit, the latest version and its review in one D1 round trip (a plan's form is checked after: one more).
    const { periodId, formId, unitCode } = c.req.param() as Record<string, string>;
    const period = await periodSignedIn(c, periodId!, unitCode!, "read");
    const key: ReportKey = { periodId: period.id, formId: formId!, unitCode: unitCode! };
    const db = c.env.DB;
    const [unit, stored, review] = await signedInTogether(c, [unitQuery(db, key.unitCode), latestVersionQuery(db, key), latestReviewQuery(db, key)] as const);
    requireUnitOrCentral(c.get("actor"), unitCode!, "read");
    if (!unit) throw notFound(`đơn vị «${unitCode}»`);
    if (!getForm(key.formId)) await requireFormFor(db, key.formId, unit, period, levelsOf(c.env));
    if (!stored) throw notFound(`báo cáo ${key.formId} kỳ ${key.periodId} của đơn vị ${key.unitCode} (chưa gửi)`);
    return c.json(present(stored, review));
  });

}

/** A report's earlier periods and its versions, every version kept (behind `authenticate`). */
export function mountSubmissions(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);

  app.get(`${path}/history`, async (c) => {
    const target = await resolveReport(c);
    return c.json({ reports: await reportHistory(c.env.DB, target) });
  });

  app.get(`${path}/versions`, async (c) => {
    const { key } = await resolveReport(c);
    const versions = await allVersions(c.env.DB, key);
    if (versions.length === 0) throw notFound(`báo cáo ${key.formId} kỳ ${key.periodId} của đơn vị ${key.unitCode} (chưa gửi)`);
    return c.json(versions.map((v) => ({ version: v.version, receipt: v.receipt, submittedAt: v.submittedAt, submittedBy: v.submittedBy })));
  });

  app.get(`${path}/versions/:version`, async (c) => {
    const { key } = await resolveReport(c);
    const number = Number(c.req.param("version"));
    const stored = Number.isSafeInteger(number) && number > 0 ? await versionOf(c.env.DB, key, number) : null;
    if (!stored) throw notFound(`phiên bản «${c.req.param("version")}» của báo cáo này`);
    return c.json(present(stored, await reviewOf(c.env.DB, key, stored.version)));
  });
}
