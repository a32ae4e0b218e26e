import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { RetirementInputSchema, UnitSchema } from "../../shared/api/schemas.ts";
import { successorOf } from "../../shared/units/succession.ts";
import { actorName } from "../auth/actor.ts";
import { requireCentral } from "../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { levelsOf } from "../config.ts";
import { badRequest } from "../errors.ts";
import { requireUnit } from "../lookups.ts";
import { readJson } from "../read-json.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { listUnits, setRetirement } from "../repositories/units.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const code = z.object({ code: z.string() });

const routes = [
  createRoute({
    method: "put", path: "/api/v1/units/{code}/retirement", tags: ["units"],
    summary: "Merge a unit into another, or retire it, from a month on (central administrator)",
    description:
      "`{\"from\": \"YYYY-MM\", \"into\": code | null}`. From that month's period on (and any longer period reaching into it) the unit " +
      "is no longer expected and cannot submit; its earlier reports stay its own. Merged (`into`), its figures are counted for the " +
      "successor in comparisons with earlier periods: last year's same period, continuity of stocks, the outlier rules.",
    request: { params: code, body: { content: { "application/json": { schema: RetirementInputSchema } } } },
    responses: { 200: json(UnitSchema, "The unit, retired"), ...errors(400, 401, 403, 404, 413) },
  }),
  createRoute({
    method: "delete", path: "/api/v1/units/{code}/retirement", tags: ["units"],
    summary: "Undo a merger or retirement entered by mistake (central administrator)",
    request: { params: code },
    responses: { 200: json(UnitSchema, "The unit, active again"), ...errors(401, 403, 404) },
  }),
];

/** Merging and retiring units: the history of the reorganisation, kept. */
export function mountUnitSuccession(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);

  app.put("/api/v1/units/:code/retirement", async (c) => {
    requireCentral(c.get("actor"), "registry");
    const input = await readJson(c, RetirementInputSchema);
    const unit = await requireUnit(c.env.DB, c.req.param("code"));
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
    return c.json({ ...active, retiredFrom: input.from, ...(input.into ? { mergedInto: input.into } : {}) });
  });

  app.delete("/api/v1/units/:code/retirement", async (c) => {
    requireCentral(c.get("actor"), "registry");
    const unit = await requireUnit(c.env.DB, c.req.param("code"));
    const at = new Date().toISOString();
    await c.env.DB.batch([
      setRetirement(c.env.DB, unit.code, null, null, at),
      auditStatement(c.env.DB, {
        at, actor: actorName(c.get("actor")), action: "unit.reinstate", unitCode: unit.code, target: `unit/${unit.code}`,
        detail: { retiredFrom: unit.retiredFrom ?? null, mergedInto: unit.mergedInto ?? null },
      }),
    ]);
    const { retiredFrom: _r, mergedInto: _m, ...active } = unit;
    return c.json(active);
  });
}
