import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { GridSheet } from "../../shared/layout/grid.ts";
import { NetworkError, type ApiClient } from "../api/client.ts";
import { useT } from "../ui/i18n.tsx";
import { saveFile } from "./save-file.ts";
import type { WorkbookPort } from "../ui/workbook-port.ts";

type Insert = WorkbookPort["insertSheets"];

type State =
  | { kind: "idle" }
  | { kind: "busy" }
  | { kind: "ask"; sheets: readonly GridSheet[]; existing: string[] }
  | { kind: "done"; names: string[] }
  | { kind: "failed"; message: string };

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));
const quoted = (names: readonly string[]) => names.map((n) => `«${n}»`).join(", ");

/**
 * The consolidated workbook of a period: downloaded as a file, or, in the add-in, inserted into the
 * open workbook (asking before sheets of the same names are replaced); and the city's draft report
 * in Word, downloaded.
 */
export function WorkbookActions(props: { client: ApiClient; periodId: string; insert?: Insert }) {
  const t = useT();
  const [state, setState] = useState<State>({ kind: "idle" });

  /** The worker's own message, the network's, or Excel's (named as Excel's). */
  const explain = (error: unknown, fromExcel: boolean) =>
    error instanceof NetworkError ? t("offline") : fromExcel ? t("excelError", { message: messageOf(error) }) : messageOf(error);

  const [drafting, setDrafting] = useState(false);
  const download = async (which: "workbook" | "draftReport") => {
    try {
      if (which === "draftReport") setDrafting(true);
      const { bytes, fileName } = await props.client[which](props.periodId);
      saveFile(bytes, fileName);
    } catch (error) {
      setState({ kind: "failed", message: explain(error, false) });
    } finally {
      setDrafting(false);
    }
  };

  const insert = async (insertSheets: Insert, given: readonly GridSheet[] | null, overwrite: boolean) => {
    setState({ kind: "busy" });
    let sheets = given;
    try {
      sheets ??= (await props.client.reportSheets(props.periodId)).sheets;
      const result = await insertSheets(sheets, { overwrite });
      if (result.existing.length > 0 && result.inserted.length === 0) setState({ kind: "ask", sheets, existing: result.existing });
      else setState({ kind: "done", names: result.inserted });
    } catch (error) {
      setState({ kind: "failed", message: explain(error, sheets !== null) });
    }
  };

  return (
    <div style={{ display: "grid", gap: 8, gridTemplateColumns: "minmax(0, 1fr)" }} data-testid="workbook-actions">
      <div style={{ display: "flex", gap: 8, flexWrap: "wrap" }}>
        <Button appearance="primary" onClick={() => void download("workbook")}>
          {t("cDownload")}
        </Button>
        <Button disabled={drafting} onClick={() => void download("draftReport")} data-testid="draft-report">
          {t("cDraftReport")}
        </Button>
        {props.insert && (
          <Button disabled={state.kind === "busy"} onClick={() => void insert(props.insert!, null, false)}>
            {t("cInsert")}
          </Button>
        )}
      </div>
      {state.kind === "busy" && <Spinner size="tiny" label={t("cInserting")} />}
      {drafting && <Spinner size="tiny" label={t("cDrafting")} />}
      {state.kind === "ask" && props.insert && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t("cInsertAsk", { sheets: quoted(state.existing), period: props.periodId })}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" appearance="primary" onClick={() => void insert(props.insert!, state.sheets, true)}>
              {t("cInsertReplace")}
            </Button>
            <Button size="small" onClick={() => setState({ kind: "idle" })}>
              {t("cancel")}
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {state.kind === "done" && (
        <MessageBar layout="multiline" intent="success">
          <MessageBarBody>{t("cInserted", { count: state.names.length, period: props.periodId, sheets: quoted(state.names) })}</MessageBarBody>
        </MessageBar>
      )}
      {state.kind === "failed" && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{state.message}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
