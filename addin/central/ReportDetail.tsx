import { Button, Caption1, Field, MessageBar, MessageBarBody, Subtitle2, Textarea } from "@fluentui/react-components";
import { useEffect, useRef, useState } from "react";
import type { Submission } from "../../shared/api/schemas.ts";
import { cellsOf, columnNumber } from "../../shared/forms/cells.ts";
import { diffValues } from "../../shared/forms/diff.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { formatVi } from "../../shared/text/numbers-vi.ts";
import type { ApiClient } from "../api/client.ts";
import { parsePeriodId } from "../../shared/periods/index.ts";
import { samePeriodLastYear } from "../../shared/periods/same-period.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { vnClock } from "../../shared/text/vietnam-format.ts";

/** Last year's value, and for a number the change since: "10 (+2)". */
function lastYearCell(now: unknown, before: unknown): string {
  if (before === undefined || before === null) return "—";
  if (typeof before !== "number" || typeof now !== "number") return show(before);
  const change = now - before;
  return `${formatVi(before)} (${change > 0 ? "+" : change < 0 ? "−" : ""}${formatVi(Math.abs(change))})`;
}

const show = (value: unknown) => (value === null || value === undefined ? "—" : typeof value === "number" ? formatVi(value) : String(value));

/** One unit's report as the central office reviews it: values, warnings with explanations, versions, review. */
export function ReportDetail(props: { client: ApiClient; form: FormDefinition; periodId: string; unit: { code: string; name: string }; onReviewed: () => void }) {
  const t = useT();
  const lang = useLang();
  const [versions, setVersions] = useState<Submission[] | null>(null);
  const [comment, setComment] = useState("");
  const [problem, setProblem] = useState<string | null>(null);
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    // In braces: newer browsers return a promise here, and an effect may only return its cleanup.
    void box.current?.scrollIntoView?.({ behavior: "smooth", block: "start" });
  }, []);

  useEffect(() => {
    let live = true;
    setVersions(null);
    void (async () => {
      try {
        const list = await props.client.versions(props.periodId, props.form.id, props.unit.code);
        const all = await Promise.all(list.map((v) => props.client.version(props.periodId, props.form.id, props.unit.code, v.version)));
        if (live) setVersions(all.reverse());
      } catch (error) {
        if (live) setProblem(error instanceof Error ? error.message : String(error));
      }
    })();
    return () => {
      live = false;
    };
  }, [props.client, props.periodId, props.form.id, props.unit.code]);

  // The unit's own report of the same period last year, when it sent one: each value beside it.
  const [lastYear, setLastYear] = useState<Submission | null>(null);
  useEffect(() => {
    let live = true;
    setLastYear(null);
    const last = parsePeriodId(props.periodId);
    const same = last ? samePeriodLastYear(last) : null;
    if (same) void props.client.latest(same.id, props.form.id, props.unit.code).then((found) => live && setLastYear(found), () => undefined);
    return () => {
      live = false;
    };
  }, [props.client, props.periodId, props.form.id, props.unit.code]);

  const latest = versions?.[0];
  const review = async (decision: "accepted" | "returned") => {
    if (!latest) return;
    try {
      await props.client.review(props.periodId, props.form.id, props.unit.code, { decision, version: latest.version, ...(comment.trim() ? { comment } : {}) });
      setComment("");
      props.onReviewed();
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    }
  };

  return (
    <div ref={box} style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8, border: "1px solid #c7e0f4", padding: 12 }} data-testid="detail">
      <Subtitle2>
        {props.unit.name} — {props.form.title[lang]}
      </Subtitle2>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      {latest && (
        <>
          <Caption1>
            {t("version", { n: latest.version })} · {latest.receipt} · {vnClock(latest.submittedAt)}
            {latest.late ? ` · ${t("cLate")}` : ""}
            {latest.review ? ` · ${latest.review.decision === "returned" ? t("cReturned") : t("cAccepted")}` : ""}
          </Caption1>
          <div style={{ overflowX: "auto" }}>
            <table style={{ borderCollapse: "collapse", fontSize: 13 }}>
              {lastYear && (
                <thead>
                  <tr>
                    <th colSpan={3} />
                    <th style={{ textAlign: "right", paddingLeft: 8 }} data-testid="detail-last-year">{t("cLastYearOf", { period: lastYear.period })}</th>
                  </tr>
                </thead>
              )}
              <tbody>
                {cellsOf(props.form).map(({ key, row, column }) => (
                  <tr key={key} style={{ borderTop: "1px solid #eee", verticalAlign: "top" }}>
                    <td style={{ paddingRight: 8 }}>{row.fixed ? "" : `(${columnNumber(props.form, column.id)})`}</td>
                    <td style={{ paddingRight: 8 }}>{(row.fixed?.short ?? row.label)?.[lang] ?? column.label[lang]}</td>
                    <td style={column.kind === "text" ? { whiteSpace: "pre-wrap" } : { textAlign: "right" }}>{show(latest.values[key])}</td>
                    {lastYear && (
                      <td style={column.kind === "text" ? { whiteSpace: "pre-wrap", color: "#605e5c", paddingLeft: 8 } : { textAlign: "right", color: "#605e5c", paddingLeft: 8 }}>
                        {lastYearCell(latest.values[key], lastYear.values[key])}
                      </td>
                    )}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {latest.warnings.map((warning, i) => (
            <MessageBar key={i} layout="multiline" intent="warning">
              <MessageBarBody>
                {lang === "vi" ? warning.message : warning.messageEn}
                <div>
                  <strong>{t("explain")}:</strong> {latest.explanations[warning.rule] ?? "—"}
                </div>
              </MessageBarBody>
            </MessageBar>
          ))}
          <Field label={t("cComment")}>
            <Textarea value={comment} onChange={(_, data) => setComment(data.value)} />
          </Field>
          <div style={{ display: "flex", gap: 8 }}>
            <Button appearance="primary" onClick={() => void review("accepted")}>
              {t("cAccept")}
            </Button>
            <Button onClick={() => void review("returned")} disabled={comment.trim() === ""}>
              {t("cReturn")}
            </Button>
          </div>
          <Subtitle2>{t("history")}</Subtitle2>
          {versions!.map((version, i) => {
            const before = versions![i + 1];
            const changes = before ? diffValues(props.form, before.values, version.values) : [];
            return (
              <div key={version.version} style={{ fontSize: 13 }}>
                <strong>{t("version", { n: version.version })}</strong> · {version.submittedBy} · {vnClock(version.submittedAt)}
                {before && <div>{changes.length === 0 ? t("noChanges") : changes.map((c) => `${c.label}: ${show(c.before)} → ${show(c.after)}`).join("; ")}</div>}
              </div>
            );
          })}
        </>
      )}
    </div>
  );
}
