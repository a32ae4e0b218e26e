import { forms } from "../../shared/forms/catalogue.ts";
import { periodInfo } from "../../shared/periods/index.ts";
import * as routes from "../../shared/api/routes/catalogue.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import { deadlineConfig, kpiPlans, levelsOf } from "../config.ts";
import { ApiError } from "../errors.ts";
import { requireForm, requirePeriod, requireUnit } from "../lookups.ts";
import { isLocked } from "../repositories/locks.repo.ts";
import { findUnit } from "../repositories/units.repo.ts";
import { api } from "./api.ts";

/**
 * The targets of the plan in force, so that a unit sees its own rates against them. A malformed
 * KPI_PLANS leaves them out here (every unit still gets its period) and fails the central office's
 * reports instead, which name the problem.
 */
function targetsFor(env: Env, periodId: string): { targets?: ReturnType<typeof targetsInForce> } {
  try {
    return { targets: targetsInForce(periodId, kpiPlans(env)) };
  } catch (error) {
    if (error instanceof ApiError) return {};
    throw error;
  }
}

/** Who the token is, forms, levels and periods: what every signed-in caller may read. */
export const catalogueApi = api()
  .openapi(routes.me, async (c) => {
    const actor = c.get("actor");
    if (actor.role === "central") return c.json({ role: "central" as const, staff: actor.staff }, 200);
    const unit = await requireUnit(c.env.DB, actor.unit);
    const level = levelsOf(c.env).find((l) => l.id === unit.level) ?? DEFAULT_LEVELS.find((l) => l.id === unit.level);
    return c.json({ role: "unit" as const, unit: { ...unit, ...(level ? { levelName: level.name } : {}) } }, 200);
  })
  .openapi(routes.forms, (c) => c.json([...forms], 200))
  .openapi(routes.form, (c) => c.json(requireForm(c.req.valid("param").formId), 200))
  .openapi(routes.levels, (c) => c.json([...levelsOf(c.env)], 200))
  .openapi(routes.period, async (c) => {
    const period = requirePeriod(c.req.valid("param").periodId);
    const actor = c.get("actor");
    // A unit sees its own level's deadline; the central office the general one (and every level's).
    const level = actor.role === "unit" ? (await findUnit(c.env.DB, actor.unit))?.level : undefined;
    return c.json({ ...periodInfo(period, deadlineConfig(c.env), level, levelsOf(c.env)), locked: await isLocked(c.env.DB, period.id), ...targetsFor(c.env, period.id) }, 200);
  });
