import { columnNumber, findColumn } from "../forms/cells.ts";
import type { FormDefinition, Label, Term } from "../forms/types.ts";

/** Where a finding is: the form, and the row when there is one to name. */
export interface Place {
  form: FormDefinition;
  /** The unit's name for a single-row form, the row's label for a multi-row form. */
  row: Label | null;
}

/** "Biểu số 01 «…», dòng «…»" and its English twin. */
export function placeText(place: Place): Label {
  const { form, row } = place;
  return {
    vi: `${form.layout.code} «${form.title.vi}»` + (row ? `, dòng «${row.vi}»` : ""),
    en: `Form “${form.title.en}”` + (row ? `, row “${row.en}”` : ""),
  };
}

/** "cột (5) «Tổng số TTHC đưa vào Trung tâm»": a column by its number and label. */
export function columnText(form: FormDefinition, columnId: string): Label {
  const column = findColumn(form, columnId);
  if (!column) return { vi: `cột «${columnId}»`, en: `column “${columnId}”` };
  const n = columnNumber(form, columnId);
  return { vi: `cột (${n}) «${column.label.vi}»`, en: `column (${n}) “${column.label.en}”` };
}

/** "(3) − (4)": the arithmetic of a derived column in column numbers. */
export function termsText(form: FormDefinition, terms: readonly Term[]): string {
  return terms
    .map((term, i) => {
      const n = `(${columnNumber(form, term.column)})`;
      if (i === 0) return term.sign < 0 ? `−${n}` : n;
      return `${term.sign < 0 ? " − " : " + "}${n}`;
    })
    .join("");
}

/** "(7) + (11) + (14)": a sum of columns in column numbers. */
export function sumText(form: FormDefinition, columns: readonly string[]): string {
  return termsText(form, columns.map((column) => ({ column, sign: 1 as const })));
}
