import { beforeAll, describe, expect, it } from "vitest";
import { call, expectError, unitWithToken } from "./client.ts";

let unitToken: string;
beforeAll(async () => {
  unitToken = await unitWithToken("CAT-01");
});

const DOSSIER_COLUMNS = [
  "received_online", "received_direct", "carried_over", "received_total",
  "resolved_early", "resolved_ontime", "resolved_late", "resolved_total",
  "pending_intime", "pending_overdue", "pending_total", "returned",
];
const CENTER_COLUMNS = ["tthc_total", "tthc_not_at_center", "tthc_at_center", "full_cycle_done", "full_cycle_added", "full_cycle_after"];

type Column = { id: string; kind: string; nature?: string; label: { vi: string; en: string }; terms?: { column: string; sign: number }[] };

describe("GET /api/v1/forms", () => {
  it("lists the catalogue to central and to a unit alike", async () => {
    const central = await call("GET", "/api/v1/forms");
    const unit = await call("GET", "/api/v1/forms", { token: unitToken });
    expect(central.status).toBe(200);
    expect(unit.status).toBe(200);
    expect(unit.body).toEqual(central.body);
    expect(Array.isArray(central.body)).toBe(true);
    const ids = central.body.map((f: { id: string }) => f.id);
    expect(ids).toContain("dossiers");
    expect(ids).toContain("centers");
    for (const form of central.body) {
      expect(typeof form.title.vi).toBe("string");
      expect(form.title.vi.length).toBeGreaterThan(0);
      expect(Array.isArray(form.columns)).toBe(true);
      expect(Array.isArray(form.rules)).toBe(true);
    }
  });

  it("serves dossiers with the column ids of API.md, their labels, nature, derived terms, rules and rates", async () => {
    const { status, body } = await call("GET", "/api/v1/forms/dossiers", { token: unitToken });
    expect(status).toBe(200);
    expect(body.id).toBe("dossiers");
    expect(body.title.vi).toBe("Kết quả giải quyết thủ tục hành chính");
    const columns = body.columns as Column[];
    // API.md's ids, and the outline's three additions, optional so that API.md's clients are never refused.
    const additions = ["received_postal", "results_by_post", "apology_letters"];
    expect(columns.map((c) => c.id).sort()).toEqual([...DOSSIER_COLUMNS, ...additions].sort());
    for (const id of additions) expect(columns.find((c) => c.id === id)).toMatchObject({ kind: "count", nature: "flow", optional: true });
    for (const id of DOSSIER_COLUMNS) expect((columns.find((c) => c.id === id) as { optional?: boolean }).optional).toBeUndefined();
    const byId = new Map(columns.map((c) => [c.id, c]));
    for (const column of columns) expect(column.label.vi.length).toBeGreaterThan(0);

    expect(byId.get("carried_over")!.nature).toBe("opening");
    for (const id of ["pending_intime", "pending_overdue", "pending_total"]) expect(byId.get(id)!.nature).toBe("closing");
    for (const id of ["received_online", "received_direct", "resolved_early", "resolved_ontime", "resolved_late", "returned"]) {
      expect(byId.get(id)!.nature).toBe("flow");
    }
    const terms = (id: string) => byId.get(id)!.terms!.map((t) => `${t.sign > 0 ? "+" : "-"}${t.column}`).sort();
    expect(byId.get("received_total")!.kind).toBe("derived");
    expect(terms("received_total")).toEqual(["+carried_over", "+received_direct", "+received_online"]);
    expect(terms("resolved_total")).toEqual(["+resolved_early", "+resolved_late", "+resolved_ontime"]);
    expect(terms("pending_total")).toEqual(["+pending_intime", "+pending_overdue"]);
    for (const id of DOSSIER_COLUMNS.filter((c) => !c.endsWith("_total"))) expect(byId.get(id)!.kind).toBe("count");

    const rules = body.rules.map((r: { id: string; severity: string }) => `${r.id}:${r.severity}`).sort();
    // API.md's warnings, and part ≤ whole errors for the additions (by post ≤ in person and by post; results by post ≤ resolved).
    expect(rules).toEqual(["balance:warning", "continuity:warning", "outlier_received:warning", "outlier_resolved:warning", "part_le_whole:error", "part_le_whole:error"]);
    const rates = Object.fromEntries(body.rates.map((r: { id: string; numerator: string[]; denominator: string[] }) => [r.id, [r.numerator.sort(), r.denominator.sort()]]));
    expect(rates).toEqual({
      on_time_rate: [["resolved_early", "resolved_ontime"], ["resolved_total"]],
      late_rate: [["resolved_late"], ["resolved_total"]],
      online_rate: [["received_online"], ["received_direct", "received_online"]],
    });
  });

  it("serves centers with its columns, closing stocks, identities, part ≤ whole rules and rates", async () => {
    const { status, body } = await call("GET", "/api/v1/forms/centers");
    expect(status).toBe(200);
    const columns = body.columns as Column[];
    expect(columns.map((c) => c.id).sort()).toEqual([...CENTER_COLUMNS].sort());
    for (const column of columns) expect(column.nature).toBe("closing");
    const byId = new Map(columns.map((c) => [c.id, c]));
    expect(byId.get("tthc_at_center")!.terms).toEqual([{ column: "tthc_total", sign: 1 }, { column: "tthc_not_at_center", sign: -1 }]);
    expect(byId.get("full_cycle_after")!.terms).toEqual([{ column: "full_cycle_done", sign: 1 }, { column: "full_cycle_added", sign: 1 }]);
    const wholes = body.rules.map((r: { kind: string; part: string; whole: string; severity: string }) => [r.kind, r.part, r.whole, r.severity]);
    expect(wholes).toContainEqual(["part_le_whole", "full_cycle_after", "tthc_at_center", "error"]);
    expect(body.rates.map((r: { id: string }) => r.id).sort()).toEqual(["at_center_rate", "full_cycle_rate"]);
  });

  it("answers 404 for an unknown form", async () => {
    expectError(await call("GET", "/api/v1/forms/nope"), 404);
    expectError(await call("GET", "/api/v1/forms/Dossiers", { token: unitToken }), 404);
  });
});

