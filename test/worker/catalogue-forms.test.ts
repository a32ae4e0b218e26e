import { exports } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { computeRates } from "../../shared/aggregation/rates.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { isNumeric } from "../../shared/forms/cells.ts";
import { scaledExample } from "../../shared/forms/example.ts";
import { derivationParts } from "../../shared/forms/filing.ts";
import type { FormDefinition, FormValues, NumericColumn } from "../../shared/forms/types.ts";
import { parsePeriodId, type PeriodType } from "../../shared/periods/index.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { ADMIN, call, reportPath, unitWithToken } from "./client.ts";
import { bytesOf, download, fill, upload, workbookOf } from "./xlsx-client.ts";

/**
 * Every form of the catalogue on every surface of the worker, from its definition and its example
 * alone: a form added as data is tested here the day it is added.
 */

const YEAR = 2035;
const periodOf: Record<PeriodType, string> = { month: `${YEAR}-02`, quarter: `${YEAR}-Q1`, "half-year": `${YEAR}-H1`, year: `${YEAR}` };
const scaled = scaledExample;
const numeric = (form: FormDefinition) => form.columns.filter(isNumeric) as NumericColumn[];
/** The text cells of some values: what a consolidated report gives back as each unit wrote it. */
const textsOf = (values: FormValues) => Object.fromEntries(Object.entries(values).filter(([, v]) => typeof v === "string"));
/** The stored values of an example: what the rules fill in (every derived total). */
const complete = (form: FormDefinition, values: FormValues) => validateSubmission(form, values).values;

