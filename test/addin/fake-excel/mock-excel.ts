import { OfficeMockObject } from "office-addin-mock";
import { formatRect, isHuge, parseAddress, type Rect } from "./addresses.ts";
import { FakeSheet, FakeWorkbook } from "./workbook.ts";

/**
 * An Excel for the add-in's Excel layer, built from office-addin-mock objects: every object the
 * code touches is an `OfficeMockObject` made from plain data and functions, so a property read
 * without `load()` and `sync()` gives the mock's error string, as the library intends. What the
 * library does not model is added here:
 *
 * - methods that return objects (`getItemOrNullObject`, `getRange`, `names.add`, `borders.getItem`,
 *   `getRangeOrNullObject`) are functions in the data that build further mock objects;
 * - writes and method calls are queued in order and applied to a `FakeWorkbook` only at
 *   `context.sync()` (a JS Proxy around each mock object sees the property writes), so nothing
 *   happens in the workbook without a sync, and a batch fails at sync the way Excel's does
 *   (a sheet name taken, a name defined twice, an array of the wrong size, a merge overlapping
 *   another);
 * - loaded properties take the workbook's state at the sync that resolves them;
 * - `isNullObject` is readable after a sync, as in Office.js;
 * - syncs are counted per `Excel.run`, including the one Excel.run makes itself when the batch
 *   ends with work still queued.
 */

type Target = OfficeMockObject & Record<string, any>;

interface Node {
  isNull: boolean;
  synced: boolean;
  /** Queues nothing itself: applies a property write (called at sync, in order). */
  write(path: string, value: unknown): void;
  /** The loadable properties' values at sync. */
  refresh?(): Record<string, unknown>;
  /** For ranges: where the range is, so names.add and freezeAt can use it. */
  place?: { sheet: () => FakeSheet; rect: Rect };
}

const NOT_SYNCED = "Error, context.sync() was not called";

/** One run of `Excel.run`: how many syncs it made and how many operations each carried. */
export interface RunRecord {
  syncs: number;
  operations: number[];
  /** Per sync, the characters of the values written (as JSON): what a request carries. */
  payload: number[];
}

export class ExcelMock {
  readonly runs: RunRecord[] = [];
  private queue: Array<() => void> = [];
  private pendingPayload = 0;
  private roots: Array<{ target: Target; node: Node }> = [];
  private pendingLoads = false;
  private namesToList: Target[] = [];
  private readonly nodes = new WeakMap<object, Node>();
  private readonly proxies = new WeakMap<object, object>();

  /**
   * @param excelApi the minor version of the newest ExcelApi requirement set the host has (9 for
   *   ExcelApi 1.9); calls beyond it fail at sync with ApiNotFound, as on an older Excel.
   */
  constructor(readonly workbook: FakeWorkbook = new FakeWorkbook(), readonly excelApi = 17) {}

  /**
   * Makes the global `Excel` an office-addin-mock object whose `run` hands out a mock context, and
   * the global `Office` one that answers requirement-set questions for this host.
   */
  install(): this {
    const mock = this;
    const globals = globalThis as Record<string, unknown>;
    globals.Excel = new OfficeMockObject({
      run: async (batch: (context: unknown) => Promise<unknown>) => mock.run(batch),
    });
    globals.Office = new OfficeMockObject({
      context: {
        requirements: {
          isSetSupported: (name: string, version = "1.1") => name === "ExcelApi" && Number(version.split(".")[1] ?? 0) <= mock.excelApi,
        },
      },
    });
    return this;
  }

  /** Syncs made by the last `Excel.run`. */
  get lastSyncs(): number {
    return this.runs[this.runs.length - 1]?.syncs ?? 0;
  }

  /** Syncs made by all runs since `from` (an index into `runs`). */
  syncsSince(from: number): number {
    return this.runs.slice(from).reduce((n, run) => n + run.syncs, 0);
  }

