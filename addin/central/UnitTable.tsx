import { Badge, Button, Checkbox } from "@fluentui/react-components";
import { useMemo } from "react";
import { levelName, type Levels, type Unit } from "../../shared/units/levels.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { retirementBadge } from "./succession-words.ts";

const cell = { padding: "2px 8px", textAlign: "left" as const, verticalAlign: "middle" as const };

/**
 * The units shown: code, name (with a badge when merged or closed), level and parent by name. With
 * `selected` each active unit's row has a checkbox, with `onEdit` an edit button (administrators only).
 */
export function UnitTable(props: {
  units: readonly Unit[];
  /** Every registered unit: where parents' names come from. */
  all: readonly Unit[];
  levels: Levels;
  selected: ReadonlySet<string> | null;
  onToggle: (code: string) => void;
  onEdit: ((code: string) => void) | null;
}) {
  const t = useT();
  const lang = useLang();
  const names = useMemo(() => new Map(props.all.map((unit) => [unit.code, unit.name])), [props.all]);
  if (props.units.length === 0) return <span>{t("rNoUnits")}</span>;
  const { selected, onEdit } = props;
  return (
    <div style={{ overflowX: "auto" }}>
      <table style={{ borderCollapse: "collapse", fontSize: 13, width: "100%" }} data-testid="unit-table">
        <thead>
          <tr>
            {selected && <th style={cell} />}
            {(["rCode", "rName", "rLevel", "rParent"] as const).map((key) => (
              <th key={key} style={cell}>{t(key)}</th>
            ))}
            {onEdit && <th style={cell} />}
          </tr>
        </thead>
        <tbody>
          {props.units.map((unit) => {
            const badge = retirementBadge(unit, (code) => names.get(code), t);
            return (
              <tr key={unit.code} style={{ borderTop: "1px solid #e0e0e0", color: badge ? "#605e5c" : undefined }} data-code={unit.code}>
                {selected && (
                  <td style={cell}>
                    {!badge && <Checkbox checked={selected.has(unit.code)} onChange={() => props.onToggle(unit.code)} aria-label={t("rSelectUnit", { code: unit.code })} />}
                  </td>
                )}
                <td style={cell}>{unit.code}</td>
                <td style={cell}>
                  {unit.name}
                  {badge && (
                    <Badge appearance="tint" color={unit.mergedInto ? "informative" : "subtle"} style={{ marginLeft: 6 }} data-testid="retired-badge">
                      {badge}
                    </Badge>
                  )}
                </td>
                <td style={cell}>{levelName(props.levels, unit.level, lang)}</td>
                <td style={cell} title={unit.parent ?? undefined}>
                  {unit.parent === null ? "" : (names.get(unit.parent) ?? unit.parent)}
                </td>
                {onEdit && (
                  <td style={cell}>
                    <Button size="small" onClick={() => onEdit(unit.code)} aria-label={t("rEditUnit", { code: unit.code })}>
                      {t("rEdit")}
                    </Button>
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
