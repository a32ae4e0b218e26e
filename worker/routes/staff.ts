import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import type { Context } from "hono";
import { z } from "zod";
import { StaffChangeSchema, StaffInputSchema, StaffSchema, TokenInputSchema, TokenSchema } from "../../shared/api/schemas.ts";
import { actorName } from "../auth/actor.ts";
import { requireCentral, ROLE_NAMES } from "../auth/permissions.ts";
import { hashToken, newStaffToken, tokenExpiry } from "../auth/tokens.ts";
import type { AppEnv } from "../app-env.ts";
import { ApiError, badRequest, notFound } from "../errors.ts";
import { readJson } from "../read-json.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { writeSetting } from "../repositories/settings.repo.ts";
import {
  activeAdministrators, findStaff, insertStaff, insertStaffToken, listStaff, revokeStaffToken, tokensOfStaff, updateStaff, type StaffRecord,
} from "../repositories/staff.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const id = z.object({ id: z.string() });
const NewStaffSchema = z.object({ id: z.number().int(), name: z.string(), role: StaffSchema.shape.role, token: z.string() });

const routes = [
  createRoute({
    method: "get", path: "/api/v1/staff", tags: ["staff"], summary: "The central office's staff and their tokens (administrator)",
    responses: { 200: json(z.array(StaffSchema), "Everyone, in the order added"), ...errors(401, 403) },
  }),
  createRoute({
    method: "post", path: "/api/v1/staff", tags: ["staff"],
    summary: "Add a person with a role (admin, reviewer, reader) and issue their first token, shown once (administrator)",
    request: { body: { content: { "application/json": { schema: StaffInputSchema } } } },
    responses: { 201: json(NewStaffSchema, "Added, with the token"), ...errors(400, 401, 403, 413) },
  }),
  createRoute({
    method: "patch", path: "/api/v1/staff/{id}", tags: ["staff"], summary: "Rename, change the role, retire or bring back a person (administrator)",
    request: { params: id, body: { content: { "application/json": { schema: StaffChangeSchema } } } },
    responses: { 200: json(StaffSchema.omit({ tokens: true }), "The person as changed"), ...errors(400, 401, 403, 404, 409, 413) },
  }),
  createRoute({
    method: "post", path: "/api/v1/staff/{id}/tokens", tags: ["staff"], summary: "Issue another token for a person, shown once (administrator)",
    request: { params: id, body: { content: { "application/json": { schema: TokenInputSchema } } } },
    responses: { 201: json(TokenSchema, "The new token"), ...errors(400, 401, 403, 404, 413) },
  }),
  createRoute({
    method: "delete", path: "/api/v1/staff/{id}/tokens/{tokenId}", tags: ["staff"], summary: "Revoke one of a person's tokens (administrator)",
    request: { params: id.extend({ tokenId: z.string() }) },
    responses: { 204: { description: "Revoked" }, ...errors(401, 403, 404) },
  }),
  createRoute({
    method: "post", path: "/api/v1/admin-token/retire", tags: ["staff"],
    summary: "Stop the bootstrap ADMIN_TOKEN from signing in (administrator); needs an administrator with a token of their own",
    responses: { 204: { description: "Retired" }, ...errors(401, 403, 409) },
  }),
];

async function requireStaff(c: Context<AppEnv>): Promise<StaffRecord> {
  const raw = c.req.param("id") ?? "";
  const person = /^\d{1,9}$/.test(raw) ? await findStaff(c.env.DB, Number(raw)) : null;
  if (!person) throw notFound(`cán bộ số «${raw}»`);
  return person;
}


