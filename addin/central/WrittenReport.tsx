import type { Report } from "../../shared/api/schemas.ts";
import { cellKey, rowsOf } from "../../shared/forms/cells.ts";
import { levelsShown } from "../../shared/forms/filing.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { useLang, useT } from "../ui/i18n.tsx";

/**
 * A written report consolidated: each section, folded, with what every unit that sent its report
 * wrote there, grouped by level and named; never summed.
 */
export function WrittenReport(props: { form: FormDefinition; report: Report }) {
  const t = useT();
  const lang = useLang();
  const { form, report } = props;
  const columns = form.columns.filter((column) => column.kind === "text");
  return (
    <div data-testid={`report-${form.id}`} style={{ display: "grid", gap: 4 }}>
      <span style={{ fontSize: 12 }}>{t("cWrittenBy", { n: report.completeness.submitted, of: report.completeness.expected })}</span>
      {rowsOf(form).flatMap((row) =>
        columns.map((column) => {
          const key = cellKey(row.id, column.id);
          const writers = report.units.filter((unit) => unit.texts?.[key] !== undefined);
          return (
            <details key={key} data-section={key}>
              <summary>
                {row.label?.[lang] ?? column.label[lang]} <span style={{ fontSize: 12 }}>({t("cUnitsWrote", { n: writers.length })})</span>
              </summary>
              {levelsShown(report).map((level) => {
                const lines = writers.filter((unit) => unit.level === level);
                if (lines.length === 0) return null;
                return (
                  <div key={level} style={{ marginLeft: 12 }}>
                    <strong style={{ fontSize: 13 }}>{report.levels[level]!.label[lang]}</strong>
                    {lines.map((unit) => (
                      <p key={unit.code} style={{ margin: "4px 0", whiteSpace: "pre-wrap", fontSize: 13 }}>
                        <strong>{unit.name}:</strong> {unit.texts![key]}
                      </p>
                    ))}
                  </div>
                );
              })}
            </details>
          );
        }),
      )}
    </div>
  );
}
