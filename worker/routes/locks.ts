import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { LockInputSchema, PeriodLockHistorySchema, PeriodLockSchema, type PeriodLock } from "../../shared/api/schemas.ts";
import { actorName } from "../auth/actor.ts";
import { requireCentral } from "../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { ApiError, badRequest } from "../errors.ts";
import { requirePeriod } from "../lookups.ts";
import { describeSchemaError, parseJson, readLimitedText } from "../read-json.ts";
import { latestLockEvent, lockHistory, recordLockEvent, type LockEvent } from "../repositories/locks.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";
import { vnClockInWords } from "../../shared/text/vietnam-format.ts";

const LOCK_PATH = "/api/v1/periods/{periodId}/lock";
const params = z.object({ periodId: z.string().meta({ example: "2026-11" }) });
const optionalBody = { content: { "application/json": { schema: LockInputSchema } }, required: false };

/** 423 `period_locked`, as `PUT /api/v1/submissions/…` documents it. */
export const periodLockedResponse = {
  423: {
    description: "The period is locked (khóa sổ): nothing new or amended is accepted until the central office reopens it",
    content: { "application/json": { schema: z.object({ error: z.object({ code: z.literal("period_locked"), message: z.string() }) }) } },
  },
};

const routes = [
  createRoute({
    method: "put", path: LOCK_PATH, tags: ["central"],
    summary: "Lock a period (khóa sổ): its submissions and amendments are refused with 423 (central)",
    description:
      "Body optional: `{\"reason\": string}`. Locking a period already locked changes nothing and answers its lock. " +
      "Recorded in the period's lock history and the audit log (`period.lock`). Reviews stay possible.",
    request: { params, body: optionalBody },
    responses: { 200: json(PeriodLockSchema, "The period is locked"), ...errors(400, 401, 403, 404, 413) },
  }),
  createRoute({
    method: "delete", path: LOCK_PATH, tags: ["central"],
    summary: "Reopen a locked period (central)",
    description:
      "Body optional: `{\"reason\": string}`. Reopening a period that is not locked changes nothing. " +
      "Recorded in the lock history and the audit log (`period.unlock`).",
    request: { params, body: optionalBody },
    responses: { 200: json(PeriodLockSchema, "The period is open"), ...errors(400, 401, 403, 404, 413) },
  }),
  createRoute({
    method: "get", path: LOCK_PATH, tags: ["central"],
    summary: "A period's lock state and its lock history, oldest first (central)",
    request: { params },
    responses: { 200: json(PeriodLockHistorySchema, "The lock state and history"), ...errors(401, 403, 404) },
  }),
];

/** The lock state a period's latest event gives. */
export function presentLock(periodId: string, event: LockEvent | null): PeriodLock {
  const reason = event?.reason ? event.reason : null;
  return {
    period: periodId,
    locked: event?.locked ?? false,
    lockedAt: event?.locked ? event.at : null,
    lockedBy: event?.locked ? event.actor : null,
    reason,
    reopenedAt: event && !event.locked ? event.at : null,
    reopenedBy: event && !event.locked ? event.actor : null,
  };
}

/** 423 `period_locked`: when, why, and whom to ask. */
export function periodLocked(event: LockEvent): ApiError {
  const reason = event.reason ? ` (lý do: ${event.reason})` : "";
  return new ApiError(423, "period_locked",
    `Kỳ báo cáo ${event.periodId} đã khóa sổ lúc ${vnClockInWords(event.at)}${reason}: không nhận báo cáo mới hay sửa đổi. ` +
    "Liên hệ Văn phòng để mở lại.");
}

/** The optional `{"reason"}` body: empty is fine (413, then 400). */
async function readReason(c: Context<AppEnv>): Promise<string> {
  const text = await readLimitedText(c);
  if (text.trim() === "") return "";
  const parsed = LockInputSchema.safeParse(parseJson(text));
  if (!parsed.success) throw badRequest(describeSchemaError(parsed.error));
  return parsed.data.reason?.trim() ?? "";
}

/** Locking and reopening periods. Mount before the catalogue: its `GET /api/v1/periods/{periodId}` answers `locked` too. */
export function mountLocks(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  const path = "/api/v1/periods/:periodId/lock";

  app.get(path, async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("periodId"));
    const [latest, history] = await Promise.all([latestLockEvent(c.env.DB, period.id), lockHistory(c.env.DB, period.id)]);
    return c.json({
      ...presentLock(period.id, latest),
      history: history.map((e) => ({ locked: e.locked, at: e.at, by: e.actor, reason: e.reason || null })),
    });
  });

  for (const locked of [true, false]) {
    app.on(locked ? "PUT" : "DELETE", path, async (c) => {
      requireCentral(c.get("actor"), "lock");
      const period = requirePeriod(c.req.param("periodId"));
      const reason = await readReason(c);
      const latest = await latestLockEvent(c.env.DB, period.id);
      if ((latest?.locked ?? false) === locked) return c.json(presentLock(period.id, latest));
      const event: LockEvent = { periodId: period.id, locked, at: new Date().toISOString(), actor: actorName(c.get("actor")), reason };
      await recordLockEvent(c.env.DB, event);
      return c.json(presentLock(period.id, event));
    });
  }
}
