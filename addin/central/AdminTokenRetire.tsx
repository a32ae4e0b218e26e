import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { RegistryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";

/** «Ngừng dùng mã quản trị khởi tạo (ADMIN_TOKEN)», after a confirmation; the server's refusal (409) as it words it. */
export function AdminTokenRetire(props: { api: RegistryApi }) {
  const t = useT();
  const [confirming, setConfirming] = useState(false);
  const [outcome, setOutcome] = useState<{ ok: boolean; text: string } | null>(null);
  const retire = async () => {
    try {
      await props.api.retireAdminToken();
      setOutcome({ ok: true, text: t("rAdminRetired") });
    } catch (error) {
      setOutcome({ ok: false, text: error instanceof Error ? error.message : String(error) });
    }
    setConfirming(false);
  };
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="admin-token">
      {outcome && (
        <MessageBar layout="multiline" intent={outcome.ok ? "success" : "error"}>
          <MessageBarBody>{outcome.text}</MessageBarBody>
        </MessageBar>
      )}
      {confirming ? (
        <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
          <span>{t("rRetireAdminConfirm")}</span>
          <Button appearance="primary" onClick={() => void retire()}>
            {t("rRetireAdminYes")}
          </Button>
          <Button onClick={() => setConfirming(false)}>{t("cancel")}</Button>
        </div>
      ) : (
        <Button style={{ justifySelf: "start" }} onClick={() => setConfirming(true)}>
          {t("rRetireAdminToken")}
        </Button>
      )}
    </div>
  );
}
