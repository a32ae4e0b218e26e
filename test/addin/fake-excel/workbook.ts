import { evaluate, type Scalar } from "./formula-eval.ts";
import { formatRect, isHuge, letters, overlaps, parseAddress, quoteSheet, type Rect } from "./addresses.ts";

/** Everything the fake keeps about one cell. */
export interface FakeCell {
  /** A constant ("" when empty); for a formula cell, unused (the value is computed). */
  constant: Scalar;
  formula: string | null;
  numberFormat: string;
  fill: string | null;
  font: { bold?: boolean; italic?: boolean; size?: number; name?: string; color?: string };
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  locked: boolean;
  validation: { rule?: unknown; errorAlert?: unknown };
  borders: Record<string, { style?: string; weight?: string; color?: string }>;
}

const blankCell = (): FakeCell => ({
  constant: "", formula: null, numberFormat: "General", fill: null, font: {}, locked: true, validation: {}, borders: {},
});

/** What a range write may set, as a path under the range ("values", "format.fill.color", …). */
export type RangeWrite = { path: string; value: unknown };

/** One worksheet of the fake workbook. */
export class FakeSheet {
  readonly cells = new Map<string, FakeCell>();
  readonly merges: Rect[] = [];
  readonly columnWidths = new Map<number, number>();
  readonly rowHeights = new Map<number, number>();
  /** Rows Excel fits to their content (Range.format.autofitRows): no fixed height, they grow as text is typed. */
  readonly autofitRows = new Set<number>();
  /** Formats set on the whole sheet (fonts). */
  readonly sheetFont: FakeCell["font"] = {};
  frozen: { rows: number; columns: number } | null = null;
  /** The options the sheet was protected with (Worksheet.protection.protect), or null when it is not protected. */
  protection: Record<string, unknown> | null = null;
  /** The filtered block, "A1:J21". */
  autoFilter: string | null = null;
  readonly pageLayout: Record<string, unknown> = {};
  constructor(public name: string) {}

  /** The cell at a 1-based row and column, created when first touched. */
  cell(row: number, column: number): FakeCell {
    const key = `${letters(column)}${row}`;
    let cell = this.cells.get(key);
    if (!cell) this.cells.set(key, (cell = blankCell()));
    return cell;
  }

  /** The cell at an A1 address, for assertions (a blank one if never touched). */
  at(address: string): FakeCell {
    const { top, left } = parseAddress(address);
    return this.cells.get(`${letters(left)}${top}`) ?? blankCell();
  }

  /** Merged blocks as "A1:Q1". */
  mergedAreas(): string[] {
    return this.merges.map(formatRect);
  }
}

const NUMERIC = /^[-+]?\(?\d[\d,]*(\.\d+)?\)?%?$/;

/** Excel's reading of a string put into a cell, as if typed: "(1)" is −1, "=…" a formula, "'x" text. */
function interpret(cell: FakeCell, input: string): { constant: Scalar; formula: string | null } {
  if (cell.numberFormat === "@") return { constant: input, formula: null };
  if (input.startsWith("'")) return { constant: input.slice(1), formula: null };
  if (input.startsWith("=")) return { constant: "", formula: input };
  if (NUMERIC.test(input)) {
    const negative = input.startsWith("(") || input.startsWith("-");
    const digits = Number(input.replace(/[()%,+-]/g, ""));
    const value = (negative ? -digits : digits) / (input.endsWith("%") ? 100 : 1);
    return { constant: value, formula: null };
  }
  return { constant: input, formula: null };
}

/** The workbook behind the mock: sheets, workbook names, the active sheet and the selection. */
export class FakeWorkbook {
  readonly sheets: FakeSheet[] = [];
  readonly names = new Map<string, { name: string; sheet: FakeSheet | null; rect: Rect }>();
  active: FakeSheet | null = null;
  selection: { sheet: FakeSheet; rect: Rect } | null = null;

  constructor(sheetNames: string[] = ["Sheet1"]) {
    for (const name of sheetNames) this.sheets.push(new FakeSheet(name));
    this.active = this.sheets[0] ?? null;
  }

  /** A sheet by name, ignoring case as Excel does. */
  sheet(name: string): FakeSheet | undefined {
    return this.sheets.find((s) => s.name.toLowerCase() === name.toLowerCase());
  }

  /** A sheet that must exist (for assertions). */
  mustSheet(name: string): FakeSheet {
    const sheet = this.sheet(name);
    if (!sheet) throw new Error(`no sheet ${name}; sheets: ${this.sheets.map((s) => s.name).join(", ")}`);
    return sheet;
  }

  /** Where a workbook name points: its sheet and local address (null when it refers to #REF!). */
  named(name: string): { sheet: FakeSheet; address: string; cell: FakeCell } | null {
    const item = this.names.get(name.toLowerCase());
    if (!item || !item.sheet || !this.sheets.includes(item.sheet)) return null;
    return { sheet: item.sheet, address: formatRect(item.rect), cell: item.sheet.cell(item.rect.top, item.rect.left) };
  }

