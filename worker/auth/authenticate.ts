import { createMiddleware } from "hono/factory";
import { unauthorized } from "../errors.ts";
import { findActiveToken } from "../repositories/tokens.repo.ts";
import type { AppEnv } from "../app-env.ts";
import { constantTimeEqual, hashToken } from "./tokens.ts";

/** Resolves `Authorization: Bearer <token>` into an actor, or answers 401. */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized();
  const hash = await hashToken(match[1]!);

  const admin = c.env.ADMIN_TOKEN;
  if (admin && constantTimeEqual(hash, await hashToken(admin))) {
    c.set("actor", { role: "central" });
    return next();
  }
  const token = await findActiveToken(c.env.DB, hash);
  if (!token || !constantTimeEqual(hash, token.hash)) throw unauthorized();
  c.set("actor", { role: "unit", unit: token.unitCode, tokenId: token.id });
  return next();
});
