import { z } from "zod";
import { FormSchema, LevelConfigSchema, MeSchema, PeriodWithLockSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, json } from "./responses.ts";

/** What every signed-in caller may read: who they are, the forms, the levels, the periods. */

export const me = route({
  method: "get", path: "/api/v1/me", tags: ["catalogue"], summary: "Who this token belongs to (sign-in check for the add-in)",
  responses: { 200: json(MeSchema, "The central office, or the unit with its name and level"), ...errors(401) },
});

export const forms = route({
  method: "get", path: "/api/v1/forms", tags: ["catalogue"], summary: "The form catalogue",
  responses: { 200: json(z.array(FormSchema), "Every form with its columns, rules, rates and layout"), ...errors(401) },
});

export const form = route({
  method: "get", path: "/api/v1/forms/{formId}", tags: ["catalogue"], summary: "One form",
  request: { params: z.object({ formId: z.string() }) },
  responses: { 200: json(FormSchema, "The form"), ...errors(401, 404) },
});

export const levels = route({
  method: "get", path: "/api/v1/levels", tags: ["catalogue"], summary: "The deployment's administrative levels, from the top",
  description:
    "Configured by the LEVELS variable; by default today's two tiers (`cap-tinh`, `cap-xa`) with `cap-huyen` kept as a historical " +
    "level for the units and reports of the structure before 1 July 2025. A unit's parent sits on a level above the unit's.",
  responses: { 200: json(z.array(LevelConfigSchema), "The levels, from the top"), ...errors(401) },
});

export const period = route({
  method: "get", path: "/api/v1/periods/{periodId}", tags: ["catalogue"],
  summary: "A period: its data window (Nghị định 09/2019), deadline, and whether it is locked",
  description:
    "`deadlines` gives each level's deadline; `deadline` is the general one, or, for a unit's token, its own level's " +
    "(the DEADLINES variable may give a level its own rules and overrides). `targets`: the rate targets of the plan in force.",
  request: { params: z.object({ periodId: z.string().meta({ example: "2026-Q4" }) }) },
  responses: { 200: json(PeriodWithLockSchema, "The period"), ...errors(401, 404) },
});
