import { OpenAPIHono, type RouteConfig } from "@hono/zod-openapi";
import type { MiddlewareHandler } from "hono";
import type { AppEnv } from "../app-env.ts";
import { badRequest } from "../errors.ts";
import { describeSchemaError } from "../read-json.ts";
import "../zod-messages.ts";

/**
 * One resource's routes: an OpenAPIHono whose validation failures answer the contract's 400
 * (`{"error": {"code": "bad_request", "message"}}`, naming the field in Vietnamese), mounted on the
 * app with `app.route`.
 */
export function api() {
  return new OpenAPIHono<AppEnv>({
    defaultHook: (result) => {
      if (!result.success) throw badRequest(describeSchemaError(result.error, result.target));
    },
  });
}

/**
 * The route with middleware run before its parameters and body are validated: the contract answers
 * 403, 404, 423 and 413 before 400, so who may act and what the path names are checked first.
 */
export function guarded<R extends RouteConfig, const M extends MiddlewareHandler[]>(route: R, ...middleware: M): Omit<R, "middleware"> & { middleware: M } {
  return { ...route, middleware };
}

/**
 * The route of a path ending in a file name (`/api/v1/reports/{periodId}.xlsx`), documented as it is:
 * Hono's router takes a parameter for a whole path segment, so the app routes `:periodId{[^/]+\.xlsx}`
 * and the parameter keeps its extension (`withoutExtension` drops it).
 */
export function fileNamed<R extends RouteConfig>(app: OpenAPIHono<AppEnv>, route: R): R {
  app.openAPIRegistry.registerPath(route);
  return { ...route, hide: true, path: route.path.replace(/\{(\w+)\}\.(\w+)$/, "{$1{[^/]+\\.$2}}") };
}

/** A file-named parameter without its extension: "2026-11.xlsx" → "2026-11". */
export const withoutExtension = (name: string) => name.replace(/\.\w+$/, "");
