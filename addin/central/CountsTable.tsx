import type { StateCounts, Status } from "../../shared/api/schemas.ts";
import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import type { PeriodType } from "../../shared/periods/index.ts";
import type { Levels } from "../../shared/units/levels.ts";
import { useLang, useT } from "../ui/i18n.tsx";

/** The server's counts per level and for the whole city (expected, sent, late, missing, returned, accepted), never recounted here. */
export function CountsTable(props: { counts: Status["counts"]; levels: Levels; periodType: PeriodType }) {
  const forms = formsOfPeriodType(catalogue, props.periodType);
  const t = useT();
  const lang = useLang();
  const counts = props.counts ?? {};
  const rows = [
    ...props.levels.map((level) => ({ key: level.id, label: level.name[lang] })),
    { key: "all", label: t("cAllLevels") },
  ].filter((row) => forms.some((form) => (counts[row.key]?.[form.id]?.expected ?? 0) > 0));
  // A level that does not file the form for the period: a dash, not "0/0 sent".
  const show = (c: StateCounts | undefined) => (c && c.expected + c.submitted > 0 ? t("cCountCell", { ...c }) : "—");
  return (
    <div style={{ overflowX: "auto" }}>
      <table style={{ borderCollapse: "collapse" }} data-testid="counts">
        <thead>
          <tr>
            <th style={{ textAlign: "left" }}>{t("cLevel")}</th>
            {forms.map((form) => <th key={form.id} style={{ textAlign: "left", padding: "0 8px" }}>{form.layout.sheetName}</th>)}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} data-level={row.key} style={{ borderTop: "1px solid #e0e0e0" }}>
              <td>{row.label}</td>
              {forms.map((form) => (
                <td key={form.id} style={{ padding: "0 8px" }} data-form={form.id}>{show(counts[row.key]?.[form.id])}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
