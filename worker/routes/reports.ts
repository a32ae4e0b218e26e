import * as routes from "../../shared/api/routes/reports.ts";
import type { ReportSheets } from "../../shared/api/report-sheets-schema.ts";
import { partSheets } from "../../shared/report-sheets/workbook-parts.ts";
import { targetsInForce } from "../../shared/plans/index.ts";
import { central } from "../middleware/roles.ts";
import { kpiPlans, levelsOf } from "../config.ts";
import { consolidateRead, keepDerived, reportReads } from "../export/build-report.ts";
import { attachment } from "../export/file-name.ts";
import { reportWorkbookPart } from "../export/report-workbook.ts";
import { loadWorkbookInput } from "../export/workbook-input.ts";
import { inParts, listParts, partFileName, planOf, requestedPart } from "../export/workbook-parts.ts";
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
import { api, fileNamed, withoutExtension } from "./api.ts";

/** The city-level consolidation: by form, the workbook (whole, in parts, as sheets for the add-in), the Word draft. */
export const reportsApi = api();
for (const path of ["/api/v1/reports/*", "/api/v1/report-sheets/*", "/api/v1/report-parts/*"]) reportsApi.use(path, central());

reportsApi.openapi(fileNamed(reportsApi, routes.workbook), async (c) => {
  const period = requirePeriod(withoutExtension(c.req.valid("param").periodId));
  const input = await loadWorkbookInput(c.env.DB, c.env, period);
  const plan = planOf(input, c.env);
  const index = requestedPart(c.req.valid("query").part, plan, period.id);
  if (index === null && plan.parts.length > 1) throw inParts(period.id, plan);
  const bytes = await reportWorkbookPart(input, plan, index ?? 0);
  return c.body(bytes, 200, {
    "Content-Type": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "Content-Disposition": attachment(partFileName(period.id, (index ?? 0) + 1, plan.parts.length)),
  });
});

reportsApi.openapi(fileNamed(reportsApi, routes.draft), async (c) => {
  const period = requirePeriod(withoutExtension(c.req.valid("param").periodId));
  const bytes = await writeDocx(cityReport(await loadCityReportInput(c.env.DB, c.env, period)));
  return c.body(bytes, 200, {
    "Content-Type": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "Content-Disposition": attachment(draftFileName(period.id)),
  });
});

reportsApi.openapi(routes.report, async (c) => {
  const params = c.req.valid("param");
  const period = requirePeriod(params.periodId);
  const form = requireForm(params.formId);
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
  return c.json({ ...report, targets, lastYear: last && lastYearOf(last) }, 200);
});

reportsApi.openapi(routes.reportSheets, async (c) => {
  const period = requirePeriod(c.req.valid("param").periodId);
  const input = await loadWorkbookInput(c.env.DB, c.env, period);
  const plan = planOf(input, c.env);
  const index = requestedPart(c.req.valid("query").part, plan, period.id) ?? 0;
  const body: ReportSheets = {
    periodId: period.id, fileName: partFileName(period.id, index + 1, plan.parts.length),
    part: index + 1, parts: plan.parts.length, sheets: [...partSheets(input, plan, index)],
  };
  return c.json(body, 200);
});

reportsApi.openapi(routes.reportParts, async (c) => {
  const period = requirePeriod(c.req.valid("param").periodId);
  const input = await loadWorkbookInput(c.env.DB, c.env, period);
  return c.json(listParts(period.id, planOf(input, c.env)), 200);
});
