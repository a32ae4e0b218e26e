import { randomBytes } from "node:crypto";
import { forms, getForm } from "../../shared/forms/catalogue.ts";
import { scaledExample } from "../../shared/forms/example.ts";
import { files } from "../../shared/forms/filing.ts";
import type { FormValues } from "../../shared/forms/types.ts";
import { addDays, deadlineOf, defaultDeadlineConfig, isLate, parsePeriodId, previousPeriod, type Period } from "../../shared/periods/index.ts";
import { HISTORY_LENGTH } from "../../shared/validation/outlier.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { monthOfDossiers, random } from "./dossiers.ts";
import { demoUnits } from "./units.ts";

const quote = (text: string | null) => (text === null ? "NULL" : `'${text.replace(/'/g, "''")}'`);
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
}

export const demoPlan: DemoPlan = {
  months: ["2026-06", "2026-07", "2026-08", "2026-09", "2026-10", "2026-11"],
  longer: ["2026-Q2", "2026-Q3", "2026-H1", "2025"],
  lastYear: ["2025-Q3", "2025-H1"],
  lateInLastMonth: ["QN-SO-07", "QN-HUYEN-05", "QN-XA-03"],
  missingInLastMonth: ["QN-SO-12", "QN-HUYEN-09", "QN-XA-05"],
};

/** Forms with a demo of their own below; every other form's demo is its example, scaled per unit. */
const OWN_DEMO = new Set(["dossiers", "centers"]);


/**
 * The SQL that fills a fresh local database with the demo city: units, and reports validated by
 * the same rules the worker runs, each stored as version 1 with its receipt, lateness and warnings.
 */
export function demoSeedSql(plan: DemoPlan = demoPlan): string {
  const units = demoUnits();
  const lines: string[] = [];
  const now = new Date().toISOString();

  for (const unit of units) {
    lines.push(
      `INSERT INTO units (code, name, level, parent, created_at, updated_at) VALUES (${quote(unit.code)}, ${quote(unit.name)}, ${quote(unit.level)}, ${quote(unit.parent)}, ${quote(now)}, ${quote(now)});`,
    );
  }

  /** Stores one report as the worker would: checked with the unit's earlier reports of the form, newest first. */
  const store = (period: Period, formId: string, unitCode: string, unitName: string, input: FormValues, history: { periodId: string; values: FormValues }[], day: number) => {
    const form = getForm(formId)!;
    const result = validateSubmission(form, input, {
      unitName,
      previous: history[0]?.periodId === previousPeriod(period).id ? history[0]! : null,
      history: history.slice(0, HISTORY_LENGTH),
    });
    if (result.errors.length > 0) throw new Error(`demo data for ${unitCode} ${period.id} ${formId} breaks a rule: ${result.errors[0]!.message}`);
    const deadline = deadlineOf(period, defaultDeadlineConfig);
    const at = `${addDays(deadline, day)}T0${2 + (unitCode.length % 7)}:15:00.000Z`;
    const late = isLate(at, deadline) ? 1 : 0;
    const key = `${quote(period.id)}, ${quote(formId)}, ${quote(unitCode)}`;
    lines.push(
      `INSERT INTO reports (period_id, form_id, unit_code, latest_version, late, first_submitted_at, last_submitted_at) VALUES (${key}, 1, ${late}, ${quote(at)}, ${quote(at)});`,
      `INSERT INTO submission_versions (period_id, form_id, unit_code, version, receipt, late, submitted_at, submitted_by, values_json, notes, warnings_json) VALUES (${key}, 1, ${quote(receipt(at))}, ${late}, ${quote(at)}, ${quote(`unit:${unitCode}#demo`)}, ${quote(JSON.stringify(result.values))}, NULL, ${quote(JSON.stringify(result.warnings))});`,
    );
    return result.values;
  };

  units.forEach((unit, index) => {
    const next = random(index + 1);
    let previous: FormValues | null = null;
    const history: { periodId: string; values: FormValues }[] = [];
    const centersHistory: { periodId: string; values: FormValues }[] = [];
    plan.months.forEach((id, m) => {
      const period = parsePeriodId(id)!;
      const last = m === plan.months.length - 1;
      if (last && plan.missingInLastMonth.includes(unit.code)) return;
      const carried = previous ? (previous.pending_total as number) : Math.round(next() * 120);
      const imbalance = index % 11 === 3 && m === 2 ? 2 : 0;
      const input = monthOfDossiers(next, unit.level, carried, imbalance);
      const day = last && plan.lateInLastMonth.includes(unit.code) ? 2 : -1 - Math.floor(next() * 4);
      previous = store(period, "dossiers", unit.code, unit.name, input, history, day);
      history.unshift({ periodId: id, values: previous });
      if (unit.centers && unit.centers.tthc_at_center === (unit.centers.tthc_total as number) - (unit.centers.tthc_not_at_center as number)) {
        if (!(last && plan.missingInLastMonth.includes(unit.code))) {
          centersHistory.unshift({ periodId: id, values: store(period, "centers", unit.code, unit.name, unit.centers, centersHistory, -2) });
        }
      }
    });
  });

  // Every other form, for the periods of the demo its filing names, from its example; last year's
  // same periods for every form, from its example at another scale (the change shows).
  const lastQuarter = plan.longer.filter((id) => parsePeriodId(id)!.type === "quarter").at(-1);
  units.forEach((unit, index) => {
    for (const form of forms) {
      for (const id of plan.lastYear) {
        if (files(form, unit.level, parsePeriodId(id)!.type)) store(parsePeriodId(id)!, form.id, unit.code, unit.name, scaledExample(form, 1 + ((index + 1) % 3)), [], -3);
      }
    }
    for (const form of forms.filter((f) => !OWN_DEMO.has(f.id))) {
      const history: { periodId: string; values: FormValues }[] = [];
      for (const id of [...plan.months, ...plan.longer]) {
        const period = parsePeriodId(id)!;
        if (!files(form, unit.level, period.type)) continue;
        if ((id === plan.months.at(-1) || id === lastQuarter) && plan.missingInLastMonth.includes(unit.code)) continue;
        const late = id === plan.months.at(-1) && plan.lateInLastMonth.includes(unit.code);
        const mine = history.filter((h) => parsePeriodId(h.periodId)!.type === period.type);
        history.unshift({ periodId: id, values: store(period, form.id, unit.code, unit.name, scaledExample(form, 1 + (index % 4)), mine, late ? 2 : -2) });
      }
    }
  });

  lines.push(
    `INSERT INTO audit_log (at, actor, action, target, detail_json) VALUES (${quote(now)}, 'npm start', 'demo.seed', 'demo', ${quote(JSON.stringify({ units: units.length, months: plan.months }))});`,
  );
  return lines.join("\n") + "\n";
}
