import { Button, Caption1, FluentProvider, Spinner, webLightTheme } from "@fluentui/react-components";
import { useMemo } from "react";
import { CentralTabs } from "../central/CentralTabs.tsx";
import { Outbox } from "../state/outbox.ts";
import type { KeyValueStore } from "../state/storage.ts";
import { LangProvider, useLang, useT } from "./i18n.tsx";
import { OutsideOffice } from "./OutsideOffice.tsx";
import { PageHeader, useStoredLang } from "./PageHeader.tsx";
import { SignIn } from "./SignIn.tsx";
import { useSession } from "./use-session.ts";
import type { WorkbookPort } from "./workbook-port.ts";
import { Workspace } from "./Workspace.tsx";

/** The task pane: outside Excel it explains itself; inside, sign-in and then the unit's workspace. */
export function App(props: { workbook: WorkbookPort | null; store: KeyValueStore; base: string; now?: () => Date }) {
  const [lang, toggleLang] = useStoredLang(props.store);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <LangProvider lang={lang}>
        <div style={{ padding: 12, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}>
          <PageHeader title="appTitle" onToggleLang={toggleLang} />
          {props.workbook ? <InExcel {...props} workbook={props.workbook} /> : <OutsideOffice />}
        </div>
      </LangProvider>
    </FluentProvider>
  );
}

function InExcel(props: { workbook: WorkbookPort; store: KeyValueStore; base: string; now?: () => Date }) {
  const t = useT();
  const lang = useLang();
  const { session, signIn, signOut, expire } = useSession(props.store, props.base);
  const outbox = useMemo(() => new Outbox(props.store), [props.store]);
  if (session.state === "checking") return <Spinner label={t("loading")} />;
  if (session.state === "signed-out") return <SignIn problem={session.problem} onSignIn={(token) => signIn(token)} />;
  if (session.state === "central") {
    return (
      <>
        <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}>
          <strong>{t("cCentralTitle")}</strong>
          <Button size="small" onClick={signOut}>
            {t("signOut")}
          </Button>
        </div>
        <CentralTabs client={session.client} now={props.now?.() ?? new Date()} workbook={props.workbook} />
      </>
    );
  }
  return (
    <>
      <div style={{ display: "flex", justifyContent: "space-between", alignItems: "center", gap: 8 }}>
        <div style={{ display: "grid" }} data-testid="unit">
          <strong>{session.unit.name}</strong>
          <Caption1>
            {session.unit.code} · {session.unit.levelName?.[lang] ?? session.unit.level}
          </Caption1>
        </div>
        <Button size="small" onClick={signOut}>
          {t("signOut")}
        </Button>
      </div>
      <Workspace
        unit={session.unit}
        client={session.client}
        workbook={props.workbook}
        outbox={outbox}
        store={props.store}
        now={props.now?.() ?? new Date()}
        onUnauthorized={expire}
      />
    </>
  );
}