  private async run(batch: (context: unknown) => Promise<unknown>): Promise<unknown> {
    this.queue = [];
    this.roots = [];
    this.pendingLoads = false;
    const record: RunRecord = { syncs: 0, operations: [], payload: [] };
    this.pendingPayload = 0;
    this.runs.push(record);
    const mock = this;
    const context = this.root(
      {
        workbook: {
          worksheets: {
            add: (name: string) => this.addSheet(name),
            getItem: (name: string) => this.sheetByName(name),
            getItemOrNullObject: (name: string) => this.sheetOrNull(name),
          },
          names: {
            add: (name: string, reference: unknown) => this.addName(name, reference),
            getItemOrNullObject: (name: string) => this.namedItem(name),
            load: function (this: Target) {
              mock.namesToList.push(this);
              mock.pendingLoads = true;
              return this;
            },
          },
        },
        sync: () => this.sync(record),
      },
      { isNull: false, synced: false, write: (path) => this.cannot(`context.${path}`) },
    );
    const result = await batch(context);
    // Excel.run syncs once more when the batch leaves work queued.
    if (this.queue.length > 0 || this.pendingLoads) await this.sync(record);
    return result;
  }

  private async sync(record: RunRecord): Promise<void> {
    record.syncs++;
    const operations = this.queue.splice(0);
    record.operations.push(operations.length);
    record.payload.push(this.pendingPayload);
    this.pendingPayload = 0;
    for (const operation of operations) operation();
    for (const target of this.namesToList.splice(0)) {
      target.items = [...this.workbook.names.values()].map((item) => {
        const named = this.namedItem(item.name);
        named.load("name");
        return named;
      });
    }
    this.pendingLoads = false; // including the loads of the listed names, resolved by this sync
    for (const { target, node } of this.roots) {
      if (node.refresh && !node.isNull) {
        const properties = (target as unknown as { _properties: Map<string, { _valueBeforeLoaded: unknown }> })._properties;
        for (const [key, value] of Object.entries(node.refresh())) {
          const property = properties.get(key);
          if (property) property._valueBeforeLoaded = value;
        }
      }
      node.synced = true;
    }
    await Promise.all(this.roots.map(({ target }) => OfficeMockObject.prototype.sync.call(target)));
    await new Promise((resolve) => setTimeout(resolve, 0)); // the library settles nested properties in microtasks
  }

  private cannot(what: string): never {
    throw new Error(`fake Excel cannot model ${what}`);
  }

  /** Wraps a mock object so that property writes are queued for the next sync. */
  private wrap(target: Target, node: Node): any {
    const known = this.proxies.get(target);
    if (known) return known;
    const mock = this;
    const proxy = new Proxy(target, {
      get(t, prop) {
        if (prop === "isNullObject") return node.synced ? node.isNull : NOT_SYNCED;
        if (prop === "load") {
          return (what?: string | string[]) => {
            const own = Object.prototype.hasOwnProperty.call(t, "load");
            (own ? t.load : OfficeMockObject.prototype.load).call(t, what as string);
            if (!own) mock.pendingLoads = true;
            return proxy;
          };
        }
        const value = t[prop as string];
        if (mock.nodes.has(value)) return value; // already one of ours (a navigation property)
        if (value instanceof OfficeMockObject && typeof prop === "string") {
          return mock.wrap(value as Target, {
            get isNull() {
              return node.isNull;
            },
            get synced() {
              return node.synced;
            },
            write: (path, v) => node.write(`${prop}.${path}`, v),
          });
        }
        return value;
      },
      set(t, prop, value) {
        if (typeof prop !== "string") return false;
        if (node.isNull) throw new Error(`fake Excel: ${prop} written on a null object`);
        mock.queue.push(() => node.write(prop, value));
        mock.pendingPayload += JSON.stringify(value ?? null).length;
        t[prop] = value;
        return true;
      },
    });
    this.proxies.set(target, proxy);
    this.nodes.set(proxy, node);
    return proxy;
  }

  private root(data: Record<string, unknown>, node: Node): any {
    const target = new OfficeMockObject(data) as Target;
    this.roots.push({ target, node });
    return this.wrap(target, node);
  }

  private enqueue(operation: () => void): void {
    this.queue.push(operation);
  }

  // Worksheets.

