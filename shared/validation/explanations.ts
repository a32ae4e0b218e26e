import type { FormDefinition } from "../forms/types.ts";
import type { Issue } from "./issue.ts";
import { placeText } from "./wording.ts";

/** The ids of the form's warning rules: what a unit may explain. */
export function warningRuleIds(form: FormDefinition): string[] {
  return form.rules.filter((rule) => rule.severity === "warning").map((rule) => rule.id);
}

/**
 * An explanation is kept by the id of the warning it explains: an id that is not one of the form's
 * warning rules (a typo, or "__proto__") is an error, never dropped in silence.
 */
export function checkExplanations(form: FormDefinition, explanations: Readonly<Record<string, unknown>>): Issue[] {
  const known = warningRuleIds(form);
  const where = placeText({ form, row: null });
  return Object.keys(explanations)
    .filter((id) => !known.includes(id))
    .map((id) => ({
      rule: "unknown_explanation", severity: "error" as const, columns: [],
      message: `${where.vi}: không có cảnh báo «${id}» để giải trình; chỉ giải trình các cảnh báo của biểu (${known.join(", ") || "biểu này không có cảnh báo"}).`,
      messageEn: `${where.en}: there is no warning “${id}” to explain; explain only this form's warnings (${known.join(", ") || "it has none"}).`,
    }));
}
