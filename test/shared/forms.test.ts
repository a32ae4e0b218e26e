import { derivationParts } from "../../shared/forms/filing.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { describe, expect, it } from "vitest";
import {
  checkForm,
  columnNumber,
  FormDefinitionError,
  forms,
  getForm,
  withDerived,
  type DerivedColumn,
  type FormDefinition,
} from "../../shared/forms/index.ts";
import { centers } from "../../shared/forms/centers.ts";
import { dossiers } from "../../shared/forms/dossiers.ts";

const ids = (form: FormDefinition) => form.columns.map((c) => c.id).sort();
const natureOf = (form: FormDefinition, id: string) => {
  const column = form.columns.find((c) => c.id === id);
  return column && "nature" in column ? column.nature : undefined;
};
const derived = (form: FormDefinition, id: string) => {
  const column = form.columns.find((c) => c.id === id);
  if (!column || column.kind !== "derived") throw new Error(`${id} is not derived`);
  return column as DerivedColumn;
};
const termsOf = (form: FormDefinition, id: string) =>
  derived(form, id).terms.map((t) => `${t.sign < 0 ? "-" : "+"}${t.column}`).sort();

describe("the catalogue", () => {
  it("holds DOMAIN's forms 1–6 in its order, then the written report of the outline, found by id", () => {
    expect(forms.map((f) => f.id)).toEqual(["dossiers", "feedback", "publication", "review", "digital", "centers", "outline"]);
    for (const form of forms) expect(getForm(form.id)).toBe(form);
    expect(getForm("nope")).toBeUndefined();
  });
});

describe("dossiers (Kết quả giải quyết TTHC)", () => {
  it("has exactly the column ids of API.md, and the outline's three additions as optional columns at the end", () => {
    const additions = ["received_postal", "results_by_post", "apology_letters"];
    expect(ids(dossiers)).toEqual(
      [
        "received_online", "received_direct", "carried_over", "received_total",
        "resolved_early", "resolved_ontime", "resolved_late", "resolved_total",
        "pending_intime", "pending_overdue", "pending_total", "returned", ...additions,
      ].sort(),
    );
    // A client of API.md that sends only its columns is not refused; the additions never shift a column.
    for (const id of additions) expect(dossiers.columns.find((c) => c.id === id)).toMatchObject({ kind: "count", optional: true });
    expect(dossiers.layout.order.slice(-3)).toEqual(additions);
  });

  it("has exactly the rate ids of API.md, each with its numerator and denominator", () => {
    expect(dossiers.rates.map((r) => [r.id, [...r.numerator].sort(), [...r.denominator].sort()])).toEqual([
      ["on_time_rate", ["resolved_early", "resolved_ontime"], ["resolved_total"]],
      ["late_rate", ["resolved_late"], ["resolved_total"]],
      ["online_rate", ["received_online"], ["received_direct", "received_online"]],
    ]);
  });

  it("carries over as an opening stock, keeps dossiers in progress as closing stocks, counts the rest as flows", () => {
    expect(natureOf(dossiers, "carried_over")).toBe("opening");
    for (const id of ["pending_intime", "pending_overdue", "pending_total"]) expect(natureOf(dossiers, id)).toBe("closing");
    for (const id of [
      "received_online", "received_direct", "received_total",
      "resolved_early", "resolved_ontime", "resolved_late", "resolved_total", "returned",
    ]) {
      expect(natureOf(dossiers, id), id).toBe("flow");
    }
  });

  it("derives the three totals from their parts, and only them", () => {
    expect(dossiers.columns.filter((c) => c.kind === "derived").map((c) => c.id).sort()).toEqual(
      ["pending_total", "received_total", "resolved_total"],
    );
    expect(termsOf(dossiers, "received_total")).toEqual(["+carried_over", "+received_direct", "+received_online"]);
    expect(termsOf(dossiers, "resolved_total")).toEqual(["+resolved_early", "+resolved_late", "+resolved_ontime"]);
    expect(termsOf(dossiers, "pending_total")).toEqual(["+pending_intime", "+pending_overdue"]);
  });

  it("has the balance and continuity warnings", () => {
    const balance = dossiers.rules.find((r) => r.id === "balance");
    expect(balance).toMatchObject({ kind: "equation", severity: "warning", left: ["received_total"] });
    expect(balance?.kind === "equation" && [...balance.right].sort()).toEqual(["pending_total", "resolved_total", "returned"]);
    expect(dossiers.rules.find((r) => r.id === "continuity")).toMatchObject({
      kind: "continuity", severity: "warning", column: "carried_over", previousColumn: "pending_total",
    });
  });

  it("numbers its columns after STT and the unit's name", () => {
    expect(columnNumber(dossiers, "received_total")).toBe(3);
    expect(columnNumber(dossiers, "carried_over")).toBe(4);
    expect(columnNumber(dossiers, "returned")).toBe(14);
  });
});

