import {
  Accordion, AccordionHeader, AccordionItem, AccordionPanel, Badge, Button, Caption1, MessageBar, MessageBarActions,
  MessageBarBody, Select, Spinner, Subtitle2,
} from "@fluentui/react-components";

import { useState } from "react";
import { isBlank } from "../../shared/forms/cells.ts";
import { OwnRates } from "./OwnRates.tsx";
import { SectionWriter, writtenInPane } from "./SectionWriter.tsx";
import { parsePeriodId, vietnamDate } from "../../shared/periods/index.ts";
import { OtherPeriod } from "./OtherPeriod.tsx";
import type { Submission } from "../../shared/api/schemas.ts";
import type { Unit } from "../../shared/units/levels.ts";
import type { ApiClient } from "../api/client.ts";
import type { Outbox } from "../state/outbox.ts";
import type { KeyValueStore } from "../state/storage.ts";
import { HistoryPanel } from "./HistoryPanel.tsx";
import { useLang, useT } from "./i18n.tsx";
import { IssueList } from "./IssueList.tsx";
import { periodsToOffer } from "./periods.ts";
import { useWorkspace } from "./use-workspace.ts";
import type { WorkbookPort } from "./workbook-port.ts";
import { periodName, vnDate } from "../../shared/text/vietnam-format.ts";

type BadgeColor = "warning" | "danger" | "success" | "informative" | "subtle";

/** A form's state for the unit, most telling first: waiting to send, returned, accepted, sent, overdue, draft. */
function formState(
  t: ReturnType<typeof useT>,
  s: { queued: boolean; latest: Submission | null | undefined; overdue: boolean; draft: boolean },
): { text: string; color: BadgeColor } {
  if (s.queued) return { text: t("stateQueued"), color: "warning" };
  if (s.latest) {
    const version = t("version", { n: s.latest.version });
    if (s.latest.review?.decision === "returned") return { text: `${t("stateReturned")} · ${version}`, color: "danger" };
    if (s.latest.review?.decision === "accepted") return { text: `${t("stateAccepted")} · ${version}`, color: "success" };
    return s.latest.late
      ? { text: `${t("stateLate")} · ${version}`, color: "danger" }
      : { text: `${t("stateSubmitted")} · ${version}`, color: "success" };
  }
  if (s.overdue) return { text: t("stateOverdue"), color: "danger" };
  return s.draft ? { text: t("stateDraft"), color: "informative" } : { text: t("stateNotStarted"), color: "subtle" };
}

