import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ReportSheetsSchema, WorkbookPartsSchema, type ReportSheets } from "../../shared/api/report-sheets-schema.ts";
import { partSheets } from "../../shared/report-sheets/workbook-parts.ts";
import type { AppEnv } from "../app-env.ts";
import { requireCentral } from "../auth/permissions.ts";
import { loadWorkbookInput } from "../export/workbook-input.ts";
import { listParts, partFileName, planOf, requestedPart } from "../export/workbook-parts.ts";
import { requirePeriod } from "../lookups.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const PeriodParams = z.object({ periodId: z.string() });

const sheetsRoute = createRoute({
  method: "get", path: "/api/v1/report-sheets/{periodId}", tags: ["central"],
  summary: "The consolidated workbook's sheets as data, for the add-in to insert into the open workbook (central)",
  description:
    "The same sheets as GET /api/v1/reports/{periodId}.xlsx, cell by cell: strings are always text; formulas (subtotals, " +
    "the grand total, derived columns, rates) are objects with the formula and its result; merges, styles, column widths, " +
    "frozen panes and filters as the file has them. A workbook in parts (GET /api/v1/report-parts/{periodId}) is given a part " +
    "at a time: `part` (default 1) and `parts` say which and how many.",
  request: { params: PeriodParams, query: z.object({ part: z.string().optional().meta({ description: "1, 2, …: default 1" }) }) },
  responses: { 200: json(ReportSheetsSchema, "The sheets of the part, in workbook order"), ...errors(400, 401, 403, 404) },
});

const partsRoute = createRoute({
  method: "get", path: "/api/v1/report-parts/{periodId}", tags: ["central"],
  summary: "The parts a period's consolidated workbook is served in: one for a province, several for thousands of units (central)",
  description:
    "Each part is a workbook a Worker can build within its memory (at most WORKBOOK_PART_CELLS cells; by default 85,000 up to 1,000 units, 60,000 beyond): " +
    "whole sheets while they fit; a table too big for one part (the status of every unit × form, last year's comparison) " +
    "cut into runs of rows, each with its header, named «Tình trạng», «Tình trạng (2)», …; a sheet with formulas is never cut.",
  request: { params: PeriodParams },
  responses: { 200: json(WorkbookPartsSchema, "The parts, in order"), ...errors(401, 403, 404) },
});

/** The consolidated report as sheets of the shared grid model, and the parts it is served in. */
export function mountReportSheets(app: OpenAPIHono<AppEnv>): void {
  document(app, [sheetsRoute, partsRoute]);
  app.get("/api/v1/report-sheets/:periodId", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("periodId"));
    const input = await loadWorkbookInput(c.env.DB, c.env, period);
    const plan = planOf(input, c.env);
    const index = requestedPart(c.req.query("part"), plan, period.id) ?? 0;
    const body: ReportSheets = {
      periodId: period.id, fileName: partFileName(period.id, index + 1, plan.parts.length),
      part: index + 1, parts: plan.parts.length, sheets: [...partSheets(input, plan, index)],
    };
    return c.json(body);
  });
  app.get("/api/v1/report-parts/:periodId", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("periodId"));
    const input = await loadWorkbookInput(c.env.DB, c.env, period);
    return c.json(listParts(period.id, planOf(input, c.env)));
  });
}