describe("centers (TTHC tại Trung tâm Phục vụ hành chính công)", () => {
  it("has exactly the column ids and rate ids of API.md", () => {
    expect(ids(centers)).toEqual(
      ["tthc_total", "tthc_not_at_center", "tthc_at_center", "full_cycle_done", "full_cycle_added", "full_cycle_after"].sort(),
    );
    expect(centers.rates.map((r) => [r.id, r.numerator, r.denominator])).toEqual([
      ["at_center_rate", ["tthc_at_center"], ["tthc_total"]],
      ["full_cycle_rate", ["full_cycle_after"], ["tthc_at_center"]],
    ]);
  });

  it("counts only closing stocks", () => {
    for (const column of centers.columns) expect(natureOf(centers, column.id), column.id).toBe("closing");
  });

  it("derives at-centre as total − not at centre and end-to-end after as done + added", () => {
    expect(termsOf(centers, "tthc_at_center")).toEqual(["+tthc_total", "-tthc_not_at_center"]);
    expect(termsOf(centers, "full_cycle_after")).toEqual(["+full_cycle_added", "+full_cycle_done"]);
  });

  it("numbers its columns like the published appendix: column 3 to column 8", () => {
    const numbers = Object.fromEntries(centers.columns.map((c) => [c.id, columnNumber(centers, c.id)]));
    expect(numbers).toEqual({
      tthc_total: 3, tthc_not_at_center: 4, tthc_at_center: 5,
      full_cycle_done: 6, full_cycle_added: 7, full_cycle_after: 8,
    });
  });

  it("refuses to number a column it does not lay out", () => {
    expect(() => columnNumber(centers, "received_total")).toThrow();
  });
});

describe("withDerived", () => {
  it("fills every total from its parts and ignores a stale total", () => {
    const figures = withDerived(centers, { tthc_total: 256, tthc_not_at_center: 5, tthc_at_center: 250, full_cycle_done: 165, full_cycle_added: 85 });
    expect(figures).toMatchObject({ tthc_at_center: 251, full_cycle_after: 250 });
  });

  it("leaves a total out when one of its parts is missing", () => {
    const figures = withDerived(dossiers, { carried_over: 1, received_online: 2, resolved_early: 1, resolved_ontime: 1, resolved_late: 0 });
    expect(figures).not.toHaveProperty("received_total");
    expect(figures.resolved_total).toBe(2);
  });
});

