import { Button, Caption1, Field, Textarea } from "@fluentui/react-components";
import { cellKey, rowRequiredOf, rowsOf, textLimit } from "../../shared/forms/cells.ts";
import type { FormDefinition, FormValues } from "../../shared/forms/types.ts";
import { formatVi } from "../../shared/text/numbers-vi.ts";
import type { Level } from "../../shared/units/levels.ts";
import { useLang, useT } from "./i18n.tsx";

/** Whether the pane offers a form's text to be written in it: a form of listed rows and text only (an outline). */
export function writtenInPane(form: FormDefinition): boolean {
  return form.rows.kind === "fixed" && form.columns.every((column) => column.kind === "text");
}

/**
 * The written report in the pane: each section with its guidance and a text box, its length against
 * its limit as the unit types. `values` is what the sheet held at the last check; `edits` what the
 * unit typed here and has not written into the sheet yet (kept by the workspace, so that folding the
 * form or checking loses nothing). Writing sends only the sections typed here: the others stay as the
 * sheet has them.
 */
export function SectionWriter(props: {
  form: FormDefinition;
  level: Level;
  values: Readonly<Record<string, unknown>> | undefined;
  edits: Readonly<Record<string, string>>;
  busy: boolean;
  onEdit: (key: string, text: string) => void;
  onWrite: (edits: FormValues) => void;
}) {
  const t = useT();
  const lang = useLang();
  const { form, edits } = props;
  const column = form.columns[0]!;
  const shown = (key: string) => edits[key] ?? (typeof props.values?.[key] === "string" ? (props.values[key] as string) : "");
  const over = rowsOf(form).some((row) => shown(cellKey(row.id, column.id)).length > textLimit(row, column));
  const pending = Object.keys(edits).length;
  return (
    <section aria-label={t("sectionsTitle")} style={{ display: "grid", gap: 10 }} data-testid={`writer-${form.id}`}>
      <Caption1>{t("sectionsHint")}</Caption1>
      {rowsOf(form).map((row) => {
        const key = cellKey(row.id, column.id);
        const text = shown(key);
        const max = textLimit(row, column);
        const optional = !rowRequiredOf(row, props.level);
        return (
          <Field
            key={key}
            label={`${row.label?.[lang] ?? ""}${optional ? ` (${t("sectionOptional")})` : ""}`}
            hint={t("sectionLength", { n: formatVi(text.length), max: formatVi(max) }) + (edits[key] !== undefined ? ` · ${t("sectionUnwritten")}` : "")}
            validationState={text.length > max ? "error" : "none"}
            validationMessage={text.length > max ? t("sectionTooLong", { max: formatVi(max) }) : undefined}
          >
            {row.fixed?.hint && (
              <details>
                <summary style={{ fontSize: 12 }}>{t("sectionGuidance")}</summary>
                <Caption1 style={{ whiteSpace: "pre-line" }}>{row.fixed.hint[lang]}</Caption1>
              </details>
            )}
            <Textarea value={text} resize="vertical" rows={3} data-section={row.id} onChange={(_, data) => props.onEdit(key, data.value)} />
          </Field>
        );
      })}
      <Button appearance="primary" disabled={props.busy || over || pending === 0} onClick={() => props.onWrite({ ...edits })}>
        {t("writeTexts")}
      </Button>
    </section>
  );
}
