import { getForm } from "../shared/forms/catalogue.ts";
import { scaledExample } from "../shared/forms/example.ts";
import { files } from "../shared/forms/filing.ts";
import { monthOfDossiers, random } from "../scripts/demo/dossiers.ts";
import type { FormDefinition, FormValues } from "../shared/forms/types.ts";
import { deadlineOf, defaultDeadlineConfig, parsePeriodId, previousPeriod } from "../shared/periods/index.ts";
import type { Level } from "../shared/units/levels.ts";
import { validateSubmission } from "../shared/validation/validate.ts";

/** The `dossiers` form, as the worker checks it. */
export const dossiers: FormDefinition = getForm("dossiers")!;

/** A unit as the bench creates it. */
export interface BenchUnit {
  code: string;
  name: string;
  level: Level;
  parent: string | null;
}

/** The units seeded straight into D1: cap-tinh departments, cap-huyen and cap-xa, parents above them. */
export function seededUnits(counts: { tinh: number; huyen: number; xa: number }): BenchUnit[] {
  const pad = (n: number, width: number) => String(n).padStart(width, "0");
  const units: BenchUnit[] = [];
  for (let i = 1; i <= counts.tinh; i++) units.push({ code: `S-${pad(i, 3)}`, name: `Sở số ${i}`, level: "cap-tinh", parent: null });
  for (let i = 1; i <= counts.huyen; i++) units.push({ code: `H-${pad(i, 3)}`, name: `UBND huyện số ${i}`, level: "cap-huyen", parent: null });
  for (let i = 1; i <= counts.xa; i++) {
    units.push({ code: `X-${pad(i, 4)}`, name: `UBND xã số ${i}`, level: "cap-xa", parent: `H-${pad(1 + (i % counts.huyen), 3)}` });
  }
  return units;
}

/** The units the load test registers through the API, each with its own token. */
export function apiUnits(count: number, huyen: number): BenchUnit[] {
  return Array.from({ length: count }, (_, i) => ({
    code: `BX-${String(i + 1).padStart(3, "0")}`,
    name: `UBND phường thử tải ${i + 1}`,
    level: "cap-xa" as const,
    parent: `H-${String(1 + (i % huyen)).padStart(3, "0")}`,
  }));
}

/**
 * The one payload every load-test request sends (submit and bare route alike): a valid, balanced
 * month of `dossiers` with its derived totals, whose carried-over equals its own pending total so
 * an amendment after the same payload raises no continuity warning.
 */
export const benchPayload = {
  values: {
    received_total: 500, carried_over: 40, received_online: 300, received_direct: 160,
    resolved_total: 400, resolved_early: 200, resolved_ontime: 180, resolved_late: 20,
    pending_total: 40, pending_intime: 30, pending_overdue: 10,
    returned: 60,
  },
  notes: "Số liệu tháng, gửi từ bài đo tải.",
};

const quote = (text: string | null) => (text === null ? "NULL" : `'${text.replace(/'/g, "''")}'`);

/** What was seeded: the SQL, and each unit's stored values per month (for checking the reports). */
export interface Seed {
  sql: string;
  values: Map<string, FormValues[]>;
  late: number;
}

/**
 * SQL that inserts the units and one `dossiers` version 1 per unit and month, as the worker would
 * have stored it: values validated by the shared rules (derived totals filled in), their warnings,
 * a unique receipt, lateness against the default deadline (about 1 in 25 late).
 */
export function seedSql(units: readonly BenchUnit[], months: readonly string[]): Seed {
  const created = "2026-06-01T00:00:00.000Z";
  const unitRows = units.map((unit) => `(${quote(unit.code)}, ${quote(unit.name)}, ${quote(unit.level)}, ${quote(unit.parent)}, '${created}', '${created}')`);
  const reportRows: string[] = [];
  const versionRows: string[] = [];
  const values = new Map<string, FormValues[]>();
  let lateCount = 0;
  units.forEach((unit, index) => {
    const next = random(index + 1);
    const stored: FormValues[] = [];
    months.forEach((id, m) => {
      const period = parsePeriodId(id)!;
      const carried = m === 0 ? Math.round(next() * 120) : (stored[m - 1]!.pending_total as number);
      const result = validateSubmission(dossiers, monthOfDossiers(next, unit.level, carried), {
        unitName: unit.name,
        previous: m === 0 ? null : { periodId: previousPeriod(period).id, values: stored[m - 1]! },
      });
      if (result.errors.length > 0) throw new Error(`seed data for ${unit.code} ${id} breaks ${result.errors[0]!.rule}: ${result.errors[0]!.message}`);
      stored.push(result.values);
      const late = next() < 0.04;
      if (late) lateCount++;
      const deadline = deadlineOf(period, defaultDeadlineConfig);
      const at = `${deadline}T${late ? "23" : "02"}:${String(index % 60).padStart(2, "0")}:00.000Z`;
      const key = `${quote(id)}, 'dossiers', ${quote(unit.code)}`;
      reportRows.push(`(${key}, 1, ${late ? 1 : 0}, '${at}', '${at}')`);
      versionRows.push(
        `(${key}, 1, ${quote(`BC-BENCH-${id}-${unit.code}`)}, ${late ? 1 : 0}, '${at}', ${quote(`unit:${unit.code}#0`)}, ${quote(JSON.stringify(result.values))}, NULL, ${quote(JSON.stringify(result.warnings))})`,
      );
    });
    values.set(unit.code, stored);
  });
  // Multi-row INSERTs of 100 rows (statements stay well under D1's 100 KB): a few hundred statements, not 20,000.
  const inserts = (head: string, rows: string[]) => {
    const statements: string[] = [];
    for (let i = 0; i < rows.length; i += 100) statements.push(`${head} VALUES\n${rows.slice(i, i + 100).join(",\n")};`);
    return statements;
  };
  const sql = [
    ...inserts("INSERT INTO units (code, name, level, parent, created_at, updated_at)", unitRows),
    ...inserts("INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at)", reportRows),
    ...inserts(
      "INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, notes, warnings_json)",
      versionRows,
    ),
  ].join("\n");
  return { sql: sql + "\n", values, late: lateCount };
}

