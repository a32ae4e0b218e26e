import { Button, MessageBar, MessageBarBody } from "@fluentui/react-components";
import { useState } from "react";
import { useT } from "../ui/i18n.tsx";
import { vnDate } from "../../shared/text/vietnam-format.ts";

/** A unit's new token, as `POST /api/v1/tokens` answers it: shown once. */
export interface IssuedToken {
  code: string;
  name: string;
  token: string;
}

/**
 * Printing shows the sheets only, one a page: every element not on the way to them is hidden
 * (`:has` keeps their ancestors), so the page's header, tabs and buttons stay off the paper.
 */
const PRINT_CSS = `
@media print {
  body *:not(:has(.baocao-sheets)):not(.baocao-sheets):not(.baocao-sheets *) { display: none !important; }
  .baocao-sheet { break-after: page; page-break-after: always; border: none !important; margin: 0 !important; }
  .baocao-sheet:last-child { break-after: auto; page-break-after: auto; }
}`;

/** One printable sign-in sheet per unit, «In phiếu» and «Đóng» (confirmed: the tokens are not shown again). */
export function SignInSheets(props: { issued: readonly IssuedToken[]; expiresOn: string | null; levelOf: (code: string) => string; onClose: () => void }) {
  const t = useT();
  const [closing, setClosing] = useState(false);
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }} data-testid="sign-in-sheets">
      <style>{PRINT_CSS}</style>
      <MessageBar layout="multiline" intent="warning">
        <MessageBarBody>{t("rSheetsWarning")}</MessageBarBody>
      </MessageBar>
      <div style={{ display: "flex", gap: 8, alignItems: "center", flexWrap: "wrap" }}>
        <strong>{t("rSheetsCount", { n: props.issued.length })}</strong>
        <Button appearance="primary" onClick={() => window.print()}>
          {t("rPrint")}
        </Button>
        {closing ? (
          <>
            <span>{t("rCloseConfirm")}</span>
            <Button onClick={props.onClose}>{t("rCloseYes")}</Button>
            <Button onClick={() => setClosing(false)}>{t("cancel")}</Button>
          </>
        ) : (
          <Button onClick={() => setClosing(true)}>{t("rClose")}</Button>
        )}
      </div>
      <div className="baocao-sheets" style={{ display: "grid", gap: 16 }}>
        {props.issued.map((issued) => (
          <Sheet key={issued.code} issued={issued} level={props.levelOf(issued.code)} validUntil={props.expiresOn ? vnDate(props.expiresOn) : t("rNoExpiry")} />
        ))}
      </div>
    </section>
  );
}

function Sheet(props: { issued: IssuedToken; level: string; validUntil: string }) {
  const t = useT();
  const origin = window.location.origin;
  const row = { margin: "4px 0" };
  return (
    <article
      className="baocao-sheet"
      data-testid="sign-in-sheet"
      data-code={props.issued.code}
      style={{ border: "1px solid #8a8a8a", padding: 24, fontFamily: "'Times New Roman', serif", fontSize: 15, lineHeight: 1.45, background: "#fff", color: "#000" }}
    >
      <h2 style={{ textAlign: "center", fontSize: 18, margin: "0 0 16px" }}>{t("rSheetTitle")}</h2>
      <p style={row}>
        {t("rSheetUnit")}: <strong data-testid="sheet-unit">{props.issued.name}</strong>
      </p>
      <p style={row}>
        {t("rCode")}: <strong>{props.issued.code}</strong> · {t("rLevel")}: {props.level}
      </p>
      <p style={row}>
        {t("rSheetAddress")}: <strong>{origin}</strong>
      </p>
      <p style={row}>
        {t("rSheetUpload")}: <strong>{`${origin}/upload`}</strong>
      </p>
      <p style={{ ...row, marginTop: 16 }}>{t("rSheetToken")}:</p>
      <p data-testid="sheet-token" style={{ fontFamily: "'Consolas', 'Courier New', monospace", fontSize: 22, fontWeight: 700, wordBreak: "break-all", border: "1px dashed #000", padding: "8px 12px", margin: "4px 0" }}>
        {props.issued.token}
      </p>
      <p style={row}>
        {t("rSheetValid")}: <strong>{props.validUntil}</strong>
      </p>
      <h3 style={{ fontSize: 16, margin: "16px 0 4px" }}>{t("rSheetInstall")}</h3>
      <ol style={{ margin: 0, paddingLeft: 20 }}>
        <li>{t("rSheetInstallStore")}</li>
        <li>{t("rSheetInstallFile", { url: `${origin}/manifest.xml` })}</li>
      </ol>
      <h3 style={{ fontSize: 16, margin: "16px 0 4px" }}>{t("rSheetSignIn")}</h3>
      <p style={row}>{t("rSheetSignInSteps")}</p>
      <p style={{ ...row, marginTop: 16, fontWeight: 700 }}>{t("rSheetSecret")}</p>
    </article>
  );
}
