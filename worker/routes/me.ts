import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { MeSchema } from "../../shared/api/schemas.ts";
import { DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import type { AppEnv } from "../app-env.ts";
import { levelsOf } from "../config.ts";
import { requireUnit } from "../lookups.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const routes = [
  createRoute({
    method: "get", path: "/api/v1/me", tags: ["catalogue"], summary: "Who this token belongs to (sign-in check for the add-in)",
    responses: { 200: json(MeSchema, "The central office, or the unit with its name and level"), ...errors(401) },
  }),
];

/** Sign-in check: what the token is. */
export function mountMe(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  app.get("/api/v1/me", async (c) => {
    const actor = c.get("actor");
    if (actor.role === "central") return c.json({ role: "central" as const, staff: actor.staff });
    const unit = await requireUnit(c.env.DB, actor.unit);
    const level = levelsOf(c.env).find((l) => l.id === unit.level) ?? DEFAULT_LEVELS.find((l) => l.id === unit.level);
    return c.json({ role: "unit" as const, unit: { ...unit, ...(level ? { levelName: level.name } : {}) } });
  });
}
