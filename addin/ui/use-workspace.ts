import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { PeriodInfo, Submission } from "../../shared/api/schemas.ts";
import { forms as catalogue } from "../../shared/forms/catalogue.ts";
import { isBlank } from "../../shared/forms/cells.ts";
import { formsFiledBy } from "../../shared/forms/filing.ts";
import { carriedOverFrom, fromMonths } from "../../shared/forms/prefill.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import type { FormTargets } from "../../shared/plans/types.ts";
import { parsePeriodId, previousPeriod } from "../../shared/periods/index.ts";
import type { Unit } from "../../shared/units/levels.ts";
import { validateSubmission } from "../../shared/validation/validate.ts";
import { ApiFailure, NetworkError, type ApiClient } from "../api/client.ts";
import type { Delivery, Outbox, QueuedSubmission } from "../state/outbox.ts";
import type { KeyValueStore } from "../state/storage.ts";
import { useLang, useT } from "./i18n.tsx";
import { monthIdsOf } from "./periods.ts";
import type { CheckedForm, WorkbookPort } from "./workbook-port.ts";
import { periodName } from "../../shared/text/vietnam-format.ts";

/**
 * True when every typed cell read from the sheet equals the stored version's (totals are
 * recomputed); an empty cell and a figure not stored (an optional one not reported) are the same.
 */
function unchanged(form: FormDefinition, read: Record<string, unknown>, stored: FormValues): boolean {
  const typed = (key: string) => form.columns.some((c) => c.id === key.split(".").pop() && c.kind !== "derived");
  const keys = new Set([...Object.keys(read), ...Object.keys(stored)].filter(typed));
  const blank = (v: unknown) => v === undefined || v === null || v === "";
  return [...keys].every((key) => read[key] === stored[key] || (blank(read[key]) && blank(stored[key])));
}

const sameTexts = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/** A message shown above the forms. */
export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  text: string;
}

/** The explanations typed for a unit's period, as kept in the store (nothing when unreadable). */
function readDrafts(store: KeyValueStore, key: string): Record<string, Record<string, string>> {
  let kept: unknown;
  try {
    kept = JSON.parse(store.get(key) ?? "{}");
  } catch {
    return {};
  }
  const drafts: Record<string, Record<string, string>> = {};
  if (!kept || typeof kept !== "object") return drafts;
  for (const [formId, texts] of Object.entries(kept)) {
    if (!texts || typeof texts !== "object") continue;
    drafts[formId] = Object.fromEntries(Object.entries(texts).filter((entry): entry is [string, string] => typeof entry[1] === "string"));
  }
  return drafts;
}

