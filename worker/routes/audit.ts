import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { AuditEntrySchema } from "../../shared/api/schemas.ts";
import { requireCentral } from "../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { badRequest } from "../errors.ts";
import { listAudit } from "../repositories/audit.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const QuerySchema = z.object({
  unit: z.string().optional(),
  period: z.string().optional(),
  action: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  before: z.coerce.number().int().positive().optional(),
});

const routes = [
  createRoute({
    method: "get", path: "/api/v1/audit", tags: ["central"], summary: "The audit log, newest first (central)",
    request: { query: QuerySchema },
    responses: { 200: json(z.array(AuditEntrySchema), "Matching entries"), ...errors(400, 401, 403) },
  }),
];

/** Who did what, when. */
export function mountAudit(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  app.get("/api/v1/audit", async (c) => {
    requireCentral(c.get("actor"));
    const query = QuerySchema.safeParse(c.req.query());
    if (!query.success) throw badRequest("Tham số tìm kiếm không hợp lệ: limit từ 1 đến 500, before là số.");
    return c.json(await listAudit(c.env.DB, query.data));
  });
}
