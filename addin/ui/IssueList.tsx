import { Field, Link, Textarea } from "@fluentui/react-components";
import type { FormDefinition } from "../../shared/forms/types.ts";
import type { Issue } from "../../shared/validation/issue.ts";
import { useLang, useT } from "./i18n.tsx";

/** A form's issues: clicking one selects its cell; each warning takes the unit's explanation. */
export function IssueList(props: {
  form: FormDefinition;
  errors: Issue[];
  warnings: Issue[];
  explanations: Record<string, string>;
  onSelect: (cellKey: string) => void;
  onExplain: (rule: string, text: string) => void;
}) {
  const t = useT();
  const lang = useLang();
  const text = (issue: Issue) => (lang === "vi" ? issue.message : issue.messageEn);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 6 }}>
      {props.errors.length > 0 && <strong style={{ color: "#b10e1c" }}>{t("errors", { n: props.errors.length })}</strong>}
      <ul style={{ margin: 0, paddingLeft: 18 }} data-testid={`errors-${props.form.id}`}>
        {props.errors.map((issue, i) => (
          <li key={i}>
            <Link as="button" onClick={() => props.onSelect(issue.columns[0]!)}>
              {text(issue)}
            </Link>
          </li>
        ))}
      </ul>
      {props.warnings.length > 0 && <strong style={{ color: "#8a5300" }}>{t("warnings", { n: props.warnings.length })}</strong>}
      {props.warnings.map((issue, i) => (
        <div key={i} style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 4 }} data-testid={`warning-${props.form.id}-${issue.rule}`}>
          <Link as="button" onClick={() => props.onSelect(issue.columns[0]!)}>
            {text(issue)}
          </Link>
          <Field label={t("explain")} size="small">
            <Textarea
              value={props.explanations[issue.rule] ?? ""}
              onChange={(_, data) => props.onExplain(issue.rule, data.value)}
              resize="vertical"
            />
          </Field>
        </div>
      ))}
    </div>
  );
}
