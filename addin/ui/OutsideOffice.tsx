import { Body1, Link, MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";
import { useT } from "./i18n.tsx";

/** What the pane says when it is opened in a plain browser rather than in Excel. */
export function OutsideOffice() {
  const t = useT();
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}>
      <MessageBar layout="multiline" intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t("outsideTitle")}</MessageBarTitle>
          {t("outsideBody")}
        </MessageBarBody>
      </MessageBar>
      <Body1>{t("outsideInstall")}</Body1>
      <Link href="/#cai-dat">{t("outsideGuide")}</Link>
    </div>
  );
}
