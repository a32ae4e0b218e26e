import { Button, FluentProvider, MessageBar, MessageBarBody, Spinner, webLightTheme } from "@fluentui/react-components";
import type { KeyValueStore } from "../state/storage.ts";
import { LangProvider, useT } from "../ui/i18n.tsx";
import { PageHeader, useStoredLang } from "../ui/PageHeader.tsx";
import { SignIn } from "../ui/SignIn.tsx";
import { useSession } from "../ui/use-session.ts";
import { CentralTabs } from "./CentralTabs.tsx";

/** The central office's pages in a plain browser: sign in with the central token, then the periods, the units and (administrators) the staff. */
export function CentralPage(props: { store: KeyValueStore; base: string }) {
  const [lang, toggleLang] = useStoredLang(props.store);
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: "100vh" }}>
      <LangProvider lang={lang}>
        <div style={{ padding: 16, display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12, maxWidth: 1200, margin: "0 auto" }}>
          <PageHeader title="cCentralTitle" onToggleLang={toggleLang} />
          <Body store={props.store} base={props.base} />
        </div>
      </LangProvider>
    </FluentProvider>
  );
}

function Body(props: { store: KeyValueStore; base: string }) {
  const t = useT();
  const { session, signIn, signOut } = useSession(props.store, props.base, true);
  if (session.state === "checking") return <Spinner label={t("loading")} />;
  if (session.state === "signed-out") return <SignIn central problem={session.problem} onSignIn={(token) => signIn(token)} />;
  if (session.state === "signed-in") {
    return (
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>
          {t("cUnitHere")} <Button size="small" onClick={signOut}>{t("signOut")}</Button>
        </MessageBarBody>
      </MessageBar>
    );
  }
  return (
    <>
      <div>
        <Button size="small" onClick={signOut}>
          {t("signOut")}
        </Button>
      </div>
      <CentralTabs client={session.client} now={new Date()} />
    </>
  );
}
