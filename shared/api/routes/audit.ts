import { z } from "zod";
import { AuditEntrySchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

export const AuditQuerySchema = z.object({
  unit: z.string().optional(),
  period: z.string().optional(),
  action: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});

export const audit = route({
  method: "get", path: "/api/v1/audit", tags: ["central"], summary: "The audit log, newest first (central)",
  request: { query: AuditQuerySchema },
  responses: { 200: json(z.array(AuditEntrySchema), "Matching entries"), ...errors(400, 401, 403) },
});
