import { Button, Subtitle2 } from "@fluentui/react-components";
import { Fragment, useState } from "react";
import type { PlanProgressView, TaskEdit, TaskPlanView } from "../../shared/api/task-plan-schemas.ts";
import { STATUS_OPTIONS } from "../../shared/plan-tasks/progress-form.ts";
import type { Levels } from "../../shared/units/levels.ts";
import { useLang, useT } from "../ui/i18n.tsx";
import { cell, numberCell, overdueCell, STATUS_COLUMNS } from "./progress-cells.ts";
import { TaskEditor } from "./TaskEditor.tsx";
import { periodName, vnDate } from "../../shared/text/vietnam-format.ts";

type TaskRow = PlanProgressView["tasks"][number];

/** Where each unit stands on one task. */
function TaskUnits(props: { task: TaskRow }) {
  const t = useT();
  const lang = useLang();
  if (props.task.units.length === 0) return <span>{t("pNoUnitsOnTask")}</span>;
  return (
    <table style={{ borderCollapse: "collapse", fontSize: 12, width: "100%" }}>
      <thead>
        <tr>
          {(["pUnit", "pRole", "pStatus", "pDoneOn", "pOutputDoc", "pNote", "pLatestPeriod"] as const).map((k) => <th key={k} style={cell}>{t(k)}</th>)}
        </tr>
      </thead>
      <tbody>
        {props.task.units.map((u) => (
          <tr key={u.unitCode}>
            <td style={cell}>{u.unitName}</td>
            <td style={cell}>{t(u.role === "lead" ? "pRoleLead" : "pRoleSupport")}</td>
            <td style={u.overdueDays ? { ...cell, color: "#a4262c" } : cell}>
              {STATUS_OPTIONS.find((o) => o.value === u.status)?.label[lang] ?? t("pUnreported")}
              {u.overdueDays ? ` — ${t("pDaysLate", { n: u.overdueDays })}` : ""}
            </td>
            <td style={cell}>{u.doneOn ? vnDate(u.doneOn) : ""}</td>
            <td style={cell}>{u.output ?? ""}</td>
            <td style={cell}>{u.note ?? ""}</td>
            <td style={cell}>{u.periodId ? periodName(u.periodId, "short", lang) : ""}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Each task: its time and parties, how many units stand where, how many lead units are late; open it for the units. */
export function TaskProgressTable(props: {
  progress: PlanProgressView;
  plan: TaskPlanView;
  levels: Levels;
  onEdit: ((taskId: string, edit: TaskEdit) => Promise<void>) | null;
}) {
  const t = useT();
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [editing, setEditing] = useState<string | null>(null);
  const toggle = (id: string) => setOpen((old) => {
    const next = new Set(old);
    if (!next.delete(id)) next.add(id);
    return next;
  });
  const columns = 6 + STATUS_COLUMNS.length;
  return (
    <section style={{ display: "grid", gridTemplateColumns: "minmax(0, 1fr)", gap: 8 }}>
      <Subtitle2>{t("pByTask")}</Subtitle2>
      <div style={{ overflow: "auto", maxHeight: 640 }}>
        <table style={{ borderCollapse: "collapse", fontSize: 13, width: "100%" }} data-testid="progress-by-task">
          <thead>
            <tr>
              <th style={cell}>{t("pNumber")}</th>
              <th style={cell}>{t("pTask")}</th>
              <th style={cell}>{t("pDue")}</th>
              <th style={cell}>{t("pLead")}</th>
              {STATUS_COLUMNS.map((c) => <th key={c.key} style={numberCell}>{t(c.label)}</th>)}
              <th style={numberCell}>{t("pOverdueCol")}</th>
              <th style={cell} />
            </tr>
          </thead>
          <tbody>
            {props.progress.tasks.map((task) => {
              const stored = props.plan.tasks.find((p) => p.id === task.id);
              return (
                <Fragment key={task.id}>
                  <tr data-task={task.id}>
                    <td style={cell}>{task.number}</td>
                    <td style={cell}>{task.content}</td>
                    <td style={cell}>{task.due}{task.dueOn ? ` (${vnDate(task.dueOn)})` : ""}</td>
                    <td style={cell}>{task.lead}</td>
                    {STATUS_COLUMNS.map((c) => <td key={c.key} style={numberCell}>{task.counts[c.key]}</td>)}
                    <td style={task.overdue > 0 ? overdueCell : numberCell}>{task.overdue}</td>
                    <td style={{ ...cell, whiteSpace: "nowrap" }}>
                      <Button size="small" appearance="subtle" onClick={() => toggle(task.id)}>{t(open.has(task.id) ? "pHideUnits" : "pShowUnits")}</Button>
                      {props.onEdit && stored && <Button size="small" appearance="subtle" onClick={() => setEditing(task.id)}>{t("pEditTask")}</Button>}
                    </td>
                  </tr>
                  {editing === task.id && stored && props.onEdit && (
                    <tr><td colSpan={columns} style={cell}>
                      <TaskEditor number={task.number} task={stored} levels={props.levels} onCancel={() => setEditing(null)}
                        onSave={async (edit) => { await props.onEdit!(task.id, edit); setEditing(null); }} />
                    </td></tr>
                  )}
                  {open.has(task.id) && <tr><td colSpan={columns} style={cell}><TaskUnits task={task} /></td></tr>}
                </Fragment>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
