import { foldText } from "../text/fold.ts";
import { UnitCodeSchema } from "../api/schemas.ts";
import { controlOrBidiCharacter } from "../text/characters.ts";
import { levelName, levelRank, type Level, type Levels, type Unit } from "./levels.ts";

/**
 * The central office's list of reporting units, imported whole from an .xlsx or CSV with the
 * columns code, name, level, parent: read into rows, every row checked, then planned against the
 * units already registered. Pure: no I/O, for browsers and Workers alike.
 */

export type RegistryColumn = "code" | "name" | "level" | "parent";

/** The columns' Vietnamese labels, as the template's header and every message names them. */
export const REGISTRY_LABELS: Readonly<Record<RegistryColumn, string>> = {
  code: "Mã đơn vị",
  name: "Tên đơn vị",
  level: "Cấp",
  parent: "Đơn vị cấp trên",
};

/** One unit as the file gives it; `row` is the 1-based spreadsheet row number. */
export interface RegistryRow {
  row: number;
  code: string;
  name: string;
  /** The level's id, or the cell as written when it names no configured level. */
  level: Level;
  parent: string | null;
}

/** What is wrong with the file, in Vietnamese, pointing at a row and (when it is one) a column. */
export interface RegistryIssue {
  row: number;
  column: RegistryColumn | null;
  label: string;
  message: string;
}

export interface RegistryUpdate {
  before: Unit;
  after: Unit;
  changes: ("name" | "level" | "parent")[];
}

/** What an import does; units registered but absent from the file are left as they are. */
export interface RegistryPlan {
  /** Parents before their children, so that the units can be inserted in this order. */
  create: Unit[];
  update: RegistryUpdate[];
  /** Codes of the units the file gives exactly as registered. */
  unchanged: string[];
}

const NAME_MAX = 200;

// ---------------------------------------------------------------------------------------------
// CSV

/**
 * The records of a CSV text (RFC 4180: quoted fields, doubled quotes, line breaks inside quotes,
 * CRLF or LF). The delimiter is read from the header line: `,`, `;` (Excel in a Vietnamese locale)
 * or tab. A UTF-8 BOM is dropped, and so are lines with nothing in them.
 */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith("\uFEFF") ? text.slice(1) : text;
  // Blank lines stay (as blank records) so that a message's row number is the line the user sees; only trailing ones go.
  const records = splitRecords(source, detectDelimiter(source));
  while (records.length > 0 && isBlankRecord(records[records.length - 1]!)) records.pop();
  return records;
}

const DELIMITERS = [",", ";", "\t"] as const;

/** The candidate that appears most often, outside quotes, in the first line with content. */
function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  let content = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (quoted) continue;
    else if (ch === "\n" || ch === "\r") {
      if (content) break;
    } else if (counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
    else if (ch.trim()) content = true;
  }
  return DELIMITERS.reduce((best, d) => (counts.get(d)! > counts.get(best)! ? d : best), DELIMITERS[0]);
}

function splitRecords(text: string, delimiter: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStart = true;
  const endField = () => {
    record.push(field);
    field = "";
    fieldStart = true;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch !== '"') field += ch;
      else if (text[i + 1] !== '"') quoted = false;
      else {
        field += '"';
        i++;
      }
    } else if (ch === '"' && fieldStart) {
      quoted = true;
      fieldStart = false;
    } else if (ch === delimiter) endField();
    else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      endField();
      records.push(record);
      record = [];
    } else {
      field += ch;
      fieldStart = false;
    }
  }
  endField();
  records.push(record);
  return records;
}

const isBlankRecord = (record: readonly string[]) => record.every((field) => field.trim() === "");

// ---------------------------------------------------------------------------------------------
// Reading a grid


const withoutParentheses = (text: string): string => text.replace(/\([^)]*\)/g, " ");

const headerKey = (text: string): string =>
  foldText(withoutParentheses(text)).replace(/[^a-z0-9]+/g, " ").trim();

const HEADER_NAMES: Readonly<Record<RegistryColumn, readonly string[]>> = {
  code: ["ma don vi", "ma", "code"],
  name: ["ten don vi", "ten", "name"],
  level: ["cap", "level"],
  parent: ["don vi cap tren", "ma don vi cap tren", "cap tren", "parent"],
};

const COLUMNS = Object.keys(HEADER_NAMES) as RegistryColumn[];
const REQUIRED: readonly RegistryColumn[] = ["code", "name", "level"];

