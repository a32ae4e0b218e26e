import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { Unit } from "../../shared/units/levels.ts";
import type { RegistryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import { RetirementFields } from "./RetirementFields.tsx";
import { retirementSentence, vnMonth } from "./succession-words.ts";
import { Confirmable } from "./UnitRetirement.tsx";

type Outcome = { merged: string[]; failed: { name: string; message: string }[] };

/**
 * «Sáp nhập các đơn vị đã chọn vào…»: the selected units merged into one from a month, one request
 * per unit, then which were merged and which the server refused, in its words.
 */
export function MergeSelectedBar(props: { api: RegistryApi; units: readonly Unit[]; codes: readonly string[]; onMerged: (codes: string[]) => Promise<void> }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  const [month, setMonth] = useState(() => vnMonth(new Date()));
  const [successor, setSuccessor] = useState("");
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const nameOf = (code: string) => props.units.find((unit) => unit.code === code)?.name ?? code;

  const merge = async () => {
    setBusy(true);
    const done: Outcome = { merged: [], failed: [] };
    const mergedCodes: string[] = [];
    for (const code of props.codes) {
      try {
        await props.api.retire(code, month, successor);
        done.merged.push(nameOf(code));
        mergedCodes.push(code);
      } catch (error) {
        done.failed.push({ name: nameOf(code), message: error instanceof Error ? error.message : String(error) });
      }
    }
    setOutcome(done);
    setConfirming(false);
    if (done.failed.length === 0) setOpen(false);
    setBusy(false);
    if (mergedCodes.length > 0) await props.onMerged(mergedCodes);
  };

  const chosen = new Set(props.codes);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="merge-selected">
      {outcome && outcome.merged.length > 0 && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody data-testid="merge-selected-done">{t("rMergeSelectedDone", { names: outcome.merged.join(", ") })}</MessageBarBody>
        </MessageBar>
      )}
      {outcome?.failed.map((failure) => (
        <MessageBar key={failure.name} layout="multiline" intent="error">
          <MessageBarBody>{t("rMergeSelectedFailed", failure)}</MessageBarBody>
        </MessageBar>
      ))}
      {!open ? (
        <Button style={{ justifySelf: "start" }} disabled={props.codes.length === 0} onClick={() => { setOpen(true); setOutcome(null); }}>
          {t("rMergeSelected")}
        </Button>
      ) : (
        <>
          <RetirementFields
            units={props.units}
            exclude={chosen}
            allowClose={false}
            month={month}
            onMonth={(m) => { setMonth(m); setConfirming(false); }}
            successor={successor}
            onSuccessor={(s) => { setSuccessor(s); setConfirming(false); }}
          />
          <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
            <Confirmable
              label={t("rMergeSelected")}
              disabled={month === "" || successor === "" || props.codes.length === 0 || chosen.has(successor)}
              question={successor === "" ? "" : retirementSentence(props.codes.map(nameOf), month, nameOf(successor), t)}
              confirming={confirming}
              busy={busy}
              onConfirming={setConfirming}
              onConfirm={() => void merge()}
            />
            {!confirming && <Button onClick={() => setOpen(false)}>{t("rClose")}</Button>}
          </div>
        </>
      )}
    </div>
  );
}
