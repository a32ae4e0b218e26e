import { Caption1 } from "@fluentui/react-components";
import { figuresOf } from "../../shared/aggregation/combine.ts";
import { computeRates } from "../../shared/aggregation/rates.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import type { FormTargets } from "../../shared/plans/types.ts";
import { useLang, useT } from "./i18n.tsx";
import { percentVi } from "../../shared/text/numbers-vi.ts";

/**
 * After a check without errors: the unit's own rates, as the city's are computed, against the
 * targets of the plan in force (a target is judged for each unit as well as for the city).
 */
export function OwnRates(props: { form: FormDefinition; values: Record<string, unknown>; errors: readonly unknown[]; targets: FormTargets }) {
  const t = useT();
  const lang = useLang();
  const { form } = props;
  // Only once the check (with the unit's earlier reports) found no error: the figures are then numbers.
  if (props.errors.length > 0 || form.rates.length === 0) return null;
  const numbers = Object.fromEntries(Object.entries(props.values).filter((entry): entry is [string, number] => typeof entry[1] === "number"));
  const rates = computeRates(form, figuresOf(form, numbers));
  return (
    <ul style={{ margin: "4px 0", paddingLeft: 16, fontSize: 12 }} data-testid={`rates-${form.id}`}>
      {form.rates.map((rate) => {
        const value = rates[rate.id];
        const goal = props.targets[rate.id];
        const verdict = !goal ? "" : value === null || value === undefined ? t("rateNoFigures") : value >= goal.target ? t("rateMet") : t("rateMissed");
        return (
          <li key={rate.id} data-rate={rate.id} data-met={!goal || value == null ? undefined : String(value >= goal.target)}>
            {rate.label[lang]}: <strong>{value == null ? "—" : percentVi(value)}</strong>
            {goal && <Caption1> — {t("cKpiTarget", { target: percentVi(goal.target) })}: {verdict}</Caption1>}
          </li>
        );
      })}
    </ul>
  );
}