  private sheetObject(sheet: () => FakeSheet, isNull: boolean): any {
    const wb = this.workbook;
    const live = () => {
      const s = sheet();
      if (!wb.sheets.includes(s)) throw new Error(`ItemNotFound: the sheet ${s.name} is not in the workbook`);
      return s;
    };
    const noop = (operation: () => void) => (isNull ? undefined : this.enqueue(operation));
    const data = {
      name: undefined,
      position: undefined,
      getRange: (address = "") => this.range(live, parseAddress(address), isNull),
      activate: () => noop(() => void (wb.active = live())),
      delete: () =>
        noop(() => {
          const s = live();
          if (wb.sheets.length === 1) throw new Error("InvalidOperation: a workbook must keep at least one sheet");
          wb.sheets.splice(wb.sheets.indexOf(s), 1);
          for (const item of wb.names.values()) if (item.sheet === s) item.sheet = null; // #REF!
          if (wb.active === s) wb.active = wb.sheets[0]!;
        }),
      freezePanes: {
        freezeAt: (at: unknown) =>
          noop(() => {
            const rect = typeof at === "string" ? parseAddress(at) : this.placeOf(at).rect;
            live().frozen = { rows: rect.bottom, columns: rect.right };
          }),
        freezeRows: (rows: number) => noop(() => void (live().frozen = { rows, columns: 0 })),
        freezeColumns: (columns: number) => noop(() => void (live().frozen = { rows: 0, columns })),
        unfreeze: () => noop(() => void (live().frozen = null)),
      },
      autoFilter: {
        apply: (range: unknown) =>
          noop(() => {
            if (this.excelApi < 9) throw new Error("ApiNotFound: Worksheet.autoFilter needs ExcelApi 1.9");
            live().autoFilter = formatRect(this.placeOf(range).rect);
          }),
      },
      pageLayout: {},
    };
    const proxy = this.root(data, {
      isNull,
      synced: false,
      refresh: () => (wb.sheets.includes(sheet()) ? { name: sheet().name, position: wb.sheets.indexOf(sheet()) } : {}),
      write: (path, value) => {
        const s = live();
        if (path === "name") {
          const taken = wb.sheet(String(value));
          if (taken && taken !== s) throw new Error(`ItemAlreadyExists: a sheet is already named ${String(value)}`);
          s.name = String(value);
        } else if (path === "position") {
          wb.sheets.splice(wb.sheets.indexOf(s), 1);
          wb.sheets.splice(Number(value), 0, s);
        } else if (path.startsWith("pageLayout.")) {
          if (this.excelApi < 9) throw new Error("ApiNotFound: Worksheet.pageLayout needs ExcelApi 1.9");
          s.pageLayout[path.slice("pageLayout.".length)] = value;
        } else {
          this.cannot(`the sheet property ${path}`);
        }
      },
    });
    // Its own object, with its own loads: `protected`.
    const target = this.roots[this.roots.length - 1]!.target;
    let protection: unknown;
    Object.defineProperty(target, "protection", {
      get: () =>
        (protection ??= this.root(
          {
            protected: undefined,
            protect: (options: Record<string, unknown> = {}) => noop(() => void (live().protection = { ...options })),
            unprotect: () => noop(() => void (live().protection = null)),
          },
          {
            isNull,
            synced: false,
            refresh: () => (wb.sheets.includes(sheet()) ? { protected: sheet().protection !== null } : {}),
            write: (path) => this.cannot(`WorksheetProtection.${path}`),
          },
        )),
    });
    return proxy;
  }

  private sheetOrNull(name: string): any {
    const found = this.workbook.sheet(name);
    return found ? this.sheetObject(() => found, false) : this.sheetObject(() => this.cannot("a null sheet"), true);
  }

  private sheetByName(name: string): any {
    return this.sheetObject(() => this.workbook.sheet(name) ?? this.cannot(`ItemNotFound: no sheet ${name}`), false);
  }

