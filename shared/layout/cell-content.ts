import type { Column, EnumColumn } from "../forms/types.ts";
import { parseIsoDate } from "../periods/calendar.ts";

/** What Excel takes in `Range.values` and gives back: "" is an empty cell. */
export type ExcelValue = string | number | boolean;

const DAY_MS = 86_400_000;
/** Excel's 1900 date system counts days from 1899-12-30 (for dates after February 1900). */
const EPOCH_MS = Date.UTC(1899, 11, 30);

/** The Excel date serial of a YYYY-MM-DD date, or null when it is not an existing date. */
export function isoToSerial(iso: string): number | null {
  const date = parseIsoDate(iso);
  if (!date) return null;
  return (Date.UTC(date.year, date.month - 1, date.day) - EPOCH_MS) / DAY_MS;
}

/** The YYYY-MM-DD date of an Excel date serial (a time of day is dropped). */
export function serialToIso(serial: number): string {
  return new Date(EPOCH_MS + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/**
 * What each option of an enum column shows in its cell and drop-down: its Vietnamese label, or its
 * value when a label has a comma (an Excel list is comma-separated).
 */
export function optionTexts(column: EnumColumn): string[] {
  const labels = column.options.map((o) => o.label.vi);
  return labels.some((label) => label.includes(",")) ? column.options.map((o) => o.value) : labels;
}

/**
 * Text for a cell that is not formatted as text: the leading apostrophe tells Excel to keep it as
 * typed, so "1209" or "(1)" is not turned into a number and "=x" not into a formula.
 */
export function literal(text: string): string {
  return `'${text}`;
}

/**
 * A domain value as the cell holds it: numbers as numbers and text as text (nothing is converted
 * into a number); an enum value as its Vietnamese label, a date as an Excel date serial; null or
 * undefined is an empty cell.
 */
export function gridValueOf(column: Column, value: unknown): string | number | null {
  if (value === null || value === undefined) return null;
  if (typeof value === "number") return value;
  if (typeof value === "boolean") return String(value);
  const text = String(value);
  switch (column.kind) {
    case "enum": {
      const index = column.options.findIndex((option) => option.value === text);
      return index < 0 ? text : optionTexts(column)[index]!;
    }
    case "date":
      return isoToSerial(text) ?? text;
    case "text":
    case "count":
    case "derived":
      return text;
    default: {
      const never: never = column;
      throw new Error(`unknown column kind ${JSON.stringify(never)}`);
    }
  }
}

/**
 * What to write into a column's cell through `Range.values` for a domain value (gridValueOf):
 * text outside a text column gets the apostrophe that keeps it text; "" empties the cell.
 */
export function toCell(column: Column, value: unknown): ExcelValue {
  if (typeof value === "boolean") return value;
  const cell = gridValueOf(column, value);
  if (cell === null) return "";
  return typeof cell === "string" && column.kind !== "text" ? literal(cell) : cell;
}

/**
 * The domain value of a cell as Excel gives it: an empty cell is null, a number stays a number and
 * text stays text (so "1.209" typed as text reaches the rules as that string). An enum's label is
 * read back as its value, an Excel date as YYYY-MM-DD.
 */
export function fromCell(column: Column, raw: unknown): unknown {
  if (raw === "" || raw === null || raw === undefined) return null;
  if (column.kind === "enum" && typeof raw === "string") {
    const texts = optionTexts(column);
    const index = column.options.findIndex((o, i) => texts[i] === raw || o.label.vi === raw || o.value === raw);
    return index < 0 ? raw : column.options[index]!.value;
  }
  if (column.kind === "date" && typeof raw === "number" && Number.isFinite(raw)) return serialToIso(raw);
  return raw;
}
