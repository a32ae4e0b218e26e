import { Button, Field, Input, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "./i18n.tsx";
import type { Session } from "./use-session.ts";

/** The token form. */
export function SignIn(props: {
  problem?: Extract<Session, { state: "signed-out" }>["problem"];
  onSignIn: (token: string) => Promise<void>;
  /** The central office's page asks for its own token. */
  central?: boolean;
}) {
  const t = useT();
  const [token, setToken] = useState("");
  const [busy, setBusy] = useState(false);
  const problem = props.problem === "bad-token" ? t("badToken") : props.problem === "central-token" ? t("centralToken") : props.problem === "offline" ? t("offline") : null;
  return (
    <form
      style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}
      onSubmit={async (event) => {
        event.preventDefault();
        setBusy(true);
        await props.onSignIn(token.trim());
        setBusy(false);
      }}
    >
      <Subtitle2>{t("signInTitle")}</Subtitle2>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <Field label={t(props.central ? "adminTokenLabel" : "tokenLabel")} hint={t(props.central ? "adminTokenHint" : "tokenHint")}>
        <Input type="password" value={token} onChange={(_, data) => setToken(data.value)} autoComplete="off" name="token" />
      </Field>
      <Button appearance="primary" type="submit" disabled={busy || token.trim() === ""}>
        {t("signIn")}
      </Button>
    </form>
  );
}
