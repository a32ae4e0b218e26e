import { formatRect, parseAddress, type Rect } from "../../addin/fake-excel/addresses.ts";
import { FakeSheet, type FakeWorkbook } from "../../addin/fake-excel/workbook.ts";

/**
 * The part of the Office.js Excel object model that addin/excel uses, over the node tests'
 * in-memory `FakeWorkbook`, for a browser. It keeps Office.js's contract rather than just its
 * shape:
 *
 * - every property write and method call is queued and reaches the workbook only at
 *   `context.sync()`, in order; an operation Excel would refuse (a sheet name taken, a name
 *   defined twice, a values array of the wrong size, overlapping merges) rejects that sync;
 * - `load()` is queued too and reads the workbook when its turn comes; reading a property that
 *   was neither loaded nor set throws PropertyNotLoaded, and `isNullObject` is readable only
 *   after the sync that resolved the object;
 * - `*OrNullObject` methods give null objects, on which methods do nothing;
 * - `Excel.run` syncs once more when the batch leaves work queued, and counts its syncs.
 */

/** An error as Office.js reports one: a code and a message. */
export class ExcelError extends Error {
  override name = "RichApi.Error";
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

const notLoaded = (property: string) =>
  new ExcelError(
    "PropertyNotLoaded",
    `The property '${property}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );

function cannot(what: string): never {
  throw new ExcelError("FakeExcelGap", `fake Excel does not model ${what}`);
}

/** What the host tells each context: the workbook, and that a sync changed it. */
export interface Host {
  readonly workbook: FakeWorkbook;
  changed(): void;
}

/** One `Excel.run`'s request context. */
export class RequestContext {
  readonly workbook: Workbook;
  syncs = 0;
  private queue: Array<() => void> = [];

  constructor(readonly host: Host) {
    this.workbook = new Workbook(this);
  }

  /** Queues an operation for the next sync. */
  enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  /** Applies what was queued, in order; the first failure rejects the sync and drops the rest. */
  async sync(): Promise<void> {
    this.syncs++;
    await new Promise((resolve) => setTimeout(resolve, 0)); // a round trip to Excel
    const operations = this.queue.splice(0);
    try {
      for (const operation of operations) operation();
    } finally {
      this.host.changed();
    }
  }

  // Office.js API calls the add-in may make on the context that mean nothing here.
  trackedObjects = { add: () => undefined, remove: () => undefined };
}

/**
 * A proxy object: what it stands for is resolved by an operation queued when it is created, so
 * it is found (or found missing) at the sync, as in Office.js.
 */
abstract class ClientObject<T> {
  private resolved: { target: T | null } | null = null;
  protected readonly loaded = new Map<string, unknown>();

  /** `locate` runs at the object's turn in the next sync; `{ now }` is an object already found (a collection's item). */
  constructor(
    readonly context: RequestContext,
    locate: (() => T | null) | { now: T },
  ) {
    if (typeof locate === "function") {
      context.enqueue(() => {
        this.resolved = { target: locate() };
      });
    } else {
      this.resolved = { target: locate.now };
    }
  }

  get isNullObject(): boolean {
    if (!this.resolved) throw notLoaded("isNullObject");
    return this.resolved.target === null;
  }

  /** What the object stands for, at an operation's turn in the sync (null for a null object). */
  protected target(): T | null {
    if (!this.resolved) throw new ExcelError("InvalidObjectPath", "the object was used before it was resolved");
    return this.resolved.target;
  }

  /** Queues an operation on the target; on a null object it does nothing. */
  protected act(operation: (target: T) => void): void {
    this.context.enqueue(() => {
      const target = this.target();
      if (target !== null) operation(target);
    });
  }

  /** The loadable properties' current values in the workbook. */
  protected abstract snapshot(target: T, property: string): unknown;
  protected abstract readonly loadable: readonly string[];

  load(what?: string | string[] | { select?: string }): this {
    const list = what === undefined ? [...this.loadable] : typeof what === "string" ? what.split(",") : Array.isArray(what) ? what : (what.select ?? "").split(",");
    const properties = list.map((p) => p.trim()).filter(Boolean);
    for (const property of properties) {
      if (!this.loadable.includes(property)) cannot(`loading ${this.constructor.name}.${property}`);
    }
    this.context.enqueue(() => {
      const target = this.target();
      if (target === null) return;
      for (const property of properties) this.loaded.set(property, this.snapshot(target, property));
    });
    return this;
  }

  protected read<V>(property: string): V {
    if (!this.loaded.has(property)) throw notLoaded(property);
    return this.loaded.get(property) as V;
  }

  /** A property write: seen at once by this proxy, applied to the workbook at the sync. */
  protected write<V>(property: string, value: V, apply: (target: T, value: V) => void): void {
    this.loaded.set(property, value);
    this.act((target) => apply(target, value));
  }

  toJSON(): Record<string, unknown> {
    return Object.fromEntries(this.loaded);
  }
}

/** Defines write-only facet properties (`format.font.bold`, …) that queue range writes. */
function writable(object: object, properties: readonly string[], write: (property: string, value: unknown) => void): void {
  for (const property of properties) {
    let value: unknown;
    let set = false;
    Object.defineProperty(object, property, {
      enumerable: true,
      get: () => {
        if (!set) throw notLoaded(property);
        return value;
      },
      set: (next: unknown) => {
        value = next;
        set = true;
        write(property, next);
      },
    });
  }
  Object.preventExtensions(object); // a property the fake does not model fails loudly
}

// The workbook.

export class Workbook {
  readonly worksheets: WorksheetCollection;
  readonly names: NamedItemCollection;
  constructor(readonly context: RequestContext) {
    this.worksheets = new WorksheetCollection(context);
    this.names = new NamedItemCollection(context);
  }
}

export class WorksheetCollection {
  constructor(readonly context: RequestContext) {}

  private get wb() {
    return this.context.host.workbook;
  }

  getItem(name: string): Worksheet {
    return new Worksheet(this.context, () => this.wb.sheet(name) ?? cannotFind(`the worksheet "${name}"`));
  }

  getItemOrNullObject(name: string): Worksheet {
    return new Worksheet(this.context, () => this.wb.sheet(name) ?? null);
  }

  add(name?: string): Worksheet {
    return new Worksheet(this.context, () => {
      const wb = this.wb;
      let chosen = name;
      if (chosen === undefined) for (let i = wb.sheets.length + 1; !chosen || wb.sheet(chosen); i++) chosen = `Sheet${i}`;
      if (wb.sheet(chosen)) throw new ExcelError("ItemAlreadyExists", `A worksheet named "${chosen}" already exists.`);
      if (chosen.length === 0 || chosen.length > 31 || /[[\]:*?/\\]/.test(chosen) || /^'|'$/.test(chosen)) {
        throw new ExcelError("InvalidArgument", `"${chosen}" is not a valid worksheet name.`);
      }
      const sheet = new FakeSheet(chosen);
      wb.sheets.push(sheet);
      return sheet;
    });
  }

  getActiveWorksheet(): Worksheet {
    return new Worksheet(this.context, () => this.wb.active);
  }
}

function cannotFind(what: string): never {
  throw new ExcelError("ItemNotFound", `The requested resource doesn't exist: ${what}.`);
}

/** A worksheet's protection: `protected` to load, protect() and unprotect() queued. */
class WorksheetProtection extends ClientObject<FakeSheet> {
  protected readonly loadable = ["protected"] as const;

