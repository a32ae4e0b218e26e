import { createMiddleware } from "hono/factory";
import { unauthorized } from "../errors.ts";
import { readSetting } from "../repositories/settings.repo.ts";
import { staffOfToken } from "../repositories/staff.repo.ts";
import { findActiveToken, touchToken } from "../repositories/tokens.repo.ts";
import type { AppEnv } from "../app-env.ts";
import { BOOTSTRAP_ADMIN } from "./actor.ts";
import { constantTimeEqual, hashToken, STAFF_TOKEN_PREFIX } from "./tokens.ts";

/**
 * Resolves `Authorization: Bearer <token>` into an actor, or answers 401: the bootstrap ADMIN_TOKEN
 * (until an administrator retires it), a person's staff token, or a unit's token — never revoked,
 * never expired. A token's last use is recorded after the answer, at most once an hour.
 */
export const authenticate = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match) throw unauthorized();
  const token = match[1]!;
  const hash = await hashToken(token);
  const now = new Date().toISOString();

  const admin = c.env.ADMIN_TOKEN;
  if (admin && constantTimeEqual(hash, await hashToken(admin))) {
    if (await readSetting(c.env.DB, "admin_token_retired")) {
      throw unauthorized("Mã quản trị khởi tạo (ADMIN_TOKEN) đã ngừng dùng: đăng nhập bằng mã của tài khoản cán bộ của mình.");
    }
    c.set("actor", { role: "central", staff: BOOTSTRAP_ADMIN });
    return next();
  }

  if (token.startsWith(STAFF_TOKEN_PREFIX)) {
    const person = await staffOfToken(c.env.DB, hash, now);
    if (!person || !constantTimeEqual(hash, person.tokenHash)) throw unauthorized();
    c.set("actor", { role: "central", staff: { id: person.id, name: person.name, role: person.role } });
    await next();
    recordUse(c, "staff_tokens", person.tokenId, person.lastUsedAt, now);
    return;
  }

  const stored = await findActiveToken(c.env.DB, hash, now);
  if (!stored || !constantTimeEqual(hash, stored.hash)) throw unauthorized();
  c.set("actor", { role: "unit", unit: stored.unitCode, tokenId: stored.id });
  await next();
  recordUse(c, "unit_tokens", stored.id, stored.lastUsedAt, now);
});

type Context = Parameters<Parameters<typeof createMiddleware<AppEnv>>[0]>[0];

/** Records a token's use after the answer (not on every request: an hour apart at most). */
function recordUse(c: Context, table: "unit_tokens" | "staff_tokens", id: number, lastUsedAt: string | null, now: string): void {
  if (lastUsedAt && Date.parse(now) - Date.parse(lastUsedAt) < 3_600_000) return;
  const write = touchToken(c.env.DB, table, id, now).run().catch((error: unknown) => console.error("last use of a token not recorded", error));
  try {
    c.executionCtx.waitUntil(write);
  } catch {
    // No execution context (a test calling app.fetch directly): the write goes on by itself.
  }
}
