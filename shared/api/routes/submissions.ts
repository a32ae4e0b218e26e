import { z } from "zod";
import { ReceiptSchema, RejectionSchema, SubmissionBodySchema, SubmissionSchema, VersionSummarySchema } from "../schemas.ts";
import { HISTORY_LENGTH } from "../../validation/outlier.ts";
import { route } from "./define.ts";
import { errors, json, periodLockedResponse } from "./responses.ts";

/** A unit's reports: submitted and amended, every version kept, with its earlier periods. */

const PATH = "/api/v1/submissions/{periodId}/{formId}/{unitCode}";
const params = z.object({ periodId: z.string(), formId: z.string(), unitCode: z.string() });

/** The unit's earlier reports of the same form and period type, newest first. */
export const HistorySchema = z.object({ reports: z.array(z.object({ periodId: z.string(), values: z.record(z.string(), z.unknown()) })) });

export const submit = route({
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
});

export const latest = route({
  method: "get", path: PATH, tags: ["submissions"], summary: "The latest version of a report",
  request: { params },
  responses: { 200: json(SubmissionSchema, "The latest version"), ...errors(401, 403, 404) },
});

export const history = route({
  method: "get", path: `${PATH}/history`, tags: ["submissions"],
  summary: "The unit's earlier reports of the same form and period type, newest first (the unit itself, or central)",
  description:
    `The latest values of the unit's reports for the ${HISTORY_LENGTH} periods of the same type before this one (those it sent): ` +
    "what the continuity and outlier rules compare a report with, so that the add-in checks as the worker does.",
  request: { params },
  responses: {
    200: json(HistorySchema, "The earlier reports"),
    ...errors(401, 403, 404),
  },
});

export const versions = route({
  method: "get", path: `${PATH}/versions`, tags: ["submissions"], summary: "Every version of a report, oldest first",
  request: { params },
  responses: { 200: json(z.array(VersionSummarySchema), "The versions"), ...errors(401, 403, 404) },
});

export const version = route({
  method: "get", path: `${PATH}/versions/{version}`, tags: ["submissions"], summary: "One version of a report",
  request: { params: params.extend({ version: z.string() }) },
  responses: { 200: json(SubmissionSchema, "That version"), ...errors(401, 403, 404) },
});
