/**
 * A small Excel host for the task pane in a plain browser, served in place of office.js: the
 * globals `Office` (onReady answers that the pane runs in Excel) and `Excel` (`Excel.run` over an
 * in-memory workbook, see excel-api.ts), and `window.__excel` for the test to act as the clerk.
 * The workbook is kept in sessionStorage so that it outlives a reload of the pane, as a real
 * workbook outlives its task pane.
 */
import { letters, parseAddress } from "../../addin/fake-excel/addresses.ts";
import { FakeWorkbook, type FakeCell, type FakeSheet } from "../../addin/fake-excel/workbook.ts";
import { ExcelError, RequestContext, type Host } from "./excel-api.ts";
import { loadWorkbook, saveWorkbook } from "./persist.ts";
import type { CellView, FakeExcelApi, TypeOutcome } from "./test-api.ts";

const STORAGE_KEY = "fake-excel.workbook";

const stored = sessionStorage.getItem(STORAGE_KEY);
const host: Host & { runs: number[] } = {
  workbook: stored ? loadWorkbook(stored) : new FakeWorkbook(["Sheet1"]),
  runs: [],
  changed: () => sessionStorage.setItem(STORAGE_KEY, saveWorkbook(host.workbook)),
};

// Excel.

const Excel = {
  async run<T>(batch: (context: RequestContext) => Promise<T>): Promise<T> {
    const context = new RequestContext(host);
    const index = host.runs.push(0) - 1;
    try {
      const result = await batch(context);
      // Office.js syncs once more when the batch leaves work queued.
      if (context.pending) await context.sync();
      return result;
    } finally {
      host.runs[index] = context.syncs;
    }
  },
  RequestContext,
};

// Office.

const HostType = { Excel: "Excel", Word: "Word", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
const PlatformType = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };
const info = { host: HostType.Excel, platform: PlatformType.OfficeOnline };
const EXCEL_API_MINOR = 17;

const Office = {
  HostType,
  PlatformType,
  onReady(callback?: (info: { host: string; platform: string }) => void) {
    return new Promise<typeof info>((resolve) => {
      setTimeout(() => {
        callback?.(info);
        resolve(info);
      }, 0);
    });
  },
  context: {
    displayLanguage: "vi-VN",
    contentLanguage: "vi-VN",
    platform: info.platform,
    host: info.host,
    diagnostics: { host: info.host, platform: info.platform, version: "16.0.0.0" },
    requirements: {
      isSetSupported: (name: string, version = "1.1") =>
        name.toLowerCase() === "excelapi" && Number(version.split(".")[0]) === 1 && Number(version.split(".")[1] ?? 0) <= EXCEL_API_MINOR,
    },
  },
};

Object.assign(globalThis, { Office, Excel, OfficeExtension: { Error: ExcelError } });

// The test's hands on the workbook.

const wb = () => host.workbook;

/** A name or a sheet-qualified address to its sheet and cell. */
function locate(ref: string): { sheet: FakeSheet; row: number; column: number } {
  const bang = ref.lastIndexOf("!");
  if (bang < 0) {
    const item = wb().names.get(ref.toLowerCase());
    if (!item) throw new Error(`no workbook name ${ref}; names: ${[...wb().names.values()].map((n) => n.name).join(", ")}`);
    if (!item.sheet || !wb().sheets.includes(item.sheet)) throw new Error(`the name ${ref} refers to #REF!`);
    return { sheet: item.sheet, row: item.rect.top, column: item.rect.left };
  }
  const raw = ref.slice(0, bang);
  const name = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  const sheet = wb().mustSheet(name);
  const { top, left } = parseAddress(ref.slice(bang + 1));
  return { sheet, row: top, column: left };
}

const rectOf = (row: number, column: number) => ({ top: row, left: column, bottom: row, right: column });

/** Excel's data validation of a typed entry, for the rules addin/excel sets. */
function refusal(cell: FakeCell, entered: string | number | boolean): string | null {
  const rule = cell.validation.rule as Record<string, { formula1?: unknown; operator?: string; source?: string }> | undefined;
  const alert = cell.validation.errorAlert as { title?: string; message?: string } | undefined;
  if (!rule || entered === "") return null;
  const refuse = () => `${alert?.title ?? "Microsoft Excel"}: ${alert?.message ?? "This value doesn't match the data validation restrictions defined for this cell."}`;
  if (rule.wholeNumber) {
    const min = Number(rule.wholeNumber.formula1);
    if (typeof entered !== "number" || !Number.isInteger(entered)) return refuse();
    if (rule.wholeNumber.operator === "GreaterThanOrEqualTo" && entered < min) return refuse();
    return null;
  }
  if (rule.list) {
    const options = String(rule.list.source ?? "").split(",");
    return options.includes(String(entered)) ? null : refuse();
  }
  return null;
}

function view(ref: string): CellView {
  const { sheet, row, column } = locate(ref);
  const cell = sheet.cells.get(`${letters(column)}${row}`);
  return {
    address: wb().address(sheet, rectOf(row, column)),
    value: wb().valueOf(sheet, row, column),
    formula: cell?.formula ?? null,
    fill: cell?.fill ?? null,
    numberFormat: cell?.numberFormat ?? "General",
    locked: cell?.locked ?? true,
    validation: cell?.validation.rule ?? null,
  };
}

const api: FakeExcelApi = {
  sheets: () => wb().sheets.map((s) => s.name),
  activeSheet: () => wb().active?.name ?? null,
  names: () => [...wb().names.values()].map((n) => n.name),
  cell: view,
  type(ref, input): TypeOutcome {
    const { sheet, row, column } = locate(ref);
    const cell = sheet.cell(row, column);
    const before = { constant: cell.constant, formula: cell.formula };
    // Excel reads the entry as the cell's format says, then its validation may refuse it.
    if (typeof input === "number") {
      cell.constant = input;
      cell.formula = null;
    } else {
      wb().typeAt(sheet.name, `${letters(column)}${row}`, input);
    }
    const problem = cell.formula === null ? refusal(cell, cell.constant) : null;
    if (problem) {
      Object.assign(cell, before);
      return { accepted: false, alert: problem };
    }
    host.changed();
    return { accepted: true };
  },
  paste(ref, text) {
    const { sheet, row, column } = locate(ref);
    const cell = sheet.cell(row, column);
    cell.constant = text;
    cell.formula = null;
    host.changed();
  },
  selection: () => {
    const selected = wb().selection;
    return selected ? wb().address(selected.sheet, selected.rect) : null;
  },
  runs: () => [...host.runs],
};

window.__excel = api;
