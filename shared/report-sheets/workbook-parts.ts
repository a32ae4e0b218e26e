import type { GridArea, GridSheet } from "../layout/grid.ts";
import { PART_CELLS, partCellsFor, sheetSize, type SheetSize } from "./sheet-size.ts";
import { reportSheetSources, type ReportSheetsInput } from "./report-sheets.ts";

/** Rows `from`..`to` (1-based, inclusive) of a sheet's body, or the whole sheet. */
export interface SheetSlice {
  sheet: number;
  rows: { from: number; to: number } | null;
  /** The name the slice takes: the sheet's, or the sheet's with "(2)", "(3)" for the later slices. */
  name: string;
}

export interface WorkbookPart {
  slices: SheetSlice[];
  /** The cells of the part, and its weight (cells and text, as PART_CELLS counts). */
  cells: number;
  weight: number;
}

/** Excel's names are at most 31 characters: the slice's number stays, the sheet's name is shortened. */
const sliceName = (name: string, index: number) => {
  if (index === 1) return name;
  const suffix = ` (${index})`;
  return name.slice(0, 31 - suffix.length) + suffix;
};

const sum = (xs: readonly number[], from = 0, to = xs.length) => {
  let total = 0;
  for (let i = from; i < to; i++) total += xs[i]!;
  return total;
};

/** The body rows of a splittable sheet cut into runs weighing at most `budget` with the header, at least a row each, no run ending inside a merge. */
function runsOf(size: SheetSize, budget: number): { from: number; to: number }[] {
  const header = sum(size.rowWeights, 0, size.headerRows);
  const last = size.rowWeights.length;
  const runs: { from: number; to: number }[] = [];
  let from = size.headerRows + 1;
  while (from <= last) {
    let to = from;
    let weight = header + size.rowWeights[from - 1]!;
    while (to < last && weight + size.rowWeights[to]! <= budget) weight += size.rowWeights[to++]!;
    for (const merge of size.mergedRuns) if (merge.from <= to && merge.to > to) to = merge.to;
    runs.push({ from, to });
    from = to + 1;
  }
  return runs;
}

/**
 * The workbook in parts weighing at most `budget`, sheets in workbook order: whole sheets while
 * they fit, a sheet too heavy for a part of its own cut into runs of rows (each with the header)
 * when it is a table without formulas; a sheet with formulas is never cut (its subtotals point into
 * its rows) and makes a part by itself. One part when everything fits.
 */
export function planParts(sizes: readonly SheetSize[], budget = PART_CELLS): WorkbookPart[] {
  const parts: WorkbookPart[] = [];
  let current: WorkbookPart = { slices: [], cells: 0, weight: 0 };
  const add = (slice: SheetSlice, size: SheetSize, rows: { from: number; to: number } | null) => {
    const weight = rows ? sum(size.rowWeights, 0, size.headerRows) + sum(size.rowWeights, rows.from - 1, rows.to) : sum(size.rowWeights);
    const cells = size.columns * (rows ? size.headerRows + rows.to - rows.from + 1 : size.rowWeights.length);
    if (current.slices.length > 0 && current.weight + weight > budget) {
      parts.push(current);
      current = { slices: [], cells: 0, weight: 0 };
    }
    current.slices.push(slice);
    current.cells += cells;
    current.weight += weight;
  };
  sizes.forEach((size, sheet) => {
    if (sum(size.rowWeights) <= budget || !size.splittable) return add({ sheet, rows: null, name: size.name }, size, null);
    runsOf(size, budget).forEach((rows, i) => add({ sheet, rows, name: sliceName(size.name, i + 1) }, size, rows));
  });
  if (current.slices.length > 0) parts.push(current);
  return parts;
}

/** Where row `row` of the sheet lands in the slice, or null when it is not in it. */
function rowInSlice(row: number, headerRows: number, rows: { from: number; to: number }): number | null {
  if (row <= headerRows) return row;
  if (row < rows.from || row > rows.to) return null;
  return headerRows + row - rows.from + 1;
}

