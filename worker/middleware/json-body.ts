import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { parseJson, readLimitedText } from "../read-json.ts";

/**
 * Reads the JSON body for the route's schema: more than 256 KiB is 413 before anything is parsed,
 * text that is not UTF-8 or not JSON is 400; `optional` reads an empty body as `{}`. The body is read
 * as JSON whatever its Content-Type (the contract has no 415), so the request is given that type
 * before the route's validator, which then checks the parsed value against the schema.
 */
export const jsonBody = (options: { optional?: boolean } = {}) =>
  createMiddleware<AppEnv>(async (c, next) => {
    const text = await readLimitedText(c);
    readAsJson(c, options.optional && text.trim() === "" ? {} : parseJson(text));
    await next();
  });

/** Hands the body already read and parsed to the route's validator, as JSON whatever its Content-Type. */
export function readAsJson(c: Context, value: unknown): void {
  const headers = new Headers(c.req.raw.headers);
  headers.set("Content-Type", "application/json");
  c.req.raw = new Request(c.req.raw.url, { method: c.req.raw.method, headers });
  c.req.bodyCache.json = Promise.resolve(value);
}
