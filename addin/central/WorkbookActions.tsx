import { Button, MessageBar, MessageBarActions, MessageBarBody, Spinner } from "@fluentui/react-components";
import { useState } from "react";
import type { GridSheet } from "../../shared/layout/grid.ts";
import type { WorkbookParts } from "../../shared/api/report-sheets-schema.ts";
import { ApiFailure, NetworkError, type ApiClient } from "../api/client.ts";
import { useT } from "../ui/i18n.tsx";
import { saveFile } from "./save-file.ts";
import type { WorkbookPort } from "../ui/workbook-port.ts";

type Insert = WorkbookPort["insertSheets"];

type State =
  | { kind: "idle" }
  | { kind: "busy"; part?: { part: number; count: number } }
  | { kind: "parts"; parts: WorkbookParts["parts"] }
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
  const download = async (which: "workbook" | "draftReport", part?: number) => {
    try {
      if (which === "draftReport") setDrafting(true);
      const { bytes, fileName } = which === "workbook" ? await props.client.workbook(props.periodId, part) : await props.client.draftReport(props.periodId);
      saveFile(bytes, fileName);
    } catch (error) {
      // Thousands of units: the workbook comes in parts, each a file of its own.
      if (error instanceof ApiFailure && error.code === "workbook_in_parts") {
        try {
          setState({ kind: "parts", parts: (await props.client.workbookParts(props.periodId)).parts });
        } catch (again) {
          setState({ kind: "failed", message: explain(again, false) });
        }
      } else setState({ kind: "failed", message: explain(error, false) });
    } finally {
      setDrafting(false);
    }
  };

  /** Every part's sheets, fetched one part at a time (each within a Worker's memory), inserted together. */
  const allSheets = async (): Promise<GridSheet[]> => {
    const first = await props.client.reportSheets(props.periodId, 1);
    const sheets = [...first.sheets];
    for (let part = 2; part <= first.parts; part++) {
      setState({ kind: "busy", part: { part, count: first.parts } });
      sheets.push(...(await props.client.reportSheets(props.periodId, part)).sheets);
    }
    return sheets;
  };

  const insert = async (insertSheets: Insert, given: readonly GridSheet[] | null, overwrite: boolean) => {
    setState({ kind: "busy" });
    let sheets = given;
    try {
      sheets ??= await allSheets();
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
      {state.kind === "busy" && <Spinner size="tiny" label={state.part ? t("cInsertingPart", state.part) : t("cInserting")} />}
      {state.kind === "parts" && (
        <MessageBar layout="multiline" intent="info" data-testid="workbook-parts">
          <MessageBarBody>
            {t("cParts", { period: props.periodId, count: state.parts.length })}
            <div style={{ display: "flex", gap: 8, flexWrap: "wrap", marginTop: 6 }}>
              {state.parts.map(({ part, sheets }) => (
                <Button key={part} size="small" title={sheets.join(", ")} onClick={() => void download("workbook", part)}>
                  {t("cPart", { part, count: state.parts.length })}
                </Button>
              ))}
            </div>
          </MessageBarBody>
        </MessageBar>
      )}
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
