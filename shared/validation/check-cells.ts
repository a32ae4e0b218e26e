import { cellsOf, rowRequiredOf, textLimit, type Cell } from "../forms/cells.ts";
import type { Level } from "../units/levels.ts";
import type { FormDefinition, FormValues } from "../forms/types.ts";
import type { Issue } from "./issue.ts";
import { columnText, placeText, type Place } from "./wording.ts";
import { formatEn, formatVi } from "../text/numbers-vi.ts";

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** What the cell checks found: values that passed, and the issues of those that did not. */
export interface CellCheck {
  values: FormValues;
  /** Keys of derived cells that were sent (and are well-formed): to compare with their parts. */
  sentDerived: Set<string>;
  errors: Issue[];
}

function isCalendarDate(text: string): boolean {
  const m = ISO_DATE.exec(text);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

function describeSent(raw: unknown): { vi: string; en: string } {
  if (raw === null) return { vi: "ô trống (null); nếu không muốn gửi tổng, hãy bỏ hẳn cột này", en: "null; leave the column out to omit a total" };
  if (typeof raw === "string") return { vi: `văn bản "${raw}"`, en: `the text "${raw}"` };
  if (typeof raw === "boolean") return { vi: `giá trị ${raw}`, en: `the value ${raw}` };
  if (Array.isArray(raw)) return { vi: "một danh sách", en: "a list" };
  return { vi: "một đối tượng", en: "an object" };
}

/**
 * Checks each cell on its own: present when required (a row another level writes may be left
 * blank by a unit of `level`), of the column's type, a whole number ≥ 0 for counts, text within
 * its row's or column's limit. Nothing is coerced: "1.209" in a count column is an error, never 1209.
 */
export function checkCells(
  form: FormDefinition,
  input: Readonly<Record<string, unknown>>,
  place: (cell: Cell) => Place,
  level?: Level,
): CellCheck {
  const values: FormValues = {};
  const sentDerived = new Set<string>();
  const errors: Issue[] = [];
  const cells = cellsOf(form);
  const known = new Set(cells.map((cell) => cell.key));

  for (const key of Object.keys(input)) {
    if (known.has(key)) continue;
    const where = placeText({ form, row: null });
    errors.push({
      rule: "unknown_column", severity: "error", columns: [key],
      message: `${where.vi}: không có cột «${key}» trong biểu mẫu; chỉ gửi các cột của biểu.`,
      messageEn: `${where.en}: there is no column “${key}” in this form; send only the form's columns.`,
    });
  }

  for (const cell of cells) {
    const { key, column } = cell;
    const has = Object.prototype.hasOwnProperty.call(input, key);
    const raw = has ? input[key] : undefined;
    const blank = raw === undefined || raw === null || (typeof raw === "string" && raw.trim() === "");
    const where = placeText(place(cell));
    const col = columnText(form, column.id);
    const at = { vi: `${where.vi}, ${col.vi}`, en: `${where.en}, ${col.en}` };
    const fail = (rule: string, vi: string, en: string, actual?: number) =>
      errors.push({
        rule, severity: "error", columns: [key], message: `${at.vi}: ${vi}`, messageEn: `${at.en}: ${en}`,
        ...(actual === undefined ? {} : { actual }),
      });

    // A derived total may be left out; sent, it is a count like any other (null included).
    if (column.kind === "derived" && !has) continue;
    // An optional count left blank is "not reported": stored absent, never as 0.
    if (blank && (column.kind === "count" || column.kind === "text" || column.kind === "date") && column.optional) continue;
    if (blank && !rowRequiredOf(cell.row, level)) continue;
    if (blank && column.kind !== "derived") {
      if (column.kind === "text") {
        fail("required", "chưa ghi nội dung; nếu không có gì để báo cáo, ghi «không có».",
          "is blank; write “không có” (none) when there is nothing to report.");
      } else if (column.kind === "count") {
        fail("required", "chưa nhập số liệu; nhập số nguyên không âm (ghi 0 nếu không có).",
          "is blank; enter a whole number of 0 or more (0 when there is none).");
      } else {
        fail("required", "chưa nhập.", "is blank.");
      }
      continue;
    }

    switch (column.kind) {
      case "count":
      case "derived": {
        if (typeof raw !== "number") {
          const sent = describeSent(raw);
          fail("type", `phải là số nguyên không âm, không phải ${sent.vi}.`, `must be a whole number of 0 or more, not ${sent.en}.`);
        } else if (!Number.isInteger(raw)) {
          fail("integer", `phải là số nguyên, đang ghi ${formatVi(raw)}.`, `must be a whole number, got ${formatEn(raw)}.`, raw);
        } else if (raw < 0) {
          fail("non_negative", `không được âm, đang ghi ${formatVi(raw)}.`, `may not be negative, got ${formatEn(raw)}.`, raw);
        } else if (!Number.isSafeInteger(raw)) {
          fail("integer", "số quá lớn.", "is too large.", raw);
        } else {
          values[key] = raw;
          if (column.kind === "derived") sentDerived.add(key);
        }
        break;
      }
      case "text": {
        if (typeof raw !== "string") {
          fail("type", "phải là văn bản.", "must be text.");
        } else if (raw.length > textLimit(cell.row, column)) {
          const limit = textLimit(cell.row, column);
          fail("too_long", `dài ${formatVi(raw.length)} ký tự, quá giới hạn ${formatVi(limit)} ký tự; hãy rút gọn.`,
            `is ${formatEn(raw.length)} characters long, over the limit of ${formatEn(limit)}; shorten it.`, raw.length);
        } else {
          values[key] = raw;
        }
        break;
      }
      case "enum": {
        const allowed = column.options.map((o) => o.value);
        if (typeof raw !== "string" || !allowed.includes(raw)) {
          fail("type", `phải là một trong: ${column.options.map((o) => o.label.vi).join("; ")}.`,
            `must be one of: ${column.options.map((o) => o.label.en).join("; ")}.`);
        } else {
          values[key] = raw;
        }
        break;
      }
      case "date": {
        if (typeof raw !== "string" || !isCalendarDate(raw)) {
          fail("type", "phải là một ngày dạng NNNN-TT-NN.", "must be a date written YYYY-MM-DD.");
        } else {
          values[key] = raw;
        }
        break;
      }
      default: {
        const never: never = column;
        throw new Error(`unknown column kind ${JSON.stringify(never)}`);
      }
    }
  }
  return { values, sentDerived, errors };
}