  protected snapshot(sheet: FakeSheet): unknown {
    return sheet.protection !== null;
  }

  get protected(): boolean {
    return this.read("protected");
  }

  protect(options: Record<string, unknown> = {}): void {
    this.act((sheet) => void (sheet.protection = { ...options }));
  }

  unprotect(): void {
    this.act((sheet) => void (sheet.protection = null));
  }
}

export class Worksheet extends ClientObject<FakeSheet> {
  protected readonly loadable = ["name", "position", "id", "visibility"] as const;
  private protectionObject: WorksheetProtection | undefined;
  readonly freezePanes: { freezeAt(at: Range | string): void; freezeRows(count?: number): void; freezeColumns(count?: number): void; unfreeze(): void };
  readonly pageLayout: Record<string, unknown>;
  readonly autoFilter: { apply(range: Range): void };

  constructor(context: RequestContext, locate: () => FakeSheet | null) {
    super(context, locate);
    const freeze = (rows: number, columns: number) => this.act((sheet) => void (sheet.frozen = rows || columns ? { rows, columns } : null));
    this.freezePanes = {
      freezeAt: (at) => {
        if (typeof at === "string") {
          const rect = parseAddress(at);
          freeze(rect.bottom, rect.right);
        } else {
          this.act((sheet) => {
            const place = at.place();
            if (place && place.sheet === sheet) sheet.frozen = { rows: place.rect.bottom, columns: place.rect.right };
            else throw new ExcelError("InvalidArgument", "freezeAt needs a range of the same worksheet");
          });
        }
      },
      freezeRows: (count = 1) => freeze(count, 0),
      freezeColumns: (count = 1) => freeze(0, count),
      unfreeze: () => freeze(0, 0),
    };
    this.autoFilter = {
      apply: (range) =>
        this.act((sheet) => {
          const place = range.place();
          if (!place || place.sheet !== sheet) throw new ExcelError("InvalidArgument", "autoFilter.apply needs a range of the same worksheet");
          sheet.autoFilter = formatRect(place.rect);
        }),
    };
    this.pageLayout = {};
    writable(this.pageLayout, ["orientation", "centerHorizontally", "blackAndWhite", "printGridlines"], (property, value) =>
      this.act((sheet) => void (sheet.pageLayout[property] = value)),
    );
  }

