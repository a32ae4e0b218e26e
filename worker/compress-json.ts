import { createMiddleware } from "hono/factory";
import type { AppEnv } from "./app-env.ts";

/**
 * Asks the runtime to gzip a JSON answer to a GET when the client accepts it: workerd compresses a
 * body whose `Content-Encoding` is set, natively. The city report of 3,300 units is 1.4 MB of JSON
 * and 170 KB gzipped, which matters on a commune's line wherever nothing in between compresses.
 */
export const compressJson = createMiddleware<AppEnv>(async (c, next) => {
  await next();
  if (c.req.method !== "GET" || !/\bgzip\b/i.test(c.req.header("Accept-Encoding") ?? "")) return;
  if (!c.res.headers.get("Content-Type")?.startsWith("application/json") || c.res.headers.has("Content-Encoding")) return;
  c.res.headers.set("Content-Encoding", "gzip");
});
