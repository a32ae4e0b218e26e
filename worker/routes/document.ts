import type { OpenAPIHono, RouteConfig } from "@hono/zod-openapi";
import { ErrorSchema } from "../../shared/api/schemas.ts";
import type { AppEnv } from "../app-env.ts";

/** The error responses a signed-in route may give, for the OpenAPI document. */
export function errors(...statuses: number[]) {
  const text: Record<number, string> = {
    400: "Malformed body or parameter",
    401: "No token, or an unknown or revoked token",
    403: "The token acts outside its role or unit",
    404: "Unknown unit, form or period",
    409: "Idempotency key reused with another body",
    413: "Body over 256 KiB",
  };
  return Object.fromEntries(
    statuses.map((status) => [status, { description: text[status] ?? "Error", content: { "application/json": { schema: ErrorSchema } } }]),
  );
}

/** Adds routes to the OpenAPI document; the handlers are mounted beside them with the same schemas. */
export function document(app: OpenAPIHono<AppEnv>, routes: RouteConfig[]): void {
  for (const route of routes) app.openAPIRegistry.registerPath({ ...route, security: [{ bearer: [] }] });
}
