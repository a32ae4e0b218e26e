import { z } from "zod";
import { LockInputSchema, PeriodLockHistorySchema, PeriodLockSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

const LOCK_PATH = "/api/v1/periods/{periodId}/lock";
const params = z.object({ periodId: z.string().meta({ example: "2026-11" }) });
const optionalBody = { content: { "application/json": { schema: LockInputSchema } }, required: false };

export const lock = route({
  method: "put", path: LOCK_PATH, tags: ["central"],
  summary: "Lock a period (khóa sổ): its submissions and amendments are refused with 423 (central)",
  description:
    "Body optional: `{\"reason\": string}`. Locking a period already locked changes nothing and answers its lock. " +
    "Recorded in the period's lock history and the audit log (`period.lock`). Reviews stay possible.",
  request: { params, body: optionalBody },
  responses: { 200: json(PeriodLockSchema, "The period is locked"), ...errors(400, 401, 403, 404, 413) },
});

export const reopen = route({
  method: "delete", path: LOCK_PATH, tags: ["central"],
  summary: "Reopen a locked period (central)",
  description:
    "Body optional: `{\"reason\": string}`. Reopening a period that is not locked changes nothing. " +
    "Recorded in the lock history and the audit log (`period.unlock`).",
  request: { params, body: optionalBody },
  responses: { 200: json(PeriodLockSchema, "The period is open"), ...errors(400, 401, 403, 404, 413) },
});

export const lockState = route({
  method: "get", path: LOCK_PATH, tags: ["central"],
  summary: "A period's lock state and its lock history, oldest first (central)",
  request: { params },
  responses: { 200: json(PeriodLockHistorySchema, "The lock state and history"), ...errors(401, 403, 404) },
});
