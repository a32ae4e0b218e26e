/**
 * What the fake Excel host exposes on `window.__excel` for a test to act as the clerk in Excel.
 * A cell is referred to by a workbook name (`BC_dossiers.returned`) or by a sheet-qualified
 * address (`'Giải quyết TTHC'!D9` or `Sheet1!A1`).
 */
export interface FakeExcelApi {
  /** Sheet names in tab order. */
  sheets(): string[];
  activeSheet(): string | null;
  /** Workbook names, as defined. */
  names(): string[];
  /** A cell as Excel shows it. */
  cell(ref: string): CellView;
  /**
   * The clerk types into a cell (a number, text, "=formula", or "'text"). Excel's data validation
   * refuses what the cell's rule does not allow, as its Stop alert does: nothing is changed.
   */
  type(ref: string, input: string | number): TypeOutcome;
  /** The clerk pastes text over a cell (Paste Values of text): validation does not see it. */
  paste(ref: string, text: string): void;
  /** The selected range, "Sheet!A1". */
  selection(): string | null;
  /** Syncs of each `Excel.run` since the page loaded, in order. */
  runs(): number[];
}

export interface CellView {
  /** Sheet-qualified address. */
  address: string;
  /** What the cell shows: a formula's result, a constant, or "" when empty. */
  value: string | number | boolean;
  formula: string | null;
  /** The fill colour ("#FFFDE7"), or null when none. */
  fill: string | null;
  numberFormat: string;
  locked: boolean;
  /** The data validation rule, as written. */
  validation: unknown;
}

export type TypeOutcome = { accepted: true } | { accepted: false; alert: string };

declare global {
  interface Window {
    __excel: FakeExcelApi;
  }
}
