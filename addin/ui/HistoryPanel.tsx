import { Button, Caption1 } from "@fluentui/react-components";
import { useEffect, useState } from "react";
import type { Submission } from "../../shared/api/schemas.ts";
import { diffValues } from "../../shared/forms/diff.ts";
import type { FormDefinition } from "../../shared/forms/types.ts";
import { formatVi } from "../../shared/text/numbers-vi.ts";
import type { ApiClient } from "../api/client.ts";
import { useT } from "./i18n.tsx";
import { vnClock } from "../../shared/text/vietnam-format.ts";

const show = (value: unknown) => (value === null || value === undefined ? "—" : typeof value === "number" ? formatVi(value) : String(value));

/**
 * Every version of a report with what changed from the one before, and loading one back (not while
 * the pane is busy with the workbook: the click would be dropped, as the other buttons are disabled).
 */
export function HistoryPanel(props: {
  form: FormDefinition; client: ApiClient; periodId: string; unitCode: string; latest: number; busy: boolean; onLoad: (version: Submission) => void;
}) {
  const t = useT();
  const [versions, setVersions] = useState<Submission[]>([]);
  useEffect(() => {
    let live = true;
    setVersions([]);
    void (async () => {
      const numbers = Array.from({ length: props.latest }, (_, i) => i + 1);
      try {
        const all = await Promise.all(numbers.map((n) => props.client.version(props.periodId, props.form.id, props.unitCode, n)));
        if (live) setVersions(all.reverse());
      } catch {
        // Offline or gone: the history shows again at the next refresh.
      }
    })();
    return () => {
      live = false;
    };
  }, [props.client, props.periodId, props.form.id, props.unitCode, props.latest]);

  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }} data-testid={`history-${props.form.id}`}>
      {versions.map((version, i) => {
        const before = versions[i + 1];
        const changes = before ? diffValues(props.form, before.values, version.values) : [];
        return (
          <div key={version.version} style={{ borderLeft: "3px solid #c7e0f4", paddingLeft: 8 }}>
            <div>
              <strong>{t("version", { n: version.version })}</strong> · {version.receipt} · {vnClock(version.submittedAt)}
            </div>
            {before && (
              <Caption1>
                {changes.length === 0
                  ? t("noChanges")
                  : changes.map((c) => `${c.label}: ${show(c.before)} → ${show(c.after)}`).join("; ")}
              </Caption1>
            )}
            <div>
              <Button size="small" onClick={() => props.onLoad(version)} disabled={props.busy}>
                {t("loadVersion")}
              </Button>
            </div>
          </div>
        );
      })}
    </div>
  );
}
