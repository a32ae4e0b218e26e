import { Button, Caption1, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from "@fluentui/react-components";
import { useCallback, useEffect, useMemo, useState } from "react";
import type { PlanProgressView, TaskEdit, TaskPlanSummary, TaskPlanView } from "../../shared/api/task-plan-schemas.ts";
import { isIsoDate, vietnamDate } from "../../shared/periods/calendar.ts";
import { taskNumber } from "../../shared/plan-tasks/stored-plan.ts";
import type { Levels } from "../../shared/units/levels.ts";
import type { ApiClient } from "../api/client.ts";
import { plansApi } from "../api/plans-client.ts";
import { registryApi } from "../api/registry-client.ts";
import { useT } from "../ui/i18n.tsx";
import { OverdueList } from "./OverdueList.tsx";
import { PlanImport } from "./PlanImport.tsx";
import { saveFile } from "./save-file.ts";
import { TaskProgressTable } from "./TaskProgressTable.tsx";
import { UnitProgressTable } from "./UnitProgressTable.tsx";

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * The plans whose tasks units report on: choose one, see its overdue list (to copy into a
 * reminder), its progress by task and by unit as of a date; administrators import a task table,
 * edit a task and download the table to edit in Excel.
 */
export function Plans(props: { client: ApiClient; now: Date; canEdit: boolean }) {
  const t = useT();
  const api = useMemo(() => plansApi(props.client), [props.client]);
  const [plans, setPlans] = useState<TaskPlanSummary[] | null>(null);
  const [levels, setLevels] = useState<Levels>([]);
  const [chosen, setChosen] = useState<string | null>(null);
  const [asOf, setAsOf] = useState(() => vietnamDate(props.now));
  const [shown, setShown] = useState<{ plan: TaskPlanView; progress: PlanProgressView } | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);

  const loadPlans = useCallback(async (select?: string) => {
    try {
      const [list, lv] = await Promise.all([api.plans(), registryApi(props.client).levels()]);
      setPlans(list);
      setLevels(lv);
      setChosen((old) => select ?? old ?? list.at(-1)?.id ?? null);
    } catch (error) {
      setProblem(message(error));
    }
  }, [api, props.client]);

  const loadProgress = useCallback(async () => {
    if (!chosen || !isIsoDate(asOf)) return;
    try {
      const [plan, progress] = await Promise.all([api.plan(chosen), api.progress(chosen, asOf)]);
      setShown({ plan, progress });
      setProblem(null);
    } catch (error) {
      setProblem(message(error));
    }
  }, [api, chosen, asOf]);

  useEffect(() => { void loadPlans(); }, [loadPlans]);
  useEffect(() => { void loadProgress(); }, [loadProgress]);

  const edit = async (taskId: string, change: TaskEdit) => {
    const plan = await api.editTask(chosen!, taskId, change).catch((error: unknown) => {
      setProblem(message(error));
      throw error;
    });
    const task = plan.tasks.find((p) => p.id === taskId);
    setNotice(t("pSaved", { number: task ? taskNumber(task) : taskId }));
    await loadProgress();
  };

  const download = async () => {
    try {
      const { bytes, fileName } = await api.table(chosen!);
      saveFile(bytes, fileName);
    } catch (error) {
      setProblem(message(error));
    }
  };

  const summary = plans?.find((p) => p.id === chosen);
  return (
    <div style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 16 }} data-testid="plans">
      <Subtitle2>{t("pPlans")}</Subtitle2>
      {problem && <MessageBar layout="multiline" intent="error"><MessageBarBody>{problem}</MessageBarBody></MessageBar>}
      {notice && <MessageBar layout="multiline" intent="success"><MessageBarBody>{notice}</MessageBarBody></MessageBar>}
      {plans === null ? <Spinner size="tiny" /> : plans.length === 0 ? <Caption1>{t("pNoPlans")}</Caption1> : (
        <div style={{ display: "flex", gap: 12, alignItems: "end", flexWrap: "wrap" }}>
          <label style={{ display: "grid", gap: 4 }}>
            <span>{t("pChoose")}</span>
            <Select value={chosen ?? ""} onChange={(_, d) => { setShown(null); setChosen(d.value); }} data-testid="plan-select">
              {plans.map((p) => <option key={p.id} value={p.id}>{p.title}</option>)}
            </Select>
          </label>
          <label style={{ display: "grid", gap: 4 }}>
            <span>{t("pAsOf")}</span>
            <Input type="date" value={asOf} onChange={(_, d) => setAsOf(d.value)} data-testid="plan-as-of" />
          </label>
          {chosen && <Button onClick={() => void download()}>{t("pDownloadTable")}</Button>}
        </div>
      )}
      {summary && <Caption1>{t("pTasksCount", { n: summary.tasks, from: summary.from, to: summary.to })}</Caption1>}
      {shown && shown.plan.unmatched.length > 0 && (
        <MessageBar layout="multiline" intent="warning"><MessageBarBody>{t("pUnmatched", { names: shown.plan.unmatched.join("; ") })}</MessageBarBody></MessageBar>
      )}
      {shown && (
        <>
          <OverdueList progress={shown.progress} />
          <TaskProgressTable progress={shown.progress} plan={shown.plan} levels={levels} onEdit={props.canEdit ? edit : null} />
          <UnitProgressTable progress={shown.progress} />
        </>
      )}
      {props.canEdit && (
        <PlanImport api={api} onApplied={(id, text) => { setNotice(text); setShown(null); void loadPlans(id); }} />
      )}
    </div>
  );
}
