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
  /** false for a cell the clerk types into: left unlocked, should the sheet be protected. */
  locked?: boolean;
}

/** What Excel refuses to take in a cell, and the alert that says why (in Vietnamese). */
export type GridValidation = (
  | { kind: "whole"; min: number }
  | { kind: "list"; options: readonly string[] }
  | { kind: "date"; min: string }
) & { alert: { title: string; message: string } };

/** A workbook name given to one cell of the sheet: how a form's cells are read back whatever their address. */
export interface GridName {
  name: string;
  row: number;
  column: number;
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
  /** Input cells' data validation, area by area. */
  validations?: { area: GridArea; rule: GridValidation }[];
  /** Workbook names of cells (a form's `BC_<formId>.<cellKey>`). */
  names?: GridName[];
  /**
   * Rows whose height follows their wrapped text as it is typed: Excel fits them (the add-in);
   * a file, which no one lays out before it is opened, takes their `rowHeights`.
   */
  growingRows?: number[];
  /**
   * Protected without a password: only unlocked cells take typing, so a label or a total's formula
   * is not typed over by mistake; cells, rows and columns may still be formatted (the add-in colours
   * the cells an issue names). Review → Unprotect Sheet lifts it.
   */
  protected?: boolean;
}

/** Excel's column width in characters, as points: (7 px a character + 5 px padding) at 0.75 pt a pixel. */
export const charactersToPoints = (characters: number) => Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/** A width in points as Excel's characters (charactersToPoints undone). */
export const pointsToCharacters = (points: number) => Math.round(((points / 0.75 - 5) / 7) * 100) / 100;

export const isGridFormula = (cell: GridCell | undefined): cell is GridFormula =>
  cell !== null && typeof cell === "object" && "formula" in cell;

/** Builds a `GridSheet` cell by cell. */
export class GridBuilder {
  private readonly rows: GridCell[][] = [];
  private readonly sheet: Omit<GridSheet, "cells" | "columnWidths" | "validations" | "names" | "growingRows">;
  private readonly validations: NonNullable<GridSheet["validations"]> = [];
  private readonly names: GridName[] = [];
  private readonly growingRows: number[] = [];
  private isProtected = false;
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

  validate(row: number, column: number, rows: number, columns: number, rule: GridValidation): this {
    if (rows > 0 && columns > 0) this.validations.push({ area: { row, column, rows, columns }, rule });
    return this;
  }

  name(name: string, row: number, column: number): this {
    this.names.push({ name, row, column });
    return this;
  }

  protect(): this {
    this.isProtected = true;
    return this;
  }

  /** A row that keeps `points` in a file and grows with its text in Excel. */
  growing(row: number, points: number): this {
    this.growingRows.push(row);
    return this.height(row, points);
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
    // What only a form sheet has is left out of the others (the report's sheets travel as JSON).
    const extras = {
      ...(this.validations.length ? { validations: this.validations } : {}),
      ...(this.names.length ? { names: this.names } : {}),
      ...(this.growingRows.length ? { growingRows: this.growingRows } : {}),
      ...(this.isProtected ? { protected: true } : {}),
    };
    return { ...this.sheet, cells, columnWidths, ...extras };
  }
}
