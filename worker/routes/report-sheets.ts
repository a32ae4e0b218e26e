import { createRoute, type OpenAPIHono } from "@hono/zod-openapi";
import { z } from "zod";
import { ReportSheetsSchema, type ReportSheets } from "../../shared/api/report-sheets-schema.ts";
import { reportSheets } from "../../shared/report-sheets/report-sheets.ts";
import type { AppEnv } from "../app-env.ts";
import { requireCentral } from "../auth/permissions.ts";
import { loadWorkbookInput, workbookFileName } from "../export/workbook-input.ts";
import { requirePeriod } from "../lookups.ts";
import { document, errors } from "./document.ts";
import { json } from "./json-response.ts";

const route = createRoute({
  method: "get", path: "/api/v1/report-sheets/{periodId}", tags: ["central"],
  summary: "The consolidated workbook's sheets as data, for the add-in to insert into the open workbook (central)",
  description:
    "The same sheets as GET /api/v1/reports/{periodId}.xlsx, cell by cell: strings are always text; formulas (subtotals, " +
    "the grand total, derived columns, rates) are objects with the formula and its result; merges, styles, column widths, " +
    "frozen panes and filters as the file has them.",
  request: { params: z.object({ periodId: z.string() }) },
  responses: { 200: json(ReportSheetsSchema, "The sheets in workbook order"), ...errors(401, 403, 404) },
});

/** The consolidated report as sheets of the shared grid model. */
export function mountReportSheets(app: OpenAPIHono<AppEnv>): void {
  document(app, [route]);
  app.get("/api/v1/report-sheets/:periodId", async (c) => {
    requireCentral(c.get("actor"));
    const period = requirePeriod(c.req.param("periodId"));
    const input = await loadWorkbookInput(c.env.DB, c.env, period);
    const body: ReportSheets = { periodId: period.id, fileName: workbookFileName(period.id), sheets: reportSheets(input) };
    return c.json(body);
  });
}
