import { Button, Field, Input, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { TaskEdit } from "../../shared/api/task-plan-schemas.ts";
import { dueText, partyText } from "../../shared/plan-tasks/due-text.ts";
import type { PlanTask } from "../../shared/plan-tasks/types.ts";
import type { Levels } from "../../shared/units/levels.ts";
import { useT } from "../ui/i18n.tsx";

/** One task's wording, time, parties and output, edited as the plan writes them. */
export function TaskEditor(props: {
  number: string;
  task: PlanTask;
  levels: Levels;
  onSave: (edit: TaskEdit) => Promise<void>;
  onCancel: () => void;
}) {
  const t = useT();
  const parties = (list: PlanTask["lead"]) => list.map((p) => partyText(p, props.levels)).join("; ");
  const [edit, setEdit] = useState<TaskEdit>({
    content: props.task.content, due: dueText(props.task.due), lead: parties(props.task.lead),
    support: parties(props.task.support), output: props.task.output,
  });
  const [busy, setBusy] = useState(false);
  const set = (field: keyof TaskEdit) => (value: string) => setEdit((old) => ({ ...old, [field]: value }));
  const save = async () => {
    setBusy(true);
    try {
      await props.onSave(edit);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div style={{ display: "grid", gap: 8, padding: 8, background: "#f5f5f5" }} data-testid="task-editor">
      <Subtitle2>{t("pEditTitle", { number: props.number })}</Subtitle2>
      <Field label={t("pContent")}><Textarea value={edit.content} onChange={(_, d) => set("content")(d.value)} rows={3} /></Field>
      <Field label={t("pDue")} hint={t("pDueHint")}><Input value={edit.due} onChange={(_, d) => set("due")(d.value)} data-testid="task-due" /></Field>
      <Field label={t("pLead")} hint={t("pPartiesHint")}><Input value={edit.lead} onChange={(_, d) => set("lead")(d.value)} data-testid="task-lead" /></Field>
      <Field label={t("pSupport")}><Input value={edit.support} onChange={(_, d) => set("support")(d.value)} /></Field>
      <Field label={t("pOutput")}><Input value={edit.output} onChange={(_, d) => set("output")(d.value)} /></Field>
      <div style={{ display: "flex", gap: 8 }}>
        <Button appearance="primary" disabled={busy} onClick={() => void save()}>{t("pSave")}</Button>
        <Button disabled={busy} onClick={props.onCancel}>{t("pCancel")}</Button>
      </div>
    </div>
  );
}
