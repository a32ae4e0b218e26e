import { isGridFormula, type GridSheet, type GridValue } from "../layout/grid.ts";

/**
 * What one part of the consolidated workbook may weigh, in cells: a cell counts one, and every
 * CHARACTERS_PER_CELL characters of text not already in its sheet one more. A Worker has 128 MB for
 * everything; ExcelJS keeps ~270–360 bytes a cell (more for wrapped text) and about doubles that
 * while writing the file. bench/workbook-heap.ts builds a quarter of every form for 3,300 units part
 * by part in a 96 MB Node heap (room left for the worker's code and the request's other objects):
 * at 60,000 every part fitted, at 70,000 one did not (the README has the figures). A province's
 * workbook is one part or a few; a registry of thousands of units is served in tens.
 */
export const PART_CELLS = 60_000;

/**
 * A registry of at most SMALL_REGISTRY_UNITS units leaves room for bigger parts, its consolidated
 * figures being small: 85,000 fitted the same 96 MB heap for 120 to 1,000 units, so a province's
 * quarter with last year beside it (120 units: ~85,000 cells) stays one file.
 */
export const SMALL_REGISTRY_UNITS = 1_000;
export const SMALL_REGISTRY_PART_CELLS = 85_000;

/** The default weight of a part for a registry of `units` units. */
export const partCellsFor = (units: number): number => (units <= SMALL_REGISTRY_UNITS ? SMALL_REGISTRY_PART_CELLS : PART_CELLS);
export const CHARACTERS_PER_CELL = 16;

/** How heavy a sheet is, row by row, and whether it may be cut into runs of rows (a table with no formula). */
export interface SheetSize {
  name: string;
  /** Each row's weight: its cells and its characters (CHARACTERS_PER_CELL to a cell). */
  rowWeights: readonly number[];
  columns: number;
  /** Rows repeated at the top of every slice: the frozen header. */
  headerRows: number;
  /** Where a slice may not end: the last row of a merge that spans several rows. */
  mergedRuns: readonly { from: number; to: number }[];
  splittable: boolean;
}

/**
 * A row's weight: its cells, and its text at CHARACTERS_PER_CELL characters to a cell, counting only
 * text not `seen` earlier in the sheet (a file keeps each distinct text once, and a repeated text is
 * the same string in memory: a form's title on 20,000 rows weighs once).
 */
export function rowWeight(row: readonly (GridSheet["cells"][number][number] | GridValue)[], seen: Set<string>): number {
  let characters = 0;
  for (const cell of row) {
    if (typeof cell !== "string" || seen.has(cell)) continue;
    seen.add(cell);
    characters += cell.length;
  }
  return row.length + Math.ceil(characters / CHARACTERS_PER_CELL);
}

export function sheetSize(grid: GridSheet): SheetSize {
  const seen = new Set<string>();
  const splittable = grid.cells.length > grid.freeze.rows + 1 && !grid.cells.some((row) => row.some(isGridFormula));
  return {
    name: grid.name, rowWeights: grid.cells.map((row) => rowWeight(row, seen)), columns: grid.columnWidths.length, headerRows: grid.freeze.rows, splittable,
    mergedRuns: grid.merges.filter((m) => m.rows > 1).map((m) => ({ from: m.row, to: m.row + m.rows - 1 })),
  };
}

