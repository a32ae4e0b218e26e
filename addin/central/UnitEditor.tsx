import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { byLevelThenCode, levelName, levelRank, type Levels, type Unit } from "../../shared/units/levels.ts";
import type { RegistryApi } from "../api/registry-client.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import type { IssuedToken } from "./SignInSheets.tsx";
import { isRetired } from "./succession-words.ts";
import { UnitRetirement } from "./UnitRetirement.tsx";
import { UnitTokens } from "./UnitTokens.tsx";

/**
 * The units a unit of this level may sit under: active units on a level above it (never itself);
 * `keep`, its present parent, stays offered even when since merged, so that a save does not move it.
 */
function parentChoices(levels: Levels, units: readonly Unit[], level: string, code: string, keep?: string | null): Unit[] {
  const rank = levelRank(levels, level);
  const above = (unit: Unit) => levelRank(levels, unit.level) < rank && levelRank(levels, unit.level) >= 0;
  return byLevelThenCode(levels, units.filter((unit) => unit.code !== code && above(unit) && (!isRetired(unit) || unit.code === keep)));
}

/**
 * Adds a unit (`code` null) or edits one: rename, change its level, move it under another parent, set
 * the first month a unit created by a reorganisation reports for;
 * for a registered unit, its merger or closure and its tokens. The server's refusal is shown as it words it.
 */
export function UnitEditor(props: {
  api: RegistryApi;
  levels: Levels;
  units: readonly Unit[];
  code: string | null;
  onSaved: (unit: Unit) => Promise<void>;
  onIssued: (issued: IssuedToken[]) => void;
  onRetirementChanged: (notice: string) => Promise<void>;
  onClose: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const existing = props.code === null ? undefined : props.units.find((unit) => unit.code === props.code);
  const active = props.levels.filter((level) => !level.historical);
  const [code, setCode] = useState(props.code ?? "");
  const [name, setName] = useState(existing?.name ?? "");
  const [level, setLevel] = useState(existing?.level ?? active[active.length - 1]?.id ?? "");
  const [parent, setParent] = useState(existing?.parent ?? "");
  const [activeFrom, setActiveFrom] = useState(existing?.activeFrom ?? "");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  // Historical levels (the districts before 1/7/2025) take no new unit, but a unit already on one keeps it.
  const levelChoices = props.levels.filter((l) => !l.historical || l.id === existing?.level);
  const parents = parentChoices(props.levels, props.units, level, code.trim(), existing?.parent);
  const isNew = props.code === null;

  const chooseLevel = (id: string) => {
    setLevel(id);
    if (!parentChoices(props.levels, props.units, id, code.trim(), existing?.parent).some((unit) => unit.code === parent)) setParent("");
  };

  const save = async () => {
    const wanted = code.trim();
    if (isNew && props.units.some((unit) => unit.code === wanted)) return setProblem(t("rCodeTaken", { code: wanted }));
    setBusy(true);
    setProblem(null);
    try {
      await props.onSaved(await props.api.saveUnit(wanted, { name: name.trim(), level, parent: parent || null, activeFrom: activeFrom || null }));
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8, border: "1px solid #d1d1d1", borderRadius: 4, padding: 12 }} data-testid="unit-editor">
      <Subtitle2>{isNew ? t("rNewTitle") : t("rEditTitle", { code: props.code! })}</Subtitle2>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <form
        style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Field label={t("rCode")} required={isNew}>
          <Input value={code} onChange={(_, d) => setCode(d.value)} disabled={!isNew} />
        </Field>
        <Field label={t("rName")} required>
          <Input value={name} onChange={(_, d) => setName(d.value)} style={{ minWidth: 240 }} />
        </Field>
        <Field label={t("rLevel")}>
          <Select value={level} onChange={(_, d) => chooseLevel(d.value)}>
            {levelChoices.map((l) => (
              <option key={l.id} value={l.id}>
                {levelName(props.levels, l.id, lang)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("rParent")}>
          <Select value={parent} onChange={(_, d) => setParent(d.value)}>
            <option value="">{t("rNoParent")}</option>
            {parents.map((unit) => (
              <option key={unit.code} value={unit.code}>
                {unit.code} — {unit.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t("rActiveFrom")} hint={t("rActiveFromHint")}>
          <Input type="month" value={activeFrom} onChange={(_, d) => setActiveFrom(d.value)} aria-label={t("rActiveFrom")} />
        </Field>
        <Button appearance="primary" type="submit" disabled={busy || code.trim() === "" || name.trim() === ""}>
          {t("rSave")}
        </Button>
        <Button onClick={props.onClose}>{t("rClose")}</Button>
      </form>
      {existing && <UnitRetirement api={props.api} unit={existing} units={props.units} onChanged={props.onRetirementChanged} />}
      {existing && <UnitTokens api={props.api} code={existing.code} canIssue={!isRetired(existing)} onIssued={props.onIssued} />}
    </section>
  );
}
