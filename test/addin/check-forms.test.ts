import { describe, expect, it } from "vitest";
import { checkForms } from "../../addin/excel/check-forms.ts";
import { markIssues } from "../../addin/excel/mark-issues.ts";
import { cellName } from "../../shared/layout/names.ts";
import { readForms } from "../../addin/excel/read-forms.ts";
import { STYLE } from "../../shared/layout/styles.ts";
import { writeForms } from "../../addin/excel/write-forms.ts";
import { centers } from "../../shared/forms/centers.ts";
import { cellsOf } from "../../shared/forms/cells.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import type { Issue } from "../../shared/validation/issue.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { DOSSIERS_MONTH, FACTS, filledWorkbook, freshExcel, liftProtection, typeAll } from "./excel-fixtures.ts";
import type { ExcelMock } from "./fake-excel/mock-excel.ts";

const validate = (form: FormDefinition, values: Record<string, unknown>) => validateSubmission(form, values, { unitName: FACTS.unitName });

const fillOf = (excel: ExcelMock, formId: string, key: string) => excel.workbook.named(cellName(formId, key))!.cell.fill;

/** Every data cell of the form has its normal fill except the ones listed. */
function expectNormalExcept(excel: ExcelMock, form: FormDefinition, marked: Record<string, string>) {
  for (const { key, column } of cellsOf(form)) {
    const normal = column.kind === "derived" ? STYLE.computedFill : STYLE.inputFill;
    expect(fillOf(excel, form.id, key), key).toBe(marked[key] ?? normal);
  }
}

describe("checking the forms in the workbook", () => {
  it("runs the rules on what the sheets hold and highlights the cells they name: errors red, warnings amber", async () => {
    const excel = await filledWorkbook();
    liftProtection(excel); // to type over a total
    // The Hạ Long row: 256 − 5 = 251, printed 250.
    typeAll(excel, "centers", { tthc_total: 256, tthc_not_at_center: 5, tthc_at_center: 250 });
    // One dossier unaccounted for: received 60, resolved 40 + in progress 15 + returned 4.
    typeAll(excel, "dossiers", { returned: 4 });

    const result = await checkForms([dossiers, centers], validate);

    expect(result.centers!.errors.map((e) => e.rule)).toContain("difference");
    expect(result.dossiers!.errors).toEqual([]);
    expect(result.dossiers!.warnings.map((w) => w.rule)).toEqual(["balance"]);
    expect(result.dossiers).toMatchObject({ present: true, values: { ...DOSSIERS_MONTH, returned: 4 } });
    expect(result.centers!.values.tthc_at_center).toBe(250);
    expect(result.centers!.verdict?.values.tthc_at_center).toBe(251); // the pane gets the whole verdict back

    const errorCells = new Set(result.centers!.errors.flatMap((e) => e.columns));
    expect(errorCells.has("tthc_at_center")).toBe(true);
    expectNormalExcept(excel, centers, Object.fromEntries([...errorCells].map((key) => [key, STYLE.errorFill])));
    const balance = result.dossiers!.warnings[0]!.columns;
    expectNormalExcept(excel, dossiers, Object.fromEntries(balance.map((key) => [key, STYLE.warningFill])));
  });

  it("marks the cells of a sheet as written, protected: colours are formats, which its protection allows", async () => {
    const excel = await filledWorkbook();
    typeAll(excel, "dossiers", { returned: 4 });
    const result = await checkForms([dossiers], validate);
    const balance = result.dossiers!.warnings[0]!.columns;
    expectNormalExcept(excel, dossiers, Object.fromEntries(balance.map((key) => [key, STYLE.warningFill])));
    expect(excel.workbook.mustSheet("Giải quyết TTHC").protection).not.toBeNull();
  });

  it("clears the highlight of a cell once it is fixed", async () => {
    const excel = await filledWorkbook();
    liftProtection(excel);
    typeAll(excel, "centers", { tthc_at_center: 250 });
    await checkForms([dossiers, centers], validate);
    expect(fillOf(excel, "centers", "tthc_at_center")).toBe(STYLE.errorFill);

    excel.workbook.type(cellName("centers", "tthc_at_center"), "=C9-D9");
    const result = await checkForms([dossiers, centers], validate);
    expect(result.centers!.errors).toEqual([]);
    expectNormalExcept(excel, centers, {});
    expectNormalExcept(excel, dossiers, {});
  });

  it("reports a form without a sheet as not present, with no verdict", async () => {
    const excel = freshExcel();
    await writeForms([dossiers], FACTS, { overwrite: false });
    typeAll(excel, "dossiers", DOSSIERS_MONTH);
    const result = await checkForms([dossiers, centers], validate);
    expect(result.centers).toMatchObject({ present: false, errors: [], warnings: [], verdict: null });
    expect(result.dossiers!.present).toBe(true);
  });

  it("reads, checks and marks both forms in at most 2 syncs, and in 1 when no form sheet is there", async () => {
    const excel = await filledWorkbook();
    liftProtection(excel);
    typeAll(excel, "centers", { tthc_at_center: 250 });
    await checkForms([dossiers, centers], validate);
    expect(excel.lastSyncs).toBeLessThanOrEqual(2);

    const empty = freshExcel();
    await checkForms([dossiers, centers], validate);
    expect(empty.lastSyncs).toBe(1);
  });
});

describe("marking issues", () => {
  const issue = (severity: "error" | "warning", columns: string[]): Issue => ({
    rule: "r", severity, columns, message: "m", messageEn: "m",
  });

  it("highlights in one sync, an error outweighing a warning on the same cell, and restores every other cell", async () => {
    const excel = await filledWorkbook();
    const found = await readForms([dossiers, centers]);
    await markIssues([dossiers, centers], { dossiers: [issue("error", ["returned"]), issue("warning", ["returned", "carried_over"])] }, found);
    expect(excel.lastSyncs).toBe(1);
    expectNormalExcept(excel, dossiers, { returned: STYLE.errorFill, carried_over: STYLE.warningFill });

    await markIssues([dossiers, centers], {}, found);
    expectNormalExcept(excel, dossiers, {});
  });

  it("ignores an issue about a column the sheet does not have", async () => {
    const excel = await filledWorkbook();
    const found = await readForms([centers]);
    await markIssues([centers], { centers: [issue("error", ["no_such_column"])] }, found);
    expectNormalExcept(excel, centers, {});
  });
});