/**
 * The rows of a grid (an .xlsx sheet's values or parseCsv's records) whose first non-empty row is
 * the header. Only a header without the code, name or level column is an issue here; what the
 * rows hold is checked by planRegistryImport, so that every row's problems come out together.
 */
export function readRegistryTable(
  cells: readonly (readonly unknown[])[],
  levels: Levels,
): { rows: RegistryRow[]; issues: RegistryIssue[] } {
  const grid = Array.from(cells, (row) => Array.from(row ?? [], cellText));
  const headerIndex = grid.findIndex((row) => !isBlankRecord(row));
  if (headerIndex < 0) return { rows: [], issues: [rowIssue(1, `tệp không có nội dung; cần dòng tiêu đề với các cột ${expectedHeaders()}`)] };
  const headerRow = headerIndex + 1;
  const located = locateColumns(grid[headerIndex]!, headerRow);
  if ("issues" in located) return { rows: [], issues: located.issues };
  const rows: RegistryRow[] = [];
  grid.forEach((cellsOfRow, index) => {
    if (index > headerIndex && !isBlankRecord(cellsOfRow)) rows.push(readRow(cellsOfRow, index + 1, located.columns, levels));
  });
  const issues = rows.length ? [] : [rowIssue(headerRow, "tệp chỉ có dòng tiêu đề; cần ít nhất một dòng đơn vị bên dưới")];
  return { rows, issues };
}

/** A cell's text: ExcelJS gives rich text, hyperlinks and formulas as objects. */
function cellText(value: unknown): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "bigint") return String(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    const { richText, text, result } = value as { richText?: unknown; text?: unknown; result?: unknown };
    if (Array.isArray(richText)) return richText.map((part: { text?: unknown }) => cellText(part?.text)).join("").trim();
    if (text !== undefined) return cellText(text);
    if (result !== undefined) return cellText(result);
  }
  return "";
}

type ColumnIndexes = Partial<Record<RegistryColumn, number>>;

function locateColumns(header: readonly string[], headerRow: number): { columns: ColumnIndexes } | { issues: RegistryIssue[] } {
  const columns: ColumnIndexes = {};
  const issues: RegistryIssue[] = [];
  header.forEach((text, index) => {
    const column = COLUMNS.find((c) => HEADER_NAMES[c].includes(headerKey(text)));
    if (!column) return;
    const earlier = columns[column];
    if (earlier === undefined) columns[column] = index;
    else issues.push(issue(headerRow, column, `có hai cột tiêu đề cùng là cột này (cột ${columnLetter(earlier)} và cột ${columnLetter(index)}); cần giữ một cột`));
  });
  for (const column of REQUIRED.filter((c) => columns[c] === undefined)) issues.push(missingHeader(header, headerRow, column));
  return issues.length ? { issues } : { columns };
}

function missingHeader(header: readonly string[], headerRow: number, column: RegistryColumn): RegistryIssue {
  const found = header.filter((text) => text !== "");
  const present = found.length ? `dòng tiêu đề chỉ có ${found.map(quote).join(", ")}` : "dòng tiêu đề trống";
  return issue(headerRow, column, `không có cột này (${present}); dòng có nội dung đầu tiên phải là dòng tiêu đề với các cột ${expectedHeaders()}`);
}

const expectedHeaders = () => COLUMNS.map((c) => `«${REGISTRY_LABELS[c]}»${REQUIRED.includes(c) ? "" : " (không bắt buộc)"}`).join(", ");

function columnLetter(index: number): string {
  const letter = String.fromCharCode(65 + (index % 26));
  return index < 26 ? letter : columnLetter(Math.floor(index / 26) - 1) + letter;
}

function readRow(cells: readonly string[], row: number, columns: ColumnIndexes, levels: Levels): RegistryRow {
  const at = (column: RegistryColumn) => {
    const index = columns[column];
    return index === undefined ? "" : (cells[index] ?? "");
  };
  const level = at("level");
  return { row, code: at("code"), name: at("name"), level: resolveLevel(levels, level) ?? level, parent: at("parent") || null };
}

const levelKey = (text: string): string => foldText(text).replace(/\s+/g, "");

/**
 * The level a cell names: its id or its Vietnamese name, ignoring case, diacritics and spaces;
 * or the name without its parenthetical part («Cấp tỉnh» for «Cấp tỉnh (sở, ban, ngành)») when
 * that names one level only.
 */
export function resolveLevel(levels: Levels, text: string): Level | null {
  const key = levelKey(text);
  if (!key) return null;
  const exact = levels.find((level) => levelKey(level.id) === key || levelKey(level.name.vi) === key);
  if (exact) return exact.id;
  const short = levels.filter((level) => levelKey(withoutParentheses(level.name.vi)) === key);
  return short.length === 1 ? short[0]!.id : null;
}

