import { columnNumber, findColumn } from "../forms/cells.ts";
import type { FormDefinition, HeaderGroup, Label } from "../forms/types.ts";

/** One column of a form's sheet, left to right: a lead column, a data column or a rate. */
export type SheetColumn =
  | { kind: "lead"; index: number; label: Label; number: number }
  | { kind: "data"; id: string; label: Label; number: number; derived: boolean }
  | { kind: "rate"; id: string; label: Label; number: number };

/** The sheet's columns in order; `withRates` adds the form's rates after the data columns. */
export function sheetColumns(form: FormDefinition, withRates: boolean): SheetColumn[] {
  const columns: SheetColumn[] = form.layout.leadColumns.map((label, index) => ({ kind: "lead", index, label, number: index + 1 }));
  for (const id of form.layout.order) {
    const column = findColumn(form, id)!;
    columns.push({ kind: "data", id, label: column.label, number: columnNumber(form, id), derived: column.kind === "derived" });
  }
  if (withRates) {
    let number = form.layout.leadColumns.length + form.layout.order.length;
    for (const rate of form.rates) columns.push({ kind: "rate", id: rate.id, label: rate.label, number: ++number });
  }
  return columns;
}

/** A header cell: its top-left position in the header block (0-based) and how far it spans. */
export interface HeaderCell {
  row: number;
  column: number;
  rowSpan: number;
  columnSpan: number;
  label: Label;
}

/** The header block of a form's sheet: merged group bands over their columns, leaf labels below. */
export interface SheetHeader {
  columns: SheetColumn[];
  /** Rows of labels above the numbered row. */
  depth: number;
  cells: HeaderCell[];
  /** The numbered row: "(1)", "(2)", … with derived columns' arithmetic, "(3)=(4)+(5)+(6)". */
  numbers: string[];
}

const RATES_BAND: Label = { vi: "Tỷ lệ", en: "Rates" };

function chainOf(groups: readonly HeaderGroup[], id: string): HeaderGroup[] {
  for (const group of groups) {
    if (group.columns.includes(id)) return [group, ...chainOf(group.groups ?? [], id)];
  }
  return [];
}

function depthOf(groups: readonly HeaderGroup[]): number {
  return groups.reduce((max, group) => Math.max(max, 1 + depthOf(group.groups ?? [])), 0);
}

/** Lays out the header of a form's sheet, the same in the add-in and in the exported workbook. */
export function sheetHeader(form: FormDefinition, withRates: boolean): SheetHeader {
  const columns = sheetColumns(form, withRates);
  const hasRates = withRates && form.rates.length > 0;
  const depth = Math.max(depthOf(form.layout.groups), hasRates ? 1 : 0) + 1;
  const cells: HeaderCell[] = [];
  const placed = new Set<HeaderGroup>();

  columns.forEach((column, index) => {
    if (column.kind === "lead") {
      cells.push({ row: 0, column: index, rowSpan: depth, columnSpan: 1, label: column.label });
      return;
    }
    if (column.kind === "rate") {
      if (column.id === form.rates[0]!.id) {
        cells.push({ row: 0, column: index, rowSpan: depth - 1, columnSpan: form.rates.length, label: RATES_BAND });
      }
      cells.push({ row: depth - 1, column: index, rowSpan: 1, columnSpan: 1, label: column.label });
      return;
    }
    const chain = chainOf(form.layout.groups, column.id);
    chain.forEach((group, level) => {
      if (placed.has(group)) return;
      placed.add(group);
      cells.push({ row: level, column: index, rowSpan: 1, columnSpan: group.columns.length, label: group.label });
    });
    cells.push({ row: chain.length, column: index, rowSpan: depth - chain.length, columnSpan: 1, label: column.label });
  });

  const numberOf = new Map(columns.map((c) => [c.kind === "lead" ? `#${c.index}` : c.id, c.number]));
  const numbers = columns.map((column) => {
    const own = `(${column.number})`;
    if (column.kind !== "data" || !column.derived) return own;
    const derived = findColumn(form, column.id);
    if (derived?.kind !== "derived") return own;
    const terms = derived.terms.map((t, i) => `${i === 0 ? (t.sign < 0 ? "-" : "") : t.sign < 0 ? "-" : "+"}(${numberOf.get(t.column)})`);
    return `${own}=${terms.join("")}`;
  });
  return { columns, depth, cells, numbers };
}
