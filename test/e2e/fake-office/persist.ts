import type { Rect } from "../../addin/fake-excel/addresses.ts";
import { FakeSheet, FakeWorkbook, type FakeCell } from "../../addin/fake-excel/workbook.ts";

/** A workbook as JSON: the workbook lives in Excel, so it outlives a reload of the task pane. */
interface SavedWorkbook {
  sheets: Array<{
    name: string;
    cells: Array<[string, FakeCell]>;
    merges: Rect[];
    columnWidths: Array<[number, number]>;
    rowHeights: Array<[number, number]>;
    sheetFont: FakeSheet["sheetFont"];
    frozen: FakeSheet["frozen"];
    protection?: FakeSheet["protection"];
    pageLayout: Record<string, unknown>;
  }>;
  names: Array<{ name: string; sheet: number | null; rect: Rect }>;
  active: number | null;
  selection: { sheet: number; rect: Rect } | null;
}

export function saveWorkbook(wb: FakeWorkbook): string {
  const index = (sheet: FakeSheet | null | undefined) => (sheet && wb.sheets.includes(sheet) ? wb.sheets.indexOf(sheet) : null);
  const saved: SavedWorkbook = {
    sheets: wb.sheets.map((s) => ({
      name: s.name,
      cells: [...s.cells],
      merges: s.merges,
      columnWidths: [...s.columnWidths],
      rowHeights: [...s.rowHeights],
      sheetFont: s.sheetFont,
      frozen: s.frozen,
      protection: s.protection,
      pageLayout: s.pageLayout,
    })),
    names: [...wb.names.values()].map((n) => ({ name: n.name, sheet: index(n.sheet), rect: n.rect })),
    active: index(wb.active),
    selection: wb.selection && index(wb.selection.sheet) !== null ? { sheet: index(wb.selection.sheet)!, rect: wb.selection.rect } : null,
  };
  return JSON.stringify(saved);
}

export function loadWorkbook(text: string): FakeWorkbook {
  const saved = JSON.parse(text) as SavedWorkbook;
  const wb = new FakeWorkbook([]);
  for (const s of saved.sheets) {
    const sheet = new FakeSheet(s.name);
    for (const [key, cell] of s.cells) sheet.cells.set(key, cell);
    sheet.merges.push(...s.merges);
    for (const [c, w] of s.columnWidths) sheet.columnWidths.set(c, w);
    for (const [r, h] of s.rowHeights) sheet.rowHeights.set(r, h);
    Object.assign(sheet.sheetFont, s.sheetFont);
    Object.assign(sheet.pageLayout, s.pageLayout);
    sheet.frozen = s.frozen;
    sheet.protection = s.protection ?? null;
    wb.sheets.push(sheet);
  }
  const at = (i: number | null) => (i === null ? null : wb.sheets[i]!);
  for (const n of saved.names) wb.names.set(n.name.toLowerCase(), { name: n.name, sheet: at(n.sheet), rect: n.rect });
  wb.active = at(saved.active);
  wb.selection = saved.selection ? { sheet: at(saved.selection.sheet)!, rect: saved.selection.rect } : null;
  return wb;
}
