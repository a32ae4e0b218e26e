import { Button, Caption1, Subtitle2, Textarea } from "@fluentui/react-components";
import { useState } from "react";
import type { PlanProgressView } from "../../shared/api/task-plan-schemas.ts";
import { reminderText } from "../../shared/plan-tasks/reminder-text.ts";
import { useT } from "../ui/i18n.tsx";
import { vnDate } from "../../shared/text/vietnam-format.ts";

/** The lead units past a task's time, as a list to read and as text to copy into a reminder. */
export function OverdueList(props: { progress: PlanProgressView }) {
  const t = useT();
  const [copied, setCopied] = useState<"yes" | "refused" | null>(null);
  const { overdue, asOf } = props.progress;
  const text = reminderText(props.progress);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied("yes");
    } catch {
      setCopied("refused");
    }
  };
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="overdue">
      <Subtitle2>{t("pOverdue", { n: overdue.length })}</Subtitle2>
      {overdue.length === 0 ? (
        <Caption1>{t("pNoOverdue", { date: vnDate(asOf) })}</Caption1>
      ) : (
        <>
          <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
            <Button onClick={() => void copy()} data-testid="copy-reminder">{t("pCopy")}</Button>
            {copied && <Caption1 role="status">{t(copied === "yes" ? "pCopied" : "pCopyFailed")}</Caption1>}
          </div>
          <Textarea readOnly value={text} aria-label={t("pReminderText")} rows={Math.min(12, text.split("\n").length)} data-testid="reminder-text"
            textarea={{ style: { fontFamily: "inherit", whiteSpace: "pre" } }} />
        </>
      )}
    </section>
  );
}