/** Everything the pane does for one unit and one period, with the Excel work behind a port. */
export function useWorkspace(props: {
  unit: Unit;
  client: ApiClient;
  workbook: WorkbookPort;
  outbox: Outbox;
  periodId: string;
  /** Where the explanations being typed are kept, so that an Excel restart loses none. */
  store: KeyValueStore;
  /** The token was refused (revoked): sign in again; queued reports wait for it. */
  onUnauthorized: () => void;
}) {
  const { unit, client, workbook, outbox, periodId, store, onUnauthorized } = props;
  const draftKey = `explanations.${unit.code}.${periodId}`;
  // The plans' progress forms for the chosen period: the unit's own tasks, asked of the worker.
  const [planForms, setPlanForms] = useState<{ periodId: string; forms: FormDefinition[] }>({ periodId, forms: [] });
  useEffect(() => {
    let cancelled = false;
    client.progressForms(periodId, unit.code).then(
      (found) => { if (!cancelled) setPlanForms({ periodId, forms: found }); },
      () => { if (!cancelled) setPlanForms({ periodId, forms: [] }); }, // offline: the catalogue's forms still work
    );
    return () => { cancelled = true; };
  }, [client, periodId, unit.code]);
  // The forms this unit files for the chosen period (its level, the period's type), then its plans' progress.
  const forms = useMemo(() => {
    const period = parsePeriodId(periodId);
    const filed = period ? formsFiledBy(catalogue, unit.level, period.type) : [...catalogue];
    return planForms.periodId === periodId ? [...filed, ...planForms.forms] : filed;
  }, [periodId, unit.level, planForms]);
  const t = useT();
  const lang = useLang();
  const [period, setPeriod] = useState<(PeriodInfo & { locked?: boolean; targets?: Record<string, FormTargets> }) | null>(null);
  const [latest, setLatest] = useState<Record<string, Submission | null>>({});
  const [previous, setPrevious] = useState<Record<string, Submission | null>>({});
  const [history, setHistory] = useState<Record<string, { periodId: string; values: FormValues }[]>>({});
  const [checked, setChecked] = useState<Record<string, CheckedForm> | null>(null);
  const [explanations, setExplanations] = useState<Record<string, Record<string, string>>>({});
  const [queue, setQueue] = useState<QueuedSubmission[]>(() => outbox.list(unit.code));
  const [notices, setNotices] = useState<Notice[]>([]);
  const [pendingOverwrite, setPendingOverwrite] = useState<string[] | null>(null);
  const [busy, setBusy] = useState(false);
  const periodRef = useRef<PeriodInfo | null>(null);
  periodRef.current = period;

  const say = (notice: Notice) => setNotices((list) => [notice, ...list].slice(0, 6));
  const previousId = parsePeriodId(periodId) ? previousPeriod(parsePeriodId(periodId)!).id : periodId;

  // Answers for a period the clerk has since left are dropped, not shown as the new period's.
  const current = useRef(periodId);
  current.current = periodId;
  const running = useRef(false);
  // What the callbacks below call that changes identity on every render (a prop, the strings, `report`):
  // read at call time, so that the callbacks, which effects depend on, stay the same between renders.
  const callbacks = useRef<{ onUnauthorized: () => void; t: typeof t; report: (deliveries: Delivery[]) => void } | null>(null);

  const refresh = useCallback(async () => {
    const asked = periodId;
    try {
      const [info, ...reports] = await Promise.all([
        client.period(asked),
        ...forms.map((form) => client.latest(asked, form.id, unit.code)),
        ...forms.map((form) => client.latest(previousId, form.id, unit.code)),
        ...forms.map((form) => client.history(asked, form.id, unit.code)),
      ]);
      if (current.current !== asked) return;
      setPeriod(info as PeriodInfo & { locked: boolean; targets?: Record<string, FormTargets> });
      setLatest(Object.fromEntries(forms.map((form, i) => [form.id, reports[i] as Submission | null])));
      setPrevious(Object.fromEntries(forms.map((form, i) => [form.id, reports[forms.length + i] as Submission | null])));
      setHistory(Object.fromEntries(forms.map((form, i) => [form.id, reports[2 * forms.length + i] as { periodId: string; values: FormValues }[]])));
    } catch (error) {
      if (current.current !== asked) return;
      if (error instanceof ApiFailure && error.status === 401) callbacks.current!.onUnauthorized();
      else say({ intent: "warning", text: error instanceof ApiFailure ? error.message : callbacks.current!.t("offline") });
    }
  }, [client, periodId, previousId, unit.code, forms]);

  useEffect(() => {
    setPeriod(null);
    setLatest({});
    setPrevious({});
    setHistory({});
    setChecked(null);
    setExplanations(readDrafts(store, draftKey));
    setPendingOverwrite(null);
    void refresh();
  }, [refresh, store, draftKey]);

  /** One action at a time: a second click while one runs is ignored. */
  const run = async (work: () => Promise<void>) => {
    if (running.current) return;
    running.current = true;
    setBusy(true);
    try {
      await work();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const text = error instanceof NetworkError ? t("offline") : error instanceof ApiFailure || (error instanceof Error && error.name === "ForeignSheetError") ? message : t("excelError", { message });
      say({ intent: "error", text });
    } finally {
      running.current = false;
      setBusy(false);
    }
  };

  const report = (deliveries: Delivery[]) => {
    for (const delivery of deliveries) {
      const form = forms.find((f) => f.id === delivery.item.formId);
      const name = form ? form.title[lang] : delivery.item.formId;
      if ("held" in delivery) {
        onUnauthorized();
        continue;
      }
      if ("failure" in delivery) {
        say({ intent: "error", text: t("refused", { form: name, message: delivery.failure.message }) });
        continue;
      }
      const outcome = delivery.outcome;
      if (outcome.kind === "rejected") {
        say({ intent: "error", text: t("rejected", { form: name }) + " " + outcome.errors.slice(0, 3).map((e) => (lang === "vi" ? e.message : e.messageEn)).join(" ") });
        if (delivery.item.periodId === current.current) {
          setChecked((all) => ({
            ...all,
            [delivery.item.formId]: { present: true, values: delivery.item.body.values, errors: outcome.errors, warnings: outcome.warnings },
          }));
        }
      } else {
        const r = outcome.receipt;
        say({ intent: "success", text: t("receipt", { form: name, receipt: r.receipt, version: r.version, late: r.late ? t("lateSuffix") : "" }) });
        forgetDrafts(delivery.item.periodId, delivery.item.formId);
      }
    }
    setQueue(outbox.list(unit.code));
  };
  callbacks.current = { onUnauthorized, t, report };

  const flush = useCallback(async () => {
    try {
      const deliveries = await outbox.flush(client, unit.code);
      callbacks.current!.report(deliveries);
      if (deliveries.length > 0) await refresh();
    } catch (error) {
      say({ intent: "error", text: error instanceof Error ? error.message : String(error) });
    }
  }, [outbox, client, unit.code, refresh]);

  useEffect(() => {
    const retry = () => {
      void flush();
      if (!periodRef.current) void refresh();
    };
    window.addEventListener("online", retry);
    const timer = window.setInterval(retry, 30_000);
    void flush();
    return () => {
      window.removeEventListener("online", retry);
      window.clearInterval(timer);
    };
  }, [flush, refresh]);

  const facts = () => ({
    periodId,
    periodLabel: periodName(periodId),
    start: period!.start,
    end: period!.end,
    deadline: period!.deadline,
    unitCode: unit.code,
    unitName: unit.name,
  });

  const write = (overwrite: boolean) =>
    run(async () => {
      if (!period) return;
      const result = await workbook.writeForms([...forms], facts(), { overwrite });
      if (result.existing.length > 0 && !overwrite) {
        setPendingOverwrite(result.existing);
        return;
      }
      setPendingOverwrite(null);
      say({ intent: "success", text: t("written", { n: result.written.length }) });
    });

  const fill = async (values: Record<string, FormValues>, source: string) => {
    let cells = 0;
    for (const form of forms) {
      const v = values[form.id];
      if (!v || Object.keys(v).length === 0) continue;
      if (!(await workbook.fillValues(form, v, { periodId, unitCode: unit.code }))) {
        say({ intent: "warning", text: t("noSheet", { sheet: form.layout.sheetName }) });
        continue;
      }
      cells += Object.keys(v).length;
    }
    say(cells > 0 ? { intent: "info", text: t("prefilled", { n: cells, source }) } : { intent: "warning", text: t("prefillNothing") });
  };

  const prefillPrevious = () =>
    run(async () => {
      const values: Record<string, FormValues> = {};
      for (const form of forms) {
        const before = previous[form.id];
        if (before) values[form.id] = carriedOverFrom(form, before.values);
      }
      await fill(values, periodName(previousId, "short", lang));
    });

  const prefillMonths = () =>
    run(async () => {
      const months = monthIdsOf(periodId);
      const values: Record<string, FormValues> = {};
      for (const form of forms) {
        const reports = await Promise.all(months.map((m) => client.latest(m, form.id, unit.code)));
        if (reports.every((r) => r !== null)) values[form.id] = fromMonths(form, reports.map((r) => r!.values));
      }
      await fill(values, months.map((m) => periodName(m, "short", lang)).join(", "));
    });

  /** The rules on a form's values; a form not filled in at all is not judged yet (blankForms says so). */
  const validate = (form: FormDefinition, values: Record<string, unknown>) => {
    if (isBlank(values)) return { errors: [], warnings: [], values: {} };
    const before = previous[form.id];
    return validateSubmission(form, values, {
      unitName: unit.name,
      level: unit.level,
      previous: before ? { periodId: previousId, values: before.values } : null,
      history: history[form.id] ?? [],
    });
  };

  const checkNow = async () => {
    const result = await workbook.checkForms([...forms], validate);
    setChecked(result);
    warnIfNoHistory(result);
    const present = Object.values(result).filter((f) => f.present);
    if (present.length === 0) return say({ intent: "warning", text: t("noSheet", { sheet: forms.map((f) => f.layout.sheetName).join(", ") }) });
    if (!sayBlank(result)) return;
    if (present.every((f) => f.errors.length === 0 && f.warnings.length === 0)) say({ intent: "success", text: t("checkedOk") });
  };
  const check = () => run(checkNow);

  /**
   * Writes what the unit typed in the pane into the form's sheet (the workbook stays the draft), then
   * checks. Resolves to whether it was written: the pane keeps the text until it was.
   */
  const writeTexts = async (form: FormDefinition, values: FormValues): Promise<boolean> => {
    let written = false;
    await run(async () => {
      if (!(await workbook.fillValues(form, values, { periodId, unitCode: unit.code }))) {
        say({ intent: "warning", text: t("noSheet", { sheet: form.layout.sheetName }) });
        return;
      }
      written = true;
      say({ intent: "info", text: t("textsWritten", { sheet: form.layout.sheetName }) });
      await checkNow();
    });
    return written;
  };

  /**
   * Says which written forms are not filled in yet (they wait, and are neither judged nor sent);
   * answers false when no form is filled in at all, so there is nothing to check or send.
   */
  const sayBlank = (result: Record<string, CheckedForm>): boolean => {
    const written = forms.filter((form) => result[form.id]?.present);
    const blank = written.filter((form) => isBlank(result[form.id]!.values));
    if (blank.length === written.length) {
      say({ intent: "warning", text: t("allBlank") });
      return false;
    }
    if (blank.length > 0) say({ intent: "info", text: t("blankNotSent", { forms: blank.map((f) => f.layout.sheetName).join(", ") }) });
    return true;
  };

  /** Checked before the earlier reports came (offline at start): say the comparisons with them were skipped. */
  const warnIfNoHistory = (result: Record<string, CheckedForm>) => {
    if (forms.some((form) => result[form.id]?.present && history[form.id] === undefined)) say({ intent: "info", text: t("noHistory") });
  };

  /**
   * Once a version is stored with its explanations, the drafts of that form are dropped: a later
   * warning of the same rule gets a new explanation, not the old one.
   */
  const forgetDrafts = (forPeriod: string, formId: string) => {
    const key = `explanations.${unit.code}.${forPeriod}`;
    const drafts = readDrafts(store, key);
    delete drafts[formId];
    store.set(key, JSON.stringify(drafts));
    if (forPeriod === current.current) setExplanations((all) => ({ ...all, [formId]: {} }));
  };

  const unexplained = (formId: string, result: CheckedForm) =>
    result.warnings.filter((w) => !(explanations[formId]?.[w.rule] ?? "").trim());

  const submit = () =>
    run(async () => {
      const result = await workbook.checkForms([...forms], validate);
      setChecked(result);
      warnIfNoHistory(result);
      const written = forms.filter((form) => result[form.id]?.present);
      if (written.length === 0) return say({ intent: "warning", text: t("noSheet", { sheet: forms.map((f) => f.layout.sheetName).join(", ") }) });
      if (!sayBlank(result)) return;
      // A form not filled in yet waits, as on the upload page: the others are sent.
      const present = written.filter((form) => !isBlank(result[form.id]!.values));
      const foreign = present.find((form) => {
        const sheet = result[form.id]!;
        return (sheet.periodId !== undefined && sheet.periodId !== periodId) || (sheet.unitCode !== undefined && sheet.unitCode !== unit.code);
      });
      if (foreign) {
        const sheet = result[foreign.id]!;
        return say({ intent: "error", text: t("foreignSheet", { sheet: foreign.layout.sheetName, period: sheet.periodId ?? "?", unit: sheet.unitCode ?? "?" }) });
      }
      if (present.some((form) => result[form.id]!.errors.length > 0 || unexplained(form.id, result[form.id]!).length > 0)) {
        return say({ intent: "error", text: t("submitBlocked") });
      }
      let queued = 0;
      for (const form of present) {
        const explained = Object.fromEntries(result[form.id]!.warnings.map((w) => [w.rule, explanations[form.id]![w.rule]!.trim()]));
        const before = latest[form.id];
        if (before && unchanged(form, result[form.id]!.values, before.values) && sameTexts(explained, before.explanations)) {
          say({ intent: "info", text: t("unchanged", { form: form.title[lang], n: before.version }) });
          continue;
        }
        queued++;
        outbox.add({
          id: crypto.randomUUID(),
          periodId,
          formId: form.id,
          unitCode: unit.code,
          body: { values: result[form.id]!.values, ...(Object.keys(explained).length ? { explanations: explained } : {}) },
        });
      }
      if (queued === 0) return;
      setQueue(outbox.list(unit.code));
      await flush();
    });

  const loadVersion = (form: FormDefinition, version: Submission) =>
    run(async () => {
      const inputs = Object.fromEntries(
        Object.entries(version.values).filter(([key]) => form.columns.some((c) => c.id === key.split(".").pop() && c.kind !== "derived")),
      );
      if (await workbook.fillValues(form, inputs, { periodId, unitCode: unit.code })) say({ intent: "info", text: t("loaded", { n: version.version, sheet: form.layout.sheetName }) });
      else say({ intent: "warning", text: t("noSheet", { sheet: form.layout.sheetName }) });
    });

  return {
    forms, period, latest, previous, checked, explanations, queue, notices, pendingOverwrite, busy,
    setExplanation: (formId: string, rule: string, text: string) =>
      setExplanations((all) => {
        const next = { ...all, [formId]: { ...all[formId], [rule]: text } };
        store.set(draftKey, JSON.stringify(next));
        return next;
      }),
    write, prefillPrevious, prefillMonths, check, submit, loadVersion, writeTexts,
    select: (form: FormDefinition, cellKey: string) => run(() => workbook.selectCell(form, cellKey)),
    retry: () => run(flush),
    cancelOverwrite: () => setPendingOverwrite(null),
    dismiss: () => setNotices([]),
    isQuarterly: monthIdsOf(periodId).length > 0,
  };
}
