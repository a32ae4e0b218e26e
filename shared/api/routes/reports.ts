import { z } from "zod";
import { ReportSheetsSchema, WorkbookPartsSchema } from "../report-sheets-schema.ts";
import { ErrorSchema, ReportSchema } from "../schemas.ts";
import { route } from "./define.ts";
import { errors, file, json } from "./responses.ts";

/** The central office's consolidated reports: by form as data, the workbook (in parts) and the Word draft. */

const PeriodParams = z.object({ periodId: z.string() });

export const report = route({
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
});

export const workbook = route({
  method: "get", path: "/api/v1/reports/{periodId}.xlsx", tags: ["central"],
  summary: "The consolidated workbook of every form for a period (central)",
  description:
    "A workbook bigger than a Worker can build at once (more than WORKBOOK_PART_CELLS cells; by default 85,000 up to 1,000 units, 60,000 beyond: thousands " +
    "of units) is served in parts, listed by GET /api/v1/report-parts/{periodId}: `?part=1`, `?part=2`, … Asked for whole, " +
    "such a workbook answers 409 `workbook_in_parts` with the list of parts.",
  request: { params: PeriodParams, query: z.object({ part: z.string().optional().meta({ description: "1, 2, …: one part of a workbook in parts" }) }) },
  responses: {
    200: file("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "A cover (period, data window, deadline, completeness per form, time produced), one sheet per form in the official " +
      "layout (subtotals, grand total and rates are formulas with stored results), the status of every unit × form, and " +
      "every warning of the latest versions with the unit's explanation"),
    ...errors(400, 401, 403, 404),
    409: json(ErrorSchema, "`workbook_in_parts`: the workbook is served in parts; the error lists them (`parts`)"),
  },
});

export const draft = route({
  method: "get", path: "/api/v1/reports/{periodId}.docx", tags: ["central"],
  summary: "The city's draft report for a period, as a Word document (central)",
  request: { params: PeriodParams },
  responses: {
    200: file("application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      "An administrative report (Nghị định 30/2020/NĐ-CP) following the report outline: in each section the city's figures " +
      "in sentences, compared with the same period of the previous year where it was reported, the targets met and missed, " +
      "and what each unit wrote, grouped by level and named; the units that have not sent are named; every form's table " +
      "as an appendix. The number, date, recipients and signature are left for the office to complete."),
    ...errors(401, 403, 404),
    500: json(ErrorSchema, "`config_invalid`: the KPI_PLANS or REPORT_HEADING variable is malformed"),
  },
});

export const reportSheets = route({
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

export const reportParts = route({
  method: "get", path: "/api/v1/report-parts/{periodId}", tags: ["central"],
  summary: "The parts a period's consolidated workbook is served in: one for a province, several for thousands of units (central)",
  description:
    "Each part is a workbook a Worker can build within its memory (at most WORKBOOK_PART_CELLS cells; by default 85,000 up to 1,000 units, 60,000 beyond): " +
    "whole sheets while they fit; a table too big for one part (the status of every unit × form, last year's comparison) " +
    "cut into runs of rows, each with its header, named «Tình trạng», «Tình trạng (2)», …; a sheet with formulas is never cut.",
  request: { params: PeriodParams },
  responses: { 200: json(WorkbookPartsSchema, "The parts, in order"), ...errors(401, 403, 404) },
});
