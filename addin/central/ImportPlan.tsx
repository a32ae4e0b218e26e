import { Subtitle2 } from "@fluentui/react-components";
import type { RegistryImport } from "../../shared/api/schemas.ts";
import { levelName, type Levels, type Unit } from "../../shared/units/levels.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { ImportIssueTable } from "./ImportIssueTable.tsx";

type Plan = RegistryImport["plan"];
type Issue = RegistryImport["issues"][number];

const cell = { padding: "2px 8px", textAlign: "left" as const, verticalAlign: "top" as const };
const scroll = { maxHeight: 280, overflow: "auto", border: "1px solid #e0e0e0" };

/** Why the file was refused, row by row; nothing of it was stored. */
export function ImportIssues(props: { issues: readonly Issue[] }) {
  const t = useT();
  return (
    <ImportIssueTable
      summary={t("rIssuesFound", { n: props.issues.length })}
      rows={props.issues.map((issue) => ({ row: issue.row, column: issue.column === null ? "" : issue.label, message: issue.message }))}
    />
  );
}

/** What an import would do: the units to add, each change before → after, how many stay as they are. */
export function ImportPlan(props: { plan: Plan; levels: Levels }) {
  const t = useT();
  const lang = useLang();
  const { create, update, unchanged } = props.plan;
  const level = (id: string) => levelName(props.levels, id, lang);
  const field = (unit: Unit, change: "name" | "level" | "parent") =>
    change === "name" ? unit.name : change === "level" ? level(unit.level) : (unit.parent ?? t("rNoParent"));
  const changeKey = { name: "rName", level: "rLevel", parent: "rParent" } as const;

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="import-plan">
      {create.length + update.length === 0 && <span>{t("rNothingToDo")}</span>}
      {create.length > 0 && (
        <>
          <Subtitle2>{t("rWillCreate", { n: create.length })}</Subtitle2>
          <div style={scroll}>
            <table style={{ borderCollapse: "collapse", fontSize: 13, width: "100%" }}>
              <thead>
                <tr>
                  {(["rCode", "rName", "rLevel", "rParent"] as const).map((key) => (
                    <th key={key} style={cell}>{t(key)}</th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {create.map((unit) => (
                  <tr key={unit.code} style={{ borderTop: "1px solid #e0e0e0" }}>
                    <td style={cell}>{unit.code}</td>
                    <td style={cell}>{unit.name}</td>
                    <td style={cell}>{level(unit.level)}</td>
                    <td style={cell}>{unit.parent ?? ""}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}
      {update.length > 0 && (
        <>
          <Subtitle2>{t("rWillUpdate", { n: update.length })}</Subtitle2>
          <ul style={{ margin: 0, paddingLeft: 20, fontSize: 13 }}>
            {update.map(({ before, after, changes }) => (
              <li key={after.code}>
                <strong>{after.code}</strong>
                {changes.map((change) => (
                  <span key={change}>
                    {" · "}
                    {t(changeKey[change])}: {field(before, change)} → {field(after, change)}
                  </span>
                ))}
              </li>
            ))}
          </ul>
        </>
      )}
      {unchanged.length > 0 && <span>{t("rUnchanged", { n: unchanged.length })}</span>}
    </div>
  );
}
