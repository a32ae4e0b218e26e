import { describe, expect, it } from "vitest";
import { combineOverTime, figuresOf, sumOverUnits } from "../../shared/aggregation/combine.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";
import { checkForm, FormDefinitionError } from "../../shared/forms/check-form.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";

/** A month as API.md describes it: none of the outline's later additions. */
const contract = {
  carried_over: 3, received_online: 5, received_direct: 2, resolved_early: 1, resolved_ontime: 4, resolved_late: 1,
  pending_intime: 2, pending_overdue: 1, returned: 1,
};

describe("optional columns: the dossiers form's later additions (by post, apology letters)", () => {
  it("a report as API.md describes it is accepted and stored without them, never with a 0 nobody typed", () => {
    const { errors, warnings, values } = validateSubmission(dossiers, contract);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(values).not.toHaveProperty("received_postal");
    expect(validateSubmission(dossiers, { ...contract, received_postal: null, apology_letters: "" }).values).not.toHaveProperty("received_postal");
  });

  it("when typed they are counts like any other, and by post may not exceed in person and by post", () => {
    expect(validateSubmission(dossiers, { ...contract, received_postal: 2, results_by_post: 3, apology_letters: 1 }).values)
      .toMatchObject({ received_postal: 2, results_by_post: 3, apology_letters: 1 });
    expect(validateSubmission(dossiers, { ...contract, apology_letters: 1.5 }).errors.map((e) => e.rule)).toEqual(["integer"]);
    const over = validateSubmission(dossiers, { ...contract, received_postal: 3 }).errors;
    expect(over).toMatchObject([{ rule: "part_le_whole", columns: ["received_postal", "received_direct"], expected: 2, actual: 3 }]);
    expect(validateSubmission(dossiers, { ...contract, results_by_post: 7 }).errors.map((e) => e.columns[0])).toEqual(["results_by_post"]);
  });

  it("over units: summed over the units that reported them, absent when none did", () => {
    const old = validateSubmission(dossiers, contract).values;
    const later = validateSubmission(dossiers, { ...contract, received_postal: 2, apology_letters: 1 }).values;
    expect(figuresOf(dossiers, old)).not.toHaveProperty("received_postal");
    const total = sumOverUnits(dossiers, [old, later, later]);
    expect(total).toMatchObject({ received_postal: 4, apology_letters: 2, received_direct: 6, received_total: 30 });
    expect(total).not.toHaveProperty("results_by_post");
    expect(sumOverUnits(dossiers, [old, old])).not.toHaveProperty("received_postal");
  });

  it("over time: a flow only when every month reported it (a partial sum would understate the quarter)", () => {
    const old = validateSubmission(dossiers, contract).values;
    const later = validateSubmission(dossiers, { ...contract, received_postal: 2 }).values;
    expect(combineOverTime(dossiers, [old, later, later])).not.toHaveProperty("received_postal");
    expect(combineOverTime(dossiers, [later, later, later])).toMatchObject({ received_postal: 6, received_direct: 6 });
  });

  it("may be neither a term of a total nor part of a rate: the form would be refused when the catalogue loads", () => {
    const withTotal = {
      ...dossiers,
      columns: dossiers.columns.map((c) => (c.id === "received_total" && c.kind === "derived" ? { ...c, terms: [...c.terms, { column: "received_postal", sign: 1 as const }] } : c)),
    };
    expect(() => checkForm(withTotal)).toThrow(FormDefinitionError);
    const withRate = { ...dossiers, rates: [...dossiers.rates, { id: "postal_rate", label: { vi: "x", en: "x" }, numerator: ["received_postal"], denominator: ["received_direct"] }] };
    expect(() => checkForm(withRate)).toThrow(/optional/);
  });
});
