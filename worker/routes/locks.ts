import type { PeriodLock } from "../../shared/api/schemas.ts";
import * as routes from "../../shared/api/routes/locks.ts";
import { actorName } from "../auth/actor.ts";
import { ApiError } from "../errors.ts";
import { requirePeriod } from "../lookups.ts";
import { found } from "../middleware/found.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central } from "../middleware/roles.ts";
import { latestLockEvent, lockHistory, recordLockEvent, type LockEvent } from "../repositories/locks.repo.ts";
import { api, guarded } from "./api.ts";
import { vnClockInWords } from "../../shared/text/vietnam-format.ts";

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

/** The period of the path, or 404 (before a malformed body's 400). */
const periodOfPath = found((c) => requirePeriod(c.req.param("periodId") ?? ""));

/** Locking and reopening periods. Mount before the catalogue: its `GET /api/v1/periods/{periodId}` answers `locked` too. */
export const locksApi = api();
locksApi.use("/api/v1/periods/:periodId/lock", central());

locksApi.openapi(routes.lockState, async (c) => {
  const period = requirePeriod(c.req.valid("param").periodId);
  const [latest, history] = await Promise.all([latestLockEvent(c.env.DB, period.id), lockHistory(c.env.DB, period.id)]);
  return c.json({
    ...presentLock(period.id, latest),
    history: history.map((e) => ({ locked: e.locked, at: e.at, by: e.actor, reason: e.reason || null })),
  }, 200);
});

for (const [route, locked] of [[routes.lock, true], [routes.reopen, false]] as const) {
  locksApi.openapi(guarded(route, central("lock"), periodOfPath, jsonBody({ optional: true })), async (c) => {
    const period = c.var.found;
    const reason = c.req.valid("json").reason?.trim() ?? "";
    const latest = await latestLockEvent(c.env.DB, period.id);
    if ((latest?.locked ?? false) === locked) return c.json(presentLock(period.id, latest), 200);
    const event: LockEvent = { periodId: period.id, locked, at: new Date().toISOString(), actor: actorName(c.get("actor")), reason };
    await recordLockEvent(c.env.DB, event);
    return c.json(presentLock(period.id, event), 200);
  });
}