  private get wb() {
    return this.context.host.workbook;
  }

  get protection(): WorksheetProtection {
    this.protectionObject ??= new WorksheetProtection(this.context, () => this.target());
    return this.protectionObject;
  }

  protected snapshot(sheet: FakeSheet, property: string): unknown {
    const wb = this.wb;
    if (!wb.sheets.includes(sheet)) cannotFind(`the worksheet "${sheet.name}" (deleted)`);
    switch (property) {
      case "name":
        return sheet.name;
      case "position":
        return wb.sheets.indexOf(sheet);
      case "id":
        return `{fake-${wb.sheets.indexOf(sheet)}-${sheet.name}}`;
      default:
        return "Visible";
    }
  }

  private live(sheet: FakeSheet): FakeSheet {
    if (!this.wb.sheets.includes(sheet)) cannotFind(`the worksheet "${sheet.name}" (deleted)`);
    return sheet;
  }

  get name(): string {
    return this.read("name");
  }
  set name(value: string) {
    this.write("name", value, (sheet, name) => {
      const taken = this.wb.sheet(name);
      if (taken && taken !== sheet) throw new ExcelError("ItemAlreadyExists", `A worksheet named "${name}" already exists.`);
      this.live(sheet).name = name;
    });
  }

  get position(): number {
    return this.read("position");
  }
  set position(value: number) {
    this.write("position", value, (sheet, position) => {
      const sheets = this.wb.sheets;
      sheets.splice(sheets.indexOf(this.live(sheet)), 1);
      sheets.splice(Math.max(0, Math.min(position, sheets.length)), 0, sheet);
    });
  }

  getRange(address = ""): Range {
    return new Range(this.context, () => {
      const sheet = this.target();
      return sheet === null ? null : { sheet: this.live(sheet), rect: parseAddress(address) };
    });
  }

  getRangeByIndexes(row: number, column: number, rows: number, columns: number): Range {
    return new Range(this.context, () => {
      const sheet = this.target();
      return sheet === null ? null : { sheet, rect: { top: row + 1, left: column + 1, bottom: row + rows, right: column + columns } };
    });
  }

  activate(): void {
    this.act((sheet) => void (this.wb.active = this.live(sheet)));
  }

  delete(): void {
    this.act((sheet) => {
      const wb = this.wb;
      this.live(sheet);
      if (wb.sheets.length === 1) throw new ExcelError("InvalidOperation", "A workbook must contain at least one visible worksheet.");
      wb.sheets.splice(wb.sheets.indexOf(sheet), 1);
      for (const item of wb.names.values()) if (item.sheet === sheet) item.sheet = null; // the name now refers to #REF!
      if (wb.active === sheet) wb.active = wb.sheets[0] ?? null;
      if (wb.selection?.sheet === sheet) wb.selection = null;
    });
  }
}

// Ranges.

interface Place {
  sheet: FakeSheet;
  rect: Rect;
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical", "DiagonalDown", "DiagonalUp"];

export class Range extends ClientObject<Place> {
  protected readonly loadable = ["address", "values", "formulas", "numberFormat", "text", "rowCount", "columnCount", "rowIndex", "columnIndex"] as const;
  readonly format: Record<string, unknown>;
  readonly dataValidation: Record<string, unknown>;
  private sheetObject: Worksheet | null = null;

