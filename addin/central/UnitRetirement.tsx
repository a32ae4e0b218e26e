import { Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import type { Unit } from "../../shared/units/levels.ts";
import type { RegistryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import { CLOSE_ONLY, RetirementFields } from "./RetirementFields.tsx";
import { monthVi, retirementBadge, retirementSentence, vnMonth } from "./succession-words.ts";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * «Sáp nhập / ngừng hoạt động» of one unit (administrators): from a month, into a successor or
 * simply closed, after a confirmation saying what it does; a merged or closed unit offers the undo.
 */
export function UnitRetirement(props: { api: RegistryApi; unit: Unit; units: readonly Unit[]; onChanged: (notice: string) => Promise<void> }) {
  const t = useT();
  const { unit } = props;
  const [month, setMonth] = useState(() => vnMonth(new Date()));
  const [successor, setSuccessor] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const nameOf = (code: string) => props.units.find((u) => u.code === code)?.name;

  const run = async (action: () => Promise<string>) => {
    setBusy(true);
    setProblem(null);
    try {
      const notice = await action();
      setConfirming(false);
      await props.onChanged(notice);
    } catch (error) {
      setProblem(message(error));
    } finally {
      setBusy(false);
    }
  };
  const retire = () =>
    run(async () => {
      const into = successor === CLOSE_ONLY ? null : successor;
      await props.api.retire(unit.code, month, into);
      return into === null
        ? t("rRetired", { name: unit.name, month: monthVi(month) })
        : t("rMerged", { name: unit.name, successor: nameOf(into) ?? into, month: monthVi(month) });
    });
  const undo = () =>
    run(async () => {
      await props.api.reinstate(unit.code);
      return t("rUndone", { name: unit.name });
    });

  const badge = retirementBadge(unit, nameOf, t);
  const sentence = successor === "" ? "" : retirementSentence([unit.name], month, successor === CLOSE_ONLY ? null : (nameOf(successor) ?? successor), t);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="unit-retirement">
      <Subtitle2>{t("rRetirement")}</Subtitle2>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {badge ? (
        <>
          <span data-testid="retirement-state">{badge}</span>
          <Confirmable
            label={unit.mergedInto ? t("rUndoMerge") : t("rUndoRetire")}
            question={t("rUndoConfirm", { name: unit.name, month: monthVi(unit.retiredFrom!) })}
            confirming={confirming}
            busy={busy}
            onConfirming={setConfirming}
            onConfirm={() => void undo()}
          />
        </>
      ) : (
        <>
          <RetirementFields
            units={props.units}
            exclude={new Set([unit.code])}
            allowClose
            month={month}
            onMonth={(m) => { setMonth(m); setConfirming(false); }}
            successor={successor}
            onSuccessor={(s) => { setSuccessor(s); setConfirming(false); }}
          />
          <Confirmable
            label={t("rRetireGo")}
            disabled={month === "" || successor === ""}
            question={sentence}
            confirming={confirming}
            busy={busy}
            onConfirming={setConfirming}
            onConfirm={() => void retire()}
          />
        </>
      )}
    </div>
  );
}

/** A button that first asks: the question in words, «Xác nhận» and «Hủy». */
export function Confirmable(props: {
  label: string;
  question: string;
  confirming: boolean;
  busy: boolean;
  disabled?: boolean;
  onConfirming: (confirming: boolean) => void;
  onConfirm: () => void;
}) {
  const t = useT();
  if (!props.confirming) {
    return (
      <Button style={{ justifySelf: "start" }} disabled={props.disabled || props.busy} onClick={() => props.onConfirming(true)}>
        {props.label}
      </Button>
    );
  }
  return (
    <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
      <span data-testid="confirm-question">{props.question}</span>
      <Button appearance="primary" disabled={props.busy} onClick={props.onConfirm}>
        {t("rRetireYes")}
      </Button>
      <Button disabled={props.busy} onClick={() => props.onConfirming(false)}>
        {t("cancel")}
      </Button>
    </div>
  );
}
