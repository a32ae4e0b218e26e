import { Badge, Button, Caption1, Select, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { Status } from "../../shared/api/schemas.ts";
import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import { vietnamDate } from "../../shared/periods/index.ts";
import { DEFAULT_LEVELS, type Level } from "../../shared/units/levels.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { CountsTable } from "./CountsTable.tsx";
import { vnDate } from "../../shared/text/vietnam-format.ts";

type FormState = Status["units"][number]["forms"][string];

/** Past its level's deadline (a deadline day itself is still on time), in Vietnam's date. */
const overdue = (status: Status, level: Level, today: string) => today > (status.periodInfo.deadlines[level] ?? status.periodInfo.deadline);

function stateBadge(state: FormState | undefined, pastDeadline: boolean, t: ReturnType<typeof useT>) {
  if (!state) return <Caption1 title={t("cNotRequired")}>—</Caption1>; // not the unit's to file this period
  if (state.state === "missing") {
    return pastDeadline
      ? <Badge appearance="filled" color="danger">{t("cOverdueMissing")}</Badge>
      : <Badge appearance="tint" color="informative">{t("cMissing")}</Badge>;
  }
  if (state.review?.decision === "returned") return <Badge appearance="tint" color="warning">{t("cReturned")}</Badge>;
  if (state.review?.decision === "accepted") return <Badge appearance="filled" color="success">{t("cAccepted")}</Badge>;
  return state.state === "late"
    ? <Badge appearance="tint" color="severe">{t("cLate")} · v{state.version}</Badge>
    : <Badge appearance="tint" color="success">{t("cSubmitted")} · v{state.version}</Badge>;
}

/**
 * Every unit × form, with counts per level and the missing units ready for a reminder; a missing
 * report past its unit's level's deadline is marked overdue, a form the unit does not file for the
 * period shows a dash. Filtered by level and by state; the reminder lists the missing units of the level shown.
 */
export function StatusMatrix(props: { status: Status; now: Date; onOpen: (unit: { code: string; name: string }, formId: string) => void }) {
  const today = vietnamDate(props.now);
  const forms = formsOfPeriodType(catalogue, props.status.periodInfo.type);
  const t = useT();
  const lang = useLang();
  const [filter, setFilter] = useState<"all" | "missing" | "late">("all");
  const [level, setLevel] = useState("");
  const levels = (props.status.levels ?? DEFAULT_LEVELS).filter((l) => props.status.units.some((unit) => unit.level === l.id));
  const ofLevel = props.status.units.filter((unit) => level === "" || unit.level === level);
  const units = ofLevel.filter((unit) => {
    const states = forms.map((form) => unit.forms[form.id]?.state);
    return filter === "all" || states.includes(filter);
  });
  const missing = ofLevel.filter((unit) => forms.some((form) => unit.forms[form.id]?.state === "missing"));
  const reminder = missing
    .map((unit) => {
      const titles = forms.filter((f) => unit.forms[f.id]?.state === "missing").map((f) => f.title.vi).join("; ");
      const deadline = props.status.periodInfo.deadlines[unit.level] ?? props.status.periodInfo.deadline;
      return `${unit.code} — ${unit.name}: ${titles} (hạn ${vnDate(deadline)}${overdue(props.status, unit.level, today) ? ", đã quá hạn" : ""})`;
    })
    .join("\n");

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}>
      <CountsTable counts={props.status.counts} levels={props.status.levels ?? DEFAULT_LEVELS} periodType={props.status.periodInfo.type} />

      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
        <Select value={level} onChange={(_, d) => setLevel(d.value)} aria-label={t("cLevel")} data-testid="matrix-level">
          <option value="">{t("rAllLevels")}</option>
          {levels.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name[lang]}
            </option>
          ))}
        </Select>
        {(["all", "missing", "late"] as const).map((f) => (
          <Button key={f} size="small" appearance={filter === f ? "primary" : "secondary"} onClick={() => setFilter(f)}>
            {t(f === "all" ? "cAll" : f === "missing" ? "cMissing" : "cLate")}
          </Button>
        ))}
      </div>

      <div style={{ overflowX: "auto" }}>
        <table style={{ borderCollapse: "collapse", width: "100%" }} data-testid="matrix">
          <thead>
            <tr>
              <th style={{ textAlign: "left" }}>{t("cUnit")}</th>
              {forms.map((form) => <th key={form.id} style={{ textAlign: "left" }}>{form.layout.sheetName}</th>)}
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.code} style={{ borderTop: "1px solid #e0e0e0" }}>
                <td>
                  {unit.name} <Caption1>({unit.code})</Caption1>
                </td>
                {forms.map((form) => {
                  const state = unit.forms[form.id];
                  const badge = stateBadge(state, overdue(props.status, unit.level, today), t);
                  return (
                    <td key={form.id}>
                      {state && state.state !== "missing" ? (
                        <button
                          type="button"
                          style={{ background: "none", border: 0, padding: 0, cursor: "pointer" }}
                          onClick={() => props.onOpen({ code: unit.code, name: unit.name }, form.id)}
                          aria-label={`${unit.name} — ${form.layout.sheetName}`}
                        >
                          {badge}
                        </button>
                      ) : (
                        badge
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      <label style={{ display: "grid", gap: 4 }}>
        <strong>{t("cReminder", { n: missing.length })}</strong>
        <Textarea readOnly value={reminder} rows={Math.min(8, Math.max(2, missing.length))} data-testid="reminder" />
        <Button size="small" onClick={() => void navigator.clipboard?.writeText(reminder)} style={{ justifySelf: "start" }}>
          {t("cCopy")}
        </Button>
      </label>
    </div>
  );
}