/** The central office's people, their roles and tokens; retiring the bootstrap token. */
export function mountStaff(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);

  app.get("/api/v1/staff", async (c) => {
    requireCentral(c.get("actor"), "staff");
    return c.json(await listStaff(c.env.DB));
  });

  app.post("/api/v1/staff", async (c) => {
    requireCentral(c.get("actor"), "staff");
    const input = await readJson(c, StaffInputSchema);
    const at = new Date().toISOString();
    const expiresAt = tokenExpiry(input.expiresOn, at);
    const token = newStaffToken();
    const by = actorName(c.get("actor"));
    const [added] = await c.env.DB.batch<{ id: number }>([
      insertStaff(c.env.DB, input.name, input.role, at, by),
      insertStaffToken(c.env.DB, null, await hashToken(token), at, expiresAt),
      auditStatement(c.env.DB, { at, actor: by, action: "staff.create", target: `staff/${input.name}`, detail: { name: input.name, role: input.role } }),
    ]);
    return c.json({ id: added!.results[0]!.id, name: input.name, role: input.role, token }, 201);
  });

  app.patch("/api/v1/staff/:id", async (c) => {
    requireCentral(c.get("actor"), "staff");
    const before = await requireStaff(c);
    const change = await readJson(c, StaffChangeSchema);
    const at = new Date().toISOString();
    const after = {
      name: change.name ?? before.name,
      role: change.role ?? before.role,
      retiredAt: change.retired === undefined ? before.retiredAt : change.retired ? (before.retiredAt ?? at) : null,
    };
    const actor = c.get("actor");
    // An administrator who demotes or retires themself could leave nobody to manage the office.
    if (actor.role === "central" && actor.staff.id === before.id && (after.role !== "admin" || after.retiredAt)) {
      throw new ApiError(409, "self_lockout", "Không tự bỏ vai trò quản trị hay tự ngừng tài khoản của mình: nhờ một quản trị khác làm việc này.");
    }
    await c.env.DB.batch([
      updateStaff(c.env.DB, before.id, after),
      auditStatement(c.env.DB, {
        at, actor: actorName(actor), action: "staff.update", target: `staff/${before.id}`,
        detail: { name: after.name, role: `${ROLE_NAMES[after.role]} (${after.role})`, retired: after.retiredAt !== null },
      }),
    ]);
    return c.json({ ...before, ...after });
  });

  app.post("/api/v1/staff/:id/tokens", async (c) => {
    requireCentral(c.get("actor"), "staff");
    const person = await requireStaff(c);
    const input = await readJson(c, TokenInputSchema, { optional: true });
    const at = new Date().toISOString();
    if (person.retiredAt) throw badRequest(`${person.name} đã ngừng công tác: bật lại tài khoản trước khi cấp mã.`);
    const token = newStaffToken();
    await c.env.DB.batch([
      insertStaffToken(c.env.DB, person.id, await hashToken(token), at, tokenExpiry(input.expiresOn, at)),
      auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "staff.token.issue", target: `staff/${person.id}`, detail: { name: person.name } }),
    ]);
    return c.json({ token }, 201);
  });

  app.delete("/api/v1/staff/:id/tokens/:tokenId", async (c) => {
    requireCentral(c.get("actor"), "staff");
    const person = await requireStaff(c);
    const raw = c.req.param("tokenId");
    const token = (await tokensOfStaff(c.env.DB, person.id)).find((t) => String(t.id) === raw && t.revokedAt === null);
    if (!token) throw notFound(`mã số ${raw} đang dùng của ${person.name}`);
    const at = new Date().toISOString();
    await c.env.DB.batch([
      revokeStaffToken(c.env.DB, person.id, token.id, at),
      auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "staff.token.revoke", target: `staff/${person.id}`, detail: { name: person.name, token: token.id } }),
    ]);
    return c.body(null, 204);
  });

  app.post("/api/v1/admin-token/retire", async (c) => {
    requireCentral(c.get("actor"), "staff");
    const at = new Date().toISOString();
    if ((await activeAdministrators(c.env.DB, at)) === 0) {
      throw new ApiError(409, "no_administrator", "Chưa có tài khoản quản trị nào có mã đang dùng: thêm một quản trị và cấp mã trước khi ngừng mã quản trị khởi tạo.");
    }
    const by = actorName(c.get("actor"));
    await c.env.DB.batch([
      writeSetting(c.env.DB, "admin_token_retired", at, at, by),
      auditStatement(c.env.DB, { at, actor: by, action: "admin_token.retire", target: "ADMIN_TOKEN" }),
    ]);
    return c.body(null, 204);
  });
}
