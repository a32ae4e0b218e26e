import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ErrorSchema, ReportSchema } from "../../shared/api/schemas.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import type { AppEnv } from "../app-env.ts";
import { requireCentral } from "../auth/permissions.ts";
import { kpiPlans, levelsOf } from "../config.ts";
import { consolidateRead, keepDerived, reportReads } from "../export/build-report.ts";
import { attachment } from "../export/file-name.ts";
import { reportWorkbookPart } from "../export/report-workbook.ts";
import { loadWorkbookInput } from "../export/workbook-input.ts";
import { inParts, partFileName, planOf, requestedPart } from "../export/workbook-parts.ts";
import { draftFileName, loadCityReportInput } from "../export/city-report-input.ts";
import { lastYearFrom, lastYearRead, lastYearReads } from "../export/last-year.ts";
import { readTogether } from "../repositories/query.ts";
import { unitsQuery } from "../repositories/units.repo.ts";
import { writeDocx } from "../docx/write-docx.ts";
import { cityReport } from "../../shared/written-report/city-report.ts";
import type { ConsolidatedReport } from "../../shared/aggregation/consolidate.ts";
import type { PeriodInfo } from "../../shared/api/schemas.ts";

/** Last year's same period as the report API gives it: the figures and rates of the city, each level and each unit. */
const lastYearOf = (report: ConsolidatedReport<PeriodInfo>) => ({
  period: report.period,
  total: report.total,
  rates: report.rates,
  levels: report.levels,
  units: report.units.map(({ code, values, rates, source, includes }) => ({ code, values, rates, source, ...(includes ? { includes } : {}) })),
});
import { requireForm, requirePeriod } from "../lookups.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const routes = [
  createRoute({
    method: "get", path: "/api/v1/reports/{periodId}/{formId}", tags: ["central"],
    summary: "The consolidated report of a form for a period (central)",
    description:
      "Totals over all units and per level; rates recomputed from summed numerators and denominators. For a quarter, " +
      "half-year or year, a unit without its own report but with every report of the shortest period the form is filed for " +
      "(its months; the quarters of a form filed quarterly, the halves of one filed half-yearly) is derived from them (flows summed, " +
      "opening stocks from the first, closing stocks from the last). `targets`: the rate targets of the plan in force " +
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
    description:
      "A workbook bigger than a Worker can build at once (more than WORKBOOK_PART_CELLS cells; by default 85,000 up to 1,000 units, 60,000 beyond: thousands " +
      "of units) is served in parts, listed by GET /api/v1/report-parts/{periodId}: `?part=1`, `?part=2`, … Asked for whole, " +
      "such a workbook answers 409 `workbook_in_parts` with the list of parts.",
    request: { params: z.object({ periodId: z.string() }), query: z.object({ part: z.string().optional().meta({ description: "1, 2, …: one part of a workbook in parts" }) }) },
    responses: {
      200: {
        description:
          "A cover (period, data window, deadline, completeness per form, time produced), one sheet per form in the official " +
          "layout (subtotals, grand total and rates are formulas with stored results), the status of every unit × form, and " +
          "every warning of the latest versions with the unit's explanation",
        content: { "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { schema: z.string().meta({ format: "binary" }) } },
      },
      ...errors(400, 401, 403, 404),
      409: json(ErrorSchema, "`workbook_in_parts`: the workbook is served in parts; the error lists them (`parts`)"),
    },
  }),
  createRoute({
    method: "get", path: "/api/v1/reports/{periodId}.docx", tags: ["central"],
    summary: "The city's draft report for a period, as a Word document (central)",
    request: { params: z.object({ periodId: z.string() }) },
    responses: {
      200: {
        description:
          "An administrative report (Nghị định 30/2020/NĐ-CP) following the report outline: in each section the city's figures " +
          "in sentences, compared with the same period of the previous year where it was reported, the targets met and missed, " +
          "and what each unit wrote, grouped by level and named; the units that have not sent are named; every form's table " +
          "as an appendix. The number, date, recipients and signature are left for the office to complete.",
        content: { "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { schema: z.string().meta({ format: "binary" }) } },
      },
      ...errors(401, 403, 404),
      500: json(ErrorSchema, "`config_invalid`: the KPI_PLANS or REPORT_HEADING variable is malformed"),
    },
  }),
];

/** The city-level consolidation. */
export function mountReports(app: OpenAPIHono<AppEnv>): void {
  document(app, routes);
  app.get("/api/v1/reports/:file{[^/]+\\.xlsx}", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("file").slice(0, -".xlsx".length));
    const input = await loadWorkbookInput(c.env.DB, c.env, period);
    const plan = planOf(input, c.env);
    const index = requestedPart(c.req.query("part"), plan, period.id);
    if (index === null && plan.parts.length > 1) throw inParts(period.id, plan);
    const bytes = await reportWorkbookPart(input, plan, index ?? 0);
    return c.body(bytes, 200, {
      "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "Content-Disposition": attachment(partFileName(period.id, (index ?? 0) + 1, plan.parts.length)),
    });
  });
  app.get("/api/v1/reports/:file{[^/]+\\.docx}", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("file").slice(0, -".docx".length));
    const bytes = await writeDocx(cityReport(await loadCityReportInput(c.env.DB, c.env, period)));
    return c.body(bytes, 200, {
      "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "Content-Disposition": attachment(draftFileName(period.id)),
    });
  });
  app.get("/api/v1/reports/:periodId/:formId", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("periodId"));
    const form = requireForm(c.req.param("formId"));
    const targets = targetsInForce(period.id, kpiPlans(c.env))[form.id] ?? {};
    // The registry, the period's reports and last year's, in one D1 round trip.
    const db = c.env.DB;
    const lastReads = lastYearReads(db, period, form);
    const [units, reports, lastReports] = lastReads
      ? await readTogether(db, [unitsQuery(db, levelsOf(c.env)), reportReads(db, period, form), lastReads] as const)
      : [...await readTogether(db, [unitsQuery(db, levelsOf(c.env)), reportReads(db, period, form)] as const), null] as const;
    const report = consolidateRead(c.env, period, form, units, reports);
    const last = lastYearFrom(c.env, period, form, units, lastReports);
    await keepDerived(db, [{ form, period, reads: reports }, ...lastYearRead(period, form, lastReports)]);
    return c.json({ ...report, targets, lastYear: last && lastYearOf(last) });
  });
}
