import { Button, Checkbox, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import { levelName, levelsWith, type Levels, type Unit } from "../../shared/units/levels.ts";
import type { ApiClient } from "../api/client.ts";
import { registryApi } from "../api/registry-client.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { unitMatches } from "./fold-text.ts";
import { IssueTokensBar } from "./IssueTokensBar.tsx";
import { MergeSelectedBar } from "./MergeSelectedBar.tsx";
import { RegistryImport } from "./RegistryImport.tsx";
import { SignInSheets, type IssuedToken } from "./SignInSheets.tsx";
import { isRetired } from "./succession-words.ts";
import { UnitEditor } from "./UnitEditor.tsx";
import { UnitTable } from "./UnitTable.tsx";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** What the editor shows: a registered unit's code, or a new unit. */
type Editing = { code: string } | { code: null };

/**
 * The registry of reporting units: search and filter, add and edit (administrators), import a list
 * from a file, issue tokens for a selection with their sign-in sheets, merge units into another.
 * Merged and closed units are hidden unless asked for, and are never selected.
 */
export function Registry(props: { client: ApiClient; canEdit: boolean }) {
  const t = useT();
  const lang = useLang();
  const api = useMemo(() => registryApi(props.client), [props.client]);
  const [data, setData] = useState<{ levels: Levels; units: Unit[] } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [query, setQuery] = useState("");
  const [levelFilter, setLevelFilter] = useState("");
  const [showRetired, setShowRetired] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<Editing | null>(null);
  const [sheets, setSheets] = useState<{ issued: IssuedToken[]; expiresOn: string | null } | null>(null);

  const load = useCallback(async () => {
    try {
      const [levels, units] = await Promise.all([api.levels(), api.units()]);
      setData({ levels: levelsWith(levels, units), units });
      setProblem(null);
    } catch (error) {
      setProblem(message(error));
    }
  }, [api]);

  useEffect(() => {
    void load();
  }, [load]);

  const shown = useMemo(
    () =>
      (data?.units ?? []).filter(
        (unit) => (showRetired || !isRetired(unit)) && (levelFilter === "" || unit.level === levelFilter) && unitMatches(unit, query),
      ),
    [data, levelFilter, query, showRetired],
  );
  const selectable = useMemo(() => shown.filter((unit) => !isRetired(unit)), [shown]);

  if (!data) {
    return problem ? <ErrorBar text={problem} /> : <Spinner label={t("loading")} />;
  }
  const nameOfLevel = (code: string) => levelName(data.levels, data.units.find((u) => u.code === code)?.level ?? "", lang);

  if (sheets) {
    return <SignInSheets issued={sheets.issued} expiresOn={sheets.expiresOn} levelOf={nameOfLevel} onClose={() => setSheets(null)} />;
  }

  const allShownSelected = selectable.length > 0 && selectable.every((unit) => selected.has(unit.code));
  const toggleAll = () =>
    setSelected((old) => {
      const next = new Set(old);
      for (const unit of selectable) if (allShownSelected) next.delete(unit.code); else next.add(unit.code);
      return next;
    });
  const toggle = (code: string) =>
    setSelected((old) => {
      const next = new Set(old);
      if (!next.delete(code)) next.add(code);
      return next;
    });
  const issued = (tokens: IssuedToken[], expiresOn: string | null) => setSheets({ issued: tokens, expiresOn });
  const selectedCodes = data.units.filter((unit) => selected.has(unit.code) && !isRetired(unit)).map((unit) => unit.code);
  const changed = async (text: string) => {
    await load();
    setNotice(text);
  };
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }} data-testid="registry">
      <Subtitle2>{t("rUnits")}</Subtitle2>
      {!props.canEdit && (
        <MessageBar intent="info">
          <MessageBarBody>{t("rReadOnly")}</MessageBarBody>
        </MessageBar>
      )}
      {problem && <ErrorBar text={problem} />}
      {notice && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody data-testid="registry-notice">{notice}</MessageBarBody>
        </MessageBar>
      )}
      {props.canEdit && <RegistryImport api={api} levels={data.levels} onApplied={(text) => { setNotice(text); void load(); }} />}
      {props.canEdit && editing && (
        <UnitEditor
          key={editing.code ?? "new"}
          api={api}
          levels={data.levels}
          units={data.units}
          code={editing.code}
          onSaved={async (unit) => {
            await load(); // first: the editor reopens on the saved unit as the list now has it
            setNotice(t("rSaved", { code: unit.code, name: unit.name }));
            setEditing({ code: unit.code });
          }}
          onIssued={(tokens) => issued(tokens, null)}
          onRetirementChanged={changed}
          onClose={() => setEditing(null)}
        />
      )}
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <Field label={t("rSearch")}>
          <Input type="search" value={query} onChange={(_, d) => setQuery(d.value)} />
        </Field>
        <Field label={t("rLevel")}>
          <Select value={levelFilter} onChange={(_, d) => setLevelFilter(d.value)}>
            <option value="">{t("rAllLevels")}</option>
            {data.levels.map((level) => (
              <option key={level.id} value={level.id}>
                {level.name[lang]}
              </option>
            ))}
          </Select>
        </Field>
        <Checkbox checked={showRetired} onChange={(_, d) => setShowRetired(d.checked === true)} label={t("rShowRetired")} />
        {props.canEdit && <Button onClick={() => setEditing({ code: null })}>{t("rAdd")}</Button>}
      </div>
      <span data-testid="registry-count">{t("rCount", { shown: shown.length, total: data.units.length })}</span>
      {props.canEdit && (
        <IssueTokensBar
          api={api}
          codes={selectedCodes}
          allShownSelected={allShownSelected}
          onToggleAll={toggleAll}
          onClear={() => setSelected(new Set())}
          onIssued={issued}
        />
      )}
      {props.canEdit && (
        <MergeSelectedBar
          api={api}
          units={data.units}
          codes={selectedCodes}
          onMerged={async (codes) => {
            setSelected((old) => new Set([...old].filter((code) => !codes.includes(code))));
            await load();
          }}
        />
      )}
      <UnitTable
        units={shown}
        all={data.units}
        levels={data.levels}
        selected={props.canEdit ? selected : null}
        onToggle={toggle}
        onEdit={props.canEdit ? (code) => setEditing({ code }) : null}
      />
    </section>
  );
}

function ErrorBar(props: { text: string }) {
  return (
    <MessageBar layout="multiline" intent="error">
      <MessageBarBody>{props.text}</MessageBarBody>
    </MessageBar>
  );
}