  /** A cell's value as Excel shows it: a formula's result, a constant, or "" when empty. */
  valueOf(sheet: FakeSheet, row: number, column: number, depth = 0): Scalar {
    const cell = sheet.cells.get(`${letters(column)}${row}`);
    if (!cell) return "";
    if (cell.formula === null) return cell.constant;
    if (depth > 50) return "#REF!";
    return evaluate(cell.formula, (ref) => {
      const { top, left } = parseAddress(ref);
      const target = sheet.cells.get(`${letters(left)}${top}`);
      if (!target || (target.formula === null && target.constant === "")) return null;
      return this.valueOf(sheet, top, left, depth + 1);
    });
  }

  /** The value shown in the cell a name points to. */
  namedValue(name: string): Scalar {
    const found = this.named(name);
    if (!found) throw new Error(`no name ${name}`);
    const { top, left } = parseAddress(found.address);
    return this.valueOf(found.sheet, top, left);
  }

  /** The clerk types into the cell a name points to: a number, text, or a formula ("=…"). */
  type(name: string, input: number | string): void {
    const found = this.named(name);
    if (!found) throw new Error(`no name ${name}`);
    this.typeInto(found.sheet, found.cell, input);
  }

  /** The clerk types into a cell by address (for cells without a name). */
  typeAt(sheetName: string, address: string, input: number | string): void {
    const { top, left } = parseAddress(address);
    const sheet = this.mustSheet(sheetName);
    this.typeInto(sheet, sheet.cell(top, left), input);
  }

  /** Excel refuses typing into a locked cell of a protected sheet, as the clerk would be told. */
  private typeInto(sheet: FakeSheet, cell: FakeCell, input: number | string): void {
    if (sheet.protection && cell.locked) throw new Error(`The cell you're trying to change is on a protected sheet (${sheet.name})`);
    this.put(cell, input);
  }

  /** The clerk pastes text formatted as text over a cell (what validation cannot stop). */
  pasteText(name: string, text: string): void {
    const found = this.named(name);
    if (!found) throw new Error(`no name ${name}`);
    found.cell.constant = text;
    found.cell.formula = null;
  }

  private put(cell: FakeCell, input: number | string | boolean | null): void {
    if (input === null) return;
    if (typeof input !== "string") {
      cell.constant = input;
      cell.formula = null;
      return;
    }
    Object.assign(cell, interpret(cell, input));
  }

