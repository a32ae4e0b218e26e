import { centers } from "./centers.ts";
import { checkForm, FormDefinitionError } from "./check-form.ts";
import { digital } from "./digital.ts";
import { dossiers } from "./dossiers.ts";
import { feedback } from "./feedback.ts";
import { publication } from "./publication.ts";
import { review } from "./review.ts";
import { canTho2021 } from "../outline/can-tho-2021.ts";
import { outlineForm } from "../outline/outline-form.ts";
import type { Outline } from "../outline/types.ts";
import type { FormDefinition } from "./types.ts";

/** Checks every form, and that the rows naming other forms name forms of the catalogue. */
export function checkCatalogue(list: readonly FormDefinition[]): FormDefinition[] {
  const checked = list.map(checkForm);
  const ids = new Set(checked.map((form) => form.id));
  if (ids.size !== checked.length) throw new FormDefinitionError("two forms share an id");
  for (const form of checked) {
    if (form.rows.kind !== "fixed") continue;
    for (const row of form.rows.rows) {
      const unknown = (row.forms ?? []).filter((id) => !ids.has(id));
      if (unknown.length) throw new FormDefinitionError(`form ${form.id}: row ${row.id} names unknown forms ${unknown.join(", ")}`);
    }
  }
  return checked;
}

/**
 * The outline of the written report (another province's is another file, given here): the form
 * `outline` below and the sections of the city's draft report both follow it.
 */
export const outline: Outline = canTho2021;

/**
 * Every form of the catalogue, checked when this module loads: the tables, then the written
 * report of the outline.
 */
export const forms: readonly FormDefinition[] = checkCatalogue([dossiers, feedback, publication, review, digital, centers, outlineForm(outline)]);

const byId = new Map(forms.map((form) => [form.id, form]));

/** The form with this id, or undefined. */
export function getForm(id: string): FormDefinition | undefined {
  return byId.get(id);
}
