import { cellKey, rowsOf, type FormRow } from "../forms/cells.ts";
import { deriveValue, derivedInOrder } from "../forms/derive.ts";
import type { DerivedColumn, Figures, FormDefinition, FormValues, Label, RequiredWhenRule, Rule } from "../forms/types.ts";
import type { Issue } from "./issue.ts";
import { outlierIssue, storedValue, type PreviousReport } from "./outlier.ts";
import { columnText, placeText, sumText, termsText, type Place } from "./wording.ts";
import { formatEn, formatVi } from "../text/numbers-vi.ts";

export type { PreviousReport } from "./outlier.ts";

function numbers(values: FormValues): Figures {
  const figures: Figures = {};
  for (const [key, value] of Object.entries(values)) if (typeof value === "number") figures[key] = value;
  return figures;
}

const sumOf = (figures: Figures, keys: string[]): number | null => {
  let total = 0;
  for (const key of keys) {
    const value = figures[key];
    if (value === undefined) return null;
    total += value;
  }
  return total;
};

/**
 * Checks each derived total against its parts (sent totals must match; omitted ones are filled in)
 * and then the form's rules, row by row. Cells that failed their own checks are absent from
 * `values`, and the rules that need them are skipped rather than reported twice. A difference that
 * comes out negative (more subtracted than there is) is left out the same way: the rule on its
 * parts reports it, or, when the form has none, one error on the derived column does.
 */
export function checkRules(
  form: FormDefinition,
  values: FormValues,
  sentDerived: ReadonlySet<string>,
  place: (row: FormRow) => Place,
  previous: PreviousReport | null,
  history: readonly PreviousReport[] = [],
  failed: ReadonlySet<string> = new Set(),
): { values: FormValues; issues: Issue[] } {
  const figures = numbers(values);
  const result: FormValues = { ...values };
  const issues: Issue[] = [];
  const impossible: { rowId: string | null; column: DerivedColumn; value: number; sent: number | undefined; where: Label }[] = [];

  for (const row of rowsOf(form)) {
    const where = placeText(place(row));
    const key = (id: string) => cellKey(row.id, id);

    for (const column of derivedInOrder(form)) {
      const expected = deriveValue(column, figures, row.id);
      const k = key(column.id);
      if (expected === null) {
        delete figures[k];
        delete result[k];
        continue;
      }
      const sent = sentDerived.has(k) ? figures[k] : undefined;
      if (expected < 0) {
        delete figures[k];
        delete result[k];
        impossible.push({ rowId: row.id, column, value: expected, sent, where });
        continue;
      }
      figures[k] = expected;
      result[k] = expected;
      if (sent === undefined || sent === expected) continue;
      const difference = column.terms.some((t) => t.sign < 0);
      const col = columnText(form, column.id);
      const formula = termsText(form, column.terms);
      issues.push({
        rule: difference ? "difference" : "sum", severity: "error",
        columns: [k, ...column.terms.map((t) => key(t.column))],
        message: `${where.vi}, ${col.vi}: phải bằng ${formula} = ${formatVi(expected)}, đang ghi ${formatVi(sent)}.`,
        messageEn: `${where.en}, ${col.en}: must equal ${formula} = ${formatEn(expected)}, got ${formatEn(sent)}.`,
        expected, actual: sent,
      });
    }

    for (const rule of form.rules) {
      const issue = rule.kind === "outlier"
        ? outlierIssue(form, rule, figures[key(rule.column)], key(rule.column), where, history)
        : rule.kind === "required_when"
          ? requiredWhenIssue(form, rule, result, key, where, failed)
          : evaluate(form, rule, figures, key, where, previous);
      if (issue) issues.push(issue);
    }
  }

  for (const { rowId, column, value, sent, where } of impossible) {
    const k = cellKey(rowId, column.id);
    const parts = column.terms.map((t) => cellKey(rowId, t.column));
    if (issues.some((issue) => issue.severity === "error" && issue.columns.some((c) => parts.includes(c)))) continue;
    const col = columnText(form, column.id);
    const formula = termsText(form, column.terms);
    issues.push({
      rule: "difference", severity: "error", columns: [k, ...parts],
      message: `${where.vi}, ${col.vi}: ${formula} = ${formatVi(value)} là số âm; kiểm tra lại các cột ${formula.replace(/ [+−] /g, ", ")}.`,
      messageEn: `${where.en}, ${col.en}: ${formula} = ${formatEn(value)} is negative; check columns ${formula.replace(/ [+−] /g, ", ")}.`,
      ...(sent === undefined ? {} : { actual: sent }),
    });
  }
  return { values: result, issues };
}

