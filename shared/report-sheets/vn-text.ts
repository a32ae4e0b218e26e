/**
 * A cell value that is always text: ExcelJS writes a string as a (shared) string, never as a
 * formula, whatever it begins with (`=`, `+`, `-`, `@`); only `{ formula }` objects become formulas,
 * and no text from a unit ever goes into one.
 */
export const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value));