// ---------------------------------------------------------------------------------------------
// Planning

const EMPTY_PLAN: RegistryPlan = { create: [], update: [], unchanged: [] };

/**
 * Checks every row, against the file and the registered units, and plans the import. Any issue
 * refuses the whole file: the plan is then empty, so that no half of a list is ever applied.
 */
export function planRegistryImport(
  rows: readonly RegistryRow[],
  existing: readonly Unit[],
  levels: Levels,
): { plan: RegistryPlan; issues: RegistryIssue[] } {
  const context = importContext(rows.map(cleanRow), existing, levels);
  const issues = [
    ...context.rows.flatMap((row) => checkRow(row, context)),
    ...cycleIssues(context),
    ...strandedChildIssues(context),
  ].sort((a, b) => a.row - b.row);
  return issues.length ? { plan: { ...EMPTY_PLAN }, issues } : { plan: buildPlan(context), issues };
}

const cleanRow = (row: RegistryRow): RegistryRow => ({
  row: row.row,
  code: row.code.trim(),
  name: row.name.trim(),
  level: row.level.trim(),
  parent: row.parent?.trim() || null,
});

interface ImportContext {
  rows: readonly RegistryRow[];
  levels: Levels;
  existing: ReadonlyMap<string, Unit>;
  /** Registered codes by their case-folded form. */
  existingFolded: ReadonlyMap<string, string>;
  /** The first row of each code, by its case-folded form. */
  firstRow: ReadonlyMap<string, RegistryRow>;
}

function importContext(rows: readonly RegistryRow[], existing: readonly Unit[], levels: Levels): ImportContext {
  const firstRow = new Map<string, RegistryRow>();
  for (const row of rows) if (row.code && !firstRow.has(codeKey(row.code))) firstRow.set(codeKey(row.code), row);
  return {
    rows,
    levels,
    existing: new Map(existing.map((unit) => [unit.code, unit])),
    existingFolded: new Map(existing.map((unit) => [codeKey(unit.code), unit.code])),
    firstRow,
  };
}

/** Codes are stored case-sensitively, but two differing only in case are one unit typed twice. */
const codeKey = (code: string) => code.toLowerCase();

/** The row that defines a code in the file, when it is written exactly so. */
function rowOf(context: ImportContext, code: string): RegistryRow | undefined {
  const row = context.firstRow.get(codeKey(code));
  return row?.code === code ? row : undefined;
}

/** A unit's level and parent once the import is applied, or undefined for a code nobody has. */
function unitAfter(context: ImportContext, code: string): { level: Level; parent: string | null; row?: number } | undefined {
  return rowOf(context, code) ?? context.existing.get(code);
}

const checkRow = (row: RegistryRow, context: ImportContext): RegistryIssue[] =>
  [checkCode(row, context), checkName(row), checkLevel(row, context), checkParent(row, context)].filter((found) => found !== null);

const CODE_RULE = "cần chữ cái không dấu, chữ số, dấu chấm, gạch ngang hoặc gạch dưới, từ 1 đến 64 ký tự, bắt đầu bằng chữ hoặc số";

function checkCode(row: RegistryRow, context: ImportContext): RegistryIssue | null {
  const { code } = row;
  if (!code) return issue(row.row, "code", `ô trống; ${CODE_RULE}`);
  if (!UnitCodeSchema.safeParse(code).success) return issue(row.row, "code", `${quote(code)} không phải mã hợp lệ; ${CODE_RULE}`);
  const first = context.firstRow.get(codeKey(code))!;
  if (first !== row) {
    const same = first.code === code ? `mã ${quote(code)} đã có ở dòng ${first.row}` : `mã ${quote(code)} trùng với mã ${quote(first.code)} ở dòng ${first.row} (chỉ khác chữ hoa, chữ thường)`;
    return issue(row.row, "code", `${same}; mỗi đơn vị chỉ được ghi một dòng`);
  }
  const registered = context.existingFolded.get(codeKey(code));
  if (registered !== undefined && registered !== code) {
    return issue(row.row, "code", `${quote(code)} chỉ khác mã đơn vị đã có ${quote(registered)} ở chữ hoa, chữ thường; cần ghi đúng ${quote(registered)} nếu là cùng đơn vị, hoặc một mã khác hẳn`);
  }
  return null;
}

