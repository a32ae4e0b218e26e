import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { FormSchema, LevelConfigSchema, PeriodWithLockSchema } from "../../shared/api/schemas.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { periodInfo } from "../../shared/periods/index.ts";
import type { AppEnv } from "../app-env.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import { deadlineConfig, kpiPlans, levelsOf } from "../config.ts";
import { ApiError } from "../errors.ts";
import { requireForm, requirePeriod } from "../lookups.ts";
import { isLocked } from "../repositories/locks.repo.ts";
import { findUnit } from "../repositories/units.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const routes = [
  createRoute({
    method: "get", path: "/api/v1/forms", tags: ["catalogue"], summary: "The form catalogue",
    responses: { 200: json(z.array(FormSchema), "Every form with its columns, rules, rates and layout"), ...errors(401) },
  }),
  createRoute({
    method: "get", path: "/api/v1/forms/{formId}", tags: ["catalogue"], summary: "One form",
    request: { params: z.object({ formId: z.string() }) },
    responses: { 200: json(FormSchema, "The form"), ...errors(401, 404) },
  }),
  createRoute({
    method: "get", path: "/api/v1/levels", tags: ["catalogue"], summary: "The deployment's administrative levels, from the top",
    description:
      "Configured by the LEVELS variable; by default today's two tiers (`cap-tinh`, `cap-xa`) with `cap-huyen` kept as a historical " +
      "level for the units and reports of the structure before 1 July 2025. A unit's parent sits on a level above the unit's.",
    responses: { 200: json(z.array(LevelConfigSchema), "The levels, from the top"), ...errors(401) },
  }),
  createRoute({
    method: "get", path: "/api/v1/periods/{periodId}", tags: ["catalogue"],
    summary: "A period: its data window (Nghị định 09/2019), deadline, and whether it is locked",
    description:
      "`deadlines` gives each level's deadline; `deadline` is the general one, or, for a unit's token, its own level's " +
      "(the DEADLINES variable may give a level its own rules and overrides). `targets`: the rate targets of the plan in force.",
    request: { params: z.object({ periodId: z.string().meta({ example: "2026-Q4" }) }) },
    responses: { 200: json(PeriodWithLockSchema, "The period"), ...errors(401, 404) },
  }),
];

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

/** Forms and periods: what every signed-in caller may read. */
export function mountCatalogue(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  app.get("/api/v1/forms", (c) => c.json(forms));
  app.get("/api/v1/forms/:formId", (c) => c.json(requireForm(c.req.param("formId"))));
  app.get("/api/v1/levels", (c) => c.json(levelsOf(c.env)));
  app.get("/api/v1/periods/:periodId", async (c) => {
    const period = requirePeriod(c.req.param("periodId"));
    const actor = c.get("actor");
    // A unit sees its own level's deadline; the central office the general one (and every level's).
    const level = actor.role === "unit" ? (await findUnit(c.env.DB, actor.unit))?.level : undefined;
    return c.json({ ...periodInfo(period, deadlineConfig(c.env), level, levelsOf(c.env)), locked: await isLocked(c.env.DB, period.id), ...targetsFor(c.env, period.id) });
  });
}
