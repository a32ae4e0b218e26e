import { randomBytes } from "node:crypto";
import { sumOverUnits } from "../../shared/aggregation/combine.ts";
import { forms, getForm } from "../../shared/forms/catalogue.ts";
import { scaledExample } from "../../shared/forms/example.ts";
import { files } from "../../shared/forms/filing.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { addDays, dataWindow, deadlineOf, defaultDeadlineConfig, isLate, parsePeriodId, previousPeriod, type Period } from "../../shared/periods/index.ts";
import { activeIn } from "../../shared/units/succession.ts";
import { HISTORY_LENGTH } from "../../shared/validation/outlier.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { monthOfDossiers, random } from "./dossiers.ts";
import { seedTaskPlans } from "./task-plans.ts";
import { demoUnits, type DemoUnit } from "./units.ts";

export const quote = (text: string | null | undefined) => (text === null || text === undefined ? "NULL" : `'${text.replace(/'/g, "''")}'`);
const RECEIPT = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

function receipt(at: string): string {
  const code = [...randomBytes(10)].map((b) => RECEIPT[b % 32]).join("");
  return `BC-${at.slice(0, 10).replace(/-/g, "")}-${code}`;
}

/**
 * What the demo holds: the months it covers, the longer periods each form filed for them is filed
 * for (a quarterly form for the quarters, …), last year's same quarter and half for the comparison,
 * and the units that are late or missing in the last month (and, for the last quarter, missing).
 */
export interface DemoPlan {
  months: string[];
  longer: string[];
  /** The same periods of the previous year, so that the reports compare with them (seeded from the examples). */
  lastYear: string[];
  lateInLastMonth: string[];
  missingInLastMonth: string[];
  /** Whether the shipped plans' task tables are loaded, with units' progress on them. */
  taskPlans: boolean;
}

export const demoPlan: DemoPlan = {
  months: ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
  longer: ["2026-Q2", "2026-Q3", "2026-H1", "2025"],
  // 2025-H1 is the three-tier structure's (districts, old communes), 2025-Q3 the two tiers' first quarter.
  lastYear: ["2025-Q3", "2025-H1"],
  lateInLastMonth: ["QN-SO-07", "QN-XA-13"],
  missingInLastMonth: ["QN-SO-12", "QN-XA-17"],
  taskPlans: true,
};

/** Forms with a demo of their own below; every other form's demo is its example, scaled per unit. */
const OWN_DEMO = new Set(["dossiers", "centers"]);

/** Whether a demo unit reports for a period: as the worker expects it (begun, not retired). */
const reportsFor = (unit: DemoUnit, period: Period): boolean => activeIn(unit, dataWindow(period));

/**
 * The SQL that fills a fresh local database with the demo province: units (with the mergers of the
 * reorganisation and one during the demo's months), and reports validated by the same rules the
 * worker runs, each stored as version 1 with its receipt, lateness and warnings.
 */
export function demoSeedSql(plan: DemoPlan = demoPlan, units: DemoUnit[] = demoUnits(), extra?: (store: Store) => void): string {
  const lines: string[] = [];
  const now = new Date().toISOString();

  for (const unit of units) {
    lines.push(
      `INSERT INTO units (code, name, level, parent, created_at, updated_at) VALUES (${quote(unit.code)}, ${quote(unit.name)}, ${quote(unit.level)}, ${quote(unit.parent)}, ${quote(now)}, ${quote(now)});`,
    );
  }
  // Successors exist now: the mergers and retirements, and the first month of the units a reorganisation created.
  for (const unit of units.filter((u) => u.retiredFrom || u.activeFrom)) {
    lines.push(
      `UPDATE units SET active_from = ${quote(unit.activeFrom)}, retired_from = ${quote(unit.retiredFrom)}, merged_into = ${quote(unit.mergedInto)} WHERE code = ${quote(unit.code)};`,
    );
  }

  /** Stores one report as the worker would: checked with the unit's earlier reports of the form, newest first. */
  const store: Store = (period, formOrId, unit, input, history, day) => {
    const form = typeof formOrId === "string" ? getForm(formOrId)! : formOrId;
    const formId = form.id;
    const result = validateSubmission(form, input, {
      unitName: unit.name,
      level: unit.level,
      previous: history[0]?.periodId === previousPeriod(period).id ? history[0]! : null,
      history: history.slice(0, HISTORY_LENGTH),
    });
    if (result.errors.length > 0) throw new Error(`demo data for ${unit.code} ${period.id} ${formId} breaks a rule: ${result.errors[0]!.message}`);
    const deadline = deadlineOf(period, defaultDeadlineConfig);
    const at = `${addDays(deadline, day)}T0${2 + (unit.code.length % 7)}:15:00.000Z`;
    const late = isLate(at, deadline) ? 1 : 0;
    const key = `${quote(period.id)}, ${quote(formId)}, ${quote(unit.code)}`;
    lines.push(
      `INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at) VALUES (${key}, 1, ${late}, ${quote(at)}, ${quote(at)});`,
      `INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, notes, warnings_json) VALUES (${key}, 1, ${quote(receipt(at))}, ${late}, ${quote(at)}, ${quote(`unit:${unit.code}#demo`)}, ${quote(JSON.stringify(result.values))}, NULL, ${quote(JSON.stringify(result.warnings))});`,
    );
    return result.values;
  };

  seedMonths(plan, units, store);
  seedOtherForms(plan, units, store);
  if (plan.taskPlans) seedTaskPlans(units, store, (sql) => lines.push(sql), now);
  extra?.(store);

  lines.push(
    `INSERT INTO audit_log (at, actor, action, target, detail_json) VALUES (${quote(now)}, 'npm start', 'demo.seed', 'demo', ${quote(JSON.stringify({ units: units.length, months: plan.months }))});`,
  );
  return lines.join("\n") + "\n";
}

