import { centers } from "./centers.ts";
import { checkForm } from "./check-form.ts";
import { dossiers } from "./dossiers.ts";
import type { FormDefinition } from "./types.ts";

/** Every form of the catalogue, checked when this module loads. */
export const forms: readonly FormDefinition[] = [dossiers, centers].map(checkForm);

const byId = new Map(forms.map((form) => [form.id, form]));

/** The form with this id, or undefined. */
export function getForm(id: string): FormDefinition | undefined {
  return byId.get(id);
}