function checkName(row: RegistryRow): RegistryIssue | null {
  const { name } = row;
  if (!name) return issue(row.row, "name", `ô trống; cần tên đơn vị, từ 1 đến ${NAME_MAX} ký tự`);
  if (name.length > NAME_MAX) return issue(row.row, "name", `${quote(name)} dài ${name.length} ký tự; cần tối đa ${NAME_MAX} ký tự`);
  const found = controlOrBidiCharacter(name);
  if (found) {
    return issue(row.row, "name", `${quote(name)} có ký tự điều khiển hoặc ký tự đổi chiều văn bản (${found}), không được phép; cần gõ lại tên chỉ bằng chữ, số và dấu câu thông thường`);
  }
  return null;
}

const activeLevels = (levels: Levels) =>
  levels.filter((level) => !level.historical).map((level) => `${level.name.vi} (${level.id})`).join(", ");

function checkLevel(row: RegistryRow, context: ImportContext): RegistryIssue | null {
  const { levels } = context;
  if (!row.level) return issue(row.row, "level", `ô trống; cần một trong: ${activeLevels(levels)}`);
  const config = levels.find((level) => level.id === row.level);
  // A historical level (the districts) is accepted: the old structure may be registered to keep its reports.
  if (!config) return issue(row.row, "level", `${quote(row.level)} không phải cấp đã cấu hình; cần một trong: ${activeLevels(levels)}`);
  return null;
}

function checkParent(row: RegistryRow, context: ImportContext): RegistryIssue | null {
  const { parent } = row;
  if (parent === null) return null;
  if (parent === row.code) return issue(row.row, "parent", `${quote(parent)} là chính đơn vị này, không thể là cấp trên của nó; cần mã một đơn vị khác ở cấp trên, hoặc để trống`);
  const after = unitAfter(context, parent);
  if (!after) return issue(row.row, "parent", `${quote(parent)} không có trong tệp cũng như trong các đơn vị đã đăng ký; ${parentExpected(context, parent)}`);
  return checkParentLevel(row, parent, after, context);
}

function parentExpected(context: ImportContext, parent: string): string {
  const key = codeKey(parent);
  const near = context.firstRow.get(key)?.code ?? context.existingFolded.get(key);
  const hint = near ? ` (có phải ${quote(near)}?)` : "";
  return `cần mã một đơn vị ghi trong tệp hoặc đã đăng ký${hint}, hoặc để trống`;
}

function checkParentLevel(row: RegistryRow, parent: string, after: { level: Level; row?: number }, context: ImportContext): RegistryIssue | null {
  const { levels } = context;
  const childRank = levelRank(levels, row.level);
  const parentRank = levelRank(levels, after.level);
  // An unconfigured level is reported on its own row; there is no order to compare with.
  if (childRank < 0 || parentRank < 0 || parentRank < childRank) return null;
  const where = after.row === undefined ? "" : ` (theo dòng ${after.row})`;
  const found = `${quote(parent)} thuộc ${levelName(levels, after.level)}${where}, không ở trên ${levelName(levels, row.level)} của ${quote(row.code)}`;
  if (childRank === 0) return issue(row.row, "parent", `${found}; ${levelName(levels, row.level)} là cấp cao nhất nên cần để trống ô này`);
  const above = levels.slice(0, childRank).map((level) => level.name.vi).join(", ");
  return issue(row.row, "parent", `${found}; cần một đơn vị thuộc cấp trên: ${above}`);
}

/** A unit's parent in the resulting tree, when that parent is a unit; self-parents are reported apart. */
function parentAfter(context: ImportContext, code: string): string | null {
  const parent = unitAfter(context, code)?.parent ?? null;
  return parent !== null && parent !== code && unitAfter(context, parent) ? parent : null;
}

/** Each loop of the resulting tree once, on the row of the file that comes first in it. */
function cycleIssues(context: ImportContext): RegistryIssue[] {
  const issues: RegistryIssue[] = [];
  const settled = new Set<string>();
  for (const row of context.firstRow.values()) {
    const path: string[] = [];
    const onPath = new Set<string>();
    let code: string | null = row.code;
    while (code !== null && !settled.has(code) && !onPath.has(code)) {
      path.push(code);
      onPath.add(code);
      code = parentAfter(context, code);
    }
    const found = code !== null && onPath.has(code) ? cycleIssue(path.slice(path.indexOf(code)), context) : null;
    if (found) issues.push(found);
    for (const done of path) settled.add(done);
  }
  return issues;
}

