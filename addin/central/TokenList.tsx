import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import type { z } from "zod";
import type { TokenRecordSchema } from "../../shared/api/schemas.ts";
import { useT } from "../ui/i18n.tsx";
import { vnClock, vnDay } from "../../shared/text/vietnam-format.ts";

export type TokenRecord = z.infer<typeof TokenRecordSchema>;

const cell = { padding: "2px 8px", textAlign: "left" as const, verticalAlign: "top" as const };

/**
 * Tokens as their holder's list shows them (issued, last used or «chưa dùng», expiry, revoked), with
 * «Thu hồi» for each active one after a confirmation, when `onRevoke` is given.
 */
export function TokenList(props: { tokens: readonly TokenRecord[]; onRevoke?: (id: number) => Promise<void> }) {
  const t = useT();
  const [confirming, setConfirming] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  if (props.tokens.length === 0) return <span>{t("rNoTokens")}</span>;

  const revoke = async (id: number) => {
    setProblem(null);
    try {
      await props.onRevoke!(id);
      setConfirming(null);
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };
  const state = (token: TokenRecord) =>
    token.revokedAt ? t("rRevokedAt", { at: vnClock(token.revokedAt) })
    : token.expiresAt && Date.parse(token.expiresAt) <= Date.now() ? t("rExpired")
    : t("rActive");

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 4, overflowX: "auto" }}>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <table style={{ borderCollapse: "collapse", fontSize: 13 }} data-testid="token-list">
        <thead>
          <tr>
            {(["rTokenNo", "rIssuedAt", "rLastUsed", "rExpires", "rState"] as const).map((key) => (
              <th key={key} style={cell}>{t(key)}</th>
            ))}
            {props.onRevoke && <th style={cell} />}
          </tr>
        </thead>
        <tbody>
          {props.tokens.map((token) => (
            <tr key={token.id} style={{ borderTop: "1px solid #e0e0e0" }} data-token={token.id}>
              <td style={cell}>{token.id}</td>
              <td style={cell}>{vnClock(token.createdAt)}</td>
              <td style={cell}>{token.lastUsedAt ? vnClock(token.lastUsedAt) : t("rNeverUsed")}</td>
              <td style={cell}>{token.expiresAt ? vnDay(token.expiresAt) : t("rNoExpiry")}</td>
              <td style={cell}>{state(token)}</td>
              {props.onRevoke && (
                <td style={cell}>
                  {token.revokedAt ? null : confirming === token.id ? (
                    <span style={{ display: "inline-flex", gap: 4, alignItems: "center", flexWrap: "wrap" }}>
                      {t("rRevokeConfirm", { id: token.id })}
                      <Button size="small" appearance="primary" onClick={() => void revoke(token.id)}>
                        {t("rRevokeYes")}
                      </Button>
                      <Button size="small" onClick={() => setConfirming(null)}>
                        {t("cancel")}
                      </Button>
                    </span>
                  ) : (
                    <Button size="small" onClick={() => setConfirming(token.id)}>
                      {t("rRevoke")}
                    </Button>
                  )}
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
