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
