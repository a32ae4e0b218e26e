import * as routes from "../../shared/api/routes/units.ts";
import { actorName } from "../auth/actor.ts";
import { hashToken, newUnitToken, tokenExpiry } from "../auth/tokens.ts";
import { notFound } from "../errors.ts";
import { requireUnit } from "../lookups.ts";
import { found } from "../middleware/found.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central } from "../middleware/roles.ts";
import { auditStatement, auditStatements } from "../repositories/audit.repo.ts";
import { insertToken, insertTokens, revokeToken, revokeTokens, tokensOfUnit } from "../repositories/tokens.repo.ts";
import { findUnits } from "../repositories/units.repo.ts";
import { api, guarded } from "./api.ts";

/** The unit of the path, or 404 (before a malformed body's 400). */
const unitOfPath = found((c) => requireUnit(c.env.DB, c.req.param("code") ?? ""));

/** Units' tokens: issued one by one or for a selection, listed with their use, revoked one by one or all. */
export const unitTokensApi = api();
unitTokensApi.use("/api/v1/tokens", central("registry"));

unitTokensApi.openapi(guarded(routes.issueUnitToken, central("registry"), unitOfPath, jsonBody({ optional: true })), async (c) => {
  const unit = c.var.found;
  const input = c.req.valid("json");
  const at = new Date().toISOString();
  const expiresAt = tokenExpiry(input.expiresOn, at);
  const token = newUnitToken();
  await c.env.DB.batch([
    insertToken(c.env.DB, unit.code, await hashToken(token), at, expiresAt),
    auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "token.issue", unitCode: unit.code, target: `unit/${unit.code}`, detail: { expiresAt } }),
  ]);
  return c.json({ token }, 201);
});

unitTokensApi.openapi(routes.unitTokens, async (c) => {
  const unit = await requireUnit(c.env.DB, c.req.valid("param").code);
  return c.json(await tokensOfUnit(c.env.DB, unit.code), 200);
});

unitTokensApi.openapi(guarded(routes.revokeUnitTokens, central("registry")), async (c) => {
  const unit = await requireUnit(c.env.DB, c.req.valid("param").code);
  const at = new Date().toISOString();
  await c.env.DB.batch([
    revokeTokens(c.env.DB, unit.code, at),
    auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "token.revoke", unitCode: unit.code, target: `unit/${unit.code}` }),
  ]);
  return c.body(null, 204);
});

unitTokensApi.openapi(guarded(routes.revokeUnitToken, central("registry")), async (c) => {
  const params = c.req.valid("param");
  const unit = await requireUnit(c.env.DB, params.code);
  const token = (await tokensOfUnit(c.env.DB, unit.code)).find((t) => String(t.id) === params.tokenId && t.revokedAt === null);
  if (!token) throw notFound(`mã số ${params.tokenId} đang dùng của đơn vị ${unit.code}`);
  const at = new Date().toISOString();
  await c.env.DB.batch([
    revokeToken(c.env.DB, unit.code, token.id, at),
    auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "token.revoke", unitCode: unit.code, target: `unit/${unit.code}`, detail: { token: token.id } }),
  ]);
  return c.body(null, 204);
});

unitTokensApi.openapi(guarded(routes.issueTokens, jsonBody()), async (c) => {
  const input = c.req.valid("json");
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
