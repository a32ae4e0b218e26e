/** A1 column letters of a 1-based column index: 1 → A, 27 → AA. */
export function columnLetters(index: number): string {
  let text = "";
  for (let n = index; n > 0; n = Math.floor((n - 1) / 26)) text = String.fromCharCode(65 + ((n - 1) % 26)) + text;
  return text;
}

/** The A1 address of one cell (1-based row and column): `cellAddress(9, 4)` is "D9". */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/** The A1 address of a block of cells; a single cell's own address when the block is one cell. */
export function blockAddress(top: number, left: number, bottom: number, right: number): string {
  const first = cellAddress(top, left);
  return top === bottom && left === right ? first : `${first}:${cellAddress(bottom, right)}`;
}

/** Whole columns, "C:C" or "C:E". */
export function columnsAddress(left: number, right = left): string {
  return `${columnLetters(left)}:${columnLetters(right)}`;
}

/** Whole rows, "6:6" or "6:8". */
export function rowsAddress(top: number, bottom = top): string {
  return `${top}:${bottom}`;
}

/** An address without its sheet: "'Giải quyết TTHC'!D9" → "D9" (a local address is returned as is). */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf("!");
  return (bang < 0 ? address : address.slice(bang + 1)).replace(/\$/g, "");
}

/** The sheet of a sheet-qualified address, unquoted: "'Giải quyết TTHC'!D9" → "Giải quyết TTHC". */
export function sheetOfAddress(address: string): string | null {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return null;
  const sheet = address.slice(0, bang);
  return sheet.startsWith("'") && sheet.endsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet;
}
