import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ErrorSchema, ReportSchema } from "../../shared/api/schemas.ts";
import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { monthsOf, periodInfo, type Period } from "../../shared/periods/index.ts";
import { requireCentral } from "../auth/actor.ts";
import type { AppEnv } from "../app-env.ts";
import { deadlineConfig, kpiPlans } from "../config.ts";
import { requireForm, requirePeriod } from "../lookups.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import { attachment } from "../export/file-name.ts";
import { reportWorkbook } from "../export/report-workbook.ts";
import { statusLines } from "../export/status-lines.ts";
import { reviewsOfPeriod } from "../repositories/reviews.repo.ts";
import { warningsOfPeriod } from "../repositories/warnings.repo.ts";
import { reportsOfPeriods } from "../repositories/submissions.repo.ts";
import { listUnits } from "../repositories/units.repo.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const routes = [
  createRoute({
    method: "get", path: "/api/v1/reports/{periodId}/{formId}", tags: ["central"],
    summary: "The consolidated report of a form for a period (central)",
    description:
      "Totals over all units and per level; rates recomputed from summed numerators and denominators. For a quarter, " +
      "half-year or year, a unit without its own report but with every month is derived from the months (flows summed, " +
      "opening stocks from the first month, closing stocks from the last). `targets`: the rate targets of the plan in force " +
      "for the period (the latest plan starting no later than the period's first month; built in, or the KPI_PLANS variable).",
    request: { params: z.object({ periodId: z.string(), formId: z.string() }) },
    responses: {
      200: json(ReportSchema, "The consolidated report"),
      ...errors(401, 403, 404),
      500: json(ErrorSchema, "`config_invalid`: the KPI_PLANS variable is malformed"),
    },
  }),
  createRoute({
    method: "get", path: "/api/v1/reports/{periodId}.xlsx", tags: ["central"],
    summary: "The consolidated workbook of every form for a period (central)",
    request: { params: z.object({ periodId: z.string() }) },
    responses: {
      200: {
        description:
          "A cover (period, data window, deadline, completeness per form, time produced), one sheet per form in the official " +
          "layout (subtotals, grand total and rates are formulas with stored results), the status of every unit × form, and " +
          "every warning of the latest versions with the unit's explanation",
        content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) } },
      },
      ...errors(401, 403, 404),
    },
  }),
];

/** Builds the consolidated report of one form for one period from the stored reports. */
export async function buildReport(db: D1Database, env: Env, period: Period, form: FormDefinition) {
  const months = period.type === "month" ? [] : monthsOf(period).map((m) => m.id);
  const [units, reports] = await Promise.all([
    listUnits(db),
    reportsOfPeriods(db, [period.id, ...months], { formId: form.id, withValues: true }),
  ]);
  const own = new Map<string, { values: FormValues; late: boolean }>();
  const monthly = new Map<string, (FormValues | null)[]>();
  for (const report of reports) {
    if (!report.values) continue;
    if (report.periodId === period.id) {
      own.set(report.unitCode, { values: report.values, late: report.late });
      continue;
    }
    const list = monthly.get(report.unitCode) ?? months.map(() => null);
    list[months.indexOf(report.periodId)] = report.values;
    monthly.set(report.unitCode, list);
  }
  const inputs: UnitInput[] = units.map((unit) => ({
    unit,
    own: own.get(unit.code) ?? null,
    ...(months.length > 0 ? { months: monthly.get(unit.code) ?? months.map(() => null) } : {}),
  }));
  return consolidate(form, periodInfo(period, deadlineConfig(env)), Math.max(months.length, 1), inputs);
}

/** The city-level consolidation. */
export function mountReports(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  app.get("/api/v1/reports/:file{[^/]+\\.xlsx}", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("file").slice(0, -".xlsx".length));
    const db = c.env.DB;
    // The status matrix from the same repository reads as GET /api/v1/status/{periodId}.
    const [reports, units, states, reviews, stored] = await Promise.all([
      Promise.all(forms.map(async (form) => ({ form, report: await buildReport(db, c.env, period, form) }))),
      listUnits(db),
      reportsOfPeriods(db, [period.id], { withValues: false }),
      reviewsOfPeriod(db, period.id),
      warningsOfPeriod(db, period.id),
    ]);
    const unitOf = new Map(units.map((u) => [u.code, u]));
    const bytes = await reportWorkbook({
      period: periodInfo(period, deadlineConfig(c.env)),
      reports,
      status: statusLines(units, forms, states, reviews),
      warnings: stored.map((w) => ({ ...w, unitName: unitOf.get(w.unitCode)?.name ?? w.unitCode, level: unitOf.get(w.unitCode)?.level ?? null })),
      producedAt: new Date(),
    });
    return c.body(bytes, 200, {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(`Báo cáo tổng hợp ${period.id}.xlsx`),
    });
  });
  app.get("/api/v1/reports/:periodId/:formId", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("periodId"));
    const form = requireForm(c.req.param("formId"));
    const targets = targetsInForce(period.id, kpiPlans(c.env))[form.id] ?? {};
    return c.json({ ...(await buildReport(c.env.DB, c.env, period, form)), targets });
  });
}