/** Null for a loop among registered units only: the file did not make it. */
function cycleIssue(loop: readonly string[], context: ImportContext): RegistryIssue | null {
  const inFile = loop.map((code) => rowOf(context, code)).filter((row) => row !== undefined);
  if (inFile.length === 0) return null;
  const first = inFile.reduce((a, b) => (b.row < a.row ? b : a));
  const start = loop.indexOf(first.code);
  const ordered = [...loop.slice(start), ...loop.slice(0, start), first.code];
  const chain = ordered.map((code) => {
    const row = rowOf(context, code)?.row;
    return row === undefined ? quote(code) : `${quote(code)} (dòng ${row})`;
  });
  return issue(first.row, "parent", `cấp trên đi vòng ${chain.join(" → ")}; cần sửa để chuỗi cấp trên của mỗi đơn vị dừng ở một đơn vị không có cấp trên`);
}

/**
 * Registered units absent from the file keep their parent; a row moving that parent to a level
 * not above theirs would leave them under a peer or a unit below.
 */
function strandedChildIssues(context: ImportContext): RegistryIssue[] {
  const { levels } = context;
  const stranded = new Map<RegistryRow, Unit[]>();
  for (const child of context.existing.values()) {
    const parentRow = child.parent === null || rowOf(context, child.code) ? undefined : rowOf(context, child.parent);
    if (!parentRow || parentRow.level === context.existing.get(parentRow.code)?.level) continue;
    const childRank = levelRank(levels, child.level);
    const parentRank = levelRank(levels, parentRow.level);
    if (childRank >= 0 && parentRank >= childRank) stranded.set(parentRow, [...(stranded.get(parentRow) ?? []), child]);
  }
  return [...stranded].map(([row, children]) => {
    const named = children.slice(0, 5).map((child) => `${quote(child.code)} (${levelName(levels, child.level)})`).join(", ");
    const more = children.length > 5 ? ` và ${children.length - 5} đơn vị khác` : "";
    return issue(row.row, "level", `${quote(levelName(levels, row.level))} không ở trên cấp của đơn vị cấp dưới đã đăng ký mà tệp không ghi: ${named}${more}; cần giữ một cấp cao hơn, hoặc ghi cả các đơn vị đó vào tệp với cấp trên mới`);
  });
}

function buildPlan(context: ImportContext): RegistryPlan {
  const plan: RegistryPlan = { create: [], update: [], unchanged: [] };
  for (const { code, name, level, parent } of context.rows) {
    const after: Unit = { code, name, level, parent };
    const before = context.existing.get(code);
    const changes = before ? changedFields(before, after) : [];
    if (!before) plan.create.push(after);
    else if (changes.length) plan.update.push({ before: { ...before }, after, changes });
    else plan.unchanged.push(code);
  }
  // Every parent sits on a higher level than its children, so the level order inserts parents first.
  const rank = (unit: Unit) => levelRank(context.levels, unit.level);
  plan.create.sort((a, b) => rank(a) - rank(b));
  return plan;
}

function changedFields(before: Unit, after: Unit): RegistryUpdate["changes"] {
  return (["name", "level", "parent"] as const).filter((field) => before[field] !== after[field]);
}

// ---------------------------------------------------------------------------------------------
// Messages

function issue(row: number, column: RegistryColumn, detail: string): RegistryIssue {
  const label = REGISTRY_LABELS[column];
  return { row, column, label, message: `Dòng ${row}, cột «${label}»: ${detail}.` };
}

function rowIssue(row: number, detail: string): RegistryIssue {
  return { row, column: null, label: "", message: `Dòng ${row}: ${detail}.` };
}

const SHOWN_MAX = 60;

/** A value as a message quotes it: control and bidi characters written out, so that it reads as typed. */
function quote(value: string): string {
  let shown = value;
  for (let found = controlOrBidiCharacter(shown); found; found = controlOrBidiCharacter(shown)) {
    shown = shown.replaceAll(String.fromCodePoint(parseInt(found.slice(2), 16)), `[${found}]`);
  }
  return `«${shown.length > SHOWN_MAX ? `${shown.slice(0, SHOWN_MAX)}…` : shown}»`;
}

// ---------------------------------------------------------------------------------------------
// Template

/** A template to download: the header and two examples, a department and a commune. */
export function registryTemplateRows(levels: Levels): string[][] {
  const active = levels.filter((level) => !level.historical).map((level) => level.name.vi);
  return [
    COLUMNS.map((column) => REGISTRY_LABELS[column]),
    ["SO-NOI-VU", "Sở Nội vụ", active[0] ?? "", ""],
    ["XA-AN-BINH", "Xã An Bình", active[active.length - 1] ?? "", ""],
  ];
}
