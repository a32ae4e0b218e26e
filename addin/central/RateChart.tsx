import type { Report } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { percentVi } from "../../shared/text/numbers-vi.ts";

const BAR = { height: 14, background: "#f0f0f0", position: "relative" as const, width: "100%" };

/**
 * One form's rates for the whole city (as the worker recomputed them) as horizontal bars, each
 * target of the plan in force for the period marked, the plan named.
 */
export function RateChart(props: { form: FormDefinition; report: Report }) {
  const t = useT();
  const lang = useLang();
  const rates = props.form.rates;
  if (rates.length === 0) return null;
  const plans = [...new Set(rates.flatMap((rate) => props.report.targets[rate.id]?.plan ?? []))];
  return (
    <figure style={{ margin: 0, display: "grid", gap: 4, maxWidth: 640 }} data-testid={`kpi-${props.form.id}`}>
      <figcaption style={{ fontSize: 12, fontWeight: 600 }}>{t("cKpi")}</figcaption>
      {rates.map((rate) => {
        const value = props.report.rates[rate.id];
        const goal = props.report.targets[rate.id];
        const width = value === null || value === undefined ? 0 : Math.max(0, Math.min(1, value)) * 100;
        // No figures yet: neither met nor missed (the workbook's cover says "Chưa có số liệu").
        const met = goal === undefined ? true : value === null || value === undefined ? null : value >= goal.target;
        const goalText = goal && t("cKpiTargetOf", { target: percentVi(goal.target), plan: goal.plan });
        return (
          <div key={rate.id} style={{ display: "grid", gridTemplateColumns: "minmax(120px, 1fr) 2fr auto", gap: 8, alignItems: "center", fontSize: 12 }} data-rate={rate.id}>
            <span>{rate.label[lang]}</span>
            <div style={BAR} role="img" aria-label={`${rate.label[lang]}: ${value == null ? "—" : percentVi(value)}`}>
              <div style={{ height: "100%", width: `${width}%`, background: met === null ? "#8a8886" : met ? "#107c10" : "#d83b01" }} data-met={met === null ? "unknown" : String(met)} />
              {goal && (
                <div
                  title={goalText}
                  data-target={goal.target}
                  data-plan={goal.plan}
                  style={{ position: "absolute", top: -3, bottom: -3, left: `${goal.target * 100}%`, borderLeft: "2px dashed #323130" }}
                />
              )}
            </div>
            <span style={{ whiteSpace: "nowrap" }} title={goalText}>
              {value === null || value === undefined ? "—" : percentVi(value)}
              {goal && ` (${t("cKpiTarget", { target: percentVi(goal.target) })})`}
            </span>
          </div>
        );
      })}
      <small style={{ fontSize: 11, color: "#605e5c" }} data-testid={`kpi-plans-${props.form.id}`}>
        {plans.length > 0 ? t("cKpiPlans", { plans: plans.join("; ") }) : t("cKpiNoPlan")}
      </small>
    </figure>
  );
}
