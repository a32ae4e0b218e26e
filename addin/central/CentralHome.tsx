import { MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useEffect, useMemo, useState } from "react";
import type { PeriodInfo, Report, Status } from "../../shared/api/schemas.ts";
import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { formsOfPeriodType } from "../../shared/forms/filing.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { deadlinesText } from "../../shared/periods/deadlines-text.ts";
import { activeLevelNamer, DEFAULT_LEVELS } from "../../shared/units/levels.ts";
import type { ApiClient } from "../api/client.ts";
import { registryApi } from "../api/registry-client.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import type { WorkbookPort } from "../ui/workbook-port.ts";
import { AuditLog } from "./AuditLog.tsx";
import { CityReport } from "./CityReport.tsx";
import { WrittenReport } from "./WrittenReport.tsx";
import { isNumeric } from "../../shared/forms/cells.ts";
import { PeriodLockPanel } from "./PeriodLockPanel.tsx";
import { ReportDetail } from "./ReportDetail.tsx";
import { centralPeriods } from "./central-periods.ts";
import { StatusMatrix } from "./StatusMatrix.tsx";
import { WorkbookActions } from "./WorkbookActions.tsx";
import { periodName, vnDate } from "../../shared/text/vietnam-format.ts";

/** The central office's view of a period: who has sent what, the city's figures, the workbook. */
export function CentralHome(props: { client: ApiClient; now: Date; workbook?: Pick<WorkbookPort, "insertSheets"> }) {
  const t = useT();
  const lang = useLang();
  const periods = centralPeriods(props.now);
  const [periodId, setPeriodId] = useState(periods[1]?.id ?? periods[0]!.id);
  const [status, setStatus] = useState<Status | null>(null);
  const [reports, setReports] = useState<Record<string, Report>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [selected, setSelected] = useState<{ unit: { code: string; name: string }; formId: string } | null>(null);
  const [round, setRound] = useState(0);

  // The forms some level files for this period's type: a month shows no review, no publication.
  const forms = useMemo(() => formsOfPeriodType(catalogue, parsePeriodId(periodId)?.type ?? "month"), [periodId]);

  useEffect(() => {
    let live = true;
    setStatus(null);
    setReports({});
    setProblem(null);
    void (async () => {
      try {
        const [s, ...r] = await Promise.all([props.client.status(periodId), ...forms.map((f) => props.client.report(periodId, f.id))]);
        if (!live) return;
        setStatus(s as Status);
        setReports(Object.fromEntries(forms.map((f, i) => [f.id, r[i] as Report])));
      } catch (error) {
        if (live) setProblem(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [props.client, periodId, forms, round]);

  useEffect(() => {
    setSelected(null);
  }, [periodId]);

  // Units merged since last year have no line of their own now: their names come from the registry.
  const [unitNames, setUnitNames] = useState<ReadonlyMap<string, string> | undefined>(undefined);
  const needsNames = Object.values(reports).some((report) => report.lastYear?.units.some((line) => (line.includes ?? []).length > 0));
  useEffect(() => {
    if (!needsNames || unitNames) return;
    let live = true;
    registryApi(props.client).units().then(
      (units) => live && setUnitNames(new Map(units.map((unit) => [unit.code, unit.name]))),
      () => undefined, // codes stand in for the names
    );
    return () => {
      live = false;
    };
  }, [props.client, needsNames, unitNames]);

  const info: PeriodInfo | undefined = status?.periodInfo;
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}>
      <label style={{ display: "grid", gap: 4 }}>
        <Subtitle2>{t("period")}</Subtitle2>
        <Select value={periodId} onChange={(_, data) => setPeriodId(data.value)} aria-label={t("period")}>
          {periods.map((p) => (
            <option key={p.id} value={p.id}>
              {periodName(p.id, "short", lang)} ({p.id})
            </option>
          ))}
        </Select>
        {info && <span data-testid="window">{t("window", { start: vnDate(info.start), end: vnDate(info.end), deadline: deadlinesText(info, vnDate, activeLevelNamer(status?.levels ?? DEFAULT_LEVELS, status?.units ?? [], lang)) })}</span>}
      </label>
      <PeriodLockPanel client={props.client} periodId={periodId} onChanged={() => setRound((n) => n + 1)} />
      <WorkbookActions key={periodId} client={props.client} periodId={periodId} insert={props.workbook?.insertSheets} />
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {!status && !problem && <Spinner label={t("loading")} />}
      {status && <StatusMatrix status={status} now={props.now} onOpen={(unit, formId) => setSelected({ unit, formId })} />}
      {selected && (
        <ReportDetail
          key={`${periodId}/${selected.formId}/${selected.unit.code}/${round}`}
          client={props.client}
          form={catalogue.find((f) => f.id === selected.formId)!}
          periodId={periodId}
          unit={selected.unit}
          onReviewed={() => setRound((n) => n + 1)}
        />
      )}
      {forms.map((form) =>
        reports[form.id] ? (
          <section key={form.id} style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 4 }}>
            <Subtitle2>{form.title[lang]}</Subtitle2>
            {form.columns.some(isNumeric) ? <CityReport form={form} report={reports[form.id]!} unitNames={unitNames} /> : <WrittenReport form={form} report={reports[form.id]!} />}
          </section>
        ) : null,
      )}
      <AuditLog client={props.client} periodId={periodId} round={round} />
    </div>
  );
}
