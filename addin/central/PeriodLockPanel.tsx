import { Button, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { PeriodLock } from "../../shared/api/schemas.ts";
import type { ApiClient } from "../api/client.ts";
import { useT } from "../ui/i18n.tsx";
import { actorWords } from "./audit-words.ts";
import { vnClock } from "../../shared/text/vietnam-format.ts";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A period's lock state (since when, by whom, why), with "Khóa sổ" (reason, confirmation) and "Mở lại". */
export function PeriodLockPanel(props: { client: ApiClient; periodId: string; onChanged: () => void }) {
  const t = useT();
  const [lock, setLock] = useState<PeriodLock | null>(null);
  const [reason, setReason] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setLock(null);
    setConfirming(false);
    setProblem(null);
    props.client.lockState(props.periodId).then(
      (state) => live && setLock(state),
      (error: unknown) => live && setProblem(message(error)),
    );
    return () => {
      live = false;
    };
  }, [props.client, props.periodId]);

  const change = async (locked: boolean) => {
    try {
      setLock(await props.client.setLocked(props.periodId, locked, reason));
      setReason("");
      setConfirming(false);
      props.onChanged();
    } catch (error) {
      setProblem(message(error));
    }
  };

  const because = (why: string | null) => (why ? t("cReasonSuffix", { reason: why }) : "");
  return (
    <div style={{ display: "grid", gap: 8, gridTemplateColumns: "minmax(0, 1fr)" }} data-testid="lock">
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {lock && (
        <MessageBar layout="multiline" intent={lock.locked ? "warning" : "info"}>
          <MessageBarBody data-testid="lock-state">
            {lock.locked
              ? t("cLocked", { at: vnClock(lock.lockedAt!), by: actorWords(lock.lockedBy ?? "", t), reason: because(lock.reason) })
              : lock.reopenedAt
                ? `${t("cLockOpen")} ${t("cLockReopened", { at: vnClock(lock.reopenedAt), by: actorWords(lock.reopenedBy ?? "", t), reason: because(lock.reason) })}`
                : t("cLockOpen")}
          </MessageBarBody>
        </MessageBar>
      )}
      {lock && (
        <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
          <Field label={t("cLockReason")}>
            <Input value={reason} onChange={(_, data) => setReason(data.value)} />
          </Field>
          {lock.locked ? (
            <Button onClick={() => void change(false)}>{t("cReopen")}</Button>
          ) : confirming ? (
            <>
              <span>{t("cLockConfirm", { period: props.periodId })}</span>
              <Button appearance="primary" onClick={() => void change(true)}>
                {t("cLockYes")}
              </Button>
              <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
            </>
          ) : (
            <Button appearance="primary" onClick={() => setConfirming(true)}>
              {t("cLock")}
            </Button>
          )}
        </div>
      )}
    </div>
  );
}
