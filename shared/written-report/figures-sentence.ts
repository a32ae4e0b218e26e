import { findColumn, isNumeric } from "../forms/cells.ts";
import type { Figures, FormDefinition, Label } from "../forms/types.ts";
import type { FormTargets } from "../plans/types.ts";
import { formatVi, percentVi } from "../text/numbers-vi.ts";


/** "Trực tuyến" → "trực tuyến", but "TTHC đủ điều kiện" stays as it is (an abbreviation leads). */
export function lowerFirst(text: string): string {
  const [first, second] = [...text];
  return first && second && second === second.toLocaleLowerCase("vi") ? first.toLocaleLowerCase("vi") + text.slice(first.length) : text;
}

const name = (label: Label, short?: Label) => lowerFirst((short ?? label).vi);

/**
 * A form's figures in a Vietnamese sentence, from its definition alone: each total with its parts
 * ("tổng số hồ sơ tiếp nhận 12.345, trong đó: trực tuyến 7.890, …"), then the other figures in
 * layout order, then each rate ("tỷ lệ tiếp nhận trực tuyến đạt 63,9%"). A figure no unit reported
 * (an optional one) is left out, never written as 0.
 */
export function figuresSentence(form: FormDefinition, figures: Figures, rates: Readonly<Record<string, number | null>>): string {
  const termOf = new Set(form.columns.flatMap((c) => (c.kind === "derived" ? c.terms.map((t) => t.column) : [])));
  const clauses: string[] = [];
  for (const id of form.layout.order) {
    const column = findColumn(form, id)!;
    if (!isNumeric(column) || termOf.has(id) || figures[id] === undefined) continue;
    if (column.kind === "derived") {
      const parts = column.terms
        .filter((t) => figures[t.column] !== undefined)
        .map((t) => { const c = findColumn(form, t.column)!; return `${name(c.label, c.short)} ${formatVi(figures[t.column]!)}`; });
      clauses.push(`${name(column.label)} ${formatVi(figures[id]!)}${parts.length ? `, trong đó: ${parts.join(", ")}` : ""}`);
    } else {
      clauses.push(`${name(column.label)} ${formatVi(figures[id]!)}`);
    }
  }
  for (const rate of form.rates) {
    const value = rates[rate.id];
    const verb = rate.better === "lower" ? "là" : "đạt";
    clauses.push(value === null || value === undefined ? `${name(rate.label)}: chưa có số liệu để tính` : `${name(rate.label)} ${verb} ${percentVi(value)}`);
  }
  const text = clauses.join("; ");
  return text ? text.charAt(0).toLocaleUpperCase("vi") + text.slice(1) + "." : "";
}

/** Each rate with a target in force against it: "… đạt 63,9%, đạt chỉ tiêu 60% (Kế hoạch …)" or "chưa đạt". */
export function targetSentences(form: FormDefinition, rates: Readonly<Record<string, number | null>>, targets: Readonly<FormTargets>): string[] {
  return form.rates.flatMap((rate) => {
    const goal = targets[rate.id];
    if (!goal) return [];
    const value = rates[rate.id];
    const verdict = value === null || value === undefined ? "chưa có số liệu để đánh giá" : value >= goal.target ? "đạt" : "chưa đạt";
    return [`${rate.label.vi}: ${value == null ? "—" : percentVi(value)}, ${verdict} chỉ tiêu ${percentVi(goal.target)} (${goal.plan}).`];
  });
}
