import { Button, Caption1, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { RegistryImport as ImportAnswer } from "../../shared/api/schemas.ts";
import type { Levels } from "../../shared/units/levels.ts";
import type { RegistryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import { ImportIssues, ImportPlan } from "./ImportPlan.tsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The file's type as the import is sent (the worker reads the bytes either way). */
const contentType = (file: File) => (/\.csv$/i.test(file.name) ? "text/csv; charset=utf-8" : XLSX);

/**
 * A unit list from an .xlsx or .csv: «Kiểm tra tệp» shows what it would do (or every issue, nothing
 * stored), «Áp dụng» stores it all at once; `onApplied` says what was done.
 */
export function RegistryImport(props: { api: RegistryApi; levels: Levels; onApplied: (notice: string) => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [answer, setAnswer] = useState<ImportAnswer | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0); // a new key empties the file input after an import

  const send = async (apply: boolean) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const { answer: result } = await props.api.importUnits(file, contentType(file), apply);
      if (apply && result.applied) {
        setAnswer(null);
        setFile(null);
        setInputKey((k) => k + 1);
        props.onApplied(t("rApplied", { created: result.plan.create.length, updated: result.plan.update.length }));
      } else setAnswer(result);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const plan = answer && answer.issues.length === 0 ? answer.plan : null;
  const changes = plan ? plan.create.length + plan.update.length : 0;
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="registry-import">
      <Subtitle2>{t("rImport")}</Subtitle2>
      <Caption1>{t("rImportHint")}</Caption1>
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <label style={{ display: "grid", gap: 4 }}>
          <span>{t("rImportFile")}</span>
          <input
            key={inputKey}
            type="file"
            accept=".xlsx,.csv,text/csv"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setAnswer(null);
              setProblem(null);
            }}
          />
        </label>
        <Button disabled={!file || busy} onClick={() => void send(false)}>
          {t("rCheckFile")}
        </Button>
      </div>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {answer && answer.issues.length > 0 && <ImportIssues issues={answer.issues} />}
      {plan && <ImportPlan plan={plan} levels={props.levels} />}
      {plan && changes > 0 && (
        <Button appearance="primary" style={{ justifySelf: "start" }} disabled={busy} onClick={() => void send(true)}>
          {t("rApply")}
        </Button>
      )}
    </section>
  );
}