describe("checkForm", () => {
  /** A fresh copy of a catalogue form, to break in one place. */
  const copy = (form: FormDefinition = centers): FormDefinition => structuredClone(form);
  const rejects = (form: FormDefinition, what: RegExp) => {
    expect(() => checkForm(form)).toThrow(FormDefinitionError);
    expect(() => checkForm(form)).toThrow(what);
  };

  it("accepts the catalogue's forms as they are", () => {
    expect(checkForm(copy(centers))).toBeTruthy();
    expect(checkForm(copy(dossiers))).toBeTruthy();
  });

  it("rejects a rule on an unknown column", () => {
    const form = copy();
    form.rules.push({ kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "tthc_totl", whole: "tthc_total" });
    rejects(form, /unknown column tthc_totl/);
  });

  it("rejects a rule on a column that is not a number", () => {
    const form = copy();
    form.columns.push({ kind: "text", id: "note", label: { vi: "Ghi chú", en: "Note" }, maxLength: 100 });
    form.layout.order.push("note");
    form.rules.push({ kind: "part_le_whole", id: "part_le_whole", severity: "error", part: "note", whole: "tthc_total" });
    rejects(form, /not a number/);
  });

  it("rejects two warnings sharing a rule id (a unit explains a warning by its id); errors may share one", () => {
    const form = copy(dossiers);
    form.rules.push({ kind: "outlier", id: "balance", severity: "warning", column: "returned", factor: 5, history: 3, minimum: 20 });
    rejects(form, /warning rule id balance is repeated/);
    expect(checkForm(copy(centers)).rules.filter((r) => r.id === "part_le_whole")).toHaveLength(2);
  });

  it("rejects an outlier rule that could never or always speak", () => {
    for (const [factor, history, minimum] of [[1, 3, 20], [5, 0, 20], [5, 2.5, 20], [5, 3, -1]]) {
      const form = copy(dossiers);
      form.rules.push({ kind: "outlier", id: "outlier_returned", severity: "warning", column: "returned", factor: factor!, history: history!, minimum: minimum! });
      rejects(form, /rule outlier_returned needs a factor over 1/);
    }
  });

  it("rejects a rate on an unknown column", () => {
    const form = copy();
    form.rates[0]!.denominator = ["tthc_all"];
    rejects(form, /unknown column tthc_all/);
  });

  it("rejects a derived term on an unknown column", () => {
    const form = copy();
    derived(form, "full_cycle_after").terms.push({ column: "full_cycle_more", sign: 1 });
    rejects(form, /unknown column full_cycle_more/);
  });

  it("rejects derived columns that refer to each other in a cycle", () => {
    const form = copy();
    derived(form, "tthc_at_center").terms.push({ column: "full_cycle_after", sign: 1 });
    derived(form, "full_cycle_after").terms.push({ column: "tthc_at_center", sign: 1 });
    rejects(form, /cycle/);
  });

  it("rejects a derived column that refers to itself", () => {
    const form = copy();
    derived(form, "full_cycle_after").terms.push({ column: "full_cycle_after", sign: 1 });
    rejects(form, /cycle/);
  });

  it("rejects a column id defined twice", () => {
    const form = copy();
    form.columns.push({ kind: "count", id: "tthc_total", nature: "closing", label: { vi: "Lặp", en: "Twice" } });
    rejects(form, /tthc_total defined twice/);
  });

  it("rejects a rate id defined twice, or the same as a column id", () => {
    const twice = copy();
    twice.rates.push({ ...twice.rates[0]! });
    rejects(twice, /rate id at_center_rate/);
    const clash = copy();
    clash.rates[0]!.id = "tthc_total";
    rejects(clash, /rate id tthc_total/);
  });

  it("rejects a layout.order that misses a column, repeats one or lists an unknown one", () => {
    const missing = copy();
    missing.layout.order = missing.layout.order.filter((id) => id !== "full_cycle_added");
    rejects(missing, /layout\.order/);
    const repeated = copy();
    repeated.layout.order[1] = repeated.layout.order[0]!;
    rejects(repeated, /layout\.order/);
    const unknown = copy();
    unknown.layout.order[1] = "tthc_other";
    rejects(unknown, /layout\.order/);
  });

  it("rejects a header group over columns that are not side by side", () => {
    const form = copy();
    form.layout.groups[0]!.columns = ["full_cycle_done", "full_cycle_after"];
    rejects(form, /not contiguous/);
  });

  it("rejects a header sub-group that leaves its parent", () => {
    const form = copy(dossiers);
    form.layout.groups[0]!.groups![0]!.columns = ["resolved_total", "resolved_early"];
    rejects(form, /leaves its parent/);
  });

  it("rejects a header group over an unknown column", () => {
    const form = copy();
    form.layout.groups[0]!.columns = ["full_cycle_done", "full_cycle_more"];
    rejects(form, /unknown columns/);
  });

  it("rejects malformed ids", () => {
    const form = copy();
    form.columns[0]!.id = "Tổng";
    rejects(form, /must match/);
  });
});

describe("what a longer period is derived from", () => {
  it("is the shortest type the form is filed for: months for dossiers, quarters for publication, halves for review", () => {
    const parts = (formId: string, id: string) => derivationParts(getForm(formId)!, parsePeriodId(id)!).map((p) => p.id);
    expect(parts("dossiers", "2026-Q1")).toEqual(["2026-01", "2026-02", "2026-03"]);
    expect(parts("dossiers", "2026")).toHaveLength(12);
    expect(parts("publication", "2026")).toEqual(["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]);
    expect(parts("review", "2026")).toEqual(["2026-H1", "2026-H2"]);
    expect(parts("review", "2026-H1")).toEqual([]);
    expect(parts("dossiers", "2026-01")).toEqual([]);
  });
});
