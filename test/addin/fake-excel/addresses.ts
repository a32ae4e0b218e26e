/** A block of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Excel's grid. */
export const MAX_ROW = 1_048_576;
export const MAX_COLUMN = 16_384;

const letterIndex = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);

/** Column letters of a 1-based index (written independently of the add-in's own helper). */
export function letters(index: number): string {
  let out = "";
  let n = index;
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = (n - 1 - rem) / 26;
  }
  return out;
}

/**
 * Parses a local A1 address as Worksheet.getRange takes it: "D9", "A1:Q1", "C:C", "6:8", or ""
 * (the whole sheet). Throws on anything else, as Excel would.
 */
export function parseAddress(address: string): Rect {
  const text = address.replace(/\$/g, "").toUpperCase();
  if (text === "") return { top: 1, left: 1, bottom: MAX_ROW, right: MAX_COLUMN };
  const [a, b = a] = text.split(":");
  const cell = /^([A-Z]{1,3})(\d+)$/;
  const col = /^([A-Z]{1,3})$/;
  const row = /^(\d+)$/;
  let m1 = cell.exec(a!);
  let m2 = cell.exec(b!);
  if (m1 && m2) {
    const [top, bottom] = [Number(m1[2]), Number(m2[2])].sort((x, y) => x - y) as [number, number];
    const [left, right] = [letterIndex(m1[1]!), letterIndex(m2[1]!)].sort((x, y) => x - y) as [number, number];
    return { top, left, bottom, right };
  }
  m1 = col.exec(a!);
  m2 = col.exec(b!);
  if (m1 && m2 && text.includes(":")) return { top: 1, bottom: MAX_ROW, left: letterIndex(m1[1]!), right: letterIndex(m2[1]!) };
  m1 = row.exec(a!);
  m2 = row.exec(b!);
  if (m1 && m2 && text.includes(":")) return { top: Number(m1[1]), bottom: Number(m2[1]), left: 1, right: MAX_COLUMN };
  throw new Error(`InvalidArgument: fake Excel cannot parse the address "${address}"`);
}

/** "D9" or "A1:Q1" of a block. */
export function formatRect(rect: Rect): string {
  const first = `${letters(rect.left)}${rect.top}`;
  return rect.top === rect.bottom && rect.left === rect.right ? first : `${first}:${letters(rect.right)}${rect.bottom}`;
}

/** A sheet name as Excel writes it in an address: quoted when it is not a plain word. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** True when two blocks share a cell. */
export function overlaps(a: Rect, b: Rect): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

/** True for whole rows, whole columns or the whole sheet: blocks the fake keeps as layers, not cells. */
export function isHuge(rect: Rect): boolean {
  return rect.bottom - rect.top > 10_000 || rect.right - rect.left > 1_000;
}
