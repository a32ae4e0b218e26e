import * as routes from "../../shared/api/routes/staff.ts";
import { actorName } from "../auth/actor.ts";
import { ROLE_NAMES } from "../auth/permissions.ts";
import { hashToken, newStaffToken, tokenExpiry } from "../auth/tokens.ts";
import { ApiError, badRequest, notFound } from "../errors.ts";
import { found } from "../middleware/found.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central } from "../middleware/roles.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { writeSetting } from "../repositories/settings.repo.ts";
import {
  activeAdministrators, findStaff, insertStaff, insertStaffToken, listStaff, revokeStaffToken, tokensOfStaff, updateStaff, type StaffRecord,
} from "../repositories/staff.repo.ts";
import { api, guarded } from "./api.ts";

/** The person of the path, or 404 (before a malformed body's 400). */
const personOfPath = found(async (c): Promise<StaffRecord> => {
  const raw = c.req.param("id") ?? "";
  const person = /^\d{1,9}$/.test(raw) ? await findStaff(c.env.DB, Number(raw)) : null;
  if (!person) throw notFound(`cán bộ số «${raw}»`);
  return person;
});

/** The central office's people, their roles and tokens; retiring the bootstrap token. */
export const staffApi = api();
for (const path of ["/api/v1/staff/*", "/api/v1/admin-token/retire"]) staffApi.use(path, central("staff"));

staffApi.openapi(routes.staffList, async (c) => c.json(await listStaff(c.env.DB), 200));

staffApi.openapi(guarded(routes.addStaff, jsonBody()), async (c) => {
  const input = c.req.valid("json");
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

staffApi.openapi(guarded(routes.changeStaff, personOfPath, jsonBody()), async (c) => {
  const before = c.var.found;
  const change = c.req.valid("json");
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
  return c.json({ ...before, ...after }, 200);
});

staffApi.openapi(guarded(routes.issueStaffToken, personOfPath, jsonBody({ optional: true })), async (c) => {
  const person = c.var.found;
  const input = c.req.valid("json");
  const at = new Date().toISOString();
  if (person.retiredAt) throw badRequest(`${person.name} đã ngừng công tác: bật lại tài khoản trước khi cấp mã.`);
  const token = newStaffToken();
  await c.env.DB.batch([
    insertStaffToken(c.env.DB, person.id, await hashToken(token), at, tokenExpiry(input.expiresOn, at)),
    auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "staff.token.issue", target: `staff/${person.id}`, detail: { name: person.name } }),
  ]);
  return c.json({ token }, 201);
});

staffApi.openapi(guarded(routes.revokeStaffToken, personOfPath), async (c) => {
  const person = c.var.found;
  const raw = c.req.valid("param").tokenId;
  const token = (await tokensOfStaff(c.env.DB, person.id)).find((t) => String(t.id) === raw && t.revokedAt === null);
  if (!token) throw notFound(`mã số ${raw} đang dùng của ${person.name}`);
  const at = new Date().toISOString();
  await c.env.DB.batch([
    revokeStaffToken(c.env.DB, person.id, token.id, at),
    auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "staff.token.revoke", target: `staff/${person.id}`, detail: { name: person.name, token: token.id } }),
  ]);
  return c.body(null, 204);
});

staffApi.openapi(routes.retireAdminToken, async (c) => {
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
