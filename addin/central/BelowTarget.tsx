import type { Report } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { unitsBelowTargets } from "../../shared/plans/below-target.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { percentVi } from "../../shared/text/numbers-vi.ts";

/** For every rate the plan sets a target for, the units below it (their own rates), lowest first. */
export function BelowTarget(props: { form: FormDefinition; report: Report }) {
  const t = useT();
  const lang = useLang();
  const judged = unitsBelowTargets(props.form.rates.map((r) => r.id), props.report.units, props.report.targets);
  if (judged.length === 0) return null;
  return (
    <div style={{ display: "grid", gap: 4, fontSize: 12 }} data-testid={`below-${props.form.id}`}>
      <strong>{t("cBelowTarget")}</strong>
      {judged.map(({ rateId, target, units }) => {
        const label = props.form.rates.find((r) => r.id === rateId)!.label[lang];
        return (
          <div key={rateId} data-testid={`below-${props.form.id}-${rateId}`}>
            {units.length === 0 ? (
              <span>{label} ({t("cKpiTarget", { target: percentVi(target.target) })}): {t("cAllMet")}</span>
            ) : (
              // A count at a glance; the units, lowest first, one click away (a city has hundreds).
              <details>
                <summary>{label} ({t("cKpiTarget", { target: percentVi(target.target) })}): {t("cBelowCount", { n: units.length })}</summary>
                <span>{units.map((u) => `${u.name} ${percentVi(u.rate)}`).join("; ")}</span>
              </details>
            )}
          </div>
        );
      })}
    </div>
  );
}
