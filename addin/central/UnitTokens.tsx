import { Button, MessageBar, MessageBarBody, Subtitle2 } from "@fluentui/react-components";
import { useCallback, useEffect, useState } from "react";
import type { RegistryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import type { IssuedToken } from "./SignInSheets.tsx";
import { TokenList, type TokenRecord } from "./TokenList.tsx";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** A unit's tokens, newest first, each revocable; and, unless `canIssue` is false (a merged unit), a new token with its sign-in sheet. */
export function UnitTokens(props: { api: RegistryApi; code: string; canIssue?: boolean; onIssued: (issued: IssuedToken[]) => void }) {
  const t = useT();
  const [tokens, setTokens] = useState<TokenRecord[] | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const load = useCallback(async () => {
    try {
      setTokens(await props.api.unitTokens(props.code));
    } catch (error) {
      setProblem(message(error));
    }
  }, [props.api, props.code]);

  useEffect(() => {
    void load();
  }, [load]);

  const issue = async () => {
    setProblem(null);
    try {
      props.onIssued(await props.api.issueTokens([props.code], null));
    } catch (error) {
      setProblem(message(error));
    }
  };

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="unit-tokens">
      <Subtitle2>{t("rTokens")}</Subtitle2>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {tokens && (
        <TokenList
          tokens={tokens}
          onRevoke={async (id) => {
            await props.api.revokeUnitToken(props.code, id);
            await load();
          }}
        />
      )}
      {props.canIssue !== false && (
        <Button style={{ justifySelf: "start" }} onClick={() => void issue()}>
          {t("rIssueOne")}
        </Button>
      )}
    </div>
  );
}
