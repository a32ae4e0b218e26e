import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { readOne } from "../repositories/query.ts";
import { recordUse, signInQuery } from "./sign-in.ts";

/**
 * Resolves the bearer token into `c.get("actor")`, or answers 401 (worker/auth/sign-in.ts), with
 * one D1 read of its own. Routes on the submit path are mounted before it and sign in within their
 * own first batch instead (`signedInTogether`).
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const signedIn = await readOne(await signInQuery(c));
  c.set("actor", signedIn.actor);
  await next();
  recordUse(c, signedIn);
});
