import { centers } from "./centers.ts";
import { checkForm } from "./check-form.ts";
import { digital } from "./digital.ts";
import { dossiers } from "./dossiers.ts";
import { feedback } from "./feedback.ts";
import { publication } from "./publication.ts";
import { review } from "./review.ts";
import type { FormDefinition } from "./types.ts";

/** Every form of the catalogue, checked when this module loads. */
export const forms: readonly FormDefinition[] = [dossiers, feedback, publication, review, digital, centers].map(checkForm);

const byId = new Map(forms.map((form) => [form.id, form]));

/** The form with this id, or undefined. */
export function getForm(id: string): FormDefinition | undefined {
  return byId.get(id);
}