  private addSheet(name: string): any {
    const wb = this.workbook;
    const created = new FakeSheet(name);
    this.enqueue(() => {
      if (wb.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet is already named ${name}`);
      if (name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new Error(`InvalidArgument: ${name} is not a valid sheet name`);
      wb.sheets.push(created);
    });
    return this.sheetObject(() => created, false);
  }

  // Ranges.

  private placeOf(proxy: unknown): { sheet: () => FakeSheet; rect: Rect } {
    const place = this.nodes.get(proxy as object)?.place;
    if (!place) throw new Error("fake Excel: expected a Range");
    return place;
  }

  private range(sheet: () => FakeSheet, rect: Rect, isNull: boolean): any {
    const wb = this.workbook;
    const noop = (operation: () => void) => (isNull ? undefined : this.enqueue(operation));
    const each = (apply: (s: FakeSheet, r: number, c: number) => void) => {
      const s = sheet();
      for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) apply(s, r, c);
    };
    const data = {
      address: undefined,
      values: undefined,
      formulas: undefined,
      numberFormat: undefined,
      format: {
        fill: { clear: () => noop(() => each((s, r, c) => void (s.cell(r, c).fill = null))) },
        autofitRows: () =>
          noop(() => {
            const s = sheet();
            for (let r = rect.top; r <= rect.bottom; r++) {
              s.rowHeights.delete(r);
              s.autofitRows.add(r);
            }
          }),
        font: {},
        protection: {},
        borders: {
          getItem: (edge: string) =>
            this.root({}, { isNull, synced: false, write: (path, value) => wb.applyBorder(sheet(), rect, edge, path, value) }),
        },
      },
      dataValidation: { clear: () => noop(() => each((s, r, c) => void (s.cell(r, c).validation = {}))) },
      merge: () => noop(() => wb.merge(sheet(), rect)),
      unmerge: () => noop(() => wb.unmerge(sheet(), rect)),
      clear: (applyTo = "All") => noop(() => (applyTo === "All" ? wb.clear(sheet(), rect) : this.cannot(`clear(${applyTo})`))),
      select: () => noop(() => void (wb.selection = { sheet: sheet(), rect })),
    };
    const proxy = this.root(data, {
      isNull,
      synced: false,
      place: { sheet, rect },
      refresh: () => {
        const s = sheet();
        if (isHuge(rect) || !wb.sheets.includes(s)) return {};
        const grid = <T>(cellValue: (r: number, c: number) => T) =>
          Array.from({ length: rect.bottom - rect.top + 1 }, (_, i) =>
            Array.from({ length: rect.right - rect.left + 1 }, (_, j) => cellValue(rect.top + i, rect.left + j)),
          );
        return {
          address: wb.address(s, rect),
          values: grid((r, c) => wb.valueOf(s, r, c)),
          formulas: grid((r, c) => {
            const cell = s.cells.get(formatRect({ top: r, left: c, bottom: r, right: c }));
            return cell?.formula ?? cell?.constant ?? "";
          }),
          numberFormat: grid((r, c) => s.cells.get(formatRect({ top: r, left: c, bottom: r, right: c }))?.numberFormat ?? "General"),
        };
      },
      write: (path, value) => wb.applyRangeWrite(sheet(), rect, path, value),
    });
    // A navigation property the library cannot hold in its data (it would copy the object).
    const target = this.roots[this.roots.length - 1]!.target;
    let worksheet: unknown;
    Object.defineProperty(target, "worksheet", {
      get: () => (worksheet ??= this.sheetObject(isNull ? () => this.cannot("a null sheet") : sheet, isNull)),
    });
    return proxy;
  }

  // Names.

  private namedItem(name: string): any {
    const wb = this.workbook;
    const item = wb.names.get(name.toLowerCase());
    const isNull = !item;
    const live = () => (item && item.sheet && wb.sheets.includes(item.sheet) ? item : null);
    return this.root(
      {
        name: item?.name,
        getRangeOrNullObject: () => {
          const target = live();
          return target ? this.range(() => target.sheet!, target.rect, false) : this.range(() => this.cannot("a null range"), { top: 1, left: 1, bottom: 1, right: 1 }, true);
        },
        delete: () => (isNull ? undefined : this.enqueue(() => void wb.names.delete(name.toLowerCase()))),
      },
      { isNull, synced: false, refresh: () => ({ name: item?.name }), write: (path) => this.cannot(`NamedItem.${path}`) },
    );
  }

  private addName(name: string, reference: unknown): any {
    const wb = this.workbook;
    const place = this.placeOf(reference);
    this.enqueue(() => {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) throw new Error(`InvalidArgument: ${name} is not a valid name`);
      if (wb.names.has(name.toLowerCase())) throw new Error(`ItemAlreadyExists: the name ${name} is already defined`);
      wb.names.set(name.toLowerCase(), { name, sheet: place.sheet(), rect: place.rect });
    });
    return this.root({ name }, { isNull: false, synced: false, write: (path) => this.cannot(`NamedItem.${path}`) });
  }
}