/** Stores a unit's report of a catalogue form (by id) or of another form (a plan's progress, given whole). */
export type Store = (period: Period, form: string | FormDefinition, unit: DemoUnit, input: FormValues, history: { periodId: string; values: FormValues }[], day: number) => FormValues;

/**
 * Six months of `dossiers` (and `centers` for the departments): each month carries over the last
 * one's pending total; a unit receiving others in a merger that month carries over theirs too.
 */
function seedMonths(plan: DemoPlan, units: DemoUnit[], store: Store): void {
  const dossiers = getForm("dossiers")!;
  const generators = new Map(units.map((unit, index) => [unit.code, random(index + 1)]));
  const histories = new Map<string, { periodId: string; values: FormValues }[]>(units.map((u) => [u.code, []]));
  const centersHistories = new Map<string, { periodId: string; values: FormValues }[]>(units.map((u) => [u.code, []]));
  plan.months.forEach((id, m) => {
    const period = parsePeriodId(id)!;
    const last = m === plan.months.length - 1;
    units.forEach((unit, index) => {
      if (!reportsFor(unit, period)) return;
      if (last && plan.missingInLastMonth.includes(unit.code)) return;
      const next = generators.get(unit.code)!;
      // Its own last month, and that of every unit merged into it this month.
      const previousId = previousPeriod(period).id;
      const parts = [unit, ...units.filter((u) => u.mergedInto === unit.code && !reportsFor(u, period))]
        .map((u) => histories.get(u.code)!.find((h) => h.periodId === previousId)?.values)
        .filter((values): values is FormValues => values !== undefined);
      const previous = parts.length ? sumOverUnits(dossiers, parts) : null;
      const history = histories.get(unit.code)!;
      const checkedAgainst = previous && parts.length > 1 ? [{ periodId: previousId, values: previous }, ...history] : history;
      const carried = previous ? (previous.pending_total as number) : Math.round(next() * 120);
      const imbalance = index % 11 === 3 && m === 2 ? 2 : 0;
      const input = monthOfDossiers(next, unit.level, carried, imbalance);
      const day = last && plan.lateInLastMonth.includes(unit.code) ? 2 : -1 - Math.floor(next() * 4);
      history.unshift({ periodId: id, values: store(period, "dossiers", unit, input, checkedAgainst, day) });
      const centers = unit.centers;
      if (centers && centers.tthc_at_center === (centers.tthc_total as number) - (centers.tthc_not_at_center as number)) {
        const own = centersHistories.get(unit.code)!;
        own.unshift({ periodId: id, values: store(period, "centers", unit, centers, own, -2) });
      }
    });
  });
}

/**
 * Every other form, for the periods of the demo its filing names, from its example; last year's
 * same periods for every form, from its example at another scale (the change shows).
 */
function seedOtherForms(plan: DemoPlan, units: DemoUnit[], store: Store): void {
  const lastQuarter = plan.longer.filter((id) => parsePeriodId(id)!.type === "quarter").at(-1);
  units.forEach((unit, index) => {
    for (const form of forms) {
      for (const id of plan.lastYear) {
        const period = parsePeriodId(id)!;
        if (reportsFor(unit, period) && files(form, unit.level, period.type)) store(period, form.id, unit, scaledExample(form, 1 + ((index + 1) % 3)), [], -3);
      }
    }
    for (const form of forms.filter((f) => !OWN_DEMO.has(f.id))) {
      const history: { periodId: string; values: FormValues }[] = [];
      for (const id of [...plan.months, ...plan.longer]) {
        const period = parsePeriodId(id)!;
        if (!reportsFor(unit, period) || !files(form, unit.level, period.type)) continue;
        if ((id === plan.months.at(-1) || id === lastQuarter) && plan.missingInLastMonth.includes(unit.code)) continue;
        const late = id === plan.months.at(-1) && plan.lateInLastMonth.includes(unit.code);
        const mine = history.filter((h) => parsePeriodId(h.periodId)!.type === period.type);
        history.unshift({ periodId: id, values: store(period, form.id, unit, scaledExample(form, 1 + (index % 4)), mine, late ? 2 : -2) });
      }
    }
  });
}
