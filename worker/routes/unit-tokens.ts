import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { TokenInputSchema, TokenRecordSchema, TokenSchema, UnitCodeSchema } from "../../shared/api/schemas.ts";
import { actorName } from "../auth/actor.ts";
import { requireCentral } from "../auth/permissions.ts";
import { hashToken, newUnitToken, tokenExpiry } from "../auth/tokens.ts";
import type { AppEnv } from "../app-env.ts";
import { notFound } from "../errors.ts";
import { requireUnit } from "../lookups.ts";
import { readJson } from "../read-json.ts";
import { auditStatement, auditStatements } from "../repositories/audit.repo.ts";
import { insertToken, insertTokens, revokeToken, revokeTokens, tokensOfUnit } from "../repositories/tokens.repo.ts";
import { findUnits } from "../repositories/units.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const code = z.object({ code: z.string() });
/** Issuing tokens for a selection of units at once, for their sign-in sheets. */
const BatchInputSchema = TokenInputSchema.extend({ units: z.array(UnitCodeSchema).min(1).max(500) });
const IssuedSchema = z.object({ code: z.string(), name: z.string(), token: z.string() });

const routes = [
  createRoute({
    method: "post", path: "/api/v1/units/{code}/tokens", tags: ["units"],
    summary: "Issue a token for a unit (central administrator); shown once, earlier tokens stay valid",
    description: "An optional body `{\"expiresOn\": \"YYYY-MM-DD\"}` makes the token stop signing in after that day (Vietnam time).",
    request: { params: code, body: { content: { "application/json": { schema: TokenInputSchema } }, required: false } },
    responses: { 201: json(TokenSchema, "The new token"), ...errors(400, 401, 403, 404, 413) },
  }),
  createRoute({
    method: "get", path: "/api/v1/units/{code}/tokens", tags: ["units"], summary: "A unit's tokens: issued, last used, expiry, revoked (central)",
    request: { params: code },
    responses: { 200: json(z.array(TokenRecordSchema), "Newest first; never the tokens themselves"), ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "delete", path: "/api/v1/units/{code}/tokens", tags: ["units"], summary: "Revoke every token of a unit (central administrator)",
    request: { params: code },
    responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "delete", path: "/api/v1/units/{code}/tokens/{tokenId}", tags: ["units"], summary: "Revoke one token of a unit (central administrator)",
    request: { params: code.extend({ tokenId: z.string() }) },
    responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "post", path: "/api/v1/tokens", tags: ["units"],
    summary: "Issue one new token for each of a selection of units, for their sign-in sheets (central administrator)",
    description: "Every code must be registered (404 naming the unknown ones, nothing issued). The tokens are shown once.",
    request: { body: { content: { "application/json": { schema: BatchInputSchema } } } },
    responses: { 201: json(z.array(IssuedSchema), "Each unit with its new token, in the order asked"), ...errors(400, 401, 403, 404, 413) },
  }),
];


/** Units' tokens: issued one by one or for a selection, listed with their use, revoked one by one or all. */
export function mountUnitTokens(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);

  app.post("/api/v1/units/:code/tokens", async (c) => {
    requireCentral(c.get("actor"), "registry");
    const unit = await requireUnit(c.env.DB, c.req.param("code"));
    const input = await readJson(c, TokenInputSchema, { optional: true });
    const at = new Date().toISOString();
    const expiresAt = tokenExpiry(input.expiresOn, at);
    const token = newUnitToken();
    await c.env.DB.batch([
      insertToken(c.env.DB, unit.code, await hashToken(token), at, expiresAt),
      auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "token.issue", unitCode: unit.code, target: `unit/${unit.code}`, detail: { expiresAt } }),
    ]);
    return c.json({ token }, 201);
  });

  app.get("/api/v1/units/:code/tokens", async (c) => {
    requireCentral(c.get("actor"));
    const unit = await requireUnit(c.env.DB, c.req.param("code"));
    return c.json(await tokensOfUnit(c.env.DB, unit.code));
  });

  app.delete("/api/v1/units/:code/tokens", async (c) => {
    requireCentral(c.get("actor"), "registry");
    const unit = await requireUnit(c.env.DB, c.req.param("code"));
    const at = new Date().toISOString();
    await c.env.DB.batch([
      revokeTokens(c.env.DB, unit.code, at),
      auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "token.revoke", unitCode: unit.code, target: `unit/${unit.code}` }),
    ]);
    return c.body(null, 204);
  });

  app.delete("/api/v1/units/:code/tokens/:tokenId", async (c) => {
    requireCentral(c.get("actor"), "registry");
    const unit = await requireUnit(c.env.DB, c.req.param("code"));
    const raw = c.req.param("tokenId");
    const token = (await tokensOfUnit(c.env.DB, unit.code)).find((t) => String(t.id) === raw && t.revokedAt === null);
    if (!token) throw notFound(`mã số ${raw} đang dùng của đơn vị ${unit.code}`);
    const at = new Date().toISOString();
    await c.env.DB.batch([
      revokeToken(c.env.DB, unit.code, token.id, at),
      auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "token.revoke", unitCode: unit.code, target: `unit/${unit.code}`, detail: { token: token.id } }),
    ]);
    return c.body(null, 204);
  });

  app.post("/api/v1/tokens", async (c) => {
    requireCentral(c.get("actor"), "registry");
    const input = await readJson(c, BatchInputSchema);
    const codes = [...new Set(input.units)];
    const units = await findUnits(c.env.DB, codes);
    const unknown = codes.filter((code) => !units.has(code));
    if (unknown.length) throw notFound(`đơn vị mã ${unknown.slice(0, 10).map((code) => `«${code}»`).join(", ")}${unknown.length > 10 ? ` và ${unknown.length - 10} mã khác` : ""}; không cấp mã nào`);
    const at = new Date().toISOString();
    const expiresAt = tokenExpiry(input.expiresOn, at);
    const actor = actorName(c.get("actor"));
    const issued = codes.map((code) => ({ code, name: units.get(code)!.name, token: newUnitToken() }));
    const hashes = await Promise.all(issued.map(({ token }) => hashToken(token)));
    await c.env.DB.batch([
      ...insertTokens(c.env.DB, issued.map(({ code }, i) => ({ unitCode: code, hash: hashes[i]! })), at, expiresAt),
      ...auditStatements(c.env.DB, codes.map((code) => ({ at, actor, action: "token.issue", unitCode: code, target: `unit/${code}`, detail: { expiresAt, batch: codes.length } }))),
    ]);
    return c.json(issued, 201);
  });
}
