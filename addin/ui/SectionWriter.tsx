import { Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import { cellKey, rowRequiredOf, rowsOf, textLimit } from "../../shared/forms/cells.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { formatVi } from "../../shared/validation/wording.ts";
import type { Level } from "../../shared/units/levels.ts";
import { useLang, useT } from "./i18n.tsx";

/** Whether the pane offers a form's text to be written in it: a form of listed rows and text only (an outline). */
export function writtenInPane(form: FormDefinition): boolean {
  return form.rows.kind === "fixed" && form.columns.every((column) => column.kind === "text");
}

/**
 * The written report in the pane: each section with its guidance and a text box, its length against
 * its limit as the unit types. What is typed goes into the sheet (the workbook stays the draft that
 * is checked and sent); `values` is what the sheet held at the last check.
 */
export function SectionWriter(props: {
  form: FormDefinition;
  level: Level;
  /** What the sheet held at the last check; undefined before any check. */
  values: Readonly<Record<string, unknown>> | undefined;
  busy: boolean;
  onWrite: (values: FormValues) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { form } = props;
  const column = form.columns[0]!;
  const fromSheet = () =>
    Object.fromEntries(rowsOf(form).map((row) => {
      const value = props.values?.[cellKey(row.id, column.id)];
      return [cellKey(row.id, column.id), typeof value === "string" ? value : ""];
    }));
  const [texts, setTexts] = useState<Record<string, string>>(fromSheet);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  // A new check read the sheet again: it shows what the sheet holds now, except the sections typed
  // here and not yet written into the sheet (nothing typed is lost).
  useEffect(() => {
    const sheet = fromSheet();
    setTexts((mine) => Object.fromEntries(Object.entries(sheet).map(([key, text]) => [key, edited.has(key) ? mine[key] ?? text : text])));
  }, [props.values]);

  const over = rowsOf(form).some((row) => (texts[cellKey(row.id, column.id)] ?? "").length > textLimit(row, column));
  return (
    <section aria-label={t("sectionsTitle")} style={{ display: "grid", gap: 10 }} data-testid={`writer-${form.id}`}>
      <Caption1>{t("sectionsHint")}</Caption1>
      {rowsOf(form).map((row) => {
        const key = cellKey(row.id, column.id);
        const text = texts[key] ?? "";
        const max = textLimit(row, column);
        const optional = !rowRequiredOf(row, props.level);
        return (
          <Field
            key={key}
            label={`${row.label?.[lang] ?? ""}${optional ? ` (${t("sectionOptional")})` : ""}`}
            hint={`${t("sectionLength", { n: formatVi(text.length), max: formatVi(max) })}`}
            validationState={text.length > max ? "error" : "none"}
            validationMessage={text.length > max ? t("sectionTooLong", { max: formatVi(max) }) : undefined}
          >
            {row.fixed?.hint && (
              <details>
                <summary style={{ fontSize: 12 }}>{t("sectionGuidance")}</summary>
                <Caption1 style={{ whiteSpace: "pre-line" }}>{row.fixed.hint[lang]}</Caption1>
              </details>
            )}
            <Textarea
              value={text}
              resize="vertical"
              rows={3}
              data-section={row.id}
              onChange={(_, data) => {
                setTexts((all) => ({ ...all, [key]: data.value }));
                setEdited((keys) => new Set(keys).add(key));
              }}
            />
          </Field>
        );
      })}
      <Button appearance="primary" disabled={props.busy || over} onClick={() => {
          setEdited(new Set());
          props.onWrite(texts);
        }}>
        {t("writeTexts")}
      </Button>
    </section>
  );
}
