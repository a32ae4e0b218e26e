import { Subtitle2 } from "@fluentui/react-components";
import type { PlanProgressView } from "../../shared/api/task-plan-schemas.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { cell, numberCell, overdueCell, STATUS_COLUMNS } from "./progress-cells.ts";
import { periodName } from "../../shared/text/vietnam-format.ts";

/** Each unit's tasks by status, with its latest report and how many of the tasks it leads are overdue. */
export function UnitProgressTable(props: { progress: PlanProgressView }) {
  const t = useT();
  const lang = useLang();
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }}>
      <Subtitle2>{t("pByUnit")}</Subtitle2>
      <div style={{ overflow: "auto", maxHeight: 420 }}>
        <table style={{ borderCollapse: "collapse", fontSize: 13, width: "100%" }} data-testid="progress-by-unit">
          <thead>
            <tr>
              <th style={cell}>{t("pUnit")}</th>
              <th style={cell}>{t("pLatestPeriod")}</th>
              <th style={numberCell}>{t("pTasks")}</th>
              {STATUS_COLUMNS.map((c) => <th key={c.key} style={numberCell}>{t(c.label)}</th>)}
              <th style={numberCell}>{t("pOverdueCol")}</th>
            </tr>
          </thead>
          <tbody>
            {props.progress.units.map((unit) => (
              <tr key={unit.code} data-unit={unit.code}>
                <td style={cell}>{unit.name} <span style={{ color: "#616161" }}>({unit.code})</span></td>
                <td style={cell}>{unit.periodId ? periodName(unit.periodId, "short", lang) : t("pUnreported")}</td>
                <td style={numberCell}>{unit.tasks}</td>
                {STATUS_COLUMNS.map((c) => <td key={c.key} style={numberCell}>{unit.counts[c.key]}</td>)}
                <td style={unit.overdue > 0 ? overdueCell : numberCell}>{unit.overdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