describe.each(forms.map((form) => [form.id, form] as const))("%s, from its definition and example", (id, form) => {
  const level = form.filing.levels[0]!;
  const type = form.filing.periodTypes[0]!;
  const period = periodOf[type];

  it("its example passes every rule, warnings included", () => {
    const result = validateSubmission(form, form.example);
    expect(result.errors).toEqual([]);
    expect(result.warnings).toEqual([]);
  });

  it("is filed with the API (201, stored with its totals) and offered to the levels its filing names only", async () => {
    const token = await unitWithToken(`CAT-${id}-1`, level);
    const put = await call("PUT", reportPath(period, id, `CAT-${id}-1`), { token, body: { values: form.example } });
    expect(put.status, JSON.stringify(put.body)).toBe(201);
    expect(put.body.warnings).toEqual([]);
    expect((await call("GET", reportPath(period, id, `CAT-${id}-1`), { token })).body.values).toEqual(complete(form, form.example));
    const status = (await call("GET", `/api/v1/status/${period}`)).body;
    for (const unit of status.units as { code: string; level: string; forms: Record<string, unknown> }[]) {
      if (unit.code === `CAT-${id}-1`) expect(unit.forms[id]).toMatchObject({ state: "submitted" });
      else if (!form.filing.levels.includes(unit.level as never)) expect(unit.forms[id]).toBeUndefined();
    }
  });

  it("is downloaded as .xlsx, filled by its names and uploaded: an amendment stored as typed", async () => {
    const code = `CAT-${id}-2`;
    const token = await unitWithToken(code, level);
    const workbook = await workbookOf(await download(id, period, code, token));
    fill(workbook, id, scaled(form, 2));
    const answer = await upload(period, code, token, await bytesOf(workbook));
    expect(answer.status, JSON.stringify(answer.body)).toBe(201);
    expect(Object.keys(answer.body.forms)).toEqual([id]);
    expect((await call("GET", reportPath(period, id, code), { token })).body.values).toEqual(complete(form, scaled(form, 2)));
    const all = await workbookOf(await download("all", period, code, token));
    expect(all.worksheets.map((s) => s.name)).toContain(form.layout.sheetName);
  });

  it("is consolidated over three units: every total the sum, every rate recomputed from the sums", async () => {
    const p = type === "month" ? `${YEAR}-05` : type === "quarter" ? `${YEAR}-Q2` : type === "half-year" ? `${YEAR}-H2` : `${YEAR + 1}`;
    for (const k of [1, 2, 3]) {
      const code = `CAT-${id}-S${k}`;
      const token = await unitWithToken(code, form.filing.levels[(k - 1) % form.filing.levels.length]!);
      expect((await call("PUT", reportPath(p, id, code), { token, body: { values: scaled(form, k) } })).status).toBe(201);
    }
    const report = (await call("GET", `/api/v1/reports/${p}/${id}`)).body;
    for (const k of [1, 2, 3]) {
      const line = report.units.find((u: { code: string }) => u.code === `CAT-${id}-S${k}`);
      expect(line.texts ?? {}, "each unit's text as written, never summed").toEqual(textsOf(scaled(form, k)));
    }
    const six = complete(form, scaled(form, 6));
    for (const column of numeric(form)) expect(report.total[column.id], column.id).toBe(six[column.id]);
    expect(report.rates).toEqual(computeRates(form, report.total));
    expect(report.completeness.submitted).toBe(3);
  });

  // Only a form filed both monthly and quarterly has a quarter to derive from months.
  if (form.filing.periodTypes.includes("month") && form.filing.periodTypes.includes("quarter")) it(
    "derives a quarter from three months: flows summed, opening stocks from the first, closing from the last",
    async () => {
      const code = `CAT-${id}-Q`;
      const token = await unitWithToken(code, level);
      const months = [`${YEAR}-07`, `${YEAR}-08`, `${YEAR}-09`];
      for (const [i, month] of months.entries()) {
        expect((await call("PUT", reportPath(month, id, code), { token, body: { values: scaled(form, i + 1) } })).status).toBe(201);
      }
      const report = (await call("GET", `/api/v1/reports/${YEAR}-Q3/${id}`)).body;
      const line = report.units.find((u: { code: string }) => u.code === code);
      expect(line.source).toBe("derived");
      const factor = (column: NumericColumn) => (column.nature === "flow" ? 6 : column.nature === "opening" ? 1 : 3);
      for (const column of numeric(form).filter((c) => c.kind === "count")) {
        expect(line.values[column.id], `${column.id} (${column.nature})`).toBe((form.example[column.id] as number) * factor(column));
      }
      // Derived totals come from the combined parts, never summed over time themselves.
      const parts = Object.fromEntries(numeric(form).filter((c) => c.kind === "count").map((c) => [c.id, line.values[c.id]]));
      expect(line.values).toEqual(complete(form, parts));
      expect(line.rates).toEqual(computeRates(form, line.values));
      expect(report.completeness.missing).toContain(code); // derived figures are not the unit's own report
    },
  );

  // A year from the shortest reports the form is filed for: its months, or its quarters (publication), or its halves (review).
  const yearParts = form.filing.periodTypes.includes("year") ? derivationParts(form, parsePeriodId("2038")!) : [];
  if (yearParts.length > 0) it(`derives a year from its ${yearParts.length} ${yearParts[0]!.type} reports, each figure by its nature`, async () => {
    const code = `CAT-${id}-Y`;
    const token = await unitWithToken(code, level);
    for (const [i, part] of yearParts.entries()) {
      expect((await call("PUT", reportPath(part.id, id, code), { token, body: { values: scaled(form, i + 1) } })).status).toBe(201);
    }
    const n = yearParts.length;
    const report = (await call("GET", `/api/v1/reports/2038/${id}`)).body;
    const line = report.units.find((u: { code: string }) => u.code === code);
    expect(line.source).toBe("derived");
    const factor = (column: NumericColumn) => (column.nature === "flow" ? (n * (n + 1)) / 2 : column.nature === "opening" ? 1 : n);
    for (const column of numeric(form).filter((c) => c.kind === "count")) {
      expect(line.values[column.id], `${column.id} (${column.nature})`).toBe((form.example[column.id] as number) * factor(column));
    }
    expect(line.rates).toEqual(computeRates(form, line.values));
  });

  it("has its sheet in the consolidated workbook, the grand total equal to the report", async () => {
    const response = await exports.default.fetch(`http://baocao.test/api/v1/reports/${period}.xlsx`, { headers: { Authorization: `Bearer ${ADMIN}` } });
    const workbook = await workbookOf(response);
    const sheet = workbook.getWorksheet(form.layout.sheetName)!;
    expect(sheet).toBeDefined();
    const report = (await call("GET", `/api/v1/reports/${period}/${id}`)).body;
    let grand: unknown[] | null = null;
    sheet.eachRow((row) => {
      if (row.getCell(2).value === "TỔNG CỘNG") grand = (row.values as unknown[]).slice(3);
    });
    if (numeric(form).length === 0) {
      // A written report: under each section, what each unit wrote, named.
      const cells: unknown[] = [];
      sheet.eachRow((row) => cells.push(...(row.values as unknown[])));
      for (const line of report.units as { name: string; texts?: Record<string, string> }[]) {
        expect(cells).toContain(line.name);
        for (const text of Object.values(line.texts ?? {})) expect(cells).toContain(text);
      }
      expect(report.units.length).toBeGreaterThan(0);
      return;
    }
    const results = (grand ?? []).map((v) => (v && typeof v === "object" && "result" in v ? (v as { result: unknown }).result : v));
    const order = form.layout.order;
    expect(results.slice(0, order.length)).toEqual(order.map((c) => report.total[c] ?? 0));
  });
});
