import { foldText } from "../text/fold.ts";
import { parseDue } from "./due.ts";
import { parseParties } from "./parties.ts";
import type { PlanTask } from "./types.ts";

/** A problem found while reading a plan's prose: its line (1-based, in the lines given). */
export interface ProseIssue {
  line: number;
  message: string;
}

type Field = "due" | "lead" | "support" | "output";

/** The labelled lines under an item, as the plans write them (the seed's "thực hiện thực hiện" typo included). */
const LABELS: readonly [RegExp, Field][] = [
  [/^thoi gian thuc hien(?: thuc hien)?$/, "due"],
  [/^don vi chu tri(?: trien khai)?$/, "lead"],
  [/^don vi thuc hien$/, "lead"],
  [/^don vi phoi hop$/, "support"],
  [/^don vi huong dan,? tham dinh$/, "support"],
  [/^ket qua(?: thuc hien)?$/, "output"],
];
const ITEM = /^(\d+(?:\.\d+)*)\.?\s+(.+)$/;
const ALWAYS = /;?\s*thực hiện thường xuyên;?$/iu;

interface Draft {
  line: number;
  number: string;
  content: string;
  due: string;
  lead: string[];
  support: string[];
  output: string;
  heading?: boolean;
}

/**
 * Tasks written as numbered prose (seed 001, "II. NỘI DUNG THỰC HIỆN"): each item's text, then
 * labelled lines ("Thời gian thực hiện: …", "Đơn vị chủ trì: …", "Đơn vị thực hiện: …", "Đơn vị
 * phối hợp: …", "Kết quả: …"); an item whose text ends "thực hiện thường xuyên" is recurring; an
 * item followed by its sub-items ("8." then "8.1") is their heading. A task with no lead is an issue.
 */
export function readTaskProse(
  lines: readonly string[],
  planYear: number,
  section: PlanTask["section"],
): { tasks: PlanTask[]; issues: ProseIssue[] } {
  const drafts: Draft[] = [];
  const issues: ProseIssue[] = [];
  lines.forEach((raw, index) => {
    const text = raw.replace(/\s+/g, " ").trim();
    if (!text) return;
    const labelled = /^([^:]{3,60}):\s*(.*)$/.exec(text);
    const field = labelled ? LABELS.find(([label]) => label.test(foldText(labelled[1]!)))?.[1] : undefined;
    const current = drafts.at(-1);
    if (field && labelled) {
      if (!current) return issues.push({ line: index + 1, message: `Dòng ${index + 1}: «${labelled[1]}» không thuộc nhiệm vụ nào.` });
      const value = labelled[2]!.replace(/[;.]$/, "").trim();
      if (field === "lead" || field === "support") current[field].push(value);
      else current[field] = value;
      return;
    }
    const item = ITEM.exec(text);
    if (item) {
      const parent = [...drafts].reverse().find((d) => item[1]!.startsWith(`${d.number}.`));
      if (parent) parent.heading = true;
      drafts.push({ line: index + 1, number: item[1]!, content: item[2]!, due: "", lead: [], support: [], output: "" });
      return;
    }
    if (current) current.content = `${current.content} ${text}`;
  });

  const tasks: PlanTask[] = [];
  for (const d of drafts) {
    if (d.heading) continue;
    const always = ALWAYS.test(d.content);
    const content = d.content.replace(ALWAYS, "").replace(/[;:.]$/, "").trim();
    const parent = [...drafts].reverse().find((p) => p.heading && d.number.startsWith(`${p.number}.`));
    if (d.lead.length === 0) issues.push({ line: d.line, message: `Dòng ${d.line}: nhiệm vụ ${d.number} không ghi đơn vị chủ trì hay đơn vị thực hiện.` });
    tasks.push({
      number: d.number,
      section,
      ...(parent ? { group: { number: parent.number, title: parent.content.replace(/:$/, "") } } : {}),
      content,
      due: always && !d.due ? { kind: "recurring" } : parseDue(d.due, planYear),
      lead: d.lead.flatMap(parseParties),
      support: d.support.flatMap(parseParties),
      output: d.output,
    });
  }
  return { tasks, issues };
}
