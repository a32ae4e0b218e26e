import { describe, expect, it } from "vitest";
import { belongsTo, cellName, factName, isValidName } from "../../shared/layout/names.ts";
import { forms } from "../../shared/forms/catalogue.ts";
import { cellsOf } from "../../shared/forms/cells.ts";
import { tasksForm } from "./excel-fixtures.ts";

describe("the names that record where cells are", () => {
  it("are valid Excel names for every cell of every form, and never the same for two cells", () => {
    const all = [...forms, tasksForm()].flatMap((form) => [
      ...cellsOf(form).map((cell) => cellName(form.id, cell.key)),
      ...form.rates.map((rate) => cellName(form.id, rate.id)),
      factName(form.id, "period"),
      factName(form.id, "unit"),
    ]);
    for (const name of all) expect(isValidName(name), name).toBe(true);
    expect(new Set(all.map((n) => n.toLowerCase())).size).toBe(all.length);
  });

  it("tell one form's names from another's even when one form id starts like another", () => {
    expect(belongsTo(cellName("plan", "tasks_x"), "plan")).toBe(true);
    expect(belongsTo(cellName("plan_tasks", "x"), "plan")).toBe(false);
    expect(belongsTo(cellName("plan", "x").toUpperCase(), "plan")).toBe(true);
  });

  it("refuse what Excel would refuse rather than fail inside a batch", () => {
    expect(isValidName("AB12")).toBe(false); // a cell reference
    expect(isValidName("R1C1")).toBe(false);
    expect(isValidName("BC_x.a b")).toBe(false);
    expect(() => cellName("dossiers", "a-b")).toThrow(/not a valid Excel name/);
  });
});
