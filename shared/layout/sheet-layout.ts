import { cellKey, findColumn, rowsOf, type FormRow } from "../forms/cells.ts";
import type { Column, FormDefinition, Rate } from "../forms/types.ts";
import { sheetHeader, type SheetHeader } from "./sheet-columns.ts";
import { cellAddress } from "./a1.ts";
import type { AddressOf } from "./formulas.ts";

/** A data or rate cell of a form sheet: its key, its position and what it holds. */
export type PlacedCell =
  | { kind: "column"; key: string; rowId: string | null; row: number; col: number; address: string; column: Column }
  | { kind: "rate"; key: string; rowId: string | null; row: number; col: number; address: string; rate: Rate };

/** A row of the table the unit fills. */
export interface DataRow {
  row: number;
  /** 1-based, printed in the STT column. */
  index: number;
  formRow: FormRow;
}

/** A header fact's cells: its label and its value, side by side at the right of its line. */
export interface FactCells {
  label: string;
  value: string;
}

/**
 * Where everything goes on a form's sheet (1-based rows and columns). Rows 1–4: title, unit,
 * period and window, form code and basis; the header block from row 6, then the numbered row,
 * the data rows and the signature block.
 */
export interface SheetLayout {
  form: FormDefinition;
  header: SheetHeader;
  /** Columns of the table. */
  width: number;
  /** Columns of the lines above the table (at least 3: the text, a fact's label, its value). */
  topWidth: number;
  lines: { title: number; unit: number; period: number; code: number };
  headerTop: number;
  numberRow: number;
  dataRows: DataRow[];
  /** The first row of the signature block. */
  signatureRow: number;
  /** Sheet column of each data column and rate, by id. */
  columnOf: ReadonlyMap<string, number>;
  /** Every data and rate cell, row by row in sheet order. */
  cells: PlacedCell[];
  facts: { unit: FactCells; period: FactCells };
}

const rateKey = (rowId: string | null, rateId: string) => cellKey(rowId, rateId);

/** Lays out a form's sheet; the header block is the shared model's, with the rates. */
export function sheetLayout(form: FormDefinition): SheetLayout {
  const header = sheetHeader(form, true);
  const width = header.columns.length;
  const topWidth = Math.max(width, 3);
  const lines = { title: 1, unit: 2, period: 3, code: 4 };
  const headerTop = 6;
  const numberRow = headerTop + header.depth;
  const dataRows = rowsOf(form).map((formRow, i) => ({ row: numberRow + 1 + i, index: i + 1, formRow }));
  const columnOf = new Map<string, number>();
  header.columns.forEach((column, i) => {
    if (column.kind !== "lead") columnOf.set(column.id, i + 1);
  });

  const cells: PlacedCell[] = [];
  for (const { row, formRow } of dataRows) {
    header.columns.forEach((sheetColumn, i) => {
      const col = i + 1;
      const address = cellAddress(row, col);
      if (sheetColumn.kind === "data") {
        const column = findColumn(form, sheetColumn.id)!;
        cells.push({ kind: "column", key: cellKey(formRow.id, column.id), rowId: formRow.id, row, col, address, column });
      } else if (sheetColumn.kind === "rate") {
        const rate = form.rates.find((r) => r.id === sheetColumn.id)!;
        cells.push({ kind: "rate", key: rateKey(formRow.id, rate.id), rowId: formRow.id, row, col, address, rate });
      }
    });
  }

  const fact = (line: number): FactCells => ({ label: cellAddress(line, topWidth - 1), value: cellAddress(line, topWidth) });
  const last = dataRows[dataRows.length - 1]?.row ?? numberRow;
  return {
    form, header, width, topWidth, lines, headerTop, numberRow, dataRows,
    signatureRow: last + 2,
    columnOf, cells,
    facts: { unit: fact(lines.unit), period: fact(lines.period) },
  };
}

/** Addresses of a row's cells by column id, as formulas need them. */
export function rowAddresses(layout: SheetLayout, row: number): AddressOf {
  return (columnId) => {
    const col = layout.columnOf.get(columnId);
    return col === undefined ? undefined : cellAddress(row, col);
  };
}
