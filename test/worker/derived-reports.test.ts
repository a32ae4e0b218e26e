import { env } from "cloudflare:workers";
import { beforeAll, describe, expect, it } from "vitest";
import { consolidate, type UnitInput } from "../../shared/aggregation/consolidate.ts";
import { derivationParts, files } from "../../shared/forms/filing.ts";
import { getForm } from "../../shared/forms/catalogue.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { parsePeriodId, periodInfo, type Period } from "../../shared/periods/index.ts";
import { partsOf } from "../../shared/periods/windows.ts";
import { dataWindow } from "../../shared/periods/windows.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { deadlineConfig, levelsOf } from "../../worker/config.ts";
import { keepDerived, reportReads } from "../../worker/export/build-report.ts";
import { readOne } from "../../worker/repositories/query.ts";
import { listUnits } from "../../worker/repositories/units.repo.ts";
import { call, dossiers, reportPath, unitWithToken } from "./client.ts";

/**
 * Issue 12: a quarter, half-year or year a unit did not report itself is derived from figures kept
 * per unit (migration 0011), not from every month at each read. Whatever happens to the months —
 * amended, late, returned, locked, merged, inserted by SQL, sent at the same moment — the report
 * must be the one the plain computation gives from every month's latest version.
 */
const form = getForm("dossiers")!;
const period = (id: string) => parsePeriodId(id)!;

/** Every report of these periods with its latest version's figures, read from the versions themselves. */
async function latestFromVersions(periodIds: readonly string[], formId: string) {
  const { results } = await env.DB.prepare(
    `SELECT r.period_id, r.unit_code, r.late, v.values_json FROM reports r JOIN submission_versions v
       ON v.period_id = r.period_id AND v.form_id = r.form_id AND v.unit_code = r.unit_code AND v.version = r.latest_version
     WHERE r.form_id = ?1 AND r.period_id IN (SELECT value FROM json_each(?2))`,
  ).bind(formId, JSON.stringify(periodIds)).all<{ period_id: string; unit_code: string; late: number; values_json: string }>();
  return results.map((row) => ({ periodId: row.period_id, unitCode: row.unit_code, late: row.late === 1, values: JSON.parse(row.values_json) as FormValues }));
}

/** The report computed the plain way: every part of every unit read from its versions, combined over time here. */
async function plainReport(p: Period, f: FormDefinition) {
  const parts = derivationParts(f, p).map((m) => m.id);
  const [units, reports] = await Promise.all([listUnits(env.DB, levelsOf(env)), latestFromVersions([p.id, ...parts], f.id)]);
  const own = new Map(reports.filter((r) => r.periodId === p.id).map((r) => [r.unitCode, { values: r.values!, late: r.late }]));
  const months = new Map<string, (FormValues | null)[]>();
  for (const r of reports.filter((r) => r.periodId !== p.id)) {
    const list = months.get(r.unitCode) ?? parts.map(() => null);
    list[parts.indexOf(r.periodId)] = r.values;
    months.set(r.unitCode, list);
  }
  const levels = levelsOf(env);
  const inputs: UnitInput[] = units.map((unit) => ({
    unit, own: own.get(unit.code) ?? null,
    expected: files(f, unit.level, p.type, levels) && activeIn(unit, dataWindow(p)),
    months: months.get(unit.code) ?? parts.map(() => null),
  }));
  return consolidate(f, periodInfo(p, deadlineConfig(env), undefined, levels), Math.max(parts.length, 1), inputs, levels);
}

const served = async (periodId: string) => {
  const answer = await call("GET", `/api/v1/reports/${periodId}/dossiers`);
  expect(answer.status).toBe(200);
  const { targets: _targets, lastYear: _lastYear, ...report } = answer.body as Record<string, unknown>;
  return report;
};

/**
 * Every longer period of 2031, served (kept figures) and computed plainly, twice: as read, and as
 * kept; and every report's kept latest figures (migration 0012) those of its latest version.
 */
async function expectSameAsPlain(step: string) {
  const differing = await env.DB.prepare(
    `SELECT r.period_id || '/' || r.unit_code AS report FROM reports r LEFT JOIN submission_versions v
       ON v.period_id = r.period_id AND v.form_id = r.form_id AND v.unit_code = r.unit_code AND v.version = r.latest_version
     WHERE r.latest_values_json IS NOT v.values_json`,
  ).all<{ report: string }>();
  expect(differing.results.map((row) => row.report), `${step}: latest figures kept on reports`).toEqual([]);
  for (const id of ["2031-Q3", "2031-H2", "2031"]) {
    const plain = JSON.parse(JSON.stringify(await plainReport(period(id), form)));
    expect(await served(id), `${step}: ${id}, first read`).toEqual(plain);
    expect(await served(id), `${step}: ${id}, read again`).toEqual(plain);
  }
}

const tokens: Record<string, string> = {};
const send = (unit: string, month: string, changes: Record<string, unknown> = {}) =>
  call("PUT", reportPath(month, "dossiers", unit), { token: tokens[unit], body: { values: dossiers(changes) } });