  /** Applies one write to a block of a sheet, as Excel does when the batch is synced. */
  /** What Excel refuses on a protected sheet: typing into a locked cell, changing locking, formats it does not allow. */
  private refuseOnProtected(sheet: FakeSheet, rect: Rect, path: string): void {
    const allowed = sheet.protection!;
    const refuse = () => {
      throw new Error(`AccessDenied: ${path} of ${formatRect(rect)} on the protected sheet ${sheet.name}`);
    };
    if (path === "values" || path === "formulas") {
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) if (sheet.cell(r, c).locked) refuse();
    } else if (path.startsWith("format.protection.")) {
      refuse();
    } else if (path === "format.columnWidth") {
      if (!allowed.allowFormatColumns) refuse();
    } else if (path === "format.rowHeight" || path === "format.useStandardHeight") {
      if (!allowed.allowFormatRows) refuse();
    } else if ((path === "numberFormat" || path.startsWith("format.")) && !allowed.allowFormatCells) {
      refuse();
    }
  }

  applyRangeWrite(sheet: FakeSheet, rect: Rect, path: string, value: unknown): void {
    const rows = rect.bottom - rect.top + 1;
    const columns = rect.right - rect.left + 1;
    const each = (apply: (cell: FakeCell, r: number, c: number) => void) => {
      for (let r = 0; r < rows; r++) for (let c = 0; c < columns; c++) apply(sheet.cell(rect.top + r, rect.left + c), r, c);
    };
    if (sheet.protection) this.refuseOnProtected(sheet, rect, path);
    const matrix = (): unknown[][] => {
      if (!Array.isArray(value) || value.length !== rows || value.some((row) => !Array.isArray(row) || row.length !== columns)) {
        throw new Error(`InvalidArgument: ${path} of ${formatRect(rect)} must be a ${rows}×${columns} array, got ${JSON.stringify(value)}`);
      }
      return value as unknown[][];
    };
    if (path === "format.columnWidth") {
      for (let c = rect.left; c <= Math.min(rect.right, rect.left + 1000); c++) sheet.columnWidths.set(c, value as number);
      return;
    }
    if (path === "format.rowHeight") {
      for (let r = rect.top; r <= Math.min(rect.bottom, rect.top + 10_000); r++) sheet.rowHeights.set(r, value as number);
      return;
    }
    if (path === "format.useStandardHeight" && value === true) {
      for (const row of [...sheet.rowHeights.keys()]) if (row >= rect.top && row <= rect.bottom) sheet.rowHeights.delete(row);
      return;
    }
    if (isHuge(rect)) {
      const font = /^format\.font\.(name|size)$/.exec(path);
      if (font && rect.top === 1 && rect.left === 1) {
        (sheet.sheetFont as Record<string, unknown>)[font[1]!] = value;
        return;
      }
      throw new Error(`fake Excel cannot model ${path} on ${formatRect(rect)}`);
    }
    switch (path) {
      case "values":
      case "formulas": {
        const grid = matrix();
        each((cell, r, c) => {
          const input = grid[r]![c];
          if (input === null || input === undefined) return;
          this.put(cell, input as Scalar);
        });
        return;
      }
      case "numberFormat": {
        const grid = matrix();
        each((cell, r, c) => {
          if (grid[r]![c] !== null) cell.numberFormat = String(grid[r]![c]);
        });
        return;
      }
      case "format.fill.color":
        return each((cell) => void (cell.fill = value as string));
      case "format.horizontalAlignment":
      case "format.verticalAlignment":
      case "format.wrapText": {
        const key = path.slice("format.".length) as "horizontalAlignment" | "verticalAlignment" | "wrapText";
        return each((cell) => void ((cell as unknown as Record<string, unknown>)[key] = value));
      }
      case "format.font.bold":
      case "format.font.italic":
      case "format.font.size":
      case "format.font.name":
      case "format.font.color": {
        const key = path.slice("format.font.".length);
        return each((cell) => void ((cell.font as Record<string, unknown>)[key] = value));
      }
      case "format.protection.locked":
        return each((cell) => void (cell.locked = value as boolean));
      case "dataValidation.rule":
        return each((cell) => void (cell.validation = { ...cell.validation, rule: structuredClone(value) }));
      case "dataValidation.errorAlert":
        return each((cell) => void (cell.validation = { ...cell.validation, errorAlert: structuredClone(value) }));
      default:
        throw new Error(`fake Excel cannot model the write ${path}`);
    }
  }

  /** Applies a border write: `edge` of the block gets `prop`. */
  applyBorder(sheet: FakeSheet, rect: Rect, edge: string, prop: string, value: unknown): void {
    if (isHuge(rect)) throw new Error(`fake Excel cannot model borders on ${formatRect(rect)}`);
    for (let r = rect.top; r <= rect.bottom; r++) {
      for (let c = rect.left; c <= rect.right; c++) {
        const sides: string[] = [];
        if (edge === "EdgeTop" && r === rect.top) sides.push("top");
        if (edge === "EdgeBottom" && r === rect.bottom) sides.push("bottom");
        if (edge === "EdgeLeft" && c === rect.left) sides.push("left");
        if (edge === "EdgeRight" && c === rect.right) sides.push("right");
        if (edge === "InsideHorizontal") {
          if (r > rect.top) sides.push("top");
          if (r < rect.bottom) sides.push("bottom");
        }
        if (edge === "InsideVertical") {
          if (c > rect.left) sides.push("left");
          if (c < rect.right) sides.push("right");
        }
        const cell = sheet.cell(r, c);
        for (const side of sides) cell.borders[side] = { ...cell.borders[side], [prop]: value };
      }
    }
  }

  /** Empties a block: values, formulas and formats (Range.clear("All")). */
  clear(sheet: FakeSheet, rect: Rect): void {
    if (sheet.protection) throw new Error(`AccessDenied: clear of ${formatRect(rect)} on the protected sheet ${sheet.name}`);
    for (const key of [...sheet.cells.keys()]) {
      const { top, left } = parseAddress(key);
      if (top >= rect.top && top <= rect.bottom && left >= rect.left && left <= rect.right) sheet.cells.delete(key);
    }
  }

  /** Unmerges every merged block inside a block. */
  unmerge(sheet: FakeSheet, rect: Rect): void {
    if (sheet.protection) throw new Error(`AccessDenied: unmerge of ${formatRect(rect)} on the protected sheet ${sheet.name}`);
    const kept = sheet.merges.filter((m) => !overlaps(m, rect));
    sheet.merges.splice(0, sheet.merges.length, ...kept);
  }

  /** Merges a block; Excel refuses a block that overlaps one already merged. */
  merge(sheet: FakeSheet, rect: Rect): void {
    if (sheet.protection) throw new Error(`AccessDenied: merge of ${formatRect(rect)} on the protected sheet ${sheet.name}`);
    const clash = sheet.merges.find((m) => overlaps(m, rect));
    if (clash) throw new Error(`InvalidOperation: ${formatRect(rect)} overlaps the merged ${formatRect(clash)}`);
    sheet.merges.push(rect);
  }

  /** A sheet-qualified address as Range.address gives it. */
  address(sheet: FakeSheet, rect: Rect): string {
    return `${quoteSheet(sheet.name)}!${formatRect(rect)}`;
  }
}
