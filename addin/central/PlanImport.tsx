import { Button, Caption1, Input, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { TaskPlanImport } from "../../shared/api/task-plan-schemas.ts";
import type { PlansApi } from "../api/plans-client.ts";
import { useT } from "../ui/i18n.tsx";
import { ImportIssueTable } from "./ImportIssueTable.tsx";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
const contentType = (file: File) => (/\.csv$/i.test(file.name) ? "text/csv; charset=utf-8" : XLSX);

/**
 * A plan's task table from an .xlsx (or .csv): «Kiểm tra tệp» reads it and shows every issue by row
 * and column (nothing stored) or what it holds and replaces; «Lưu kế hoạch» stores it whole.
 */
export function PlanImport(props: { api: PlansApi; onApplied: (planId: string, notice: string) => void }) {
  const t = useT();
  const [file, setFile] = useState<File | null>(null);
  const [heading, setHeading] = useState({ id: "", title: "", year: String(new Date().getFullYear()) });
  const [answer, setAnswer] = useState<TaskPlanImport | null>(null);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [inputKey, setInputKey] = useState(0);

  const send = async (apply: boolean) => {
    if (!file) return;
    setBusy(true);
    setProblem(null);
    try {
      const result = await props.api.importPlan(file, contentType(file), heading, apply);
      if (apply && result.applied && result.plan) {
        setAnswer(null);
        setFile(null);
        setInputKey((k) => k + 1);
        props.onApplied(result.plan.id, t("pImported", { title: result.plan.title, n: result.plan.tasks.length }));
      } else setAnswer(result);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const edit = (field: keyof typeof heading) => (value: string) => {
    setHeading((old) => ({ ...old, [field]: value }));
    setAnswer(null);
  };
  const changes = answer?.changes;
  const ready = answer && answer.issues.length === 0 && answer.plan;
  const unchanged = changes && changes.replaces && changes.added.length + changes.changed.length + changes.removed.length === 0;
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="plan-import">
      <Subtitle2>{t("pImport")}</Subtitle2>
      <Caption1>{t("pImportHint")}</Caption1>
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <label style={{ display: "grid", gap: 4 }}>
          <span>{t("pPlanId")}</span>
          <Input value={heading.id} onChange={(_, d) => edit("id")(d.value)} data-testid="plan-id" />
        </label>
        <label style={{ display: "grid", gap: 4, minWidth: 280 }}>
          <span>{t("pPlanTitle")}</span>
          <Input value={heading.title} onChange={(_, d) => edit("title")(d.value)} data-testid="plan-title" />
        </label>
        <label style={{ display: "grid", gap: 4, width: 90 }}>
          <span>{t("pPlanYear")}</span>
          <Input value={heading.year} onChange={(_, d) => edit("year")(d.value)} data-testid="plan-year" />
        </label>
      </div>
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <label style={{ display: "grid", gap: 4 }}>
          <span>{t("pFile")}</span>
          <input
            key={inputKey}
            type="file"
            accept=".xlsx,.csv,text/csv"
            data-testid="plan-file"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setAnswer(null);
              setProblem(null);
            }}
          />
        </label>
        <Button disabled={!file || busy} onClick={() => void send(false)}>{t("pCheck")}</Button>
      </div>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {answer && answer.issues.length > 0 && (
        <ImportIssueTable
          summary={t("pIssues", { n: answer.issues.length })}
          rows={answer.issues.map((issue) => ({ row: issue.row, column: issue.column ?? "", message: issue.message }))}
        />
      )}
      {ready && changes && (
        <MessageBar layout="multiline" intent="info" data-testid="plan-import-summary">
          <MessageBarBody>
            {t("pWillStore", { n: answer.plan!.tasks.length })}{" "}
            {unchanged ? t("pNoChange") : changes.replaces
              ? t("pReplaces", { id: answer.plan!.id, added: changes.added.length, changed: changes.changed.length, removed: changes.removed.length })
              : ""}
            {answer.plan!.unmatched.length > 0 && <> {t("pUnmatched", { names: answer.plan!.unmatched.join("; ") })}</>}
          </MessageBarBody>
        </MessageBar>
      )}
      {ready && !unchanged && (
        <Button appearance="primary" style={{ justifySelf: "start" }} disabled={busy} onClick={() => void send(true)}>
          {t("pApply")}
        </Button>
      )}
    </section>
  );
}
