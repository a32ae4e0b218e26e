import { Button, Caption1, Checkbox, Field, Input, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { RegistryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import type { IssuedToken } from "./SignInSheets.tsx";

/** The selection's controls: select all shown, clear, and issue a token for each selected unit (optionally until a day). */
export function IssueTokensBar(props: {
  api: RegistryApi;
  codes: string[];
  allShownSelected: boolean;
  onToggleAll: () => void;
  onClear: () => void;
  onIssued: (issued: IssuedToken[], expiresOn: string | null) => void;
}) {
  const t = useT();
  const [expiresOn, setExpiresOn] = useState("");
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);

  const issue = async () => {
    setBusy(true);
    setProblem(null);
    try {
      const until = expiresOn || null;
      props.onIssued(await props.api.issueTokens(props.codes, until), until);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="issue-bar">
      <div style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}>
        <Checkbox checked={props.allShownSelected} onChange={props.onToggleAll} label={t("rSelectAll")} />
        <span data-testid="selected-count">{t("rSelected", { n: props.codes.length })}</span>
        {props.codes.length > 0 && (
          <Button size="small" onClick={props.onClear}>
            {t("rClearSelection")}
          </Button>
        )}
        <Field label={t("rExpiresOn")}>
          <Input type="date" value={expiresOn} onChange={(_, d) => setExpiresOn(d.value)} />
        </Field>
        <Button appearance="primary" disabled={busy || props.codes.length === 0} onClick={() => void issue()}>
          {t("rIssue")}
        </Button>
      </div>
      <Caption1>{t("rIssueHint")}</Caption1>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
