/**
 * A sheet as data, the same for every writer: the worker writes it into an .xlsx with ExcelJS,
 * the add-in writes it into the open workbook through the Excel JavaScript API. Rows and columns
 * are 1-based. A string is always text (never a formula, whatever it begins with); formulas are
 * only ever `GridFormula` objects built from cell references, with the result computed by us.
 */
export type GridValue = string | number | null;

/** A formula without its leading "=", and its result (stored so a reader that does not recalculate sees it). */
export interface GridFormula {
  formula: string;
  result: number | string;
}

export type GridCell = GridValue | GridFormula;

export interface GridArea {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

/** How cells look; areas are styled in order, a later area's properties over an earlier one's. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  /** "#RRGGBB". */
  fill?: string;
  /** Thin borders around and inside the area. */
  border?: boolean;
  horizontal?: "left" | "center" | "right";
  vertical?: "top" | "middle";
  wrap?: boolean;
  /** An Excel number format: "#,##0", "0.00%". */
  numberFormat?: string;
}

export interface GridSheet {
  name: string;
  /** Row by row; every row as long as `columnWidths`. */
  cells: GridCell[][];
  merges: GridArea[];
  styles: { area: GridArea; style: CellStyle }[];
  /** Per column, in characters of the default font (Excel's column width unit). */
  columnWidths: number[];
  /** Row number → height in points, for the rows that need one. */
  rowHeights: Record<number, number>;
  freeze: { rows: number; columns: number };
  /** The header row of a filterable table. */
  autoFilter?: GridArea;
  orientation: "portrait" | "landscape";
}

export const isGridFormula = (cell: GridCell | undefined): cell is GridFormula =>
  cell !== null && typeof cell === "object" && "formula" in cell;

/** Builds a `GridSheet` cell by cell. */
export class GridBuilder {
  private readonly rows: GridCell[][] = [];
  private readonly sheet: Omit<GridSheet, "cells" | "columnWidths">;
  private readonly widths: number[] = [];

  constructor(name: string, orientation: GridSheet["orientation"] = "portrait") {
    this.sheet = { name, merges: [], styles: [], rowHeights: {}, freeze: { rows: 0, columns: 0 }, orientation };
  }

  set(row: number, column: number, cell: GridCell): this {
    while (this.rows.length < row) this.rows.push([]);
    this.rows[row - 1]![column - 1] = cell;
    return this;
  }

  /** Sets consecutive cells of a row from `column` on. */
  line(row: number, column: number, cells: readonly GridCell[]): this {
    cells.forEach((cell, i) => this.set(row, column + i, cell));
    return this;
  }

  merge(row: number, column: number, rows: number, columns: number): this {
    if (rows > 1 || columns > 1) this.sheet.merges.push({ row, column, rows, columns });
    return this;
  }

  style(row: number, column: number, rows: number, columns: number, style: CellStyle): this {
    if (rows > 0 && columns > 0) this.sheet.styles.push({ area: { row, column, rows, columns }, style });
    return this;
  }

  width(column: number, characters: number): this {
    this.widths[column - 1] = characters;
    return this;
  }

  height(row: number, points: number): this {
    this.sheet.rowHeights[row] = points;
    return this;
  }

  freeze(rows: number, columns = 0): this {
    this.sheet.freeze = { rows, columns };
    return this;
  }

  filter(row: number, column: number, columns: number): this {
    this.sheet.autoFilter = { row, column, rows: 1, columns };
    return this;
  }

  /** The rows padded with empty cells to the widest row or the widths set. */
  build(): GridSheet {
    // A loop, not Math.max(...rows): spreading a sheet of 3,300 units' rows overflows the stack.
    const width = this.rows.reduce((widest, r) => Math.max(widest, r.length), Math.max(this.widths.length, 1));
    const cells = this.rows.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? null));
    const columnWidths = Array.from({ length: width }, (_, i) => this.widths[i] ?? 10);
    return { ...this.sheet, cells, columnWidths };
  }
}
