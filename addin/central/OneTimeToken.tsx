import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../ui/i18n.tsx";

/** A new staff token, shown this once: the token to select or copy, the hint to hand it over, «Đóng». */
export function OneTimeToken(props: { name: string; token: string; onDismiss: () => void }) {
  const t = useT();
  const [copied, setCopied] = useState(false);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(props.token);
      setCopied(true);
    } catch {
      // No clipboard here (an old webview, no permission): the token stays on screen to select by hand.
    }
  };
  return (
    <MessageBar layout="multiline" intent="warning">
      <MessageBarBody>
        <div style={{ display: "grid", gap: 6 }}>
          <span>{t("rStaffNewToken", { name: props.name })}</span>
          <code data-testid="new-token" style={{ fontSize: 16, fontWeight: 700, wordBreak: "break-all", userSelect: "all" }}>
            {props.token}
          </code>
          <span>{t("rCopyHint")}</span>
          <div style={{ display: "flex", gap: 8 }}>
            <Button size="small" onClick={() => void copy()}>
              {copied ? t("rCopied") : t("rCopy")}
            </Button>
            <Button size="small" onClick={props.onDismiss}>
              {t("rClose")}
            </Button>
          </div>
        </div>
      </MessageBarBody>
    </MessageBar>
  );
}
