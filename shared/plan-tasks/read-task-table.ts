import { foldText } from "../text/fold.ts";
import { parseDue } from "./due.ts";
import { parseParties } from "./parties.ts";
import type { PlanTask } from "./types.ts";

export { parseParties, parseParty } from "./parties.ts";

/** A problem found while reading a task table: its spreadsheet row (1-based) and column label. */
export interface TaskTableIssue {
  row: number;
  column: string | null;
  message: string;
}

type ColumnKey = "number" | "content" | "due" | "lead" | "support" | "output";

/** Each column: the label named in messages when the sheet has none, and how its header reads. */
const COLUMNS: readonly { key: ColumnKey; label: string; header: RegExp; required: boolean }[] = [
  { key: "number", label: "STT", header: /^s?tt$/, required: true },
  { key: "content", label: "Nội dung công việc", header: /^noi dung/, required: true },
  { key: "due", label: "Thời gian thực hiện", header: /^thoi (?:gian|han)/, required: true },
  { key: "lead", label: "Đơn vị chủ trì", header: /chu tri/, required: true },
  { key: "support", label: "Đơn vị phối hợp", header: /phoi hop/, required: false },
  { key: "output", label: "Kết quả/sản phẩm", header: /^(?:ket qua|san pham)/, required: false },
];

/** The seed's tab-separated lines as cells, one row a line; a blank line is an empty row. */
export function parseTaskTsv(text: string): string[][] {
  return text.split(/\r?\n/).map((line) => (line.trim() === "" ? [] : line.split("\t")));
}

/** A cell's text: HTML tags pasted from a web page dropped (line breaks kept), spaces tidied. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  const raw = typeof value === "string" ? value : typeof value === "number" ? String(value) : "";
  return raw
    .replace(/<br\s*\/?>|<\/(?:p|li|div)>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ")
    .replace(/&amp;/g, "&")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter((line) => line !== "")
    .join("\n");
}

const oneLine = (text: string) => text.replace(/\n/g, " ");
const joinText = (a: string, b: string) => (a && b ? `${a} ${b}` : a || b);

const ROMAN = /^(?:X{0,3})(?:IX|IV|V?I{0,3})$/;
/** An appendix's tasks as a section of their own: "PL", "PL1". */
const APPENDIX = /^PL\d*$/;
const NUMBER = /^\d+(?:\.\d+)*$/;
const BULLET = /^[-–+•*]$/;

interface Draft {
  row: number;
  number: string;
  section: PlanTask["section"];
  group?: PlanTask["group"];
  content: string;
  dueText: string;
  lead: string;
  support: string;
  output: string;
  /** A heading: its rows are the tasks, it is none itself. */
  heading?: boolean;
  /** An unnumbered or "-" item, numbered after its heading. */
  item?: boolean;
}

/**
 * Reads a plan's task table laid out as the seeds' (STT, nội dung, thời gian, chủ trì, phối hợp,
 * kết quả): rows above the header are skipped; a Roman numeral with no time opens a section; a
 * numbered row with nothing but its title, followed by its sub-items, is a heading; a row with no
 * number continues the task above (a cell wrapped onto the next row), or under a heading is one of
 * its unnumbered items, as is a "-" row, numbered after it ("2.2.1"). Issues name the sheet's row
 * (1-based) and column.
 */