/** The parts of an area inside the slice (in the header, in the slice's rows), moved to the slice's rows. */
function areasInSlice(area: GridArea, headerRows: number, rows: { from: number; to: number }): GridArea[] {
  const last = area.row + area.rows - 1;
  const areas: GridArea[] = [];
  if (area.row <= headerRows) areas.push({ ...area, rows: Math.min(last, headerRows) - area.row + 1 });
  const top = Math.max(area.row, rows.from);
  const bottom = Math.min(last, rows.to);
  if (top <= bottom) areas.push({ ...area, row: rowInSlice(top, headerRows, rows)!, rows: bottom - top + 1 });
  return areas;
}

/** A slice of a sheet as a sheet: the header rows, then the slice's rows, styles and merges moved with them. */
export function sliceSheet(grid: GridSheet, slice: SheetSlice): GridSheet {
  if (!slice.rows) return grid.name === slice.name ? grid : { ...grid, name: slice.name };
  const rows = slice.rows;
  const headerRows = grid.freeze.rows;
  const inside = <T extends { area: GridArea }>(items: readonly T[]) =>
    items.flatMap((item) => areasInSlice(item.area, headerRows, rows).map((area) => ({ ...item, area })));
  const rowHeights: Record<number, number> = {};
  for (const [row, height] of Object.entries(grid.rowHeights)) {
    const moved = rowInSlice(Number(row), headerRows, rows);
    if (moved !== null) rowHeights[moved] = height;
  }
  return {
    ...grid,
    name: slice.name,
    cells: [...grid.cells.slice(0, headerRows), ...grid.cells.slice(rows.from - 1, rows.to)],
    merges: inside(grid.merges.map((area) => ({ area }))).map(({ area }) => area),
    styles: inside(grid.styles),
    rowHeights,
  };
}

/** The consolidated workbook cut into parts; the sheets themselves when it is one part (not built twice). */
export interface WorkbookPlan {
  parts: WorkbookPart[];
  whole: GridSheet[] | null;
}

/**
 * The consolidated workbook's parts: each sheet measured (built once and let go, or, for a tall
 * table, counted row by row without keeping its rows), the sheets kept only while everything fits in one part.
 */
export function planWorkbook(input: ReportSheetsInput, budget = partCellsFor(new Set(input.status.map((line) => line.unitCode)).size)): WorkbookPlan {
  let whole: GridSheet[] | null = [];
  let weight = 0;
  const sizes = reportSheetSources(input).map((source) => {
    const measured = source.size?.() ?? null;
    const grid = measured && (!whole || weight + sum(measured.rowWeights) > budget) ? null : source.build();
    const size = measured ?? sheetSize(grid!);
    weight += sum(size.rowWeights);
    if (whole && grid && weight <= budget) whole.push(grid);
    else whole = null;
    return size;
  });
  return { parts: planParts(sizes, budget), whole };
}

/**
 * The sheets of part `index` (0-based), each built when its turn comes: a tall table only the rows
 * of its slices; another sheet cut into slices built once and let go as soon as its slices in this
 * part are cut.
 */
export function* partSheets(input: ReportSheetsInput, plan: WorkbookPlan, index: number): Generator<GridSheet> {
  if (plan.whole) return yield* plan.whole;
  const sources = reportSheetSources(input);
  const slices = plan.parts[index]!.slices;
  for (let i = 0; i < slices.length; ) {
    const sheet = slices[i]!.sheet;
    const source = sources[sheet]!;
    const ofSheet: SheetSlice[] = [];
    while (i < slices.length && slices[i]!.sheet === sheet) ofSheet.push(slices[i++]!);
    if (source.size) {
      for (const slice of ofSheet) yield { ...source.build(slice.rows ?? undefined), name: slice.name };
      continue;
    }
    const cut = ((grid: GridSheet) => ofSheet.map((slice) => sliceSheet(grid, slice)))(source.build());
    yield* cut;
  }
}
