import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../app-env.ts";
import { requireCentral, requireUnitOrCentral, type Permission } from "../auth/permissions.ts";

/** 403 unless someone of the central office whose role allows this (GET defaults to reading). */
export const central = (permission: Permission = "read") =>
  createMiddleware<AppEnv>(async (c, next) => {
    requireCentral(c.get("actor"), permission);
    await next();
  });

/**
 * 403 unless the unit named by the path parameter itself, or someone of the central office allowed
 * this for any unit: `read` for a GET, `file` (send a report for the unit) otherwise.
 */
export const unitOrCentral = (param = "unitCode") =>
  createMiddleware<AppEnv>(async (c, next) => {
    requireUnitOrCentral(c.get("actor"), c.req.param(param) ?? "", c.req.method === "GET" ? "read" : "file");
    await next();
  });