  constructor(context: RequestContext, locate: () => Place | null) {
    super(context, locate);
    const put = (path: string) => (property: string, value: unknown) => this.apply(`${path}${property}`, value);

    const fill = { clear: () => this.act(({ sheet, rect }) => this.each(sheet, rect, (r, c) => void (sheet.cell(r, c).fill = null))) };
    writable(fill, ["color"], put("format.fill."));
    const font = {};
    writable(font, ["bold", "italic", "size", "name", "color"], put("format.font."));
    const protection = {};
    writable(protection, ["locked"], put("format.protection."));
    const borders = {
      getItem: (edge: string) => {
        if (!EDGES.includes(edge)) cannot(`the border ${edge}`);
        const border = {};
        writable(border, ["style", "weight", "color"], (property, value) =>
          this.act(({ sheet, rect }) => this.context.host.workbook.applyBorder(sheet, rect, edge, property, value)),
        );
        return border;
      },
    };
    const autofitRows = () =>
      this.act(({ sheet, rect }) => {
        for (let r = rect.top; r <= rect.bottom; r++) {
          sheet.rowHeights.delete(r);
          sheet.autofitRows.add(r);
        }
      });
    const format = { fill, font, protection, borders, autofitRows };
    writable(format, ["horizontalAlignment", "verticalAlignment", "wrapText", "columnWidth", "rowHeight", "useStandardHeight"], put("format."));
    this.format = format;

    const validation = {
      clear: () => this.act(({ sheet, rect }) => this.each(sheet, rect, (r, c) => void (sheet.cell(r, c).validation = {}))),
    };
    writable(validation, ["rule", "errorAlert"], put("dataValidation."));
    this.dataValidation = validation;
  }

  /** Where the range is, once resolved (null for a null range). */
  place(): Place | null {
    return this.target();
  }

  private each(sheet: FakeSheet, rect: Rect, apply: (row: number, column: number) => void) {
    for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) apply(r, c);
  }

  private apply(path: string, value: unknown) {
    this.act(({ sheet, rect }) => this.context.host.workbook.applyRangeWrite(sheet, rect, path, value));
  }

  protected snapshot({ sheet, rect }: Place, property: string): unknown {
    const wb = this.context.host.workbook;
    if (!wb.sheets.includes(sheet)) cannotFind(`the worksheet "${sheet.name}" (deleted)`);
    const grid = <V>(cell: (row: number, column: number) => V): V[][] => {
      if (rect.bottom - rect.top > 10_000 || rect.right - rect.left > 1_000) cannot(`reading ${property} of a whole row or column`);
      return Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
        Array.from({ length: rect.right - rect.left + 1 }, (_, j) => cell(rect.top + i, rect.left + j)),
      );
    };
    const stored = (row: number, column: number) => sheet.cells.get(`${columnLetters(column)}${row}`);
    switch (property) {
      case "address":
        return wb.address(sheet, rect);
      case "values":
        return grid((r, c) => wb.valueOf(sheet, r, c));
      case "text":
        return grid((r, c) => String(wb.valueOf(sheet, r, c)));
      case "formulas":
        return grid((r, c) => stored(r, c)?.formula ?? stored(r, c)?.constant ?? "");
      case "numberFormat":
        return grid((r, c) => stored(r, c)?.numberFormat ?? "General");
      case "rowCount":
        return rect.bottom - rect.top + 1;
      case "columnCount":
        return rect.right - rect.left + 1;
      case "rowIndex":
        return rect.top - 1;
      default:
        return rect.left - 1;
    }
  }

  get address(): string {
    return this.read("address");
  }
  get values(): unknown[][] {
    return this.read("values");
  }
  set values(value: unknown[][]) {
    this.loaded.set("values", value);
    this.apply("values", value);
  }
  get formulas(): unknown[][] {
    return this.read("formulas");
  }
  set formulas(value: unknown[][]) {
    this.loaded.set("formulas", value);
    this.apply("formulas", value);
  }
  get numberFormat(): unknown[][] {
    return this.read("numberFormat");
  }
  set numberFormat(value: unknown[][]) {
    this.loaded.set("numberFormat", value);
    this.apply("numberFormat", value);
  }
  get text(): string[][] {
    return this.read("text");
  }

  /** The worksheet the range is on. */
  get worksheet(): Worksheet {
    this.sheetObject ??= new Worksheet(this.context, () => this.target()?.sheet ?? null);
    return this.sheetObject;
  }

