import { Button, Caption1, Input } from "@fluentui/react-components";
import { useState } from "react";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { useT } from "./i18n.tsx";

/**
 * A period not in the list, typed by its id: a late report, an amendment asked for, a plan's
 * progress for a past quarter or year ("2025-Q4", "2025").
 */
export function OtherPeriod(props: { disabled: boolean; onChoose: (id: string) => void }) {
  const t = useT();
  const [text, setText] = useState("");
  const [wrong, setWrong] = useState(false);
  const open = () => {
    const period = parsePeriodId(text.trim());
    setWrong(period === null);
    if (period) {
      props.onChoose(period.id);
      setText("");
    }
  };
  return (
    <div style={{ display: "grid", gap: 4 }}>
      <div style={{ display: "flex", gap: 8, alignItems: "center" }}>
        <Input value={text} onChange={(_, d) => { setText(d.value); setWrong(false); }} aria-label={t("otherPeriod")} placeholder={t("otherPeriod")}
          onKeyDown={(event) => { if (event.key === "Enter") open(); }} disabled={props.disabled} />
        <Button onClick={open} disabled={props.disabled || text.trim() === ""}>{t("openPeriod")}</Button>
      </div>
      {wrong && <Caption1 role="alert">{t("badPeriod", { text: text.trim() })}</Caption1>}
    </div>
  );
}
