import type { Context } from "hono";
import type { AppEnv } from "../app-env.ts";
import { unauthorized } from "../errors.ts";
import { readTogether, type Answers, type Query } from "../repositories/query.ts";
import { settingQuery } from "../repositories/settings.repo.ts";
import { staffOfTokenQuery } from "../repositories/staff.repo.ts";
import { activeTokenQuery, touchToken } from "../repositories/tokens.repo.ts";
import { BOOTSTRAP_ADMIN, type Actor } from "./actor.ts";
import { constantTimeEqual, hashToken, STAFF_TOKEN_PREFIX } from "./tokens.ts";

/** Who signed in, and the token whose last use is recorded after the answer (none for ADMIN_TOKEN). */
export interface SignedIn {
  actor: Actor;
  token: { table: "unit_tokens" | "staff_tokens"; id: number; lastUsedAt: string | null } | null;
}

/**
 * The read that turns `Authorization: Bearer <token>` into who is calling, or answers 401: the
 * bootstrap ADMIN_TOKEN (until an administrator retires it), a person's staff token, or a unit's
 * token — never revoked, never expired. A header that is not a bearer token answers 401 before any
 * read. As a query, it can go to D1 alone (the `authenticate` middleware) or in a route's first batch.
 */
export async function signInQuery(c: Context<AppEnv>): Promise<Query<SignedIn>> {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header("Authorization") ?? "");
  if (!match) throw unauthorized();
  const token = match[1]!;
  const hash = await hashToken(token);
  const now = new Date().toISOString();
  const db = c.env.DB;

  const admin = c.env.ADMIN_TOKEN;
  if (admin && constantTimeEqual(hash, await adminTokenHash(admin))) {
    const retired = settingQuery(db, "admin_token_retired");
    return {
      statement: retired.statement,
      read: (rows) => {
        if (retired.read(rows)) {
          throw unauthorized("Mã quản trị khởi tạo (ADMIN_TOKEN) đã ngừng dùng: đăng nhập bằng mã của tài khoản cán bộ của mình.");
        }
        return { actor: { role: "central", staff: BOOTSTRAP_ADMIN }, token: null };
      },
    };
  }

  if (token.startsWith(STAFF_TOKEN_PREFIX)) {
    const staff = staffOfTokenQuery(db, hash, now);
    return {
      statement: staff.statement,
      read: (rows) => {
        const person = staff.read(rows);
        if (!person || !constantTimeEqual(hash, person.tokenHash)) throw unauthorized();
        return {
          actor: { role: "central", staff: { id: person.id, name: person.name, role: person.role } },
          token: { table: "staff_tokens", id: person.tokenId, lastUsedAt: person.lastUsedAt },
        };
      },
    };
  }

  const unit = activeTokenQuery(db, hash, now);
  return {
    statement: unit.statement,
    read: (rows) => {
      const stored = unit.read(rows);
      if (!stored || !constantTimeEqual(hash, stored.hash)) throw unauthorized();
      return {
        actor: { role: "unit", unit: stored.unitCode, tokenId: stored.id },
        token: { table: "unit_tokens", id: stored.id, lastUsedAt: stored.lastUsedAt },
      };
    },
  };
}

let adminHash: { token: string; hash: Promise<string> } | null = null;

/** The hash of the deployment's ADMIN_TOKEN, worked out once per isolate (every request compares with it). */
function adminTokenHash(token: string): Promise<string> {
  if (adminHash?.token !== token) adminHash = { token, hash: hashToken(token) };
  return adminHash.hash;
}

/**
 * A route's reads in one D1 batch with the sign-in first, for routes mounted before `authenticate`:
 * 401 before any other answer is read; then `c.get("actor")` is set and the token's use recorded.
 */
export async function signedInTogether<const Q extends readonly Query<unknown>[]>(c: Context<AppEnv>, queries: Q): Promise<Answers<Q>> {
  const [signedIn, ...answers] = await readTogether(c.env.DB, [await signInQuery(c), ...queries] as const);
  c.set("actor", signedIn.actor);
  recordUse(c, signedIn);
  return answers as Answers<Q>;
}

/** Records the token's use after the answer: not on every request, an hour apart at most. */
export function recordUse(c: Context<AppEnv>, signedIn: SignedIn): void {
  const { token } = signedIn;
  const now = new Date().toISOString();
  if (!token || (token.lastUsedAt && Date.parse(now) - Date.parse(token.lastUsedAt) < 3_600_000)) return;
  const write = touchToken(c.env.DB, token.table, token.id, now).run()
    .catch((error: unknown) => console.error("last use of a token not recorded", error));
  try {
    c.executionCtx.waitUntil(write);
  } catch {
    // No execution context (a test calling app.fetch directly): the write goes on by itself.
  }
}