describe("GET /api/v1/periods/{periodId}", () => {
  const cases: [string, string, string, string, string][] = [
    // id, type, start, end, deadline (18th of the last month, or the next working day)
    ["2026-11", "month", "2026-10-15", "2026-11-14", "2026-11-18"],
    ["2026-Q4", "quarter", "2026-09-15", "2026-12-14", "2026-12-18"],
    ["2026-H2", "half-year", "2026-06-15", "2026-12-14", "2026-12-18"],
    ["2026", "year", "2025-12-15", "2026-12-14", "2026-12-18"],
    ["2026-Q1", "quarter", "2025-12-15", "2026-03-14", "2026-03-18"],
    ["2026-H1", "half-year", "2025-12-15", "2026-06-14", "2026-06-18"],
    ["2026-01", "month", "2025-12-15", "2026-01-14", "2026-01-19"], // 18/1 is a Sunday
    ["2026-04", "month", "2026-03-15", "2026-04-14", "2026-04-20"], // 18/4 is a Saturday
    ["2026-02", "month", "2026-01-15", "2026-02-14", "2026-02-23"], // 18/2 falls in Tết (14–22/2/2026)
  ];

  for (const [id, type, start, end, deadline] of cases) {
    it(`${id}: ${type} ${start} → ${end}, deadline ${deadline}`, async () => {
      const { status, body } = await call("GET", `/api/v1/periods/${id}`, { token: unitToken });
      expect(status).toBe(200);
      // `locked` (period locks), `deadlines` (each level's) and `targets` (the plan in force's; none built in for 2026) are additions.
      expect(body).toEqual({ id, type, start, end, deadline, deadlines: { "cap-tinh": deadline, "cap-huyen": deadline, "cap-xa": deadline }, locked: false, targets: {} });
    });
  }

  it("answers 404 for every malformed id", async () => {
    for (const id of ["2026-13", "2026-00", "2026-Q0", "2026-Q5", "2026-H0", "2026-H3", "2026-1", "26-11", "2026-q4", "2026-h2", "2026-11-01", "0000", "20261", "abcd", "2026-M11", "%202026"]) {
      expectError(await call("GET", `/api/v1/periods/${id}`), 404);
    }
  });
});