/** The unit's work for the chosen period: its forms, their state, and the actions on the workbook. */
export function Workspace(props: {
  unit: Unit;
  client: ApiClient;
  workbook: WorkbookPort;
  outbox: Outbox;
  store: KeyValueStore;
  now: Date;
  onUnauthorized: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const recent = periodsToOffer(props.now);
  // The period the clerk last chose stays chosen when Excel reopens the pane, while it is still a recent one.
  const [periodId, setPeriodId] = useState(() => {
    const kept = props.store.get("period");
    return recent.some((p) => p.id === kept) ? kept! : recent[0]!.id;
  });
  const offered = recent.some((p) => p.id === periodId) ? recent : [...recent, parsePeriodId(periodId)!];
  const choose = (id: string) => {
    props.store.set("period", id);
    setPeriodId(id);
  };
  const w = useWorkspace({ ...props, periodId });
  // Text typed in the pane and not yet written into the sheet, by period and form: nothing typed is lost.
  const [paneEdits, setPaneEdits] = useState<Record<string, Record<string, string>>>({});
  const editPane = (formId: string, change: (mine: Record<string, string>) => Record<string, string>) =>
    setPaneEdits((all) => ({ ...all, [`${periodId}/${formId}`]: change(all[`${periodId}/${formId}`] ?? {}) }));
  const unwritten = Object.entries(paneEdits).some(([key, edits]) => key.startsWith(`${periodId}/`) && Object.keys(edits).length > 0);
  const [unwrittenAsked, setUnwrittenAsked] = useState(false);
  const overdue = w.period !== null && vietnamDate(props.now) > w.period.deadline;

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 12 }}>
      <label style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 4 }}>
        <Subtitle2>{t("period")}</Subtitle2>
        <Select value={periodId} onChange={(_, data) => choose(data.value)} aria-label={t("period")} disabled={w.busy}>
          {offered.map((p) => (
            <option key={p.id} value={p.id}>
              {periodName(p.id, "short", lang)} ({p.id})
            </option>
          ))}
        </Select>
        <OtherPeriod disabled={w.busy} onChoose={choose} />
        {w.period && (
          <Caption1 data-testid="window">
            {t("window", { start: vnDate(w.period.start), end: vnDate(w.period.end), deadline: vnDate(w.period.deadline) })}
          </Caption1>
        )}
      </label>

      <div style={{ display: "flex", flexWrap: "wrap", gap: 8 }}>
        <Button appearance="primary" onClick={() => w.write(false)} disabled={w.busy || !w.period}>
          {t("writeForms")}
        </Button>
        <Button onClick={w.prefillPrevious} disabled={w.busy}>
          {t("prefillPrevious")}
        </Button>
        {w.isQuarterly && (
          <Button onClick={w.prefillMonths} disabled={w.busy}>
            {t("prefillMonths")}
          </Button>
        )}
        <Button onClick={w.check} disabled={w.busy}>
          {t("check")}
        </Button>
        <Button appearance="primary" onClick={() => (unwritten ? setUnwrittenAsked(true) : (setUnwrittenAsked(false), void w.submit()))} disabled={w.busy || w.period?.locked === true}>
          {t("submit")}
        </Button>
        {w.busy && <Spinner size="tiny" />}
      </div>

      {unwrittenAsked && unwritten && (
        <MessageBar layout="multiline" intent="warning" data-testid="unwritten">
          <MessageBarBody>{t("paneUnwritten")}</MessageBarBody>
        </MessageBar>
      )}

      {w.period?.locked && (
        <MessageBar layout="multiline" intent="warning" data-testid="locked">
          <MessageBarBody>{t("periodLocked")}</MessageBarBody>
        </MessageBar>
      )}

      {w.pendingOverwrite && (
        <MessageBar layout="multiline" intent="warning">
          <MessageBarBody>{t("overwriteAsk", { sheets: w.pendingOverwrite.map((id) => w.forms.find((f) => f.id === id)?.layout.sheetName ?? id).join(", ") })}</MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => w.write(true)}>{t("overwrite")}</Button>
            <Button onClick={w.cancelOverwrite}>{t("cancel")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <div role="status" aria-live="polite" style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 6 }}>
        {w.notices.map((notice, i) => (
          <MessageBar key={`${i}-${notice.text}`} layout="multiline" intent={notice.intent}>
            <MessageBarBody>{notice.text}</MessageBarBody>
          </MessageBar>
        ))}
      </div>

      {w.queue.length > 0 && (
        <MessageBar layout="multiline" intent="warning" data-testid="queue">
          <MessageBarBody>
            <strong>{t("queue", { n: w.queue.length })}</strong> {t("queueHint")}
            <ul style={{ margin: "4px 0", paddingLeft: 18 }}>
              {w.queue.map((q) => (
                <li key={q.id}>
                  {w.forms.find((f) => f.id === q.formId)?.title[lang] ?? q.formId} · {q.periodId}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={w.retry}>{t("retryNow")}</Button>
          </MessageBarActions>
        </MessageBar>
      )}

      <Subtitle2>{t("forms")}</Subtitle2>
      <Accordion multiple collapsible>
        {w.forms.map((form) => {
          const latest = w.latest[form.id];
          const checked = w.checked?.[form.id];
          const queued = w.queue.some((q) => q.formId === form.id && q.periodId === periodId);
          const state = formState(t, { queued, latest, overdue, draft: Boolean(checked?.present) });
          return (
            <AccordionItem key={form.id} value={form.id}>
              <AccordionHeader>
                <span style={{ display: "grid" }}>
                  <span>{form.title[lang]}</span>
                  <span>
                    <Badge appearance="tint" color={state.color} data-testid={`state-${form.id}`}>
                      {state.text}
                    </Badge>
                    {latest && <Caption1> {latest.receipt}</Caption1>}
                  </span>
                </span>
              </AccordionHeader>
              <AccordionPanel>
                {latest?.review?.decision === "returned" && (
                  <MessageBar layout="multiline" intent="error" data-testid={`returned-${form.id}`}>
                    <MessageBarBody>
                      <strong>{t("returnedComment")}</strong> {latest.review.comment}
                    </MessageBarBody>
                  </MessageBar>
                )}
                {checked && checked.present && isBlank(checked.values) && (
                  <Caption1 data-testid={`blank-${form.id}`}>{t("blankForm")}</Caption1>
                )}
                {writtenInPane(form) && (
                  <SectionWriter
                    form={form}
                    level={props.unit.level}
                    values={checked?.values}
                    edits={paneEdits[`${periodId}/${form.id}`] ?? {}}
                    busy={w.busy}
                    onEdit={(key, text) => editPane(form.id, (mine) => ({ ...mine, [key]: text }))}
                    onWrite={async (edits) => {
                      // Only what was written leaves the pane; text typed meanwhile stays.
                      if (await w.writeTexts(form, edits)) {
                        editPane(form.id, (mine) => Object.fromEntries(Object.entries(mine).filter(([key, text]) => edits[key] !== text)));
                      }
                    }}
                  />
                )}
                {checked && checked.present && !isBlank(checked.values) && (
                  <OwnRates form={form} values={checked.values} errors={checked.errors} targets={w.period?.targets?.[form.id] ?? {}} />
                )}
                {checked && checked.present && !isBlank(checked.values) && (
                  <IssueList
                    form={form}
                    errors={checked.errors}
                    warnings={checked.warnings}
                    explanations={w.explanations[form.id] ?? {}}
                    onSelect={(cell) => w.select(form, cell)}
                    onExplain={(rule, text) => w.setExplanation(form.id, rule, text)}
                  />
                )}
                {latest && (
                  <>
                    <Subtitle2>{t("history")}</Subtitle2>
                    <HistoryPanel
                      form={form}
                      client={props.client}
                      periodId={periodId}
                      unitCode={props.unit.code}
                      latest={latest.version}
                      busy={w.busy}
                      onLoad={(version) => w.loadVersion(form, version)}
                    />
                  </>
                )}
              </AccordionPanel>
            </AccordionItem>
          );
        })}
      </Accordion>
    </div>
  );
}
