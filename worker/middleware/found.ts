import { createMiddleware } from "hono/factory";
import type { Context } from "hono";
import type { AppEnv } from "../app-env.ts";

/**
 * Looks up what the path names before the body is validated (its 404s come before a 400), and hands
 * it to the handler as `c.var.found`.
 */
export const found = <F>(find: (c: Context<AppEnv>) => F | Promise<F>) =>
  createMiddleware<AppEnv & { Variables: { found: F } }>(async (c, next) => {
    c.set("found", await find(c as unknown as Context<AppEnv>));
    await next();
  });