/** A cell the rule requires left blank (one that failed its own check is reported there, not here). */
function requiredWhenIssue(
  form: FormDefinition,
  rule: RequiredWhenRule,
  values: FormValues,
  key: (id: string) => string,
  where: Label,
  failed: ReadonlySet<string>,
): Issue | null {
  const chosen = values[key(rule.column)];
  if (typeof chosen !== "string" || !rule.values.includes(chosen)) return null;
  const missing = rule.require.filter((id) => {
    const value = values[key(id)];
    return !failed.has(key(id)) && (value === undefined || (typeof value === "string" && value.trim() === ""));
  });
  if (missing.length === 0) return null;
  const on = form.columns.find((c) => c.id === rule.column);
  const option = on?.kind === "enum" ? on.options.find((o) => o.value === chosen)?.label : undefined;
  const names = (lang: "vi" | "en") => missing.map((id) => columnText(form, id)[lang]).join(lang === "vi" ? " và " : " and ");
  return {
    rule: rule.id, severity: rule.severity, columns: missing.map(key),
    message: `${where.vi}: đã ghi «${option?.vi ?? chosen}» thì phải ghi ${names("vi")}.`,
    messageEn: `${where.en}: marked “${option?.en ?? chosen}”, so ${names("en")} must be filled in.`,
  };
}

function evaluate(
  form: FormDefinition,
  rule: Exclude<Rule, { kind: "outlier" } | { kind: "required_when" }>,
  figures: Figures,
  key: (id: string) => string,
  where: { vi: string; en: string },
  previous: PreviousReport | null,
): Issue | null {
  switch (rule.kind) {
    case "part_le_whole": {
      const part = figures[key(rule.part)];
      const whole = figures[key(rule.whole)];
      if (part === undefined || whole === undefined || part <= whole) return null;
      const p = columnText(form, rule.part);
      const w = columnText(form, rule.whole);
      return {
        rule: rule.id, severity: rule.severity, columns: [key(rule.part), key(rule.whole)],
        message: `${where.vi}, ${p.vi} = ${formatVi(part)}: không được lớn hơn ${w.vi} = ${formatVi(whole)}.`,
        messageEn: `${where.en}, ${p.en} = ${formatEn(part)}: may not exceed ${w.en} = ${formatEn(whole)}.`,
        expected: whole, actual: part,
      };
    }
    case "equation": {
      const left = sumOf(figures, rule.left.map(key));
      const right = sumOf(figures, rule.right.map(key));
      if (left === null || right === null || left === right) return null;
      const l = rule.left.length === 1 ? columnText(form, rule.left[0]!) : { vi: sumText(form, rule.left), en: sumText(form, rule.left) };
      const r = sumText(form, rule.right);
      const gap = left - right;
      return {
        rule: rule.id, severity: rule.severity, columns: [...rule.left, ...rule.right].map(key),
        message: `${where.vi}, ${l.vi} = ${formatVi(left)}: chưa cân đối, phải bằng ${r} = ${formatVi(right)} (lệch ${formatVi(gap)}). Kiểm tra lại hoặc ghi giải trình.`,
        messageEn: `${where.en}, ${l.en} = ${formatEn(left)}: does not balance, expected ${r} = ${formatEn(right)} (off by ${formatEn(gap)}). Check it or explain why.`,
        expected: right, actual: left,
      };
    }
    case "continuity": {
      if (!previous) return null;
      const before = storedValue(form, previous.values, key(rule.previousColumn));
      const now = figures[key(rule.column)];
      if (typeof before !== "number" || now === undefined || before === now) return null;
      const c = columnText(form, rule.column);
      const b = columnText(form, rule.previousColumn);
      return {
        rule: rule.id, severity: rule.severity, columns: [key(rule.column)],
        message: `${where.vi}, ${c.vi} = ${formatVi(now)}: phải bằng ${b.vi} của kỳ trước (${previous.periodId}) = ${formatVi(before)}. Kiểm tra lại hoặc ghi giải trình.`,
        messageEn: `${where.en}, ${c.en} = ${formatEn(now)}: expected ${b.en} of the previous period (${previous.periodId}) = ${formatEn(before)}. Check it or explain why.`,
        expected: before, actual: now,
      };
    }
    default: {
      const never: never = rule;
      throw new Error(`unknown rule ${JSON.stringify(never)}`);
    }
  }
}
