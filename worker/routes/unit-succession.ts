import * as routes from "../../shared/api/routes/units.ts";
import { successorOf } from "../../shared/units/succession.ts";
import { actorName } from "../auth/actor.ts";
import { levelsOf } from "../config.ts";
import { badRequest } from "../errors.ts";
import { requireUnit } from "../lookups.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central } from "../middleware/roles.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { listUnits, setRetirement } from "../repositories/units.repo.ts";
import { api, guarded } from "./api.ts";

/** Merging and retiring units: the history of the reorganisation, kept. */
export const unitSuccessionApi = api();
unitSuccessionApi.use("/api/v1/units/:code/retirement", central("registry"));

unitSuccessionApi.openapi(guarded(routes.retire, jsonBody()), async (c) => {
  const input = c.req.valid("json");
  const unit = await requireUnit(c.env.DB, c.req.valid("param").code);
  const units = await listUnits(c.env.DB, levelsOf(c.env));
  if (input.into !== null) {
    const into = units.find((u) => u.code === input.into);
    if (!into) throw badRequest(`Chưa có đơn vị mã «${input.into}» để sáp nhập vào: tạo đơn vị mới trước.`);
    if (into.code === unit.code) throw badRequest("Không thể sáp nhập một đơn vị vào chính nó.");
    if (into.mergedInto || into.retiredFrom) throw badRequest(`Đơn vị «${into.code}» cũng đã ngừng (từ ${into.retiredFrom}): chọn đơn vị đang hoạt động để nhận sáp nhập.`);
    const byCode = new Map(units.map((u) => [u.code, u]));
    if (successorOf(into.code, byCode) === unit.code) throw badRequest(`«${into.code}» đã sáp nhập vào «${unit.code}»: không thể sáp nhập ngược lại.`);
  }
  const at = new Date().toISOString();
  await c.env.DB.batch([
    setRetirement(c.env.DB, unit.code, input.from, input.into, at),
    auditStatement(c.env.DB, {
      at, actor: actorName(c.get("actor")), action: input.into ? "unit.merge" : "unit.retire", unitCode: unit.code, target: `unit/${unit.code}`,
      detail: { from: input.from, ...(input.into ? { into: input.into } : {}) },
    }),
    ...(input.into
      ? [auditStatement(c.env.DB, { at, actor: actorName(c.get("actor")), action: "unit.merge", unitCode: input.into, target: `unit/${input.into}`, detail: { from: input.from, merged: unit.code } })]
      : []),
  ]);
  const { retiredFrom: _r, mergedInto: _m, ...active } = unit;
  return c.json({ ...active, retiredFrom: input.from, ...(input.into ? { mergedInto: input.into } : {}) }, 200);
});

unitSuccessionApi.openapi(routes.reinstate, async (c) => {
  const unit = await requireUnit(c.env.DB, c.req.valid("param").code);
  const at = new Date().toISOString();
  await c.env.DB.batch([
    setRetirement(c.env.DB, unit.code, null, null, at),
    auditStatement(c.env.DB, {
      at, actor: actorName(c.get("actor")), action: "unit.reinstate", unitCode: unit.code, target: `unit/${unit.code}`,
      detail: { retiredFrom: unit.retiredFrom ?? null, mergedInto: unit.mergedInto ?? null },
    }),
  ]);
  const { retiredFrom: _r, mergedInto: _m, ...active } = unit;
  return c.json(active, 200);
});
