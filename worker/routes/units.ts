import { UnitCodeSchema } from "../../shared/api/schemas.ts";
import * as routes from "../../shared/api/routes/units.ts";
import { levelName, levelRank, type Levels, type Unit } from "../../shared/units/levels.ts";
import { actorName } from "../auth/actor.ts";
import { jsonBody } from "../middleware/json-body.ts";
import { central } from "../middleware/roles.ts";
import { badRequest } from "../errors.ts";
import { levelsOf } from "../config.ts";
import { auditStatement } from "../repositories/audit.repo.ts";
import { ancestorsOf, childrenOf, findUnit, listUnits, upsertUnit } from "../repositories/units.repo.ts";
import { api, guarded } from "./api.ts";


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

/**
 * Units: the central office's registry, read by every role and changed by its administrators (their
 * import: unit-import.ts; tokens: unit-tokens.ts; mergers: unit-succession.ts).
 */
export const unitsApi = api();
unitsApi.use("/api/v1/units/*", central());

// The body first: an oversized body is 413 before a malformed code is 400 (API.md, check order).
unitsApi.openapi(guarded(routes.saveUnit, central("registry"), jsonBody()), async (c) => {
  const input = c.req.valid("json");
  const unitCode = parseCode(c.req.valid("param").code);
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

unitsApi.openapi(routes.units, async (c) => c.json(await listUnits(c.env.DB, levelsOf(c.env)), 200));
