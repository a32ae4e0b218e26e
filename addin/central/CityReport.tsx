import { Fragment } from "react";
import type { Report } from "../../shared/api/schemas.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { levelsShown, partsWord } from "../../shared/forms/filing.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";

import { useLang, useT } from "../ui/i18n.tsx";
import { BelowTarget } from "./BelowTarget.tsx";
import { RateChart } from "./RateChart.tsx";
import { mergedLines } from "./succession-words.ts";
import { formatVi, percentVi } from "../../shared/text/numbers-vi.ts";

const signed = (n: number, format: (n: number) => string) => (n > 0 ? `+${format(n)}` : n < 0 ? `−${format(-n)}` : format(0));
const percent = (rate: number | null | undefined) => (rate === null || rate === undefined ? "—" : percentVi(rate));

/**
 * One form's consolidated figures: the levels and the grand total, with its rates, each beside last
 * year's same period, and which units since merged that comparison counts (named from the report,
 * else from `unitNames`, else by code).
 */
export function CityReport(props: { form: FormDefinition; report: Report; unitNames?: ReadonlyMap<string, string> }) {
  const t = useT();
  const lang = useLang();
  const { form, report } = props;
  // The levels that file the form (and any other whose units sent it anyway), then the city.
  const levels = levelsShown(report);
  const last = report.lastYear ?? null;
  const rows = [
    ...levels.map((level) => {
      const { total, rates, label } = report.levels[level]!;
      return { label: label[lang], total, rates, last: last?.levels[level] ?? null };
    }),
    { label: t("cGrandTotal"), total: report.total, rates: report.rates, last: last ? { total: last.total, rates: last.rates } : null },
  ];
  /** Last year's figure and the change since, as one cell: "10 (+12.340)". */
  const lastFigure = (now: number | undefined, before: number | undefined) =>
    before === undefined ? "—" : `${formatVi(before)}${now === undefined ? "" : ` (${signed(now - before, formatVi)})`}`;
  const lastRate = (now: number | null | undefined, before: number | null | undefined) =>
    before == null ? "—" : `${percentVi(before)}${now == null ? "" : ` (${signed(now - before, (n) => `${percentVi(n).slice(0, -1)} ${t("cPoints")}`)})`}`;
  const derived = report.units.filter((u) => u.source === "derived").map((u) => u.name);
  const parts = partsWord(form, parsePeriodId(report.period.id)!);
  const merged = mergedLines(report, (code) => report.units.find((u) => u.code === code)?.name ?? props.unitNames?.get(code), t);
  return (
    <div style={{ overflowX: "auto" }} data-testid={`report-${form.id}`}>
      <table style={{ borderCollapse: "collapse", fontSize: 13 }}>
        <thead>
          <tr>
            <th />
            {form.layout.order.map((id) => (
              <th key={id} style={{ padding: "0 6px", textAlign: "right" }}>
                {form.columns.find((c) => c.id === id)?.short?.[lang] ?? id}
              </th>
            ))}
            {form.rates.map((rate) => (
              <th key={rate.id} style={{ padding: "0 6px", textAlign: "right" }} title={rate.label[lang]}>{(rate.short ?? rate.label)[lang]}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <Fragment key={row.label}>
              <tr style={{ borderTop: "1px solid #e0e0e0" }}>
                <td>{row.label}</td>
                {form.layout.order.map((id) => (
                  <td key={id} style={{ padding: "0 6px", textAlign: "right" }}>{row.total[id] === undefined ? "—" : formatVi(row.total[id]!)}</td>
                ))}
                {form.rates.map((rate) => (
                  <td key={rate.id} style={{ padding: "0 6px", textAlign: "right" }}>{percent(row.rates[rate.id])}</td>
                ))}
              </tr>
              {row.last && (
                <tr style={{ color: "#605e5c", fontSize: 12 }} data-last-year={row.label}>
                  <td style={{ paddingLeft: 12 }}>{t("cLastYear")}</td>
                  {form.layout.order.map((id) => (
                    <td key={id} style={{ padding: "0 6px", textAlign: "right" }}>{lastFigure(row.total[id], row.last!.total[id])}</td>
                  ))}
                  {form.rates.map((rate) => (
                    <td key={rate.id} style={{ padding: "0 6px", textAlign: "right" }}>{lastRate(row.rates[rate.id], row.last!.rates[rate.id])}</td>
                  ))}
                </tr>
              )}
            </Fragment>
          ))}
        </tbody>
      </table>
      {last && <p style={{ fontSize: 12 }}>{t("cLastYearNote", { period: last.period.id })}</p>}
      {!last && <p style={{ fontSize: 12 }} data-testid={`no-last-year-${form.id}`}>{t("cNoLastYear")}</p>}
      {merged.length > 0 && (
        <p style={{ fontSize: 12 }} data-testid={`merged-${form.id}`}>
          {t("rMergedNote", { lines: merged.join("; ") })}
        </p>
      )}
      {derived.length > 0 && (
        <p style={{ fontSize: 12 }} data-testid={`derived-${form.id}`}>
          {t("cDerivedList", { names: derived.join(", "), parts: parts.vi, partsEn: parts.en })}
        </p>
      )}
      <RateChart form={form} report={report} />
      <BelowTarget form={form} report={report} />
    </div>
  );
}
