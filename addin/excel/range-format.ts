/** A rows × columns block of one value, as `Range.values`, `formulas` and `numberFormat` take it. */
export function grid<T>(rows: number, columns: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => value));
}

const EDGES = ["EdgeTop", "EdgeBottom", "EdgeLeft", "EdgeRight", "InsideHorizontal", "InsideVertical"] as const;

/** Thin borders around and inside a block (queued, no sync). */
export function ruleBorders(range: Excel.Range): void {
  for (const edge of EDGES) {
    const border = range.format.borders.getItem(edge);
    border.style = "Continuous";
    border.weight = "Thin";
    border.color = "#000000";
  }
}

/** Merges a block of cells when it is more than one cell (queued, no sync). */
export function mergeBlock(range: Excel.Range, cells: number): void {
  if (cells > 1) range.merge(false);
}

/** Centres a block's text both ways and wraps it (queued, no sync). */
export function centreWrapped(range: Excel.Range): void {
  range.format.horizontalAlignment = "Center";
  range.format.verticalAlignment = "Center";
  range.format.wrapText = true;
}
