import { GridBuilder, type GridValue } from "../layout/grid.ts";
import { BODY, HEADER } from "./styles.ts";

/** A sheet that is one filterable table: a header row, then one bordered row per entry. */
export function tableSheet(name: string, headers: readonly { label: string; width: number }[], rows: readonly GridValue[][], emptyNote: string) {
  const grid = new GridBuilder(name, "landscape");
  headers.forEach(({ label, width }, i) => grid.set(1, i + 1, label).width(i + 1, width));
  grid.style(1, 1, 1, headers.length, HEADER).height(1, 32).freeze(1).filter(1, 1, headers.length);
  rows.forEach((row, i) => grid.line(i + 2, 1, row));
  if (rows.length > 0) grid.style(2, 1, rows.length, headers.length, BODY);
  else grid.set(2, 1, emptyNote);
  return grid.build();
}