  clear(applyTo = "All"): void {
    if (applyTo !== "All") cannot(`clear(${applyTo})`);
    this.act(({ sheet, rect }) => this.context.host.workbook.clear(sheet, rect));
  }

  unmerge(): void {
    this.act(({ sheet, rect }) => this.context.host.workbook.unmerge(sheet, rect));
  }

  merge(across = false): void {
    if (across) cannot("merge(across: true)");
    this.act(({ sheet, rect }) => this.context.host.workbook.merge(sheet, rect));
  }

  select(): void {
    this.act((place) => void (this.context.host.workbook.selection = { ...place }));
  }
}

/** Column letters of a 1-based index. */
function columnLetters(index: number): string {
  let out = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

// Workbook names.

interface NameEntry {
  name: string;
  sheet: FakeSheet | null;
  rect: Rect;
}

export class NamedItemCollection {
  private listed: NamedItem[] | null = null;

  constructor(readonly context: RequestContext) {}

  private get wb() {
    return this.context.host.workbook;
  }

  add(name: string, reference: Range | string, _comment?: string): NamedItem {
    if (typeof reference === "string") cannot("names.add with a formula reference");
    return new NamedItem(this.context, () => {
      const place = reference.place();
      if (!place) throw new ExcelError("InvalidArgument", `the range for ${name} does not exist`);
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name) || name.length > 255) {
        throw new ExcelError("InvalidArgument", `"${name}" is not a valid name.`);
      }
      const key = name.toLowerCase();
      if (this.wb.names.has(key)) throw new ExcelError("ItemAlreadyExists", `The name "${name}" already exists.`);
      const entry = { name, sheet: place.sheet, rect: place.rect };
      this.wb.names.set(key, entry);
      return entry;
    });
  }

  getItem(name: string): NamedItem {
    return new NamedItem(this.context, () => this.wb.names.get(name.toLowerCase()) ?? cannotFind(`the name "${name}"`));
  }

  getItemOrNullObject(name: string): NamedItem {
    return new NamedItem(this.context, () => this.wb.names.get(name.toLowerCase()) ?? null);
  }

  /** Only `items` with their names (`load("items/name")` or `load("items")`) is modelled. */
  load(what?: string | string[]): this {
    const list = what === undefined ? ["items"] : typeof what === "string" ? what.split(",") : what;
    for (const property of list.map((p) => p.trim())) {
      if (!["items", "items/name", "name"].includes(property)) cannot(`loading NamedItemCollection.${property}`);
    }
    this.context.enqueue(() => {
      this.listed = [...this.wb.names.values()].map((entry) => {
        const item = new NamedItem(this.context, { now: entry });
        item.loadAll();
        return item;
      });
    });
    return this;
  }

  get items(): NamedItem[] {
    if (!this.listed) throw notLoaded("items");
    return this.listed;
  }
}

export class NamedItem extends ClientObject<NameEntry> {
  protected readonly loadable = ["name", "type", "value", "visible", "formula"] as const;

  /** Loads every property of an item listed by a collection load, inside the running sync. */
  loadAll(): void {
    const entry = this.target()!;
    for (const property of this.loadable) this.loaded.set(property, this.snapshot(entry, property));
  }

  protected snapshot(entry: NameEntry, property: string): unknown {
    const wb = this.context.host.workbook;
    const live = entry.sheet && wb.sheets.includes(entry.sheet) ? entry.sheet : null;
    switch (property) {
      case "name":
        return entry.name;
      case "type":
        return live ? "Range" : "Error";
      case "visible":
        return true;
      default:
        return live ? `=${wb.address(live, entry.rect)}` : "=#REF!";
    }
  }

  get name(): string {
    return this.read("name");
  }

  delete(): void {
    this.act((entry) => void this.context.host.workbook.names.delete(entry.name.toLowerCase()));
  }

  private rangeOf(entry: NameEntry | null): Place | null {
    const wb = this.context.host.workbook;
    if (!entry || !entry.sheet || !wb.sheets.includes(entry.sheet)) return null;
    return { sheet: entry.sheet, rect: entry.rect };
  }

  getRangeOrNullObject(): Range {
    return new Range(this.context, () => this.rangeOf(this.target()));
  }

  getRange(): Range {
    return new Range(this.context, () => this.rangeOf(this.target()) ?? cannotFind("the range of a name that refers to nothing"));
  }
}
