import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2 } from "@fluentui/react-components";
import { useCallback, useEffect, useRef, useState } from "react";
import type { z } from "zod";
import type { AuditEntrySchema } from "../../shared/api/schemas.ts";
import type { ApiClient } from "../api/client.ts";
import { useT } from "../ui/i18n.tsx";
import { AUDIT_ACTIONS, actionWords, actorWords, detailWords } from "./audit-words.ts";
import { vnClock } from "../../shared/text/vietnam-format.ts";

type Entry = z.infer<typeof AuditEntrySchema>;
type Filters = { unit: string; period: string; action: string };

/** How many entries one page shows. */
export const AUDIT_PAGE = 20;

/** The audit log, newest first: filters by unit code, period and action, and "older" paging. */
export function AuditLog(props: { client: ApiClient; periodId: string; round: number }) {
  const t = useT();
  const [draft, setDraft] = useState<Filters>({ unit: "", period: props.periodId, action: "" });
  const [filters, setFilters] = useState<Filters>(draft);
  const [entries, setEntries] = useState<Entry[]>([]);
  const [more, setMore] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const latest = useRef(0); // only the newest request's answer is shown

  useEffect(() => {
    setDraft((d) => ({ ...d, period: props.periodId }));
    setFilters((f) => ({ ...f, period: props.periodId }));
  }, [props.periodId]);

  const load = useCallback(
    async (before?: number) => {
      const request = ++latest.current;
      try {
        const page = await props.client.audit({ ...filters, unit: filters.unit.trim(), period: filters.period.trim(), limit: AUDIT_PAGE, before });
        if (request !== latest.current) return;
        setEntries((old) => (before === undefined ? page : [...old, ...page]));
        setMore(page.length === AUDIT_PAGE);
        setProblem(null);
      } catch (error) {
        if (request === latest.current) setProblem(error instanceof Error ? error.message : String(error));
      }
    },
    [props.client, filters],
  );

  useEffect(() => {
    void load();
  }, [load, props.round]);

  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid="audit">
      <Subtitle2>{t("cAudit")}</Subtitle2>
      <form
        style={{ display: "flex", gap: 8, alignItems: "end", flexWrap: "wrap" }}
        onSubmit={(event) => {
          event.preventDefault();
          setFilters(draft);
        }}
      >
        <Field label={t("cAuditUnit")}>
          <Input value={draft.unit} onChange={(_, data) => setDraft({ ...draft, unit: data.value })} />
        </Field>
        <Field label={t("cAuditPeriod")}>
          <Input value={draft.period} onChange={(_, data) => setDraft({ ...draft, period: data.value })} />
        </Field>
        <Field label={t("cAuditAction")}>
          <Select value={draft.action} onChange={(_, data) => setDraft({ ...draft, action: data.value })}>
            <option value="">{t("cAuditAny")}</option>
            {AUDIT_ACTIONS.map((a) => (
              <option key={a.action} value={a.action}>
                {t(a.key)}
              </option>
            ))}
          </Select>
        </Field>
        <Button type="submit">{t("cAuditSearch")}</Button>
      </form>
      {problem && (
        <MessageBar layout="multiline" intent="error">
          <MessageBarBody>{problem}</MessageBarBody>
        </MessageBar>
      )}
      <AuditTable entries={entries} />
      {more && (
        <Button style={{ justifySelf: "start" }} onClick={() => void load(entries[entries.length - 1]?.id)}>
          {t("cAuditOlder")}
        </Button>
      )}
    </section>
  );
}

/** The entries as a table: time in Vietnam's time, actor, action in words, target, detail. */
function AuditTable(props: { entries: Entry[] }) {
  const t = useT();
  if (props.entries.length === 0) return <span>{t("cAuditNone")}</span>;
  const cell = { padding: "2px 8px", textAlign: "left" as const, verticalAlign: "top" as const };
  return (
    <div style={{ overflowX: "auto" }}>
      <table style={{ borderCollapse: "collapse", fontSize: 13 }} data-testid="audit-table">
        <thead>
          <tr>
            {(["cAuditTime", "cAuditActor", "cAuditAction", "cAuditTarget", "cAuditDetail"] as const).map((key) => (
              <th key={key} style={cell}>{t(key)}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {props.entries.map((entry) => (
            <tr key={entry.id} style={{ borderTop: "1px solid #e0e0e0" }}>
              <td style={cell}>{vnClock(entry.at)}</td>
              <td style={cell}>{actorWords(entry.actor, t)}</td>
              <td style={cell}>{actionWords(entry.action, t)}</td>
              <td style={cell}>{entry.target}</td>
              <td style={cell}>{detailWords(entry.detail, t)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
