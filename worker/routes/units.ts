import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { UnitCodeSchema, UnitInputSchema, UnitSchema } from "../../shared/api/schemas.ts";
import { levelName, levelRank, type Levels, type Unit } from "../../shared/units/levels.ts";
import { actorName } from "../auth/actor.ts";
import { requireCentral } from "../auth/permissions.ts";
import type { AppEnv } from "../app-env.ts";
import { badRequest } from "../errors.ts";
import { readJson } from "../read-json.ts";
import { levelsOf } from "../config.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { ancestorsOf, childrenOf, findUnit, listUnits, upsertUnit } from "../repositories/units.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const code = z.object({ code: z.string() });


const routes = [
  createRoute({
    method: "put", path: "/api/v1/units/{code}", tags: ["units"], summary: "Create or update a unit (central)",
    request: { params: code, body: { content: { "application/json": { schema: UnitInputSchema } } } },
    responses: { 200: json(UnitSchema, "Updated"), 201: json(UnitSchema, "Created"), ...errors(400, 401, 403, 413) },
  }),
  createRoute({
    method: "get", path: "/api/v1/units", tags: ["units"], summary: "All units (central)",
    responses: { 200: json(z.array(UnitSchema), "Units by level, then code"), ...errors(401, 403) },
  }),
];

function parseCode(raw: string): string {
  const parsed = UnitCodeSchema.safeParse(raw);
  if (!parsed.success) throw badRequest(`Mã đơn vị «${raw}» không hợp lệ: chỉ dùng chữ, số, dấu chấm, gạch ngang, gạch dưới (tối đa 64 ký tự).`);
  return parsed.data;
}

/** Why a unit cannot sit on this level under this parent, in Vietnamese, or null. */
function placementProblem(levels: Levels, unit: Unit, parent: Unit | null, children: readonly Unit[]): string | null {
  const rank = levelRank(levels, unit.level);
  const active = levels.filter((level) => !level.historical).map((level) => `${level.name.vi} («${level.id}»)`).join(", ");
  // A historical level (the districts) is accepted: the old structure may be registered to keep its reports.
  if (rank < 0) return `Cấp «${unit.level}» không có trong cấu hình; cần một trong: ${active}.`;
  if (parent && levelRank(levels, parent.level) >= rank) {
    return `Đơn vị cấp trên «${parent.code}» thuộc ${levelName(levels, parent.level)}, không ở trên ${levelName(levels, unit.level)}: cấp trên phải ở cấp cao hơn.`;
  }
  const child = children.find((c) => levelRank(levels, c.level) <= rank);
  if (child) return `Đơn vị «${child.code}» (${levelName(levels, child.level)}) đang thuộc «${unit.code}»: không thể chuyển «${unit.code}» xuống ${levelName(levels, unit.level)}.`;
  return null;
}

/** Units: the central office's registry (their tokens: unit-tokens.ts). */
export function mountUnits(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);

  app.put("/api/v1/units/:code", async (c) => {
    requireCentral(c.get("actor"), "registry");
    // The body first: an oversized body is 413 before anything is 400 (API.md, check order).
    const input = await readJson(c, UnitInputSchema);
    const unitCode = parseCode(c.req.param("code"));
    let parent: Unit | null = null;
    if (input.parent !== null) {
      if (input.parent === unitCode) throw badRequest("Một đơn vị không thể là đơn vị cấp trên của chính nó.");
      parent = await findUnit(c.env.DB, input.parent);
      if (!parent) throw badRequest(`Chưa có đơn vị cấp trên mã «${input.parent}»: hãy tạo đơn vị đó trước.`);
      if ((await ancestorsOf(c.env.DB, input.parent)).includes(unitCode)) {
        throw badRequest(`Đơn vị «${input.parent}» đang thuộc «${unitCode}»: không thể đặt làm cấp trên (tạo vòng lặp).`);
      }
    }
    const before = await findUnit(c.env.DB, unitCode);
    const existed = before !== null;
    const unit: Unit = { code: unitCode, name: input.name, level: input.level, parent: input.parent };
    const problem = placementProblem(levelsOf(c.env), unit, parent, existed ? await childrenOf(c.env.DB, unitCode) : []);
    if (problem) throw badRequest(problem);
    const at = new Date().toISOString();
    const activeFrom = input.activeFrom === undefined ? before?.activeFrom ?? null : input.activeFrom;
    await c.env.DB.batch([
      upsertUnit(c.env.DB, unit, at, input.activeFrom),
      auditStatement(c.env.DB, {
        at, actor: actorName(c.get("actor")), action: existed ? "unit.update" : "unit.create", unitCode, target: `unit/${unitCode}`,
        detail: { name: unit.name, level: unit.level, parent: unit.parent, ...(activeFrom ? { activeFrom } : {}) },
      }),
    ]);
    return c.json({ ...unit, ...(activeFrom ? { activeFrom } : {}) }, existed ? 200 : 201);
  });

  app.get("/api/v1/units", async (c) => {
    requireCentral(c.get("actor"));
    return c.json(await listUnits(c.env.DB, levelsOf(c.env)));
  });
}