export function readTaskTable(
  cells: readonly (readonly unknown[])[],
  planYear: number,
): { tasks: PlanTask[]; issues: TaskTableIssue[] } {
  const issues: TaskTableIssue[] = [];
  const headerIndex = cells.findIndex((row) => matchColumns(row).size >= 3);
  if (headerIndex < 0) {
    const labels = COLUMNS.map((column) => column.label).join(", ");
    return { tasks: [], issues: [{ row: 1, column: null, message: `Không tìm thấy dòng tiêu đề của bảng nhiệm vụ (${labels}).` }] };
  }
  const headerRow = headerIndex + 1;
  const found = matchColumns(cells[headerIndex]!);
  const label = (key: ColumnKey) => {
    const at = found.get(key);
    return at === undefined ? COLUMNS.find((column) => column.key === key)!.label : cellText(cells[headerIndex]![at]);
  };
  for (const column of COLUMNS) {
    if (column.required && !found.has(column.key)) {
      issues.push({ row: headerRow, column: column.label, message: `Dòng ${headerRow}: bảng thiếu cột «${column.label}».` });
    }
  }
  if (!found.has("number") || !found.has("content")) return { tasks: [], issues };

  const drafts: Draft[] = [];
  let section: PlanTask["section"] = { number: "", title: "" };
  let open: Draft[] = []; // the headings the current row may sit under, outermost first
  let itemsOf: Draft | null = null; // the heading or task whose unnumbered items follow
  const itemCount = new Map<Draft, number>();
  for (let i = headerIndex + 1; i < cells.length; i++) {
    const row = i + 1;
    const get = (key: ColumnKey) => {
      const at = found.get(key);
      return at === undefined ? "" : cellText(cells[i]![at]);
    };
    const [number, content, dueText, lead, support, output] =
      (["number", "content", "due", "lead", "support", "output"] as const).map(get) as [string, string, string, string, string, string];
    if (!number && !content && !dueText && !lead && !support && !output) continue;
    const cleanNumber = number.replace(/\.$/, "");
    const fields = { content: oneLine(content), dueText: oneLine(dueText), lead, support, output: oneLine(output) };

    if (cleanNumber !== "" && (ROMAN.test(cleanNumber) || APPENDIX.test(cleanNumber)) && !dueText && !lead) {
      if (!content) issues.push({ row, column: label("content"), message: `Dòng ${row}, cột «${label("content")}»: mục ${cleanNumber} chưa có tên.` });
      section = { number: cleanNumber, title: fields.content };
      open = [];
      itemsOf = null;
      continue;
    }
    if (NUMBER.test(cleanNumber)) {
      while (open.length > 0 && !cleanNumber.startsWith(`${open.at(-1)!.number}.`)) open.pop();
      const parent = open.at(-1);
      const draft: Draft = { row, number: cleanNumber, section, ...(parent ? { group: titleOf(parent) } : {}), ...fields };
      drafts.push(draft);
      itemsOf = null;
      if (!dueText && !lead && !support && !output && isHeading(cells, i, found, cleanNumber)) {
        draft.heading = true;
        open.push(draft);
        itemsOf = draft;
      }
      continue;
    }
    if (BULLET.test(cleanNumber) || (cleanNumber === "" && itemsOf)) {
      const parent: Draft | undefined = itemsOf ?? [...drafts].reverse().find((d) => !d.item);
      if (!parent) {
        issues.push({ row, column: label("number"), message: `Dòng ${row}, cột «${label("number")}»: dòng con không thuộc nhiệm vụ nào.` });
        continue;
      }
      parent.heading = true;
      itemsOf = parent;
      const count = (itemCount.get(parent) ?? 0) + 1;
      itemCount.set(parent, count);
      drafts.push({
        row, number: `${parent.number}.${count}`, section, group: titleOf(parent), item: true, ...fields,
        content: fields.content.replace(/^[-–+•*]\s*/, ""),
      });
      continue;
    }
    if (cleanNumber === "") {
      const last = drafts.at(-1);
      if (!last) {
        issues.push({ row, column: label("number"), message: `Dòng ${row}, cột «${label("number")}»: dòng không có số thứ tự và không nối tiếp nhiệm vụ nào.` });
        continue;
      }
      last.content = joinText(last.content, fields.content);
      last.dueText = joinText(last.dueText, fields.dueText);
      last.lead = [last.lead, lead].filter(Boolean).join("\n");
      last.support = [last.support, support].filter(Boolean).join("\n");
      last.output = joinText(last.output, fields.output);
      continue;
    }
    issues.push({ row, column: label("number"), message: `Dòng ${row}, cột «${label("number")}»: số thứ tự «${number}» không hợp lệ.` });
  }

  const tasks: PlanTask[] = [];
  for (const d of drafts) {
    if (d.heading) continue;
    const where = `Dòng ${d.row}`;
    if (!d.content) issues.push({ row: d.row, column: label("content"), message: `${where}, cột «${label("content")}»: nhiệm vụ ${d.number} chưa có nội dung.` });
    else if (!d.lead) issues.push({ row: d.row, column: label("lead"), message: `${where}, cột «${label("lead")}»: nhiệm vụ ${d.number} chưa có đơn vị chủ trì.` });
    if (!d.content) continue;
    tasks.push({
      number: d.number,
      section: d.section,
      ...(d.group ? { group: d.group } : {}),
      content: d.content,
      due: parseDue(d.dueText, planYear),
      lead: parseParties(d.lead),
      support: parseParties(d.support),
      output: d.output,
    });
  }
  return { tasks, issues: issues.sort((a, b) => a.row - b.row) };
}

const titleOf = (draft: Draft) => ({ number: draft.number, title: draft.content });

/** Which columns a row's labels name, by column index. */
function matchColumns(row: readonly unknown[]): Map<ColumnKey, number> {
  const found = new Map<ColumnKey, number>();
  row.forEach((value, index) => {
    const text = foldText(cellText(value));
    const column = COLUMNS.find((c) => !found.has(c.key) && c.header.test(text));
    if (column) found.set(column.key, index);
  });
  return found;
}

/** Whether the next non-empty row is an item of a numbered row: "1.1" under "1", or a "-" or unnumbered row. */
function isHeading(cells: readonly (readonly unknown[])[], index: number, found: Map<ColumnKey, number>, number: string): boolean {
  for (let i = index + 1; i < cells.length; i++) {
    const row = cells[i]!;
    if (row.every((value) => cellText(value) === "")) continue;
    const at = found.get("number")!;
    const next = cellText(row[at]).replace(/\.$/, "");
    return next.startsWith(`${number}.`) || BULLET.test(next) || next === "";
  }
  return false;
}
