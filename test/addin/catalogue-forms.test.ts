import { describe, expect, it } from "vitest";
import { checkForms } from "../../addin/excel/check-forms.ts";
import { readForms } from "../../addin/excel/read-forms.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { exampleProgressForms } from "../../shared/plan-tasks/example-plans.ts";
import { cellsOf } from "../../shared/forms/cells.ts";
import { cellName } from "../../shared/layout/names.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { FACTS, freshExcel, typeAll } from "./excel-fixtures.ts";

/**
 * Every form of the catalogue, and each example plan's progress form, in the add-in, from its
 * definition and example alone: written into Excel, its example typed by its names, read back as
 * typed, checked without an issue, and every total and rate the sheet computes equal to the rules' own figures.
 */
const everyForm = [...forms.map((form) => [form.id, form] as const), ...exampleProgressForms().map(({ label, form }) => [label, form] as const)];
describe.each(everyForm)("%s in Excel", (_, form) => {
  const id = form.id;
  it("is written, typed from its example, read back as typed and checked clean, in at most 2 syncs each", async () => {
    const excel = freshExcel();
    const written = await writeForms([form], FACTS, { overwrite: false });
    expect(written.existing).toEqual([]);
    typeAll(excel, id, form.example as Record<string, number | string>);

    const read = await readForms([form]);
    expect(read[id]).toMatchObject({ present: true, sheetName: form.layout.sheetName, periodId: FACTS.periodId, unitCode: FACTS.unitCode });
    // Cells the example leaves blank (a task's date before it is done) read back blank.
    expect(Object.fromEntries(Object.entries(read[id]!.values).filter(([, value]) => value !== null))).toEqual(form.example);

    const before = excel.runs.length;
    const checked = await checkForms([form], (f, values) => validateSubmission(f, values, { unitName: FACTS.unitName }));
    expect(excel.syncsSince(before)).toBeLessThanOrEqual(2);
    expect(checked[id]!.errors).toEqual([]);
    expect(checked[id]!.warnings).toEqual([]);

    // The sheet's own formulas: every derived total and rate as the rules compute them.
    const expected = validateSubmission(form, form.example).values;
    for (const { key, column } of cellsOf(form)) {
      if (column.kind === "derived") expect(excel.workbook.namedValue(cellName(id, key)), key).toBe(expected[key]);
    }
    for (const rate of form.rates) {
      const sum = (ids: string[]) => ids.reduce((s, c) => s + (expected[c] as number), 0);
      const value = excel.workbook.namedValue(cellName(id, rate.id));
      if (sum(rate.denominator) === 0) expect(value, rate.id).toBe("");
      else expect(value as number, rate.id).toBeCloseTo(sum(rate.numerator) / sum(rate.denominator), 12);
    }
  });
});

it("writes the whole catalogue in 2 syncs, as it writes one form", async () => {
  const excel = freshExcel();
  const before = excel.runs.length;
  await writeForms([...forms], FACTS, { overwrite: false });
  expect(excel.syncsSince(before)).toBeLessThanOrEqual(2);
  expect(excel.workbook.sheets.map((s) => s.name)).toEqual(["Sheet1", ...forms.map((f) => f.layout.sheetName)]);
});

describe("a plan's progress form in Excel: the rules at the cell", () => {
  const { form } = exampleProgressForms()[0]!;
  const rows = form.rows.kind === "fixed" ? form.rows.rows : [];

  it("offers the statuses by their Vietnamese names and reads them back as values", async () => {
    const excel = freshExcel();
    await writeForms([form], FACTS, { overwrite: false });
    typeAll(excel, form.id, { [`${rows[0]!.id}.status`]: "Đã hoàn thành", [`${rows[1]!.id}.status`]: "Không phát sinh" });
    const read = await readForms([form]);
    expect(read[form.id]!.values).toMatchObject({ [`${rows[0]!.id}.status`]: "done", [`${rows[1]!.id}.status`]: "not_arising" });
  });

  it("points at the date and output cells of a task marked done without them, as the worker does", async () => {
    const excel = freshExcel();
    await writeForms([form], FACTS, { overwrite: false });
    const values = Object.fromEntries(rows.map((row) => [`${row.id}.status`, "Đang thực hiện"]));
    typeAll(excel, form.id, { ...values, [`${rows[0]!.id}.status`]: "Đã hoàn thành" });
    const checked = await checkForms([form], (f, v) => validateSubmission(f, v, { unitName: FACTS.unitName }));
    expect(checked[form.id]!.errors).toEqual([expect.objectContaining({
      rule: "done_needs_date_and_output", columns: [`${rows[0]!.id}.done_on`, `${rows[0]!.id}.output_doc`],
    })]);
  });
});
