import type { RouteConfig } from "@hono/zod-openapi";

/**
 * A route of the worker's v1 contract, behind a bearer token: its method, path, parameters, body and
 * answers, written once. The worker mounts it with `app.openapi` (which documents and validates it);
 * the pages call it through `ApiClient.route`, typed from the same schemas. A type-only import, so that
 * the browser bundles do not carry the OpenAPI library.
 */
export function route<const R extends RouteConfig>(config: R): R & { security: { bearer: never[] }[] } {
  return { ...config, security: [{ bearer: [] }] };
}