/**
 * What a report's `total` must be, computed here independently of the worker: per unit, flows
 * summed over the months, opening stocks from the first month, closing stocks from the last;
 * summed over units; derived columns recomputed from their parts.
 */
export function expectedTotal(form: FormDefinition, perUnitMonths: Iterable<readonly FormValues[]>): Record<string, number> {
  const total: Record<string, number> = {};
  const counts = form.columns.filter((c) => c.kind === "count");
  for (const months of perUnitMonths) {
    for (const column of counts) {
      const nature = (column as { nature: string }).nature;
      const pick = (m: FormValues) => m[column.id] as number;
      const value =
        nature === "opening" ? pick(months[0]!) : nature === "closing" ? pick(months[months.length - 1]!) : months.reduce((s, m) => s + pick(m), 0);
      // An optional column a unit did not report (in every month for a flow) adds nothing; absent when no unit reported it.
      if (typeof value !== "number" || Number.isNaN(value)) continue;
      total[column.id] = (total[column.id] ?? 0) + value;
    }
  }
  for (const column of counts) if (!(column.kind === "count" && column.optional) && total[column.id] === undefined) total[column.id] = 0;
  for (const column of form.columns) {
    if (column.kind !== "derived") continue;
    const terms = (column as unknown as { terms: { column: string; sign: number }[] }).terms;
    total[column.id] = terms.reduce((s, t) => s + t.sign * (total[t.column] ?? 0), 0);
  }
  return total;
}

/**
 * A version 1 of a form for each unit that files it, for each of the periods: the form's example
 * times 1 to 4 by unit, the same each period (continuity holds), validated with derived totals
 * filled in. The SQL, and each unit's stored values per period.
 */
export function exampleSql(form: FormDefinition, units: readonly BenchUnit[], periodIds: readonly string[]): { sql: string; values: Map<string, FormValues[]> } {
  const reports: string[] = [];
  const versions: string[] = [];
  const values = new Map<string, FormValues[]>();
  units.forEach((unit, i) => {
    const k = 1 + (i % 4);
    const input = scaledExample(form, k);
    const stored: FormValues[] = [];
    for (const id of periodIds) {
      const period = parsePeriodId(id)!;
      if (!files(form, unit.level, period.type)) continue;
      const result = validateSubmission(form, input, { unitName: unit.name, previous: null });
      if (result.errors.length > 0) throw new Error(`${form.id} seed for ${unit.code}: ${result.errors[0]!.message}`);
      stored.push(result.values);
      const at = `${deadlineOf(period, defaultDeadlineConfig)}T02:00:00.000Z`;
      const key = `${quote(id)}, ${quote(form.id)}, ${quote(unit.code)}`;
      reports.push(`(${key}, 1, 0, '${at}', '${at}')`);
      versions.push(`(${key}, 1, ${quote(`BC-BENCH-${form.id}-${id}-${unit.code}`)}, 0, '${at}', ${quote(`unit:${unit.code}#0`)}, ${quote(JSON.stringify(result.values))}, NULL, ${quote(JSON.stringify(result.warnings))})`);
    }
    if (stored.length > 0) values.set(unit.code, stored);
  });
  const chunks: string[] = [];
  // At most 100 rows, and short enough for D1's statement limit (a written report's rows are long).
  const perStatement = Math.max(1, Math.min(100, Math.floor(50_000 / Math.max(1, ...versions.map((v) => v.length)))));
  for (let i = 0; i < reports.length; i += perStatement) {
    chunks.push(`INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at) VALUES\n${reports.slice(i, i + perStatement).join(",\n")};`);
    chunks.push(`INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, notes, warnings_json) VALUES\n${versions.slice(i, i + perStatement).join(",\n")};`);
  }
  return { sql: chunks.join("\n") + "\n", values };
}