beforeAll(async () => {
  for (const code of ["DR-1", "DR-2", "DR-3", "DR-4"]) tokens[code] = await unitWithToken(code, "cap-xa");
});

describe("the period_parts table of migration 0011", () => {
  it("says which longer period contains which shorter one exactly as partsOf does", async () => {
    const { results } = await env.DB.prepare("SELECT part_id, container_id FROM period_parts WHERE container_id LIKE '2031%' ORDER BY 1, 2").all<{ part_id: string; container_id: string }>();
    const expected: string[] = [];
    for (const container of ["2031-Q1", "2031-Q2", "2031-Q3", "2031-Q4", "2031-H1", "2031-H2", "2031"]) {
      for (const type of ["month", "quarter", "half-year"] as const) {
        for (const part of partsOf(period(container), type)) if (part.id !== container) expected.push(`${part.id} ⊂ ${container}`);
      }
    }
    expect(results.map((r) => `${r.part_id} ⊂ ${r.container_id}`).sort()).toEqual(expected.sort());
  });
});

describe("derived figures kept per unit", () => {
  it("give the plain computation's report through amendments, late months, reviews, locks, mergers and SQL inserts", async () => {
    // Months of 2031 are past their deadlines: every one is late.
    for (const month of ["2031-07", "2031-08", "2031-09"]) {
      expect((await send("DR-1", month)).status).toBe(201);
      expect((await send("DR-2", month, { received_online: 7, pending_intime: 4 })).status).toBe(201);
      expect((await send("DR-4", month)).status).toBe(201);
    }
    expect((await send("DR-3", "2031-07")).status).toBe(201); // DR-3 misses two months: nothing derived
    await expectSameAsPlain("first months");

    expect((await send("DR-1", "2031-08", { received_online: 9, pending_intime: 6 })).status).toBe(200);
    await expectSameAsPlain("an amended month");

    const returned = await call("POST", "/api/v1/reviews/2031-09/dossiers/DR-2", { body: { decision: "returned", version: 1, comment: "Xem lại." } });
    expect(returned.status).toBe(201);
    expect((await send("DR-2", "2031-09", { received_direct: 8, pending_intime: 9 })).status).toBe(200);
    await expectSameAsPlain("a returned month sent again");

    expect((await call("PUT", "/api/v1/periods/2031-08/lock", { body: { reason: "Đã tổng hợp" } })).status).toBeLessThan(300);
    await expectSameAsPlain("a locked month");
    expect((await call("DELETE", "/api/v1/periods/2031-08/lock")).status).toBeLessThan(300);

    expect((await call("PUT", "/api/v1/units/DR-4/retirement", { body: { from: "2031-10", into: "DR-1" } })).status).toBeLessThan(300);
    await expectSameAsPlain("a merger");

    expect((await send("DR-3", "2031-08")).status).toBe(201);
    expect((await send("DR-3", "2031-09")).status).toBe(201);
    await expectSameAsPlain("the missing months sent late");

    // A unit's own quarter report wins over its months.
    expect((await send("DR-2", "2031-Q3", { received_online: 30, pending_intime: 27 })).status).toBe(201);
    await expectSameAsPlain("a quarter reported itself");
  });

  it("are derived again after months written straight into the database (a seed), and after two months sent at once", async () => {
    const values = JSON.stringify(dossiers());
    const at = new Date().toISOString();
    const months = Array.from({ length: 12 }, (_, i) => `2031-${String(i + 1).padStart(2, "0")}`).filter((m) => m < "2031-07");
    await env.DB.batch(months.flatMap((month) => [
      env.DB.prepare("INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at) VALUES (?1, 'dossiers', 'DR-1', 1, 1, ?2, ?2)").bind(month, at),
      env.DB.prepare(`INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, warnings_json)
        VALUES (?1, 'dossiers', 'DR-1', 1, ?2, 1, ?3, 'seed', ?4, '[]')`).bind(month, `R-${month}`, at, values),
    ]));
    await expectSameAsPlain("a seed of DR-1's first half-year"); // DR-1's year is now complete

    const both = await Promise.all([send("DR-1", "2031-07", { received_online: 11, pending_intime: 8 }), send("DR-1", "2031-12", { received_online: 2 })]);
    expect(both.map((a) => a.status).sort()).toEqual([200, 201]);
    await expectSameAsPlain("two months of one unit sent at once");
  });

  it("keep nothing derived from months that changed since they were read: the row stays to be derived again", async () => {
    const quarter = period("2031-Q3");
    expect((await send("DR-3", "2031-08", { received_online: 12, pending_intime: 9 })).status).toBe(200);
    const before = await readOne(reportReads(env.DB, quarter, form));
    expect(before.derived.find((row) => row.unitCode === "DR-3")?.stale).toBe(true);
    expect((await send("DR-3", "2031-08", { received_online: 13, pending_intime: 10 })).status).toBe(200);
    await keepDerived(env.DB, [{ form, period: quarter, reads: before }]); // derived from the version before
    const after = await readOne(reportReads(env.DB, quarter, form));
    expect(after.derived.find((row) => row.unitCode === "DR-3")?.stale).toBe(true);
    await expectSameAsPlain("a write-back that came too late");
  });
});
